import type { Plan } from '../../plan/schema';
import { daysInMonth } from '../../dates';
import type { Band, Roi, RoiMonth } from './types';

/**
 * Return on investment per calendar month of the horizon: each day avoids its share of the month's
 * password calls in proportion to the users who are both enabled and registered that day.
 */
export function roiOf(businessCase: Plan['businessCase'], callDeflection: number, days: string[], enabledRegistered: Band): Roi {
  const { passwordCallsPerMonth: callsPerMonth, costPerCall, currency } = businessCase;
  const months: RoiMonth[] = [];
  let current: RoiMonth | null = null;
  let calls10 = 0;
  let calls90 = 0;
  const close = () => {
    if (!current) return;
    current.saved = current.callsAvoided * costPerCall;
    current.savedP10 = calls10 * costPerCall;
    current.savedP90 = calls90 * costPerCall;
    current.cumulativeSaved = (months.at(-1)?.cumulativeSaved ?? 0) + current.saved;
    months.push(current);
  };
  days.forEach((day, d) => {
    const month = day.slice(0, 7);
    if (current?.month !== month) {
      close();
      current = { month, callsAvoided: 0, saved: 0, savedP10: 0, savedP90: 0, cumulativeSaved: 0 };
      calls10 = 0;
      calls90 = 0;
    }
    const perDay = (callsPerMonth / daysInMonth(day)) * callDeflection;
    current.callsAvoided += perDay * enabledRegistered.p50[d];
    calls10 += perDay * enabledRegistered.p10[d];
    calls90 += perDay * enabledRegistered.p90[d];
  });
  close();
  const sum = (k: 'saved' | 'savedP10' | 'savedP90') => months.reduce((s, m) => s + m[k], 0);
  const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
  const first = months[0]?.month;
  const last = months.at(-1)?.month;
  return {
    currency,
    callsPerMonth,
    costPerCall,
    callDeflection,
    months,
    totalSaved: sum('saved'),
    totalSavedP10: sum('savedP10'),
    totalSavedP90: sum('savedP90'),
    assumptions: [
      `Without SSPR the help desk takes ${callsPerMonth} password calls a month at ${costPerCall} ${currency} each (the business case).`,
      `A user who is enabled for SSPR and registered makes ${pct(callDeflection)} fewer password calls; everyone else calls as often as before.`,
      'Calls are spread evenly over the days of each month, and they come from every user alike.',
      `Only days inside the forecast count, so ${first ?? 'the first month'} and ${last ?? 'the last month'} may be part months.`,
      'The median figures follow the median registered share; the range follows its 10th and 90th percentiles.',
      'Running costs of SSPR itself (licenses, staff time, communications) are not subtracted.',
    ],
  };
}
