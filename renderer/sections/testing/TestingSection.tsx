import { Button, makeStyles, mergeClasses, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { AddRegular, BeakerRegular, PlayRegular, PrintRegular, WarningFilled } from '@fluentui/react-icons';
import { lazy, startTransition, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { resultsByPhase } from '../../../shared/plan/testMatrix';
import { disagreesWith } from '../../../shared/simulator/businessCases';
import { appStrings } from '../../app/strings';
import { FindingList } from '../../components/FindingList';
import { GeneralFindings } from '../../components/GeneralFindings';
import { SectionCard } from '../../components/SectionCard';
import { SectionPage } from '../../components/SectionPage';
import { findingsOf, pointsAt } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CaseDrawer, type DrawerTab } from './CaseDrawer';
import { CsvActions } from './CsvActions';
import { FilterBar } from './FilterBar';
import { FocusMode } from './FocusMode';
import { applyFilters, caseRows, NO_FILTERS, testersOf, type CaseRow, type Filters } from './matrix';
import { MatrixTable } from './MatrixTable';
import { PrintSheet } from './PrintSheet';
import { ProgressCard } from './ProgressCard';
import { testingStrings as s } from './strings';
import { useCaseList } from './useCaseList';
import { useCaseSimulation, type CaseSimulations } from './useCaseSimulation';

// recharts is large: the chart loads only when this section is shown, so the app starts quickly.
const TestResultsChart = lazy(() => import('../../charts/TestResultsChart'));

/** Plan paths that have a place on this page; findings elsewhere are listed at the top. */
const PLACED = ['testing.cases', 'testing.testAccount'];

const useStyles = makeStyles({
  toolbar: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalM },
  spacer: { flex: 1 },
  overview: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 1000px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  loading: { minHeight: '180px', display: 'flex', alignItems: 'center', justifyContent: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  simSummary: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  simWarn: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** What the simulator said about the cases, in words, or why it could not run; announced when it changes. */
function SimulationSummary({ simulation, rows }: { simulation: CaseSimulations; rows: readonly CaseRow[] }) {
  const styles = useStyles();
  const { byCase, error } = simulation;
  if (error) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{s.simulated.failedToRun(error)}</MessageBarBody>
      </MessageBar>
    );
  }
  let simulated = 0;
  let passed = 0;
  let disagree = 0;
  for (const row of rows) {
    const result = byCase?.get(row.testCase.id)?.result ?? null;
    if (result === null) continue;
    simulated += 1;
    if (result === 'pass') passed += 1;
    if (disagreesWith(row.status, result)) disagree += 1;
  }
  return (
    <Text role="status" size={200} className={mergeClasses(styles.simSummary, disagree > 0 && styles.simWarn)}>
      {byCase && (disagree > 0 ? <WarningFilled aria-hidden /> : <BeakerRegular aria-hidden />)}
      {byCase ? s.simulated.summary(passed, simulated, disagree) : s.simulated.hint}
    </Text>
  );
}

/** The pending "go to field" inside a case, as the case to open and the tab that holds the field. */
function usePendingCase(): { index: number; tab: DrawerTab } | null {
  const pending = useAppStore((st) => st.pendingFocus);
  const m = pending === null ? null : /^testing\.cases\.(\d+)(\.)?/.exec(pending);
  return m ? { index: Number(m[1]), tab: m[2] ? 'edit' : 'runs' } : null;
}

/** The test matrix: progress, results by phase, the cases with filters, a case panel and the focused testing mode. */
export function TestingSection() {
  const styles = useStyles();
  const plan = useAppStore((st) => st.plan);
  const findings = useAppStore(useShallow((st) => findingsOf(st.findings, 'testing')));
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [open, setOpen] = useState<{ id: string; tab: DrawerTab } | null>(null);
  const [queue, setQueue] = useState<string[] | null>(null);
  const [chartReady, setChartReady] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const { add, movesFor } = useCaseList();
  const pendingCase = usePendingCase();
  const simulation = useCaseSimulation();

  const testing = plan?.testing;
  const rows = useMemo(() => (testing ? caseRows(testing.cases, testing.runs) : []), [testing]);
  const shown = useMemo(() => applyFilters(rows, filters), [rows, filters]);
  const byPhase = useMemo(() => (plan ? resultsByPhase(plan) : null), [plan]);
  const toTest = shown.filter((r) => r.status !== 'pass').map((r) => r.testCase.id);

  // The chart follows the matrix in a transition, so the table paints first.
  useEffect(() => startTransition(() => setChartReady(true)), []);

  // "Go to field" into a case opens its panel on the tab that holds the field, before the focus moves.
  const pendingTarget = pendingCase && rows[pendingCase.index];
  if (pendingTarget && pendingCase && (open?.id !== pendingTarget.testCase.id || open.tab !== pendingCase.tab)) {
    setOpen({ id: pendingTarget.testCase.id, tab: pendingCase.tab });
  }

  if (!plan || !testing || !byPhase) return null;

  const general = findings.filter((f) => !PLACED.some((field) => pointsAt(f, field)));
  const openRow = open ? (rows.find((r) => r.testCase.id === open.id) ?? null) : null;

  const leaveFocus = () => {
    setQueue(null);
    requestAnimationFrame(() => startButton.current?.focus());
  };

  return (
    <SectionPage title={appStrings.sectionTitles.testing} intro={s.intro} section="testing">
      <GeneralFindings findings={general} heading={s.generalFindingsHeading} label={s.generalFindingsLabel} />
      {queue ? (
        <FocusMode
          key={queue.join('|')}
          queue={queue}
          rows={rows}
          scenarios={plan.support.scenarios}
          onLeave={leaveFocus}
          onRestart={() => setQueue(rows.filter((r) => queue.includes(r.testCase.id) && r.status !== 'pass').map((r) => r.testCase.id))}
        />
      ) : (
        <>
          <div className={styles.toolbar} role="toolbar" aria-label={s.toolbar.label}>
            <Button ref={startButton} appearance="primary" icon={<PlayRegular />} disabled={toTest.length === 0} onClick={() => setQueue(toTest)}>
              {s.toolbar.start}
            </Button>
            <Text size={200} className={styles.hint}>
              {s.toolbar.startHint(toTest.length)}
            </Text>
            <Button icon={<AddRegular />} onClick={() => void add().then((id) => id && setOpen({ id, tab: 'edit' }))}>
              {s.toolbar.add}
            </Button>
            <span className={styles.spacer} />
            <Button icon={simulation.running ? <Spinner size="extra-tiny" /> : <BeakerRegular />} disabledFocusable={simulation.running} onClick={simulation.run}>
              {simulation.running ? s.simulated.running : s.simulated.run}
            </Button>
            <CsvActions testing={testing} />
            <Button icon={<PrintRegular />} onClick={() => window.print()}>
              {s.toolbar.print}
            </Button>
          </div>
          <div className={styles.overview}>
            <ProgressCard rows={rows} testing={testing} />
            <Suspense fallback={<Spinner className={styles.loading} label={s.chart.loading} />}>
              {chartReady ? <TestResultsChart byPhase={byPhase} /> : <Spinner className={styles.loading} label={s.chart.loading} />}
            </Suspense>
          </div>
          <SectionCard id="testing-cases" title={s.table.title} description={s.table.description} field="testing.cases">
            <FindingList findings={findings.filter((f) => f.field === 'testing.cases')} />
            <SimulationSummary simulation={simulation} rows={rows} />
            <FilterBar filters={filters} onChange={setFilters} testers={testersOf(testing.runs)} shown={shown.length} total={rows.length} />
            {rows.length === 0 ? (
              <Text className={styles.muted}>{s.table.empty}</Text>
            ) : shown.length === 0 ? (
              <Text className={styles.muted}>{s.table.noMatch}</Text>
            ) : (
              <MatrixTable rows={shown} simulated={simulation.byCase} onOpen={(id) => setOpen({ id, tab: 'runs' })} />
            )}
          </SectionCard>
        </>
      )}
      <CaseDrawer
        row={openRow}
        runs={testing.runs}
        scenarios={plan.support.scenarios}
        tab={open?.tab ?? 'runs'}
        onTab={(tab) => open && setOpen({ ...open, tab })}
        moves={openRow ? movesFor(openRow.index, () => setOpen(null)) : { remove: () => undefined }}
        simulation={simulation}
        onClose={() => setOpen(null)}
      />
      <PrintSheet plan={plan} rows={shown} />
    </SectionPage>
  );
}
