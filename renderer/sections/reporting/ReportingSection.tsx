import { makeStyles } from '@fluentui/react-components';
import { useShallow } from 'zustand/react/shallow';
import { appStrings } from '../../app/strings';
import { numberValue, PlanTextInput, useFieldError, validators } from '../../components/fields/inputs';
import { PlanField } from '../../components/fields/PlanField';
import { SectionPage } from '../../components/SectionPage';
import { findingsOf, pointsAt } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { SectionCard } from '../../components/SectionCard';
import { AuditActivities } from './AuditActivities';
import { BackupTable } from './BackupTable';
import { MAX_DAYS } from './backups';
import { reportingStrings } from './strings';
import { GeneralFindings } from '../../components/GeneralFindings';

const useStyles = makeStyles({
  // PlanTextInput takes no class: a short number gets a short input through the wrapper.
  retention: { maxWidth: '680px', '& .fui-Input': { width: '140px' } },
});

/** Plan paths that have a place on this page; findings elsewhere are listed at the top. */
const PLACED = ['reporting.auditRetentionDays', 'reporting.backups'];

function Retention({ days }: { days: number }) {
  const styles = useStyles();
  const [error, setError] = useFieldError();
  const r = reportingStrings.retention;
  return (
    <SectionCard id="reporting-retention" title={r.title}>
      <PlanField field="reporting.auditRetentionDays" label={r.label} hint={r.hint} error={error} className={styles.retention}>
        <PlanTextInput
          path="reporting.auditRetentionDays"
          value={String(days)}
          validate={validators.wholeNumber(1, MAX_DAYS)}
          toValue={numberValue}
          onError={setError}
          inputMode="numeric"
        />
      </PlanField>
    </SectionCard>
  );
}

/** Audit retention, the backup schedule with its findings at the rows, and the activities worth keeping. */
export function ReportingSection() {
  const plan = useAppStore((s) => s.plan);
  const findings = useAppStore(useShallow((s) => findingsOf(s.findings, 'reporting')));
  if (!plan) return null;

  const general = findings.filter((f) => !PLACED.some((field) => pointsAt(f, field)));

  return (
    <SectionPage title={appStrings.sectionTitles.reporting} intro={reportingStrings.intro} section="reporting">
      <GeneralFindings findings={general} heading={reportingStrings.generalFindingsHeading} label={reportingStrings.generalFindingsLabel} />
      <Retention days={plan.reporting.auditRetentionDays} />
      <BackupTable backups={plan.reporting.backups} findings={findings.filter((f) => pointsAt(f, 'reporting.backups'))} />
      <AuditActivities />
    </SectionPage>
  );
}
