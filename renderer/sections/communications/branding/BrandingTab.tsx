import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { Plan } from '../../../../shared/plan/schema';
import { PlanField } from '../../../components/fields/PlanField';
import { PlanTextInput, useFieldError, validators } from '../../../components/fields/inputs';
import { SectionCard } from '../../../components/SectionCard';
import { useSave } from '../../../state/useSave';
import { commsStrings } from '../strings';
import { LogoPicker } from './LogoPicker';

const s = commsStrings.branding;

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
  color: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, '& .fui-Input': { width: '140px' } },
  swatch: {
    width: '40px',
    height: '32px',
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    cursor: 'pointer',
  },
});

const HEX = /^#[0-9a-fA-F]{6}$/;

/** The colour as text (#RRGGBB) and as the browser's colour picker, both saving the same field. */
function BrandColor({ value }: { value: string }) {
  const styles = useStyles();
  const save = useSave();
  const [error, setError] = useFieldError();
  // The picker fires "input" while the user drags and "change" once they settle; only that is saved.
  const picker = useCallback(
    (el: HTMLInputElement | null) => {
      if (!el) return;
      const onChange = () => void save('communications.brandColor', el.value.toUpperCase());
      el.addEventListener('change', onChange);
      return () => el.removeEventListener('change', onChange);
    },
    [save],
  );

  return (
    <PlanField field="communications.brandColor" label={s.color} hint={s.colorHint} error={error}>
      <div className={styles.color}>
        <PlanTextInput
          path="communications.brandColor"
          value={value}
          ariaLabel={s.color}
          validate={(t) => (HEX.test(t.trim()) ? null : s.colorInvalid)}
          toValue={(t) => t.trim().toUpperCase()}
          onError={setError}
        />
        <input ref={picker} type="color" className={styles.swatch} defaultValue={value} key={value} aria-label={s.colorPicker} title={s.colorPicker} />
      </div>
    </PlanField>
  );
}

/** Who the emails come from, and how they look: brand colour and logo. */
export function BrandingTab({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const c = plan.communications;
  const [emailError, setEmailError] = useFieldError();
  return (
    <>
      <SectionCard title={s.senderHeading} description={s.senderDescription}>
        <div className={styles.grid}>
          <PlanField field="communications.senderName" label={s.senderName} hint={s.senderNameHint}>
            <PlanTextInput
              path="communications.senderName"
              value={c.senderName}
              validate={(t) => (/[\r\n]/.test(t) ? commsStrings.emails.lineBreak : null)}
            />
          </PlanField>
          <PlanField field="communications.senderEmail" label={s.senderEmail} error={emailError}>
            <PlanTextInput path="communications.senderEmail" value={c.senderEmail} type="email" validate={validators.email} onError={setEmailError} />
          </PlanField>
        </div>
      </SectionCard>
      <SectionCard title={s.brandHeading} description={s.brandDescription}>
        <div className={styles.grid}>
          <BrandColor value={c.brandColor} />
          <LogoPicker logo={c.logo} />
        </div>
      </SectionCard>
    </>
  );
}
