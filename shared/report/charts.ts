import { addDays, daysBetween } from '../dates';
import type { Plan } from '../plan/schema';
import type { Forecast, Roi } from '../simulator/forecast/types';
import type { SweepReport } from '../simulator/sweep';
import type { CoverageBar } from '../tenant/coverage';
import type { ReportData } from './data';
import { reportStrings as S } from './strings';
import {
  AMBER,
  CHART_WIDTH as W,
  dayLabel,
  fit,
  GRID,
  INK,
  legend,
  line,
  monthLabel,
  MUTED,
  NEUTRAL,
  r1,
  rect,
  svgDocument,
  text,
  textWidth,
  ticks,
  tint,
  WARN,
  type LegendItem,
} from './svg';

/**
 * The document's charts as SVG, drawn from the same reports as its tables (never from the UI):
 * license coverage, who could reset per wave, the forecast band, ROI per month, the timeline.
 */
export interface ChartSvg {
  id: 'coverage' | 'registration' | 'forecast' | 'roi' | 'timeline';
  title: string;
  svg: string;
  width: number;
  height: number;
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');

interface Segment {
  value: number;
  color: string;
}

/** Horizontal stacked bars, one row per name, with a count axis below. */
function stackedBars(rows: { name: string; segments: Segment[] }[], keys: LegendItem[]): { svg: string; height: number } {
  const labelWidth = 170;
  const left = labelWidth + 10;
  const right = W - 70;
  const top = 44;
  const rowHeight = 34;
  const barHeight = 22;
  const totals = rows.map((r) => r.segments.reduce((s, g) => s + g.value, 0));
  const axis = ticks(Math.max(1, ...totals));
  const max = axis[axis.length - 1];
  const x = (v: number) => left + ((right - left) * v) / max;
  const bottom = top + rows.length * rowHeight;
  const parts: string[] = [legend(left, 20, keys)];
  for (const v of axis) {
    parts.push(line(x(v), top - 4, x(v), bottom, GRID));
    parts.push(text(x(v), bottom + 20, n(v), { size: 13, anchor: 'middle', fill: MUTED }));
  }
  rows.forEach((row, i) => {
    const y = top + i * rowHeight + (rowHeight - barHeight) / 2;
    parts.push(text(labelWidth, y + barHeight / 2 + 5, fit(row.name, labelWidth - 10), { anchor: 'end' }));
    let at = 0;
    for (const seg of row.segments) {
      if (seg.value <= 0) continue;
      const w = x(at + seg.value) - x(at);
      parts.push(rect(x(at), y, w, barHeight, seg.color));
      const label = n(seg.value);
      if (w > textWidth(label, 13) + 8) {
        const onDark = seg.color !== NEUTRAL;
        parts.push(text(x(at) + w / 2, y + barHeight / 2 + 5, label, { size: 13, anchor: 'middle', fill: onDark ? '#FFFFFF' : INK }));
      }
      at += seg.value;
    }
    parts.push(text(x(totals[i]) + 6, y + barHeight / 2 + 5, n(totals[i]), { size: 13, fill: MUTED }));
  });
  parts.push(line(left, top - 4, left, bottom, MUTED));
  return { svg: parts.join(''), height: bottom + 32 };
}

export function coverageChart(bars: readonly CoverageBar[], brand: string): ChartSvg | null {
  if (bars.length === 0) return null;
  const { svg, height } = stackedBars(
    bars.map((b) => ({ name: b.name, segments: [{ value: b.covered, color: brand }, { value: b.uncovered, color: WARN }] })),
    [
      { label: S.charts.covered, color: brand },
      { label: S.charts.uncovered, color: WARN },
    ],
  );
  return { id: 'coverage', title: S.charts.coverage, svg: svgDocument(W, height, svg), width: W, height };
}

export function registrationChart(sweep: SweepReport, brand: string): ChartSvg | null {
  if (sweep.byWave.length === 0) return null;
  const { svg, height } = stackedBars(
    sweep.byWave.map((w) => ({
      name: w.wave,
      segments: [
        { value: w.canReset, color: brand },
        { value: w.enabled - w.canReset, color: AMBER },
        { value: w.users - w.enabled, color: NEUTRAL },
      ],
    })),
    [
      { label: S.charts.canReset, color: brand },
      { label: S.charts.cannotReset, color: AMBER },
      { label: S.charts.notEnabled, color: NEUTRAL },
    ],
  );
  return { id: 'registration', title: S.charts.registration, svg: svgDocument(W, height, svg), width: W, height };
}

/** Month starts inside [first, last] as x-axis ticks; the first day when it is not one. */
function monthTicks(first: string, last: string): string[] {
  const out: string[] = [];
  let m = `${first.slice(0, 7)}-01`;
  if (m < first) m = addDays(`${m.slice(0, 7)}-28`, 4).slice(0, 7) + '-01';
  for (; m <= last; m = addDays(`${m.slice(0, 7)}-28`, 4).slice(0, 7) + '-01') out.push(m);
  return out;
}

interface TimeAxis {
  x: (day: string) => number;
  svg: string;
}

function timeAxis(first: string, last: string, left: number, right: number, top: number, bottom: number): TimeAxis {
  const span = Math.max(1, daysBetween(first, last));
  const x = (day: string) => left + ((right - left) * daysBetween(first, day)) / span;
  const parts: string[] = [];
  for (const m of monthTicks(first, last)) {
    parts.push(line(x(m), top, x(m), bottom, GRID));
    parts.push(text(x(m), bottom + 20, m.slice(5, 7) === '01' || m === monthTicks(first, last)[0] ? monthLabel(m) : monthLabel(m).slice(0, 3), { size: 13, anchor: 'middle', fill: MUTED }));
  }
  parts.push(line(left, bottom, right, bottom, MUTED));
  return { x, svg: parts.join('') };
}

export function forecastChart(forecast: Forecast, brand: string): ChartSvg | null {
  const days = forecast.days;
  if (days.length < 2) return null;
  const height = 340;
  const left = 60;
  const right = W - 20;
  const top = 52;
  const bottom = height - 40;
  const axis = timeAxis(days[0], days[days.length - 1], left, right, top, bottom);
  const y = (share: number) => bottom - (bottom - top) * share;
  const parts: string[] = [axis.svg];
  for (const p of [0, 0.25, 0.5, 0.75, 1]) {
    if (p > 0) parts.push(line(left, y(p), right, y(p), GRID));
    parts.push(text(left - 8, y(p) + 5, `${p * 100} %`, { size: 13, anchor: 'end', fill: MUTED }));
  }
  const band = forecast.registeredShare;
  const upper = days.map((d, i) => `${r1(axis.x(d))},${r1(y(band.p90[i]))}`);
  const lower = days.map((d, i) => `${r1(axis.x(d))},${r1(y(band.p10[i]))}`).reverse();
  parts.push(`<polygon points="${[...upper, ...lower].join(' ')}" fill="${tint(brand, 0.72)}"/>`);
  parts.push(`<polyline points="${days.map((d, i) => `${r1(axis.x(d))},${r1(y(band.p50[i]))}`).join(' ')}" fill="none" stroke="${brand}" stroke-width="3"/>`);
  const keys: LegendItem[] = [
    { label: S.charts.median, color: brand, kind: 'line' },
    { label: S.charts.band, color: tint(brand, 0.72) },
  ];
  if (forecast.actual?.some((a) => a !== null)) {
    const points = days.flatMap((d, i) => (forecast.actual?.[i] == null ? [] : [`${r1(axis.x(d))},${r1(y(forecast.actual[i] as number))}`]));
    parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${INK}" stroke-width="2" stroke-dasharray="5 3"/>`);
    keys.push({ label: S.charts.actual, color: INK, kind: 'line' });
  }
  const sendDays = [...new Set(forecast.sends.map((s) => s.date))].filter((d) => d >= days[0] && d <= days[days.length - 1]);
  for (const d of sendDays) {
    const sx = axis.x(d);
    parts.push(line(sx, top, sx, bottom, tint(AMBER, 0.4), ' stroke-dasharray="3 3"'));
    parts.push(`<path d="M${r1(sx - 6)},${top - 12} h12 l-6,10 z" fill="${AMBER}"/>`);
  }
  if (sendDays.length > 0) keys.push({ label: S.charts.sends, color: AMBER, kind: 'marker' });
  parts.push(legend(left, 22, keys));
  parts.push(line(left, top, left, bottom, MUTED));
  return { id: 'forecast', title: S.charts.forecast, svg: svgDocument(W, height, parts.join('')), width: W, height };
}

export function roiChart(roi: Roi, brand: string): ChartSvg | null {
  if (roi.months.length === 0) return null;
  const height = 320;
  const left = 80;
  const right = W - 20;
  const top = 60;
  const bottom = height - 40;
  const axis = ticks(Math.max(1, ...roi.months.map((m) => m.savedP90)));
  const max = axis[axis.length - 1];
  const y = (v: number) => bottom - ((bottom - top) * v) / max;
  const parts: string[] = [
    legend(left, 22, [
      { label: S.charts.roi(roi.currency), color: brand },
      { label: S.charts.roiRange, color: INK, kind: 'line' },
    ]),
  ];
  for (const v of axis) {
    if (v > 0) parts.push(line(left, y(v), right, y(v), GRID));
    parts.push(text(left - 8, y(v) + 5, n(v), { size: 13, anchor: 'end', fill: MUTED }));
  }
  const slot = (right - left) / roi.months.length;
  const barWidth = Math.min(90, slot * 0.6);
  roi.months.forEach((m, i) => {
    const cx = left + slot * (i + 0.5);
    parts.push(rect(cx - barWidth / 2, y(m.saved), barWidth, bottom - y(m.saved), brand));
    parts.push(line(cx, y(m.savedP10), cx, y(m.savedP90), INK, ' stroke-width="1.5"'));
    parts.push(line(cx - 8, y(m.savedP10), cx + 8, y(m.savedP10), INK, ' stroke-width="1.5"'));
    parts.push(line(cx - 8, y(m.savedP90), cx + 8, y(m.savedP90), INK, ' stroke-width="1.5"'));
    parts.push(text(cx, y(Math.max(m.saved, m.savedP90)) - 7, n(m.saved), { size: 13, anchor: 'middle', fill: INK }));
    parts.push(text(cx, bottom + 20, monthLabel(m.month), { size: 13, anchor: 'middle', fill: MUTED }));
  });
  parts.push(line(left, bottom, right, bottom, MUTED));
  return { id: 'roi', title: S.charts.roi(roi.currency).replace(/ \(.*\)$/, ''), svg: svgDocument(W, height, parts.join('')), width: W, height };
}

/** Phases as bars from start to end (an open end runs to the next phase or two weeks), sends as markers. */
export function timelineChart(plan: Plan, brand: string, today: string | null = null): ChartSvg | null {
  const phases = plan.rollout.phases.filter((p) => p.start !== null);
  if (phases.length === 0) return null;
  const endOf = (i: number) => {
    const p = phases[i];
    const next = phases.slice(i + 1).find((q) => (q.start as string) > (p.start as string));
    return p.end ?? (next ? addDays(next.start as string, -1) : addDays(p.start as string, 14));
  };
  const sends = plan.communications.emails.filter((e) => e.sendDate !== null);
  const dates = [...phases.map((p) => p.start as string), ...phases.map((_, i) => endOf(i)), ...sends.map((e) => e.sendDate as string)].sort();
  const first = addDays(dates[0], -3);
  const last = addDays(dates[dates.length - 1], 3);
  const labelWidth = 130;
  const left = labelWidth + 10;
  const right = W - 20;
  const top = 44;
  const rowHeight = 44;
  const bottom = top + phases.length * rowHeight;
  const axis = timeAxis(first, last, left, right, top - 4, bottom);
  const parts: string[] = [axis.svg];
  phases.forEach((p, i) => {
    const yTop = top + i * rowHeight + 6;
    const x1 = axis.x(p.start as string);
    const x2 = axis.x(addDays(endOf(i), 1));
    parts.push(text(labelWidth, yTop + 17, fit(p.name, labelWidth - 10), { anchor: 'end' }));
    parts.push(rect(x1, yTop, x2 - x1, 22, p.kind === 'pilot' ? tint(brand, 0.35) : brand, ' rx="3"'));
    const span = `${dayLabel(p.start as string)} – ${dayLabel(endOf(i))}`;
    if (x2 - x1 > textWidth(span, 12) + 10) parts.push(text((x1 + x2) / 2, yTop + 16, span, { size: 12, anchor: 'middle', fill: '#FFFFFF' }));
    for (const e of sends.filter((s) => s.phaseId === p.id)) {
      const sx = axis.x(e.sendDate as string);
      parts.push(`<path d="M${r1(sx - 6)},${r1(yTop + 36)} l6,-10 l6,10 z" fill="${AMBER}"/>`);
    }
  });
  if (today !== null && today >= first && today <= last) {
    parts.push(line(axis.x(today), top - 8, axis.x(today), bottom, WARN, ' stroke-width="1.5" stroke-dasharray="4 3"'));
  }
  parts.push(legend(left, 20, [{ label: S.charts.sends, color: AMBER, kind: 'marker' }, ...(today !== null && today >= first && today <= last ? [{ label: 'Today', color: WARN, kind: 'line' as const }] : [])]));
  const height = bottom + 32;
  return { id: 'timeline', title: S.charts.timeline, svg: svgDocument(W, height, parts.join('')), width: W, height };
}

/** Every chart the data allows, keyed by id, brand-coloured. */
export function planCharts(data: ReportData): Partial<Record<ChartSvg['id'], ChartSvg>> {
  const brand = data.plan.communications.brandColor;
  const charts = [
    timelineChart(data.plan, brand, data.today),
    data.licenses ? coverageChart(data.licenses.byWave, brand) : null,
    data.sweep ? registrationChart(data.sweep, brand) : null,
    data.forecast ? forecastChart(data.forecast, brand) : null,
    data.forecast ? roiChart(data.forecast.roi, brand) : null,
  ];
  return Object.fromEntries(charts.filter((c): c is ChartSvg => c !== null).map((c) => [c.id, c]));
}
