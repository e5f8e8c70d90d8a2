import { Field, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { pointsAt } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { FindingList } from '../FindingList';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface PlanFieldProps {
  /** Dotted plan path; findings about it (or inside it) are shown under the control. */
  field: string;
  label: string;
  hint?: string;
  /** A problem found before saving: shown at the field, and the value was not saved. */
  error?: string | null;
  required?: boolean;
  /** False when a surrounding list shows the findings itself. */
  showFindings?: boolean;
  className?: string;
  children: ReactElement;
}

/**
 * One labelled control bound to a plan field, with its client-side error and its findings.
 * `data-field` lets "go to field" on a finding land here.
 */
export function PlanField({ field, label, hint, error, required, showFindings = true, className, children }: PlanFieldProps) {
  const styles = useStyles();
  const findings = useAppStore(useShallow((s) => (showFindings ? s.findings.filter((f) => pointsAt(f, field)) : [])));
  return (
    <div className={className ? `${styles.wrap} ${className}` : styles.wrap} data-field={field}>
      <Field label={label} hint={hint} required={required} validationState={error ? 'error' : 'none'} validationMessage={error ?? undefined}>
        {children}
      </Field>
      <FindingList findings={findings} />
    </div>
  );
}
