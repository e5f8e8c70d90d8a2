import { makeStyles, tokens } from '@fluentui/react-components';
import { CustomQuestions } from './CustomQuestions';
import { PredefinedQuestions } from './PredefinedQuestions';
import type { ControlProps } from './types';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

export function QuestionSetControl({ policy, labelId, describedBy, disabled }: ControlProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className={styles.root}>
      <PredefinedQuestions questions={policy.predefinedQuestions} />
      <CustomQuestions questions={policy.customQuestions} disabled={disabled} />
    </div>
  );
}
