import { Button, Checkbox, makeStyles, Text, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { AddRegular, ArrowDownloadRegular, CalendarAddRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { EMAIL_FORMATS, type EmailFormat } from '../../../../shared/api';
import { missingSends } from '../../../../shared/comms/schedule';
import { randomId } from '../../../../shared/ids';
import type { Plan } from '../../../../shared/plan/schema';
import { SectionCard } from '../../../components/SectionCard';
import { call } from '../../../state/apiClient';
import { useAppStore } from '../../../state/store';
import { runExport } from '../../../app/exportedFiles';
import { commsStrings } from '../strings';
import { AddSendDialog } from './AddSendDialog';
import { phaseDates, PhaseSchedule, type IndexedSend } from './PhaseSchedule';

const s = commsStrings.schedule;

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
  formats: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS },
  exportRow: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM },
  exportAction: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL },
});

function ExportAll({ count }: { count: number }) {
  const styles = useStyles();
  const [formats, setFormats] = useState<EmailFormat[]>(['eml', 'html']);
  const [busy, setBusy] = useState(false);
  const labelId = useId();
  const toggle = (f: EmailFormat, on: boolean) => setFormats((list) => EMAIL_FORMATS.filter((x) => (x === f ? on : list.includes(x))));
  const run = async () => {
    setBusy(true);
    await runExport(
      () => call('comms.exportAll', { formats }),
      (file) => s.exportedAll(file.fileName, file.files),
    );
    setBusy(false);
  };
  const reason = count === 0 ? s.exportAllEmpty : formats.length === 0 ? s.exportAllNone : null;
  return (
    <SectionCard title={s.exportAllHeading}>
      <div className={styles.exportRow}>
        <div className={styles.formats} role="group" aria-labelledby={labelId}>
          <Text id={labelId} weight="semibold">
            {s.exportAllFormats}
          </Text>
          {EMAIL_FORMATS.map((f) => (
            <Checkbox key={f} label={s.formats[f]} checked={formats.includes(f)} onChange={(_, d) => toggle(f, d.checked === true)} />
          ))}
        </div>
        <div className={styles.exportAction}>
          <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={reason !== null || busy} onClick={() => void run()}>
            {s.exportAll}
          </Button>
          {reason && <Text className={styles.muted}>{reason}</Text>}
        </div>
      </div>
    </SectionCard>
  );
}

/** Each rollout phase's sends, with what the emails' schedules still ask for and the exports. */
export function ScheduleTab({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const applyChanges = useAppStore((st) => st.applyChanges);
  const showNotice = useAppStore((st) => st.showNotice);
  const [adding, setAdding] = useState(false);
  // Fluent gives the focus back only to DialogTrigger; this dialog opens from state, so mark the opener.
  const returnFocusHere = useRestoreFocusTarget();
  const reasonId = useId();
  const missing = missingSends(plan, () => '').length;
  const indexed: IndexedSend[] = plan.communications.emails.map((send, index) => ({ send, index }));
  const phaseIds = new Set(plan.rollout.phases.map((p) => p.id));
  const orphans = indexed.filter((i) => !phaseIds.has(i.send.phaseId));

  const addMissing = async () => {
    const current = useAppStore.getState().plan ?? plan;
    const added = missingSends(current, () => randomId('email'));
    if (added.length === 0) return;
    if (await applyChanges([{ path: 'communications.emails', value: [...current.communications.emails, ...added] }])) {
      showNotice('success', s.addMissingDone(added.length));
    }
  };

  return (
    <>
      <div className={styles.toolbar} role="toolbar" aria-label={s.toolbarLabel}>
        <Button
          icon={<CalendarAddRegular />}
          appearance="primary"
          disabledFocusable={missing === 0}
          aria-describedby={reasonId}
          onClick={() => void addMissing()}
        >
          {s.addMissing}
        </Button>
        <Button {...returnFocusHere} icon={<AddRegular />} disabled={plan.rollout.phases.length === 0} onClick={() => setAdding(true)}>
          {s.addSend}
        </Button>
        <Text id={reasonId} size={200} className={styles.muted}>
          {missing === 0 ? s.nothingMissing : s.missingCount(missing)}
        </Text>
      </div>
      {plan.rollout.phases.map((phase) => (
        <PhaseSchedule
          key={phase.id}
          plan={plan}
          title={phase.name}
          description={phaseDates(phase.start, phase.end)}
          sends={indexed.filter((i) => i.send.phaseId === phase.id)}
        />
      ))}
      {orphans.length > 0 && <PhaseSchedule plan={plan} title={s.orphanHeading} description="" sends={orphans} />}
      <ExportAll count={plan.communications.emails.length} />
      {adding && <AddSendDialog plan={plan} open={adding} onClose={() => setAdding(false)} />}
    </>
  );
}
