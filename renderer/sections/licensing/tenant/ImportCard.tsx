import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from '@fluentui/react-components';
import { ArrowUploadRegular, DismissRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { SectionCard } from '../../../components/SectionCard';
import { useAppStore } from '../../../state/store';
import type { ImportRun } from '../../../state/tenantSlice';
import { licensingStrings } from '../strings';
import { byteAmount, memberProblems } from '../tenantFiles';
import { FileSlot } from './FileSlot';
import { MemberFiles } from './MemberFiles';

const s = licensingStrings.tenantImport;

const useStyles = makeStyles({
  slots: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  progress: { maxWidth: '640px' },
  message: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  next: { marginTop: tokens.spacingVerticalXS },
});

function progressText(run: ImportRun): string {
  const amount = byteAmount(run.done, run.total);
  return run.stage === 'uploading' ? s.uploading(run.file, amount) : s.reading(run.file, amount);
}

/** How far the import is: sending the files to main, then main reading them. */
function ImportProgressBar({ run }: { run: ImportRun }) {
  const styles = useStyles();
  const text = progressText(run);
  const percent = run.total > 0 ? Math.min(100, Math.round((run.done / run.total) * 100)) : 0;
  return (
    <Field className={styles.progress} label={s.progressLabel} validationMessage={text} validationState="none">
      <ProgressBar value={percent} max={100} thickness="large" aria-valuetext={text} />
    </Field>
  );
}

/** The outcome of the last attempt: a refusal stays until dismissed or the next try; it says nothing changed. */
function Outcome() {
  const styles = useStyles();
  const error = useAppStore((st) => st.importError);
  const done = useAppStore((st) => st.importDone);
  const dismiss = useAppStore((st) => st.dismissImportMessage);
  const close = (
    <MessageBarActions containerAction={<Button appearance="transparent" aria-label={s.dismiss} icon={<DismissRegular />} onClick={dismiss} />} />
  );
  if (error) {
    return (
      // An alert is read out at once; focus stays on the Import button, ready for the next try.
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{s.failedTitle}</MessageBarTitle>
          <div className={styles.message}>{error}</div>
          <div className={styles.next}>{s.failedNext}</div>
        </MessageBarBody>
        {close}
      </MessageBar>
    );
  }
  if (done) {
    return (
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>{s.doneTitle}</MessageBarTitle>
          {s.done(done.counts.users, done.counts.groups, done.files.length)}
        </MessageBarBody>
        {close}
      </MessageBar>
    );
  }
  return null;
}

/** The files of a tenant export, chosen in the browser and imported in one go. */
export function ImportCard() {
  const styles = useStyles();
  const choice = useAppStore((st) => st.tenantChoice);
  const run = useAppStore((st) => st.importRun);
  const importTenant = useAppStore((st) => st.importTenant);
  const clear = useAppStore((st) => st.clearTenantChoice);
  const problems = useMemo(() => memberProblems(choice.members), [choice.members]);
  const busy = run !== null;
  const chosenAny = Object.values(choice.single).some((f) => f !== null) || choice.members.length > 0;
  const ready = choice.single.users !== null && problems.size === 0 && !busy;

  return (
    <SectionCard id="licensing-import" title={s.title} description={s.description}>
      <div className={styles.slots}>
        <FileSlot slot="users" disabled={busy} />
        <FileSlot slot="licenses" disabled={busy} />
        <FileSlot slot="roles" disabled={busy} />
        <FileSlot slot="registration" disabled={busy} />
      </div>
      <MemberFiles disabled={busy} problems={problems} />
      <div className={styles.actions}>
        {/* While busy the button stays focusable, so keyboard focus is still there when the import ends. */}
        <Button
          appearance="primary"
          icon={<ArrowUploadRegular />}
          disabled={!ready && !busy}
          disabledFocusable={busy}
          onClick={() => void importTenant()}
        >
          {busy ? s.importing : s.importButton}
        </Button>
        <Button disabled={busy || !chosenAny} onClick={clear}>
          {s.clear}
        </Button>
      </div>
      {run && <ImportProgressBar run={run} />}
      <Outcome />
    </SectionCard>
  );
}
