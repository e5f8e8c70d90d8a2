import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Decision } from '../../../../shared/simulator/engine';
import { SectionCard } from '../../../components/SectionCard';
import { RuleText } from '../RuleText';
import { simulatorStrings } from '../strings';

const s = simulatorStrings.tryIt;

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  audit: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Failed verifications of this walk, with what the audit log kept of each: they count toward a lockout. */
export function Attempts({ attempts }: { attempts: Decision[] }) {
  const styles = useStyles();
  return (
    <SectionCard id="simulator-attempts" title={s.attemptsTitle}>
      <ol className={styles.list} aria-label={s.attemptsLabel}>
        {attempts.map((d, i) => (
          <li key={i} className={styles.item}>
            <Text weight="semibold">{s.attempt(i + 1, simulatorStrings.outcomes[d.outcome])}</Text>
            <RuleText rule={d.rule} showText={false} />
            <span className={styles.audit}>{d.audit.join(' · ')}</span>
          </li>
        ))}
      </ol>
    </SectionCard>
  );
}
