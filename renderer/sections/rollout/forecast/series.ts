import type { Band, Forecast, ForecastSend } from '../../../../shared/simulator/forecast/types';

/** One curve of the chart: all waves together or one wave, with the sends that move it. */
export interface Series {
  label: string;
  days: string[];
  band: Band;
  actual: (number | null)[] | null;
  sends: ForecastSend[];
}

export const ALL_WAVES = '';

export function seriesOf(forecast: Forecast, wave: string, allLabel: string): Series {
  const one = forecast.waves.find((w) => w.wave === wave);
  if (!one) return { label: allLabel, days: forecast.days, band: forecast.registeredShare, actual: forecast.actual, sends: forecast.sends };
  return { label: one.wave, days: forecast.days, band: one.registeredShare, actual: one.actual, sends: forecast.sends.filter((s) => s.wave === one.wave) };
}

/** The day every wave is enabled: the latest wave start inside the horizon, or the first day. */
export function launchIndex(forecast: Forecast): number {
  const starts = forecast.waves.flatMap((w) => (w.start === null ? [] : [w.start])).sort();
  const last = starts.at(-1);
  if (last === undefined) return 0;
  const at = forecast.days.indexOf(last);
  if (at !== -1) return at;
  return last > (forecast.days.at(-1) ?? '') ? forecast.days.length - 1 : 0;
}

/** The latest day with an actual share, or null without imported registration details. */
export function lastActual(actual: (number | null)[] | null): { index: number; share: number } | null {
  if (!actual) return null;
  for (let i = actual.length - 1; i >= 0; i--) {
    const share = actual[i];
    if (share !== null) return { index: i, share };
  }
  return null;
}
