import { makeStyles, tokens } from '@fluentui/react-components';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Series } from '../sections/rollout/forecast/series';
import { lastActual } from '../sections/rollout/forecast/series';
import { forecastStrings } from '../sections/rollout/forecast/strings';
import { ChartFrame } from './ChartFrame';
import { localDate } from './dates';
import { axisTick, palette, tooltipStyle } from './palette';

const s = forecastStrings.chart;
const pct = forecastStrings.percent;

const useStyles = makeStyles({
  keys: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  key: { fontVariantNumeric: 'tabular-nums' },
});

interface Row {
  day: string;
  p10: number;
  p50: number;
  p90: number;
  range: [number, number];
  actual: number | null;
}

/** "11 Jan": the axis has room for day and month only; the year is in the tooltip and the table. */
const shortDay = (iso: string) => localDate(iso, 'dayMonth');

/** Sends that fall on the same day share one line; the numbers refer to the key under the chart. */
function sendLines(series: Series): { day: string; numbers: number[] }[] {
  const inRange = new Set(series.days);
  const byDay = new Map<string, number[]>();
  sortedSends(series).forEach((send, i) => {
    if (!inRange.has(send.date)) return;
    byDay.set(send.date, [...(byDay.get(send.date) ?? []), i + 1]);
  });
  return [...byDay].map(([day, numbers]) => ({ day, numbers }));
}

const sortedSends = (series: Series) => [...series.sends].sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));

/**
 * The registered share per day: the likely range as a band, the median as a line, the actual share
 * where registration details were imported, and a line for each campaign send and for today.
 * Loaded on demand (React.lazy) because recharts is large; the default export is what lazy() expects.
 */
export default function ForecastChart({ series, today }: { series: Series; today: string }) {
  const styles = useStyles();
  const { days, band, actual } = series;
  const rows: Row[] = days.map((day, i) => ({
    day,
    p10: band.p10[i],
    p50: band.p50[i],
    p90: band.p90[i],
    range: [band.p10[i], band.p90[i]],
    actual: actual?.[i] ?? null,
  }));
  const last = days.length - 1;
  const seen = lastActual(actual);
  const sends = sortedSends(series);
  const lines = sendLines(series);
  const showToday = days.length > 0 && today >= days[0] && today <= days[last];
  // A week per table row keeps the table readable; the last day always closes it.
  const tableRows = rows.filter((_, i) => i % 7 === 0 || i === last);
  const title = s.title(series.label);
  const summary =
    days.length === 0
      ? ''
      : s.summary(series.label, localDate(days[0]), localDate(days[last]), band.p50[0], band.p50[last], band.p10[last], band.p90[last], sends.length) +
        (seen ? s.actualSummary(seen.share, localDate(days[seen.index])) : '') +
        (sends.length > 0 ? ` ${sends.map((send, i) => s.sendKey(i + 1, send.name, localDate(send.date))).join('; ')}.` : '');

  return (
    <ChartFrame
      wide
      title={title}
      summary={summary}
      empty={days.length === 0 ? forecastStrings.noWaves : null}
      legend={[
        { label: s.band, color: palette.forecast.band },
        { label: s.p50, color: palette.forecast.median },
        ...(seen ? [{ label: s.actual, color: palette.forecast.actual }] : []),
        ...(lines.length > 0 ? [{ label: s.send, color: palette.forecast.send }] : []),
        ...(showToday ? [{ label: s.today, color: palette.text }] : []),
      ]}
      note={seen ? s.note : `${s.note} ${s.noActual}`}
      table={{
        columns: [s.day, s.p10, s.p50, s.p90, ...(actual ? [s.actual] : [])],
        rows: tableRows.map((r) => [localDate(r.day), pct(r.p10), pct(r.p50), pct(r.p90), ...(actual ? [r.actual === null ? '' : pct(r.actual)] : [])]),
      }}
    >
      <div data-testid="forecast-chart" data-p50={band.p50.map((v) => v.toFixed(4)).join(' ')} data-p50-end={band.p50[last]?.toFixed(4)}>
        <ComposedChart responsive data={rows} style={{ width: '100%', height: 320 }} margin={{ top: 22, right: 28, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={palette.grid} />
          <XAxis dataKey="day" tick={axisTick} stroke={palette.axis} tickFormatter={shortDay} minTickGap={28} />
          <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={pct} tick={axisTick} stroke={palette.axis} width={44} />
          <Tooltip
            {...tooltipStyle}
            cursor={{ stroke: palette.axis }}
            labelFormatter={(day) => localDate(String(day))}
            formatter={(value, name) => {
              if (Array.isArray(value)) return [`${pct(Number(value[0]))} – ${pct(Number(value[1]))}`, name];
              return [pct(Number(value)), name];
            }}
          />
          <Area dataKey="range" name={s.band} stroke="none" fill={palette.forecast.band} fillOpacity={0.22} isAnimationActive={false} activeDot={false} />
          <Line dataKey="p50" name={s.p50} stroke={palette.forecast.median} strokeWidth={2.5} dot={false} isAnimationActive={false} />
          {seen && (
            <Line dataKey="actual" name={s.actual} stroke={palette.forecast.actual} strokeWidth={2.5} dot={false} connectNulls={false} isAnimationActive={false} />
          )}
          {lines.map((l) => (
            <ReferenceLine
              key={l.day}
              x={l.day}
              stroke={palette.forecast.send}
              strokeDasharray="3 3"
              label={{ value: l.numbers.join(','), position: 'top', fill: palette.text, fontSize: 11 }}
            />
          ))}
          {showToday && (
            <ReferenceLine x={today} stroke={palette.text} strokeWidth={1.5} label={{ value: s.today, position: 'insideTopRight', fill: palette.text, fontSize: 11 }} />
          )}
        </ComposedChart>
      </div>
      {sends.length > 0 && (
        <ol className={styles.keys}>
          {sends.map((send, i) => (
            <li key={`${send.date}-${send.name}-${send.wave}`} className={styles.key}>
              {s.sendKey(i + 1, send.name, localDate(send.date))}
            </li>
          ))}
        </ol>
      )}
    </ChartFrame>
  );
}
