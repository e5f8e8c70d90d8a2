import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { TestCase } from '../../../shared/plan/schema';
import { testingStrings } from './strings';

const s = testingStrings.drawer;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  facts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS, margin: 0 },
  fact: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0 },
  label: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  pre: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  large: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  expected: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

function Block({ label, text, large, className }: { label: string; text: string; large: boolean; className?: string }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.block, className)}>
      <Text as="h4" className={styles.label}>
        {label}
      </Text>
      {text.trim() === '' ? (
        <Text className={styles.muted}>{s.none}</Text>
      ) : (
        <Text as="p" className={mergeClasses(styles.pre, large && styles.large)}>
          {text}
        </Text>
      )}
    </div>
  );
}

/** What a tester reads before running a case: where, which phase, preconditions, steps and the expected result. */
export function CaseText({ testCase, large = false }: { testCase: TestCase; large?: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt className={styles.label}>{s.environment}</dt>
          <dd className={styles.fact}>
            <Text>{testingStrings.networks[testCase.network]}</Text>
            {testCase.device.trim() !== '' && <Text className={styles.muted}>{testCase.device}</Text>}
          </dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.label}>{s.phase}</dt>
          <dd className={styles.fact}>
            <Text>{testingStrings.phases[testCase.phase]}</Text>
          </dd>
        </div>
      </dl>
      <Block label={s.preconditions} text={testCase.preconditions} large={large} />
      <Block label={s.steps} text={testCase.steps} large={large} />
      <Block label={s.expected} text={testCase.expected} large={large} className={styles.expected} />
    </div>
  );
}
