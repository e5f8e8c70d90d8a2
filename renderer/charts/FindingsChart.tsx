import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { SEVERITIES, type Finding } from '../../shared/plan/findings';
import { appStrings } from '../app/strings';
import { ChartFrame } from './ChartFrame';
import { findingsBySection } from './chartData';
import { axisTick, HORIZONTAL_BARS, palette, tooltipStyle } from './palette';
import { chartStrings } from './strings';

const s = chartStrings.findings;

/** Findings per section as horizontal bars stacked by severity. */
export function FindingsChart({ findings }: { findings: readonly Finding[] }) {
  const rows = findingsBySection(findings).map((r) => ({ ...r, label: appStrings.sectionTitles[r.section] }));
  const total = (sev: (typeof SEVERITIES)[number]) => rows.reduce((n, r) => n + r[sev], 0);
  return (
    <ChartFrame
      title={s.title}
      summary={s.summary(findings.length, total('error'), total('warning'), total('info'), rows.length)}
      empty={rows.length === 0 ? s.none : null}
      legend={SEVERITIES.map((sev) => ({ label: chartStrings.severity[sev], color: palette.severity[sev], value: total(sev) }))}
      table={{
        columns: [s.section, ...SEVERITIES.map((sev) => chartStrings.severity[sev]), s.total],
        rows: rows.map((r) => [r.label, r.error, r.warning, r.info, r.total]),
      }}
    >
      <BarChart {...HORIZONTAL_BARS} data={rows} style={{ width: '100%', height: 28 * rows.length + 44 }} barCategoryGap="22%">
        <CartesianGrid horizontal={false} stroke={palette.grid} />
        <XAxis type="number" allowDecimals={false} tick={axisTick} stroke={palette.axis} />
        <YAxis type="category" dataKey="label" width={110} tick={axisTick} stroke={palette.axis} />
        <Tooltip {...tooltipStyle} />
        {SEVERITIES.map((sev) => (
          <Bar key={sev} dataKey={sev} name={chartStrings.severity[sev]} stackId="findings" fill={palette.severity[sev]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
