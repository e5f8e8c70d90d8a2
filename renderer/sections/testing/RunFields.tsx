import { Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import type { SupportScenario } from '../../../shared/plan/schema';
import { EvidencePicker } from './EvidencePicker';
import { testingStrings } from './strings';
import type { RunDraft } from './useRunDraft';

const s = testingStrings.record;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  select: { width: '100%', minWidth: 0 },
  failure: {
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
  },
});

/** Support scenario and note for the lead, sent only with a failed run. */
export function FailureFields({ draft, scenarios }: { draft: RunDraft; scenarios: readonly SupportScenario[] }) {
  const styles = useStyles();
  return (
    <div className={styles.failure}>
      <Field label={s.supportScenario} hint={s.supportScenarioHint}>
        <Select className={styles.select} value={draft.supportScenarioId} onChange={(_, d) => draft.setSupportScenarioId(d.value)}>
          <option value="">{s.noScenario}</option>
          {scenarios.map((sc) => (
            <option key={sc.id} value={sc.id}>
              {`${sc.id}: ${sc.title.trim() || sc.id}`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.leadNote}>
        <Textarea value={draft.leadNote} rows={2} resize="vertical" placeholder={s.leadNotePlaceholder} onChange={(_, d) => draft.setLeadNote(d.value)} />
      </Field>
    </div>
  );
}

/** Who ran the case, what they noticed, and the files that show it. */
export function RunFields({ draft }: { draft: RunDraft }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field
        label={s.tester}
        hint={s.testerHint}
        required
        validationState={draft.testerError ? 'error' : 'none'}
        validationMessage={draft.testerError ?? undefined}
      >
        <Input value={draft.tester} autoComplete="name" onChange={(_, d) => draft.setTester(d.value)} />
      </Field>
      <Field label={s.notes}>
        <Textarea value={draft.notes} rows={3} resize="vertical" placeholder={s.notesPlaceholder} onChange={(_, d) => draft.setNotes(d.value)} />
      </Field>
      <EvidencePicker files={draft.files} onFiles={draft.setFiles} />
    </div>
  );
}
