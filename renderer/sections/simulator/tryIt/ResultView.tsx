import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import type { Decision } from '../../../../shared/simulator/engine';
import { RuleText } from '../RuleText';
import { outcomeText, simulatorStrings } from '../strings';

const s = simulatorStrings.tryIt.result;

const useStyles = makeStyles({
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  facts: { display: 'grid', gridTemplateColumns: 'minmax(110px, max-content) minmax(0, 1fr)', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, margin: 0 },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, paddingTop: '2px' },
  detail: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

const GOOD = new Set<Decision['outcome']>(['success', 'unlocked']);

/** Exactly what the engine returned for the last step: outcome, rule, who hears of it, what the audit log keeps. */
export function ResultView({ decision }: { decision: Decision }) {
  const styles = useStyles();
  const ok = GOOD.has(decision.outcome);
  return (
    <section className={styles.result} aria-label={s.title}>
      <MessageBar intent={ok ? 'success' : 'warning'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{simulatorStrings.outcomes[decision.outcome]}</MessageBarTitle>
          {decision.passwordProblem && simulatorStrings.tryIt.passwordProblems[decision.passwordProblem]}
        </MessageBarBody>
      </MessageBar>
      <dl className={styles.facts}>
        <dt className={styles.term}>{s.outcome}</dt>
        <dd className={styles.detail}>
          <Text weight="semibold" data-outcome={decision.outcome}>
            {outcomeText(decision.outcome)}
          </Text>
        </dd>
        <dt className={styles.term}>{s.rule}</dt>
        <dd className={styles.detail}>
          <RuleText rule={decision.rule} />
        </dd>
        <dt className={styles.term}>{s.notifications}</dt>
        <dd className={styles.detail}>
          {decision.notifications.length === 0 ? (
            <Text className={styles.muted}>{s.noNotifications}</Text>
          ) : (
            <ul className={styles.list}>
              {decision.notifications.map((n) => (
                <li key={n.kind} data-kind={n.kind}>
                  {s.notification(n.kind, n.to.length === 0 ? s.nobody : n.to.join(', '))}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className={styles.term}>{s.audit}</dt>
        <dd className={styles.detail}>
          {decision.audit.length === 0 ? (
            <Text className={styles.muted}>{s.noAudit}</Text>
          ) : (
            <ul className={styles.list}>
              {decision.audit.map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
