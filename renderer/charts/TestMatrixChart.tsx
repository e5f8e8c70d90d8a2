import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import type { Readiness } from '../../shared/plan/readiness';
import { ChartFrame } from './ChartFrame';
import { testResults } from './chartData';
import { axisTick, HORIZONTAL_BARS, palette } from './palette';
import { chartStrings } from './strings';

const s = chartStrings.tests;

/** The current phase's test cases by their latest result. */
export function TestMatrixChart({ readiness }: { readiness: Readiness }) {
  const rows = testResults(readiness).map((r) => ({ ...r, label: s.results[r.result] }));
  const total = rows.reduce((n, r) => n + r.count, 0);
  return (
    <ChartFrame
      title={s.title}
      summary={s.summary(readiness.phase, rows.map((r) => `${r.count} ${s.results[r.result].toLowerCase()}`).join(', '))}
      note={s.note(readiness.phase)}
      legend={rows.map((r) => ({ label: r.label, color: palette.test[r.result], value: r.count }))}
      table={{ columns: [s.result, s.count], rows: rows.map((r) => [r.label, r.count]) }}
    >
      <BarChart {...HORIZONTAL_BARS} data={rows} style={{ width: '100%', height: 156 }} barCategoryGap="22%">
        <CartesianGrid horizontal={false} stroke={palette.grid} />
        <XAxis type="number" allowDecimals={false} domain={[0, Math.max(1, total)]} tick={axisTick} stroke={palette.axis} />
        <YAxis type="category" dataKey="label" width={88} tick={axisTick} stroke={palette.axis} />
        <Bar dataKey="count" isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.result} fill={palette.test[r.result]} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
