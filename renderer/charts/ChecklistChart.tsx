import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Readiness } from '../../shared/plan/readiness';
import { ChartFrame } from './ChartFrame';
import { checklistBars } from './chartData';
import { axisTick, HORIZONTAL_BARS, palette, tooltipStyle } from './palette';
import { chartStrings } from './strings';

const s = chartStrings.checklist;

/** Checklist steps per phase, done and still open, as stacked horizontal bars. */
export function ChecklistChart({ readiness }: { readiness: Readiness }) {
  const rows = checklistBars(readiness);
  const done = rows.reduce((n, r) => n + r.done, 0);
  const open = rows.reduce((n, r) => n + r.open, 0);
  return (
    <ChartFrame
      title={s.title}
      summary={s.summary(rows)}
      empty={rows.length === 0 ? s.none : null}
      legend={[
        { label: s.done, color: palette.checklist.done, value: done },
        { label: s.open, color: palette.checklist.open, value: open },
      ]}
      table={{ columns: [s.phase, s.done, s.open], rows: rows.map((r) => [r.phase, r.done, r.open]) }}
    >
      <BarChart {...HORIZONTAL_BARS} data={rows} style={{ width: '100%', height: 28 * rows.length + 44 }} barCategoryGap="22%">
        <CartesianGrid horizontal={false} stroke={palette.grid} />
        <XAxis type="number" allowDecimals={false} tick={axisTick} stroke={palette.axis} />
        <YAxis type="category" dataKey="phase" width={88} tick={axisTick} stroke={palette.axis} />
        <Tooltip {...tooltipStyle} />
        <Bar dataKey="done" name={s.done} stackId="steps" fill={palette.checklist.done} isAnimationActive={false} />
        <Bar dataKey="open" name={s.open} stackId="steps" fill={palette.checklist.open} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
