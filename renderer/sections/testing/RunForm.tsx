import { Button, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RUN_RESULTS, type RunResult, type SupportScenario, type TestCase } from '../../../shared/plan/schema';
import { useAppStore } from '../../state/store';
import { FailureFields, RunFields } from './RunFields';
import { testingStrings } from './strings';
import { useRunDraft } from './useRunDraft';

const s = testingStrings.record;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Records one run of a case: result, tester, notes, evidence, and for a failure what follows from it. */
export function RunForm({ testCase, scenarios }: { testCase: TestCase; scenarios: readonly SupportScenario[] }) {
  const styles = useStyles();
  const draft = useRunDraft();
  const [result, setResult] = useState<RunResult>('pass');
  const showNotice = useAppStore((st) => st.showNotice);

  const submit = async () => {
    if (await draft.submit(testCase.id, result)) showNotice('success', s.recorded(testCase.id, result));
  };

  return (
    <section className={styles.root} aria-label={s.title}>
      <Text as="h3" size={400} weight="semibold">
        {s.title}
      </Text>
      <Field label={s.result}>
        <RadioGroup layout="horizontal" value={result} onChange={(_, d) => setResult(d.value as RunResult)}>
          {RUN_RESULTS.map((r) => (
            <Radio key={r} value={r} label={s.resultChoice[r]} />
          ))}
        </RadioGroup>
      </Field>
      <RunFields draft={draft} />
      {result === 'fail' && <FailureFields draft={draft} scenarios={scenarios} />}
      {draft.error && (
        <MessageBar intent="error">
          <MessageBarBody>{draft.error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {/* disabledFocusable: a disabled button drops focus to the page, and Escape would no longer close the panel. */}
        <Button appearance="primary" disabledFocusable={draft.busy} onClick={() => void submit()}>
          {s.submit}
        </Button>
        {draft.busy && <Spinner size="tiny" label={s.saving} />}
      </div>
    </section>
  );
}
