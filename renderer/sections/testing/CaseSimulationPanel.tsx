import { Button, makeStyles, MessageBar, MessageBarBody, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import { BeakerRegular, CheckmarkCircleFilled, DismissCircleFilled } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { RunResult } from '../../../shared/plan/schema';
import { disagreesWith, type CaseSimulation } from '../../../shared/simulator/businessCases';
import type { StepResult } from '../../../shared/simulator/scenario';
import { RuleText } from '../simulator/RuleText';
import { outcomeText, simulatorStrings } from '../simulator/strings';
import { DisagreeFlag, SimulatedBadge } from './SimulatedBadge';
import { testingStrings } from './strings';

const s = testingStrings.simulated;
const d = s.drawer;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  spacer: { flex: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  steps: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  step: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  facts: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, paddingTop: '2px' },
  value: { margin: 0, overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase300 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  met: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteGreenForeground1 },
  unmet: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

function Fact({ term, children }: { term: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{children}</dd>
    </>
  );
}

function SimStep({ result }: { result: StepResult }) {
  const styles = useStyles();
  const { step, decision, failures } = result;
  // The outcome is said in words below; other misses (audit, notifications) stay in the engine's terms.
  const otherMisses = failures.filter((f) => !f.startsWith('outcome:'));
  return (
    <li className={styles.step} data-step={result.index + 1}>
      <Text weight="semibold">{d.step(result.index + 1, s.actions[step.do])}</Text>
      <dl className={styles.facts}>
        <Fact term={d.user}>
          <span className={styles.mono}>{step.user}</span>
        </Fact>
        {step.with && step.with.length > 0 && <Fact term={d.methods}>{step.with.map((m) => simulatorStrings.methods[m]).join(', ')}</Fact>}
        {step.device && <Fact term={d.device}>{d.deviceText(step.device.join, step.device.windowsBuild, step.device.remote)}</Fact>}
        <Fact term={d.outcome}>{outcomeText(decision.outcome)}</Fact>
        <Fact term={d.rule}>
          <RuleText rule={decision.rule} />
        </Fact>
        <Fact term={d.audit}>
          {decision.audit.length === 0 ? (
            <span className={styles.muted}>{d.noAudit}</span>
          ) : (
            <ul className={styles.list}>
              {decision.audit.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          )}
        </Fact>
        {decision.notifications.length > 0 && <Fact term={d.notifications}>{decision.notifications.map((n) => s.notificationKinds[n.kind]).join(', ')}</Fact>}
      </dl>
      {!step.expect ? (
        <Text size={200} className={styles.muted}>
          {d.noExpectation}
        </Text>
      ) : failures.length === 0 ? (
        <span className={styles.met}>
          <CheckmarkCircleFilled aria-hidden />
          <Text size={200}>
            {d.met} · {d.expected(outcomeText(step.expect.outcome))}
          </Text>
        </span>
      ) : (
        <>
          <span className={styles.unmet}>
            <DismissCircleFilled aria-hidden />
            <Text size={200} weight="semibold">
              {d.unmet} · {d.expected(outcomeText(step.expect.outcome))}
            </Text>
          </span>
          {otherMisses.length > 0 && (
            <ul className={mergeClasses(styles.list, styles.muted)}>
              {otherMisses.map((f) => (
                <li key={f}>
                  <Text size={200}>{f}</Text>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </li>
  );
}

/** The case in the simulator, in the case panel: run it, see the verdict beside the testers' and every step. */
export function CaseSimulationPanel({
  sim,
  status,
  running,
  error,
  onRun,
}: {
  sim: CaseSimulation | undefined;
  status: RunResult;
  running: boolean;
  error: string | null;
  onRun(): void;
}) {
  const styles = useStyles();
  const disagrees = sim !== undefined && disagreesWith(status, sim.result);
  return (
    <section className={styles.root} aria-labelledby="case-simulation-title" data-testid="case-simulation">
      <div className={styles.head}>
        <Text as="h3" id="case-simulation-title" size={400} weight="semibold">
          {d.title}
        </Text>
        {sim && <SimulatedBadge sim={sim} />}
        {disagrees && <DisagreeFlag />}
        <span className={styles.spacer} />
        <Button icon={running ? <Spinner size="extra-tiny" /> : <BeakerRegular />} disabledFocusable={running} onClick={onRun}>
          {running ? s.running : s.run}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{s.failedToRun(error)}</MessageBarBody>
        </MessageBar>
      )}
      {!sim ? (
        <Text className={styles.muted}>{d.runHint}</Text>
      ) : (
        <>
          {disagrees && sim.result && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{s.disagreesLong(testingStrings.results[status], sim.result)}</MessageBarBody>
            </MessageBar>
          )}
          <Text className={styles.muted}>{sim.note}</Text>
          {sim.report && (
            <ol className={styles.steps} aria-label={d.stepsLabel}>
              {sim.report.steps.map((r) => (
                <SimStep key={r.index} result={r} />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
