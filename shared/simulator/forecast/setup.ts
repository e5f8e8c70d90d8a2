import type { Plan } from '../../plan/schema';
import type { Tenant } from '../../plan/tenant';
import { isRegistered } from '../../tenant/registration';
import { NO_WAVE, wavesOf } from '../../tenant/waves';
import { addDays, daysBetween } from '../../dates';
import type { ForecastSend } from './types';

/** The forecast's fixed inputs, worked out once from the plan and tenant before the runs. */

export interface WaveInput {
  name: string;
  users: number;
  /** The phase's start date, or null when the phase has none. */
  start: string | null;
  /** Day index its users are enabled, or null when that is never inside the horizon. */
  startDay: number | null;
  /** Registered before day 0 (or on an unknown date). */
  initiallyRegistered: number;
  /** Per initially registered user, the day index of the registration (negative; unknown dates count as the day before day 0). */
  initialDays: number[];
  /** Per user registered on or after day 0 per the tenant, that day's index: the actuals. */
  laterDays: number[];
  /** Per day, the sum of the wave's sends' normalised pulls; times sendResponse it is that day's chance. */
  pullShape: Float64Array;
}

export interface ForecastInput {
  days: string[];
  waves: WaveInput[];
  sends: ForecastSend[];
  /** Users were imported and at least one carries a registration date. */
  hasActuals: boolean;
  /** Plain-word notes on how the plan was read (e.g. no imported users). */
  notes: string[];
}

type ForecastPlan = Pick<Plan, 'policy' | 'rollout' | 'communications' | 'licensing' | 'forecast'>;

function firstDay(plan: ForecastPlan, asOf: string): string {
  const dates = [
    ...plan.rollout.phases.flatMap((p) => (p.start === null ? [] : [p.start])),
    ...plan.communications.emails.flatMap((e) => (e.sendDate === null ? [] : [e.sendDate])),
  ].sort();
  return dates[0] ?? asOf;
}

interface WaveShell {
  name: string;
  phaseId: string | null;
  start: string | null;
  users: number;
  initialDays: number[];
  laterDays: number[];
}

function wavesFromTenant(plan: ForecastPlan, tenant: Tenant, day0: string): WaveShell[] {
  const waves = wavesOf(plan, tenant);
  const byName = new Map<string, WaveShell>();
  const shells = waves.names.map((name) => {
    const phase = plan.rollout.phases.find((p) => p.name === name);
    // Users in no phase are those the policy enables today: they count from the first day.
    const shell: WaveShell = { name, phaseId: phase?.id ?? null, start: phase ? phase.start : day0, users: 0, initialDays: [], laterDays: [] };
    if (!byName.has(name)) byName.set(name, shell);
    return shell;
  });
  tenant.users.forEach((user, i) => {
    if (!waves.planned[i]) return;
    const shell = byName.get(waves.wave[i]) as WaveShell;
    shell.users++;
    if (!isRegistered(user, plan.policy)) return;
    const day = user.registeredOn === null ? -1 : daysBetween(day0, user.registeredOn);
    if (day < 0) shell.initialDays.push(day);
    else shell.laterDays.push(day);
  });
  return shells.filter((s) => byName.get(s.name) === s);
}

function wavesFromPopulation(plan: ForecastPlan, day0: string): WaveShell[] {
  const total = plan.licensing.inScopePopulation;
  const phases = plan.rollout.phases;
  if (phases.length === 0) return [{ name: NO_WAVE, phaseId: null, start: day0, users: total, initialDays: [], laterDays: [] }];
  const each = Math.floor(total / phases.length);
  const extra = total - each * phases.length;
  return phases.map((p, k) => ({ name: p.name, phaseId: p.id, start: p.start, users: each + (k < extra ? 1 : 0), initialDays: [], laterDays: [] }));
}

export function forecastInput(plan: ForecastPlan, tenant: Tenant, asOf: string): ForecastInput {
  const horizon = plan.forecast.horizonDays;
  const day0 = firstDay(plan, asOf);
  const days = Array.from({ length: horizon }, (_, d) => addDays(day0, d));
  const notes: string[] = [];
  const imported = tenant.users.length > 0;
  const shells = imported ? wavesFromTenant(plan, tenant, day0) : wavesFromPopulation(plan, day0);
  if (!imported) {
    notes.push(
      plan.rollout.phases.length === 0
        ? `No users are imported and the plan has no rollout phases: the in-scope population of ${plan.licensing.inScopePopulation} counts as one group enabled from the first day.`
        : `No users are imported: the in-scope population of ${plan.licensing.inScopePopulation} is spread evenly over the ${plan.rollout.phases.length} rollout phases, none of them registered yet.`,
    );
  }
  const halfLife = plan.forecast.responseHalfLifeDays;
  const keep = Math.pow(2, -1 / halfLife);
  const sends: ForecastSend[] = [];
  const waves = shells.map((s): WaveInput => {
    const startDay = s.start === null ? null : Math.max(0, daysBetween(day0, s.start));
    const pullShape = new Float64Array(horizon);
    for (const email of plan.communications.emails) {
      if (email.sendDate === null) continue;
      // An email tied to no phase of the plan goes to everybody.
      const known = plan.rollout.phases.some((p) => p.id === email.phaseId);
      if (known ? email.phaseId !== s.phaseId : false) continue;
      const t = daysBetween(day0, email.sendDate);
      if (t >= horizon) continue;
      sends.push({ date: email.sendDate, name: email.name, wave: s.name });
      if (startDay === null || startDay >= horizon) continue;
      for (let d = Math.max(t, startDay); d < horizon; d++) pullShape[d] += (1 - keep) * Math.pow(keep, d - t);
    }
    return {
      name: s.name,
      users: s.users,
      start: s.start,
      startDay: startDay === null || startDay >= horizon ? null : startDay,
      initiallyRegistered: s.initialDays.length,
      initialDays: s.initialDays,
      laterDays: s.laterDays,
      pullShape,
    };
  });
  sends.sort((a, b) => a.date.localeCompare(b.date));
  const hasActuals = imported && tenant.users.some((u) => u.registeredOn !== null);
  return { days, waves, sends, hasActuals, notes };
}
