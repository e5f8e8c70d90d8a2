import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { CoverageBar } from '../../shared/tenant/coverage';
import { ChartFrame, ChartGrid } from './ChartFrame';
import { axisTick, HORIZONTAL_BARS, palette, tooltipStyle } from './palette';
import { chartStrings } from './strings';

const s = chartStrings.coverage;
const PARTS = ['covered', 'uncovered'] as const;


/** Room for the longest name on the category axis (12 px text), within sensible bounds. */
const axisWidth = (names: string[]) => Math.min(180, Math.max(64, 12 + 7 * Math.max(0, ...names.map((n) => n.length))));

/** `totals` puts the sums in the legend; off where one user counts in several bars (groups overlap). */
function CoverageChart(props: { title: string; category: string; bars: CoverageBar[]; none: string; note: string; totals: boolean }) {
  const { title, category, bars, none, note, totals } = props;
  const rows = bars.filter((b) => b.covered + b.uncovered > 0);
  const total = (part: (typeof PARTS)[number]) => rows.reduce((n, r) => n + r[part], 0);
  return (
    <ChartFrame
      title={title}
      summary={s.summary(title, rows)}
      empty={rows.length === 0 ? none : null}
      note={note}
      legend={PARTS.map((p) => ({ label: s[p], color: palette.coverage[p], value: totals ? total(p) : undefined }))}
      table={{ columns: [category, s.covered, s.uncovered], rows: rows.map((r) => [r.name, r.covered, r.uncovered]) }}
    >
      <BarChart {...HORIZONTAL_BARS} data={rows} style={{ width: '100%', height: 44 + rows.length * 34 }} barCategoryGap="24%">
        <CartesianGrid horizontal={false} stroke={palette.grid} />
        <XAxis type="number" allowDecimals={false} tick={axisTick} stroke={palette.axis} />
        <YAxis type="category" dataKey="name" width={axisWidth(rows.map((r) => r.name))} tick={axisTick} stroke={palette.axis} interval={0} />
        <Tooltip {...tooltipStyle} />
        {PARTS.map((p) => (
          <Bar key={p} dataKey={p} name={s[p]} stackId="coverage" fill={palette.coverage[p]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

/**
 * Covered and not covered users per rollout wave and per group of the plan, as stacked bars. Loaded
 * on demand (React.lazy) because recharts is large; the default export is what lazy() expects.
 */
export default function CoverageCharts({ byWave, byGroup }: { byWave: CoverageBar[]; byGroup: CoverageBar[] }) {
  return (
    <ChartGrid>
      <CoverageChart title={s.byWave} category={s.wave} bars={byWave} none={s.noneWave} note={s.waveNote} totals />
      <CoverageChart title={s.byGroup} category={s.group} bars={byGroup} none={s.noneGroup} note={s.groupNote} totals={false} />
    </ChartGrid>
  );
}
