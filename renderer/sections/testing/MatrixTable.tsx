import {
  Button,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import type { CaseSimulation } from '../../../shared/simulator/businessCases';
import type { CaseRow } from './matrix';
import { ResultBadge } from './ResultBadge';
import { SimulatedCell } from './SimulatedBadge';
import { testingStrings } from './strings';

const s = testingStrings.table;

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { minWidth: '880px', tableLayout: 'fixed' },
  // With the simulated column the others give up width, so the case titles stay readable at 1280 px.
  withSimulated: { minWidth: '940px' },
  idNarrow: { width: '56px' },
  phaseNarrow: { width: '72px' },
  environmentNarrow: { width: '130px' },
  statusNarrow: { width: '108px' },
  lastRunNarrow: { width: '128px' },
  runsNarrow: { width: '48px' },
  id: { width: '72px' },
  phase: { width: '88px' },
  environment: { width: '170px' },
  status: { width: '120px' },
  simulated: { width: '150px' },
  lastRun: { width: '170px' },
  runs: { width: '64px' },
  cell: { paddingBlock: tokens.spacingVerticalS, verticalAlign: 'top', overflowWrap: 'anywhere' },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    padding: 0,
    minWidth: 0,
    height: 'auto',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  numeric: { fontVariantNumeric: 'tabular-nums' },
});

/**
 * The matrix: one row per case with its environment, status (latest run) and who ran it last, and
 * once the simulator ran, its result beside the testers'.
 */
export function MatrixTable({
  rows,
  simulated,
  onOpen,
}: {
  rows: readonly CaseRow[];
  simulated: ReadonlyMap<string, CaseSimulation> | null;
  onOpen(caseId: string): void;
}) {
  const styles = useStyles();
  // The case drawer opens from state: the focus comes back to the title that opened it.
  const returnFocusHere = useRestoreFocusTarget();
  const width = (wide: string, narrow: string) => mergeClasses(wide, simulated !== null && narrow);
  return (
    <div className={styles.scroll}>
      <Table aria-label={s.label} className={mergeClasses(styles.table, simulated !== null && styles.withSimulated)} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={width(styles.id, styles.idNarrow)}>{s.id}</TableHeaderCell>
            <TableHeaderCell>{s.case}</TableHeaderCell>
            <TableHeaderCell className={width(styles.phase, styles.phaseNarrow)}>{s.phase}</TableHeaderCell>
            <TableHeaderCell className={width(styles.environment, styles.environmentNarrow)}>{s.environment}</TableHeaderCell>
            <TableHeaderCell className={width(styles.status, styles.statusNarrow)}>{s.status}</TableHeaderCell>
            {simulated && <TableHeaderCell className={styles.simulated}>{testingStrings.simulated.column}</TableHeaderCell>}
            <TableHeaderCell className={width(styles.lastRun, styles.lastRunNarrow)}>{s.lastRun}</TableHeaderCell>
            <TableHeaderCell className={width(styles.runs, styles.runsNarrow)}>{s.runs}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ testCase: c, status, latest, runs }) => {
            const title = c.title.trim() || testingStrings.untitled;
            return (
              <TableRow key={c.id}>
                <TableCell className={styles.cell}>
                  <Text className={styles.mono}>{c.id}</Text>
                </TableCell>
                <TableCell className={styles.cell}>
                  <Button {...returnFocusHere} appearance="transparent" className={styles.title} aria-label={s.open(c.id, title)} onClick={() => onOpen(c.id)}>
                    {title}
                  </Button>
                </TableCell>
                <TableCell className={styles.cell}>{testingStrings.phases[c.phase]}</TableCell>
                <TableCell className={styles.cell}>
                  <span className={styles.stack}>
                    <Text size={200}>{testingStrings.networkShort[c.network]}</Text>
                    {c.device.trim() !== '' && (
                      <Text size={200} className={styles.muted}>
                        {c.device}
                      </Text>
                    )}
                  </span>
                </TableCell>
                <TableCell className={styles.cell}>
                  <ResultBadge result={status} />
                </TableCell>
                {simulated && (
                  <TableCell className={styles.cell}>
                    <SimulatedCell sim={simulated.get(c.id)} status={status} />
                  </TableCell>
                )}
                <TableCell className={styles.cell}>
                  {latest ? (
                    <span className={styles.stack}>
                      <Text size={200}>{latest.tester}</Text>
                      <Text size={200} className={styles.muted}>
                        {testingStrings.when(latest.at)}
                      </Text>
                    </span>
                  ) : (
                    <Text size={200} className={styles.muted}>
                      {s.never}
                    </Text>
                  )}
                </TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.numeric)}>{runs}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
