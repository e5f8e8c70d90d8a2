import type { Plan } from '../shared/plan/schema';
import { lastActualDay } from '../shared/simulator/forecast/actuals';
import type { Forecast } from '../shared/simulator/forecast/types';
import { counted } from '../shared/text';

/** What `forecast` prints; the model is shared/simulator/forecast's, run through the API. */

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const money = (x: number, currency: string) => `${Math.round(x).toLocaleString('en-US')} ${currency}`;
const rate = (x: number) => `${Math.round(x * 1000) / 10} %`;

function settingsLines(plan: Plan, f: Forecast): string[] {
  const s = plan.forecast;
  const { requireRegistration, reconfirmDays } = plan.policy;
  return [
    `Settings: seed ${s.seed}, ${s.runs} runs, ${s.horizonDays} days; sign-in ${rate(s.signInRate)} a day, prompt completion ${rate(s.promptCompletion)},`,
    `  send response ${rate(s.sendResponse)} (half-life ${s.responseHalfLifeDays} days), unprompted ${rate(s.baselineDaily)} a day, uncertainty ±${rate(s.uncertainty)};`,
    `  registration ${requireRegistration ? 'enforced at sign-in' : 'not enforced'}, ${reconfirmDays > 0 ? `reconfirm after ${reconfirmDays} days` : 'no reconfirmation'}; ${counted(f.sends.length, 'send')} in the horizon.`,
  ];
}

/** Every 7th day from the first, the latest day with actuals, and the last day. */
function weeklyRows(f: Forecast): number[] {
  const rows = new Set<number>();
  for (let d = 0; d < f.days.length; d += 7) rows.add(d);
  const latest = lastActualDay(f.actual);
  if (latest >= 0) rows.add(latest);
  rows.add(f.days.length - 1);
  return [...rows].sort((a, b) => a - b);
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => `  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`.trimEnd());
}

/** The readable report: settings, the overall curve by week, each wave at the end, then the ROI. */
export function describeForecast(planPath: string, plan: Plan, f: Forecast): string[] {
  const end = f.days.length - 1;
  const lines = [
    `Adoption forecast for ${planPath}: ${counted(f.users, 'user')} in ${counted(f.waves.length, 'wave')}, ${f.days[0]} to ${f.days[end]}.`,
    ...settingsLines(plan, f),
    '',
    'Registered share, all waves (10th / 50th / 90th percentile):',
  ];
  const withActual = f.actual !== null;
  const head = ['day', 'p10', 'p50', 'p90', ...(withActual ? ['actual'] : [])];
  const rows = weeklyRows(f).map((d) => {
    const actual = f.actual?.[d];
    return [f.days[d], pct(f.registeredShare.p10[d]), pct(f.registeredShare.p50[d]), pct(f.registeredShare.p90[d]), ...(withActual ? [actual == null ? '' : pct(actual)] : [])];
  });
  lines.push(...table([head, ...rows]), '', `Per wave on ${f.days[end]}:`);
  const waveRows = f.waves.map((w) => [w.wave, `${w.users} users`, w.start === null ? 'no start date' : `from ${w.start}`, pct(w.registeredShare.p10[end]), pct(w.registeredShare.p50[end]), pct(w.registeredShare.p90[end])]);
  lines.push(...table([['wave', 'users', 'enabled', 'p10', 'p50', 'p90'], ...waveRows]));
  for (const w of f.waves.filter((x) => x.behind)) {
    const d = lastActualDay(w.actual);
    lines.push(
      `  BEHIND: ${w.wave} had ${pct(w.actual?.[d] ?? 0)} registered on ${f.days[d]}, below the forecast's 10th percentile of ${pct(w.registeredShare.p10[d])}.` +
        (w.suggestedReminder ? ` Consider an extra reminder on ${w.suggestedReminder}.` : ''),
    );
  }
  const prompts = f.reconfirmPrompts.reduce((a, b) => a + b, 0);
  if (prompts > 0) lines.push('', `Reconfirmation prompts over the horizon: about ${Math.round(prompts)} (peak ${Math.round(Math.max(...f.reconfirmPrompts))} on one day).`);
  const r = f.roi;
  lines.push('', `Return on investment (${r.currency}), median with the 10th–90th percentile range:`);
  const roiRows = r.months.map((m) => [m.month, `${Math.round(m.callsAvoided).toLocaleString('en-US')} calls`, money(m.saved, r.currency), `${money(m.savedP10, r.currency)} – ${money(m.savedP90, r.currency)}`, money(m.cumulativeSaved, r.currency)]);
  const totalCalls = r.months.reduce((n, m) => n + m.callsAvoided, 0);
  roiRows.push(['total', `${Math.round(totalCalls).toLocaleString('en-US')} calls`, money(r.totalSaved, r.currency), `${money(r.totalSavedP10, r.currency)} – ${money(r.totalSavedP90, r.currency)}`, '']);
  lines.push(...table([['month', 'avoided', 'saved', 'range', 'cumulative'], ...roiRows]));
  lines.push('', 'Assumptions:', ...[...f.assumptions, ...r.assumptions].map((a) => `  - ${a}`));
  return lines;
}
