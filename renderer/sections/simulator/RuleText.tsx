import { makeStyles, tokens } from '@fluentui/react-components';
import { SIM_RULES, type SimRuleCode } from '../../../shared/simulator/ruleCodes';

const useStyles = makeStyles({
  rule: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXS, minWidth: 0 },
  code: { whiteSpace: 'nowrap', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  text: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** A rule's stable code with its text, so a tester can look it up and read it in one place. */
export function RuleText({ rule, showText = true }: { rule: SimRuleCode; showText?: boolean }) {
  const styles = useStyles();
  return (
    <span className={styles.rule}>
      <span className={styles.code}>{rule}</span>
      {showText && <span className={styles.text}>{SIM_RULES[rule].text}</span>}
    </span>
  );
}
