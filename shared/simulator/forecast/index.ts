import type { Plan } from '../../plan/schema';
import type { Tenant } from '../../plan/tenant';
import { actualShares, standing } from './actuals';
import { runModel } from './model';
import { roiOf } from './roi';
import { forecastInput } from './setup';
import type { Band, Forecast, WaveForecast } from './types';

/**
 * The adoption forecast of a plan: registration over the rollout from a seeded Monte Carlo model
 * (model.ts), actual registration from the tenant laid over it (actuals.ts), and the return on
 * investment it implies (roi.ts). The same plan, tenant, day and seed always give the same numbers.
 */

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const roundBand = (b: Band): Band => ({ p10: b.p10.map(round4), p50: b.p50.map(round4), p90: b.p90.map(round4) });
const roundShares = (xs: (number | null)[] | null) => (xs === null ? null : xs.map((x) => (x === null ? null : round4(x))));
const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

function modelAssumptions(plan: Plan): string[] {
  const s = plan.forecast;
  const { requireRegistration, reconfirmDays } = plan.policy;
  return [
    `Each enabled user who has not registered yet does so on a given day with a chance of ${pct(s.baselineDaily)} unprompted.`,
    requireRegistration
      ? `Registration is enforced: an enabled user signs in on ${pct(s.signInRate)} of days and, when prompted, completes registration ${pct(s.promptCompletion)} of the time.`
      : 'Registration is not enforced at sign-in, so only the emails and the unprompted rate move the curve.',
    `Each email moves ${pct(s.sendResponse)} of its wave's unregistered users, most in the first days: its pull halves every ${s.responseHalfLifeDays} days. An email sent before its wave starts only pulls from the start, already faded.`,
    `Each run draws every rate anew within ±${pct(s.uncertainty)} of the figure above; the band spans the 10th to 90th percentile of ${s.runs} runs (seed ${s.seed}).`,
    reconfirmDays > 0 && requireRegistration
      ? `Users whose registration is older than ${reconfirmDays} days are asked to reconfirm at sign-in; that adds prompts but does not lower the registered share, because Entra keeps their methods.`
      : 'No reconfirmation prompts: the policy does not ask users to reconfirm at sign-in.',
    'A wave without a start date is never enabled inside the forecast; registrations with an unknown date count as done before it starts.',
  ];
}

export function forecastPlan(plan: Plan, tenant: Tenant, asOf: string): Forecast {
  const settings = plan.forecast;
  const input = forecastInput(plan, tenant, asOf);
  const model = runModel(input, { settings, requireRegistration: plan.policy.requireRegistration, reconfirmDays: plan.policy.reconfirmDays });
  const waves = input.waves.map((w, k): WaveForecast => {
    const actual = input.hasActuals ? actualShares([w], input.days, asOf) : null;
    return {
      wave: w.name,
      users: w.users,
      start: w.start,
      registeredShare: roundBand(model.waves[k]),
      actual: roundShares(actual),
      ...standing(w, actual, model.waves[k], input.sends, asOf),
    };
  });
  return {
    seed: settings.seed,
    runs: settings.runs,
    asOf,
    users: input.waves.reduce((n, w) => n + w.users, 0),
    days: input.days,
    registeredShare: roundBand(model.registered),
    actual: roundShares(input.hasActuals ? actualShares(input.waves, input.days, asOf) : null),
    waves,
    sends: input.sends,
    reconfirmPrompts: model.reconfirmPrompts.map((x) => Math.round(x * 10) / 10),
    assumptions: [...input.notes, ...modelAssumptions(plan)],
    roi: roiOf(plan.businessCase, settings.callDeflection, input.days, model.enabledRegistered),
  };
}
