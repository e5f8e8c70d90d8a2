import type { Plan, RunResult } from '../plan/schema';
import type { Tenant } from '../plan/tenant';
import type { ScenarioReport } from './scenario';

/** A business case run in the simulator, beside what the testers recorded. */
export interface CaseSimulation {
  caseId: string;
  /** False for cases the simulator cannot judge (network reachability is the organization's call). */
  simulable: boolean;
  /** Why the case cannot be simulated, or what the built-in scenario exercises. */
  note: string;
  /** The simulated result: pass when every expectation of the built-in scenario is met. */
  result: Extract<RunResult, 'pass' | 'fail'> | null;
  report: ScenarioReport | null;
  /** The testers' latest recorded result, or null when nobody ran the case. */
  testerResult: RunResult | null;
  /** The tester recorded pass or fail and the simulator says the opposite. */
  disagrees: boolean;
}

// TODO(helper): built-in scenarios per business case.
export function simulateBusinessCases(plan: Plan, tenant: Tenant): CaseSimulation[] {
  void tenant;
  return plan.testing.cases.map((c) => ({ caseId: c.id, simulable: false, note: '', result: null, report: null, testerResult: null, disagrees: false }));
}
