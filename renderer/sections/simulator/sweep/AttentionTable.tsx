import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { SWEEP_ATTENTION_ROWS, type SweepReport } from '../../../../shared/simulator/sweep';
import { SectionCard } from '../../../components/SectionCard';
import { RuleText } from '../RuleText';
import { simulatorStrings } from '../strings';

const s = simulatorStrings.sweep;

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  scroll: { overflowX: 'auto', maxHeight: '520px', overflowY: 'auto' },
  table: { minWidth: '540px' },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground1, zIndex: 1 },
  user: { display: 'flex', flexDirection: 'column', minWidth: 0, paddingBlock: tokens.spacingVerticalXS },
  upn: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  wave: { width: '80px' },
  outcome: { width: '19%' },
  rule: { width: '130px' },
});

/** The first enabled users who are prompted or stopped; the CSV export has every user. */
export function AttentionTable({ report }: { report: SweepReport }) {
  const styles = useStyles();
  const rows = report.attention;
  return (
    <SectionCard id="simulator-attention" title={s.attentionTitle} description={s.attentionDescription}>
      {rows.length === 0 ? (
        <Text className={styles.muted}>{s.attentionNone}</Text>
      ) : (
        <>
          <Text className={styles.muted}>{rows.length >= SWEEP_ATTENTION_ROWS ? s.attentionShowing(rows.length) : s.attentionCount(rows.length)}</Text>
          <div className={styles.scroll}>
            <Table className={styles.table} size="small" aria-label={s.attentionLabel}>
              <TableHeader className={styles.head}>
                <TableRow>
                  <TableHeaderCell>{s.attentionColumns.user}</TableHeaderCell>
                  <TableHeaderCell className={styles.wave}>{s.attentionColumns.wave}</TableHeaderCell>
                  <TableHeaderCell className={styles.outcome}>{s.attentionColumns.signIn}</TableHeaderCell>
                  <TableHeaderCell className={styles.outcome}>{s.attentionColumns.reset}</TableHeaderCell>
                  <TableHeaderCell className={styles.rule}>{s.attentionColumns.rule}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((u) => (
                  <TableRow key={u.upn}>
                    <TableCell>
                      <span className={styles.user}>
                        <Text weight="semibold">{u.displayName || u.upn}</Text>
                        <span className={styles.upn}>{u.upn}</span>
                      </span>
                    </TableCell>
                    <TableCell className={styles.wave}>{u.wave}</TableCell>
                    <TableCell className={styles.outcome}>{simulatorStrings.outcomes[u.signIn]}</TableCell>
                    <TableCell className={styles.outcome}>{simulatorStrings.outcomes[u.reset]}</TableCell>
                    <TableCell className={styles.rule}>
                      <RuleText rule={u.rule} showText={false} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </SectionCard>
  );
}
