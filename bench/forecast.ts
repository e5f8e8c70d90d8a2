// Adoption forecast benchmark: 10,000 Monte Carlo runs of a 50,000-user, 120-day rollout in four waves
// with eight campaign sends, through shared/simulator/forecast (the whole forecastPlan call: waves,
// runs, percentiles, actuals and ROI).
import { pathToFileURL } from 'node:url';
import { createDefaultPlan } from '../shared/plan/defaults';
import type { Plan } from '../shared/plan/schema';
import { forecastPlan } from '../shared/simulator/forecast';
import { addDays } from '../shared/dates';
import { BENCH_START, benchPlan, benchTenant } from './simulator-data';

export const FORECAST_USERS = 50_000;
export const FORECAST_DAYS = 120;
export const FORECAST_RUNS = 10_000;
const REPETITIONS = 5;

/** The rollout benchmark's plan and tenant, with its wave split in two and an Available Now and a Reminder per wave. */
export function forecastBenchPlan(): Plan {
  const plan = createDefaultPlan('Contoso');
  const base = benchPlan();
  const phase = (id: string, name: string, kind: 'pilot' | 'wave' | 'all', group: string, start: string) => ({ id, name, kind, group, start, end: null, exitCriteria: [] });
  const phases = [
    phase('p1', 'Pilot', 'pilot', 'SSPR-Pilot', BENCH_START),
    phase('p2', 'Wave 1', 'wave', 'Wave-1-EU', addDays(BENCH_START, 21)),
    phase('p3', 'Wave 2', 'wave', 'Wave-1-US', addDays(BENCH_START, 42)),
    phase('p4', 'Everyone', 'all', '', addDays(BENCH_START, 63)),
  ];
  const emails = phases.flatMap((p) =>
    (
      [
        ['availableNow', 'Available Now', 0],
        ['reminder', 'Reminder', 7],
      ] as const
    ).map(([kind, name, offset]) => ({ id: `${p.id}-${kind}`, kind, name: `${name} (${p.name})`, phaseId: p.id, sendDate: addDays(p.start, offset), templateId: '', offsetDays: offset, sent: false })),
  );
  return {
    ...plan,
    policy: base.policy,
    rollout: { phases, checklist: [] },
    communications: { ...plan.communications, emails },
    businessCase: { passwordCallsPerMonth: 12_000, costPerCall: 25, currency: 'USD' },
    forecast: { ...plan.forecast, runs: FORECAST_RUNS, horizonDays: FORECAST_DAYS, seed: 7 },
  };
}

export interface ForecastBench {
  users: number;
  days: number;
  runs: number;
  waves: number;
  sends: number;
  forecastMs: number;
  /** The median share at the end, to show the runs did real work. */
  finalShare: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function measureForecast(): ForecastBench {
  const plan = forecastBenchPlan();
  const tenant = benchTenant(FORECAST_USERS, 11);
  const times: number[] = [];
  let last = forecastPlan(plan, tenant, BENCH_START);
  for (let i = 0; i < REPETITIONS; i++) {
    const t = performance.now();
    last = forecastPlan(plan, tenant, BENCH_START);
    times.push(performance.now() - t);
  }
  if (last.days.length !== FORECAST_DAYS || last.runs !== FORECAST_RUNS) throw new Error('the forecast did not cover the benchmark horizon and runs');
  return {
    users: last.users,
    days: last.days.length,
    runs: last.runs,
    waves: last.waves.length,
    sends: last.sends.length,
    forecastMs: median(times),
    finalShare: last.registeredShare.p50[FORECAST_DAYS - 1],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(measureForecast(), null, 2));
}
