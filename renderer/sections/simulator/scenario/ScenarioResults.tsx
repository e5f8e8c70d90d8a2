import { makeStyles, mergeClasses, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissCircleFilled } from '@fluentui/react-icons';
import type { ScenarioReport } from '../../../../shared/simulator/scenario';
import { SectionCard } from '../../../components/SectionCard';
import { RuleText } from '../RuleText';
import { outcomeText, simulatorStrings } from '../strings';

const s = simulatorStrings.scenario;

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  // Fixed widths (without the cells' side padding) for the short columns; the others share what remains.
  table: { minWidth: '600px' },
  step: { width: '80px' },
  expectation: { width: '210px' },
  stack: { display: 'flex', flexDirection: 'column', paddingBlock: tokens.spacingVerticalXS, gap: tokens.spacingVerticalXXS, minWidth: 0 },
  user: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  met: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteGreenForeground1 },
  unmet: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  failures: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

/** Each step's outcome and rule, and whether its expectation was met, as the engine reported them. */
export function ScenarioResults({ report }: { report: ScenarioReport }) {
  const styles = useStyles();
  return (
    <SectionCard id="simulator-scenario-report" title={report.name}>
      <MessageBar intent={report.passed ? 'success' : 'error'} layout="multiline" role="status">
        <MessageBarBody>{report.passed ? s.passed(report.name, report.checked) : s.failed(report.name, report.failed, report.checked)}</MessageBarBody>
      </MessageBar>
      <div className={styles.scroll}>
        <Table className={styles.table} size="small" aria-label={s.stepsLabel}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.step}>{s.columns.step}</TableHeaderCell>
              <TableHeaderCell>{s.columns.action}</TableHeaderCell>
              <TableHeaderCell>{s.columns.outcome}</TableHeaderCell>
              <TableHeaderCell className={styles.expectation}>{s.columns.expectation}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {report.steps.map(({ index, step, decision, failures }) => (
              <TableRow key={index}>
                <TableCell className={styles.step}>
                  <span className={styles.stack}>
                    <Text weight="semibold">{index + 1}</Text>
                    <span className={styles.muted}>{step.on}</span>
                  </span>
                </TableCell>
                <TableCell>
                  <span className={styles.stack}>
                    <Text>{step.with ? `${step.do} (${step.with.join(', ')})` : step.do}</Text>
                    <span className={mergeClasses(styles.muted, styles.user)}>{step.user}</span>
                  </span>
                </TableCell>
                <TableCell>
                  <span className={styles.stack}>
                    <Text>{outcomeText(decision.outcome)}</Text>
                    <RuleText rule={decision.rule} showText={false} />
                  </span>
                </TableCell>
                <TableCell className={styles.expectation}>
                  {!step.expect ? (
                    <span className={styles.muted}>{s.noExpectation}</span>
                  ) : failures.length === 0 ? (
                    <span className={styles.met}>
                      <CheckmarkCircleFilled aria-hidden /> {s.met}
                    </span>
                  ) : (
                    <span className={styles.stack}>
                      <span className={styles.unmet}>
                        <DismissCircleFilled aria-hidden /> {s.unmet}
                      </span>
                      <ul className={styles.failures}>
                        {failures.map((f) => (
                          <li key={f}>{f}</li>
                        ))}
                      </ul>
                    </span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </SectionCard>
  );
}
