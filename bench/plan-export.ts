// Plan document benchmark: the whole `planDocx` call (reports, tables, charts rasterized, Word file
// packed) for the demo plan and for a 100,000-user tenant. Findings are the app's own (it holds
// them for the open plan), so validation is measured apart. Each run gets a fresh copy of the plan,
// so the per-tenant caches of the license report and the waves start cold as after an edit.
import { pathToFileURL } from 'node:url';
import { cheatSheetDocx } from '../main/export/cheatsheet-docx';
import { planDocx, type PlanDocxInputs } from '../main/export/plan-docx';
import { createDemoPlan } from '../shared/plan/demo';
import { createDemoTenant } from '../shared/plan/demoTenant';
import { validatePlan } from '../shared/plan/rules';
import type { Plan } from '../shared/plan/schema';
import { forecastBenchPlan } from './forecast';
import { BENCH_START, benchTenant } from './simulator-data';

export const PLAN_EXPORT_USERS = 100_000;
const REPETITIONS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The demo plan's people, tests and support with the forecast benchmark's phases and sends. */
function bigPlan(): Plan {
  const demo = createDemoPlan();
  const big = forecastBenchPlan();
  return {
    ...demo,
    policy: big.policy,
    rollout: { phases: big.rollout.phases, checklist: [] },
    communications: { ...demo.communications, emails: big.communications.emails },
    forecast: demo.forecast,
  };
}

async function timeExport(inputs: PlanDocxInputs): Promise<{ ms: number; bytes: number }> {
  // One warm-up run pays for loading and compiling the export code.
  await planDocx({ ...inputs, plan: structuredClone(inputs.plan) });
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < REPETITIONS; i++) {
    const plan = structuredClone(inputs.plan);
    const t = performance.now();
    bytes = (await planDocx({ ...inputs, plan })).length;
    times.push(performance.now() - t);
  }
  return { ms: median(times), bytes };
}

export interface PlanExportBench {
  demoMs: number;
  demoBytes: number;
  cheatSheetMs: number;
  bigUsers: number;
  bigMs: number;
  bigBytes: number;
  /** validatePlan on the big tenant, which the app has done before any export. */
  bigValidateMs: number;
}

export async function measurePlanExport(): Promise<PlanExportBench> {
  const today = '2027-01-20';
  const savedAt = '2027-01-19T16:42:10.000Z';
  const demo = createDemoPlan();
  const demoTenant = createDemoTenant();
  const demoRun = await timeExport({ plan: demo, tenant: demoTenant, findings: validatePlan(demo, demoTenant, today), today, savedAt, appVersion: 'bench' });

  await cheatSheetDocx(demo, today);
  const sheetTimes: number[] = [];
  for (let i = 0; i < REPETITIONS; i++) {
    const t = performance.now();
    await cheatSheetDocx(demo, today);
    sheetTimes.push(performance.now() - t);
  }

  const plan = bigPlan();
  const tenant = benchTenant(PLAN_EXPORT_USERS, 13);
  const v = performance.now();
  const findings = validatePlan(plan, tenant, BENCH_START);
  const bigValidateMs = performance.now() - v;
  const bigRun = await timeExport({ plan, tenant, findings, today: BENCH_START, savedAt, appVersion: 'bench' });
  return {
    demoMs: demoRun.ms,
    demoBytes: demoRun.bytes,
    cheatSheetMs: median(sheetTimes),
    bigUsers: tenant.users.length,
    bigMs: bigRun.ms,
    bigBytes: bigRun.bytes,
    bigValidateMs,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await measurePlanExport(), null, 2));
}
