import { addDays, daysBetween } from '../dates';
import { SIM_RULES } from '../simulator/ruleCodes';
import type { Outcome } from '../simulator/vocabulary';
import type { ReportData } from './data';
import { money, percent, reportStrings as S } from './strings';
import { table, type ReportTable } from './table';

/** The tables worked out from the tenant: license coverage, the simulator's sweep and the forecast. */

const n = (x: number) => x.toLocaleString('en-US');
const yesNo = (on: boolean) => (on ? S.yes : S.no);

/** The plan's SKUs; with a tenant, how many users hold each. */
export function licenseSkusTable(data: Pick<ReportData, 'plan' | 'licenses'>): ReportTable {
  const uses = new Map((data.licenses?.skus ?? []).map((u) => [u.skuPartNumber, u]));
  return table(
    'licenseSkus',
    S.tables.licenseSkus,
    data.plan.licensing.skus.map((s) => {
      const use = uses.get(s.skuPartNumber);
      return [s.skuPartNumber, s.name, yesNo(s.cloudReset), yesNo(s.hybridWriteback), n(s.seatsOwned), use ? n(use.holders) : '', use ? n(use.inScope) : ''];
    }),
  );
}

export function licenseCoverageTable(data: Pick<ReportData, 'licenses'>): ReportTable | null {
  const report = data.licenses;
  if (!report) return null;
  const row = (name: string, covered: number, uncovered: number) => {
    const total = covered + uncovered;
    return [name, n(total), n(covered), n(uncovered), total === 0 ? '' : percent(covered / total)];
  };
  return table('licenseCoverage', S.tables.licenseCoverage, [
    ...report.byWave.map((w) => row(w.name, w.covered, w.uncovered)),
    row(S.tables.licenseCoverage.total, report.covered, report.uncovered.length),
  ]);
}

export function licenseUncoveredTable(data: Pick<ReportData, 'licenses'>): ReportTable | null {
  const report = data.licenses;
  if (!report) return null;
  return table(
    'licenseUncovered',
    S.tables.licenseUncovered,
    report.uncovered.map((u) => [u.upn, u.wave, yesNo(u.synced), S.uncovered[u.reason], u.held.join(', ')]),
  );
}

export function sweepWavesTable(data: Pick<ReportData, 'sweep'>): ReportTable | null {
  const sweep = data.sweep;
  if (!sweep) return null;
  return table(
    'sweepWaves',
    S.tables.sweepWaves,
    sweep.byWave.map((w) => [
      w.wave,
      n(w.users),
      n(w.enabled),
      n(w.canReset),
      n(w.promptRegister),
      n(w.promptReconfirm),
      (Object.entries(w.cannotReset) as [Outcome, number][]).map(([outcome, users]) => `${S.outcomes[outcome]}: ${n(users)}`).join('\n'),
    ]),
  );
}

export function sweepReasonsTable(data: Pick<ReportData, 'sweep'>): ReportTable | null {
  const sweep = data.sweep;
  if (!sweep) return null;
  return table(
    'sweepReasons',
    S.tables.sweepReasons,
    sweep.reasons.map((r) => [r.rule, S.outcomes[r.outcome], n(r.users), SIM_RULES[r.rule].text]),
  );
}

/** Days after a wave's start at which the table reads its registered share. */
export const FORECAST_READ_DAYS = 30;

export function forecastWavesTable(data: Pick<ReportData, 'forecast'>): ReportTable | null {
  const forecast = data.forecast;
  if (!forecast || forecast.days.length === 0) return null;
  const last = forecast.days.length - 1;
  const indexOf = (day: string) => Math.max(0, Math.min(last, daysBetween(forecast.days[0], day)));
  return table(
    'forecastWaves',
    S.tables.forecastWaves,
    forecast.waves.map((w) => {
      const at = w.start === null ? null : indexOf(addDays(w.start, FORECAST_READ_DAYS));
      const band = w.registeredShare;
      return [
        w.wave,
        n(w.users),
        w.start ?? S.notSet,
        at === null ? '' : percent(band.p50[at]),
        at === null ? '' : `${percent(band.p10[at])} – ${percent(band.p90[at])}`,
        percent(band.p50[last]),
        w.behind ? `${S.yes}${w.suggestedReminder ? `: send a reminder on ${w.suggestedReminder}` : ''}` : S.no,
      ];
    }),
  );
}

export function roiTable(data: Pick<ReportData, 'forecast'>): ReportTable | null {
  const roi = data.forecast?.roi;
  if (!roi) return null;
  return table(
    'roi',
    S.tables.roi,
    roi.months.map((m) => [
      m.month,
      n(Math.round(m.callsAvoided)),
      money(m.saved, roi.currency),
      `${money(m.savedP10, roi.currency)} – ${money(m.savedP90, roi.currency)}`,
      money(m.cumulativeSaved, roi.currency),
    ]),
  );
}
