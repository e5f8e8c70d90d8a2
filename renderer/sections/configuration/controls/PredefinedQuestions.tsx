import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import { configStrings } from '../strings';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'grid', gap: tokens.spacingVerticalXS },
});

/** Entra ID's own questions, read-only: the plan records which of them are offered. */
export function PredefinedQuestions({ questions }: { questions: readonly string[] }) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="predefined">
        <AccordionHeader size="small">{configStrings.questions.predefined(questions.length)}</AccordionHeader>
        <AccordionPanel>
          <ol className={styles.list}>
            {questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
