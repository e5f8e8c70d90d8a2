import type { ForecastSettings } from '../../plan/schema';
import { mulberry32 } from '../rollout';
import { binomial } from './binomial';
import type { ForecastInput } from './setup';
import type { Band } from './types';

/**
 * The Monte Carlo runs, counted per wave rather than per user so that 10,000 runs of a large tenant
 * stay fast: each enabled wave-day draws its new registrations from a binomial over the wave's
 * unregistered users. The registered share never drops: reconfirmation only costs prompts, because
 * Entra keeps the registered data of a user who skips it.
 */

export interface ModelOptions {
  settings: ForecastSettings;
  /** The policy's "require users to register when signing in". */
  requireRegistration: boolean;
  /** The policy's reconfirmation interval in days; 0 = never. */
  reconfirmDays: number;
}

export interface ModelResult {
  /** Registered count bands, divided into shares by the caller: all waves, then each wave. */
  registered: Band;
  waves: Band[];
  /** Registered users of waves already enabled that day (what deflects help-desk calls), as a share of all. */
  enabledRegistered: Band;
  /** Mean reconfirmation prompts per day across the runs. */
  reconfirmPrompts: number[];
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The 10th, 50th and 90th percentile (nearest rank) per day; sorts `values` (day-major, `runs` per day) in place. */
function bandOf(values: Int32Array, days: number, runs: number, scale: number): Band {
  const band: Band = { p10: [], p50: [], p90: [] };
  const at = (p: number) => Math.min(runs - 1, Math.max(0, Math.ceil(p * runs) - 1));
  const [i10, i50, i90] = [at(0.1), at(0.5), at(0.9)];
  for (let d = 0; d < days; d++) {
    const day = values.subarray(d * runs, (d + 1) * runs).sort();
    band.p10.push(day[i10] * scale);
    band.p50.push(day[i50] * scale);
    band.p90.push(day[i90] * scale);
  }
  return band;
}

export function runModel(input: ForecastInput, o: ModelOptions): ModelResult {
  const { settings } = o;
  const runs = settings.runs;
  const days = input.days.length;
  const waves = input.waves;
  const rng = mulberry32(settings.seed);
  const perWave = waves.map(() => new Int32Array(days * runs));
  const total = new Int32Array(days * runs);
  const enabled = new Int32Array(days * runs);
  const promptSum = new Float64Array(days);
  const users = waves.reduce((n, w) => n + w.users, 0);

  // Registration cohorts for reconfirmation: slot k holds users whose latest registration is day
  // k − (R + 1), so the cohort falling due on day d (more than R days since) is slot d.
  const R = o.reconfirmDays;
  const reconfirm = R > 0 && o.requireRegistration;
  const slots = days + R + 1;
  const initialCohorts = waves.map((w) => {
    const c = new Int32Array(reconfirm ? slots : 0);
    if (reconfirm) for (const day of w.initialDays) c[Math.max(0, day + R + 1)]++;
    return c;
  });
  const cohort = new Int32Array(reconfirm ? slots : 0);
  const u = settings.uncertainty;
  const factor = () => 1 - u + 2 * u * rng();

  for (let run = 0; run < runs; run++) {
    const signIn = clamp01(settings.signInRate * factor());
    const completion = clamp01(settings.promptCompletion * factor());
    const response = clamp01(settings.sendResponse * factor());
    const baseline = clamp01(settings.baselineDaily * factor());
    const enforced = o.requireRegistration ? signIn * completion : 0;
    const stay = (1 - baseline) * (1 - enforced);
    for (let w = 0; w < waves.length; w++) {
      const wave = waves[w];
      const counts = perWave[w];
      const start = wave.startDay ?? days;
      const shape = wave.pullShape;
      let registered = wave.initiallyRegistered;
      let open = wave.users - registered;
      let due = 0;
      if (reconfirm) cohort.set(initialCohorts[w]);
      for (let d = 0; d < days; d++) {
        if (d >= start) {
          if (open > 0) {
            const pull = response * shape[d];
            const p = 1 - stay * (1 - (pull > 1 ? 1 : pull));
            const fresh = binomial(open, p, rng);
            open -= fresh;
            registered += fresh;
            if (reconfirm) cohort[d + R + 1] += fresh;
          }
          if (reconfirm) {
            due += cohort[d];
            if (due > 0) {
              const prompted = binomial(due, signIn, rng);
              const done = binomial(prompted, completion, rng);
              promptSum[d] += prompted;
              due -= done;
              cohort[d + R + 1] += done;
            }
          }
        } else if (reconfirm) due += cohort[d];
        const at = d * runs + run;
        counts[at] = registered;
        total[at] += registered;
        if (d >= start) enabled[at] += registered;
      }
    }
  }

  const share = users === 0 ? 0 : 1 / users;
  return {
    registered: bandOf(total, days, runs, share),
    waves: waves.map((w, k) => bandOf(perWave[k], days, runs, w.users === 0 ? 0 : 1 / w.users)),
    enabledRegistered: bandOf(enabled, days, runs, share),
    reconfirmPrompts: Array.from(promptSum, (s) => s / runs),
  };
}
