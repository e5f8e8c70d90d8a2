import { Card, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import type { Plan } from '../../../shared/plan/schema';
import { PlanTextInput } from '../../components/fields/inputs';
import { PlanField } from '../../components/fields/PlanField';
import { countResults, testersOf, type CaseRow } from './matrix';
import { testingStrings } from './strings';

const s = testingStrings.progress;

const useStyles = makeStyles({
  card: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, gap: tokens.spacingVerticalM, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  numbers: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** How far testing is (passed of all cases, the other counts) and the account testers use. */
export function ProgressCard({ rows, testing }: { rows: readonly CaseRow[]; testing: Plan['testing'] }) {
  const styles = useStyles();
  const counts = countResults(rows);
  const total = rows.length;
  return (
    <Card className={styles.card}>
      <Text as="h3" size={400} weight="semibold">
        {s.title}
      </Text>
      <div className={styles.numbers}>
        <Text size={500} weight="semibold">
          {s.passed(counts.pass, total)}
        </Text>
        <ProgressBar
          value={counts.pass}
          max={Math.max(1, total)}
          thickness="large"
          color={counts.pass === total && total > 0 ? 'success' : 'brand'}
          aria-label={s.label}
          aria-valuetext={s.passed(counts.pass, total)}
        />
        <Text className={styles.muted}>{s.counts(counts.fail, counts.blocked, counts.notRun)}</Text>
        <Text size={200} className={styles.muted}>
          {s.runs(testing.runs.length, testersOf(testing.runs).length)}
        </Text>
      </div>
      <PlanField field="testing.testAccount" label={s.account} hint={s.accountHint}>
        <PlanTextInput path="testing.testAccount" value={testing.testAccount} placeholder={s.accountPlaceholder} />
      </PlanField>
    </Card>
  );
}
