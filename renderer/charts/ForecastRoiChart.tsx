import { Bar, CartesianGrid, ComposedChart, ErrorBar, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { Roi } from '../../shared/simulator/forecast/types';
import { forecastStrings } from '../sections/rollout/forecast/strings';
import { formatMoney } from '../sections/overview/baseline';
import { ChartFrame } from './ChartFrame';
import { localDate } from './dates';
import { axisTick, palette, tooltipStyle } from './palette';

const s = forecastStrings.roi;

/** Axis ticks stay short: "€12K" rather than "€12,000.00". */
function compactMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(amount);
  } catch {
    return amount.toLocaleString();
  }
}

const money = (amount: number, currency: string) => formatMoney(Math.round(amount), currency);

/**
 * Money saved per month as bars with the likely range as whiskers, and the running total as a line
 * on its own axis. Loaded on demand (React.lazy) because recharts is large.
 */
export default function ForecastRoiChart({ roi }: { roi: Roi }) {
  const { currency } = roi;
  const rows = roi.months.map((m) => ({
    month: localDate(`${m.month}-01`, 'month'),
    saved: m.saved,
    whisker: [Math.max(0, m.saved - m.savedP10), Math.max(0, m.savedP90 - m.saved)],
    low: m.savedP10,
    high: m.savedP90,
    cumulative: m.cumulativeSaved,
    calls: m.callsAvoided,
  }));
  const calls = roi.months.reduce((n, m) => n + m.callsAvoided, 0);
  return (
    <ChartFrame
      title={s.monthlyTitle}
      wide
      summary={s.summary(rows.length, money(roi.totalSaved, currency), Math.round(calls))}
      legend={[
        { label: s.saved, color: palette.forecast.saved },
        { label: s.cumulative, color: palette.forecast.cumulative },
      ]}
      note={s.rangeNote}
      table={{
        columns: [s.month, s.saved, s.range, s.cumulative, s.calls],
        rows: rows.map((r) => [
          r.month,
          money(r.saved, currency),
          `${money(r.low, currency)} – ${money(r.high, currency)}`,
          money(r.cumulative, currency),
          Math.round(r.calls).toLocaleString(),
        ]),
      }}
    >
      <ComposedChart responsive data={rows} style={{ width: '100%', height: 280 }} margin={{ top: 8, right: 8, bottom: 4, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={palette.grid} />
        <XAxis dataKey="month" tick={axisTick} stroke={palette.axis} />
        <YAxis yAxisId="month" tick={axisTick} stroke={palette.axis} tickFormatter={(v: number) => compactMoney(v, currency)} width={64} />
        <YAxis yAxisId="total" orientation="right" tick={axisTick} stroke={palette.axis} tickFormatter={(v: number) => compactMoney(v, currency)} width={64} />
        <Tooltip
          {...tooltipStyle}
          formatter={(value, name, item) => {
            const row = (item as { payload?: (typeof rows)[number] }).payload;
            if (name === s.saved && row) return [`${money(Number(value), currency)} (${money(row.low, currency)} – ${money(row.high, currency)})`, name];
            return [money(Number(value), currency), name];
          }}
        />
        <Bar yAxisId="month" dataKey="saved" name={s.saved} fill={palette.forecast.saved} isAnimationActive={false} maxBarSize={48}>
          <ErrorBar dataKey="whisker" width={6} stroke={palette.text} strokeWidth={1.5} direction="y" />
        </Bar>
        <Line yAxisId="total" dataKey="cumulative" name={s.cumulative} stroke={palette.forecast.cumulative} strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}
