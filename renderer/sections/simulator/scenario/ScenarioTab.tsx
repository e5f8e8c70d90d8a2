import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Textarea, tokens } from '@fluentui/react-components';
import { DocumentRegular, PlayRegular } from '@fluentui/react-icons';
import { useRef, useState, type ChangeEvent } from 'react';
import type { ScenarioReport } from '../../../../shared/simulator/scenario';
import { SectionCard } from '../../../components/SectionCard';
import { call, errorMessage } from '../../../state/apiClient';
import { simulatorStrings } from '../strings';
import { ScenarioResults } from './ScenarioResults';

const s = simulatorStrings.scenario;

const useStyles = makeStyles({
  text: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hidden: { display: 'none' },
});

/** A tester's scenario file, pasted or chosen, run by the engine against the plan; the report as it came back. */
export function ScenarioTab() {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [source, setSource] = useState<string>(s.pasted);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ScenarioReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const run = async (json: string, from: string) => {
    if (json.trim() === '') {
      setError(s.empty);
      setReport(null);
      return;
    }
    setBusy(true);
    try {
      setReport(await call('simulator.runScenario', { json, source: from }));
      setError(null);
    } catch (e) {
      setReport(null);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    const json = await file.text();
    setText(json);
    setSource(file.name);
    await run(json, file.name);
  };

  return (
    <>
      <SectionCard id="simulator-scenario" title={s.title} description={s.description}>
        <Field label={s.textLabel}>
          <Textarea
            className={styles.text}
            resize="vertical"
            rows={12}
            value={text}
            placeholder={s.placeholder}
            onChange={(_, d) => {
              setText(d.value);
              setSource(s.pasted);
            }}
          />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" icon={<PlayRegular />} disabled={busy} onClick={() => void run(text, source)}>
            {busy ? s.running : s.run}
          </Button>
          <Button icon={<DocumentRegular />} disabled={busy} onClick={() => picker.current?.click()}>
            {s.choose}
          </Button>
          <input ref={picker} type="file" accept=".json,application/json" aria-label={s.chooseLabel} className={styles.hidden} onChange={(e) => void onFile(e)} />
        </div>
      </SectionCard>
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{s.failedTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && <ScenarioResults report={report} />}
    </>
  );
}
