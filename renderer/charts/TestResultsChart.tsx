import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { PHASE_KINDS, RUN_RESULTS, type Phase, type RunResult } from '../../shared/plan/schema';
import { ChartFrame } from './ChartFrame';
import type { TestResult } from './chartData';
import { axisTick, HORIZONTAL_BARS, palette, tooltipStyle } from './palette';
import { chartStrings } from './strings';

const s = chartStrings.testResults;

/** The test palette is keyed by the readiness chart's words; a run's result maps onto them. */
const COLOUR_OF: Record<RunResult, TestResult> = { pass: 'passed', fail: 'failed', blocked: 'blocked', notRun: 'notRun' };

export type ResultsByPhase = Record<Phase['kind'], Record<RunResult, number>>;

/**
 * Latest results per phase as stacked bars: passed, failed, blocked and not run. Loaded on demand
 * (React.lazy) because recharts is large; the default export is what lazy() expects.
 */
export default function TestResultsChart({ byPhase }: { byPhase: ResultsByPhase }) {
  const rows = PHASE_KINDS.map((kind) => ({ kind, phase: s.kinds[kind], ...byPhase[kind] }))
    .map((r) => ({ ...r, total: RUN_RESULTS.reduce((sum, result) => sum + r[result], 0) }))
    .filter((r) => r.total > 0);
  const totals = Object.fromEntries(RUN_RESULTS.map((r) => [r, rows.reduce((sum, row) => sum + row[r], 0)])) as Record<RunResult, number>;
  const most = Math.max(1, ...rows.map((r) => r.total));
  return (
    <ChartFrame
      title={s.title}
      summary={s.summary(rows.map((r) => ({ phase: r.phase, pass: r.pass, total: r.total })))}
      empty={rows.length === 0 ? s.none : null}
      note={s.note}
      legend={RUN_RESULTS.map((r) => ({ label: s.results[r], color: palette.test[COLOUR_OF[r]], value: totals[r] }))}
      table={{ columns: [s.phase, ...RUN_RESULTS.map((r) => s.results[r])], rows: rows.map((r) => [r.phase, ...RUN_RESULTS.map((res) => r[res])]) }}
    >
      <BarChart {...HORIZONTAL_BARS} data={rows} style={{ width: '100%', height: 48 + rows.length * 40 }} barCategoryGap="24%">
        <CartesianGrid horizontal={false} stroke={palette.grid} />
        <XAxis type="number" allowDecimals={false} domain={[0, most]} tick={axisTick} stroke={palette.axis} />
        <YAxis type="category" dataKey="phase" width={72} tick={axisTick} stroke={palette.axis} />
        <Tooltip {...tooltipStyle} />
        {RUN_RESULTS.map((r) => (
          <Bar key={r} dataKey={r} name={s.results[r]} stackId="results" fill={palette.test[COLOUR_OF[r]]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
