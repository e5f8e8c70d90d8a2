import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { SweepReport } from '../../../../shared/simulator/sweep';
import { SectionCard } from '../../../components/SectionCard';
import { RuleText } from '../RuleText';
import { simulatorStrings } from '../strings';

const s = simulatorStrings.sweep;

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  reasons: { minWidth: '560px' },
  waves: { minWidth: '540px' },
  wave: { width: '88px', whiteSpace: 'nowrap' },
  outcome: { width: '28%' },
  // Widths leave out the cells' side padding (content-box).
  count: { width: '56px', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  // Fluent lays a header cell's text out in a flex box of its own, so text-align alone does not reach it.
  countHead: { width: '56px', '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  muted: { color: tokens.colorNeutralForeground3 },
  outcomeId: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyMonospace },
  stack: { display: 'flex', flexDirection: 'column', paddingBlock: tokens.spacingVerticalXS },
});

/** Why enabled users cannot reset, by the rule that stopped them, most common first. */
export function ReasonsTable({ report }: { report: SweepReport }) {
  const styles = useStyles();
  return (
    <SectionCard id="simulator-reasons" title={s.reasonsTitle}>
      {report.reasons.length === 0 ? (
        <Text className={styles.muted}>{s.reasonsNone}</Text>
      ) : (
        <div className={styles.scroll}>
          <Table className={styles.reasons} size="small" aria-label={s.reasonsLabel}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.outcome}>{s.reasonColumns.outcome}</TableHeaderCell>
                <TableHeaderCell>{s.reasonColumns.rule}</TableHeaderCell>
                <TableHeaderCell className={styles.countHead}>{s.reasonColumns.users}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.reasons.map((r) => (
                <TableRow key={r.rule}>
                  <TableCell className={styles.outcome}>
                    <span className={styles.stack}>
                      <Text weight="semibold">{simulatorStrings.outcomes[r.outcome]}</Text>
                      <span className={styles.outcomeId}>{r.outcome}</span>
                    </span>
                  </TableCell>
                  <TableCell>
                    <RuleText rule={r.rule} />
                  </TableCell>
                  <TableCell className={styles.count}>{r.users.toLocaleString()}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </SectionCard>
  );
}

const WAVE_COLUMNS = ['users', 'enabled', 'promptRegister', 'promptReconfirm', 'canReset', 'cannotReset'] as const;

/** The same counts per rollout wave, so each wave's owner sees their part. */
export function WavesTable({ report }: { report: SweepReport }) {
  const styles = useStyles();
  return (
    <SectionCard id="simulator-waves" title={s.wavesTitle}>
      <div className={styles.scroll}>
        <Table className={styles.waves} size="small" aria-label={s.wavesLabel}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.wave}>{s.waveColumns.wave}</TableHeaderCell>
              {WAVE_COLUMNS.map((c) => (
                <TableHeaderCell key={c} className={styles.countHead}>
                  {s.waveColumns[c]}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {report.byWave.map((w) => {
              const values = { ...w, cannotReset: w.enabled - w.canReset };
              return (
                <TableRow key={w.wave}>
                  <TableCell className={styles.wave}>
                    <Text weight="semibold">{w.wave}</Text>
                  </TableCell>
                  {WAVE_COLUMNS.map((c) => (
                    <TableCell key={c} className={styles.count}>
                      {values[c].toLocaleString()}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </SectionCard>
  );
}
