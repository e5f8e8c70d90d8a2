import { addDays, daysBetween, nextWorkday } from '../../dates';
import type { WaveInput } from './setup';
import type { Band, ForecastSend } from './types';

/** Actual registration from the imported details, laid over the forecast, and the waves falling behind. */

/** Days after a wave's last send before an extra reminder makes sense. */
export const REMINDER_GAP_DAYS = 3;

/** Share registered per day up to the import day (inclusive), null afterwards. */
export function actualShares(waves: WaveInput[], days: string[], asOf: string): (number | null)[] | null {
  const last = daysBetween(days[0], asOf);
  if (last < 0) return null;
  const users = waves.reduce((n, w) => n + w.users, 0);
  const byDay = new Int32Array(days.length);
  let initial = 0;
  for (const w of waves) {
    initial += w.initiallyRegistered;
    for (const d of w.laterDays) if (d < days.length) byDay[d]++;
  }
  let registered = initial;
  return days.map((_, d) => {
    registered += byDay[d];
    if (d > last) return null;
    return users === 0 ? 0 : registered / users;
  });
}

/** The latest day with an actual share, as an index, or -1. */
export function lastActualDay(actual: (number | null)[] | null): number {
  if (actual === null) return -1;
  for (let d = actual.length - 1; d >= 0; d--) if (actual[d] !== null) return d;
  return -1;
}

export interface WaveStanding {
  behind: boolean;
  suggestedReminder: string | null;
}

/**
 * A wave is behind when it has started and its actual share on the latest day with data is below the
 * forecast's 10th percentile; the suggested extra reminder goes out on the first weekday after the
 * import day that leaves the wave's last send at least REMINDER_GAP_DAYS days to work.
 */
export function standing(wave: WaveInput, actual: (number | null)[] | null, band: Band, sends: ForecastSend[], asOf: string): WaveStanding {
  const d = lastActualDay(actual);
  const started = wave.startDay !== null && wave.startDay <= d;
  if (actual === null || d < 0 || !started || (actual[d] as number) >= band.p10[d]) return { behind: false, suggestedReminder: null };
  const lastSend = sends.filter((s) => s.wave === wave.name).map((s) => s.date).sort().at(-1);
  let earliest = addDays(asOf, 1);
  if (lastSend !== undefined && addDays(lastSend, REMINDER_GAP_DAYS) > earliest) earliest = addDays(lastSend, REMINDER_GAP_DAYS);
  return { behind: true, suggestedReminder: nextWorkday(earliest) };
}
