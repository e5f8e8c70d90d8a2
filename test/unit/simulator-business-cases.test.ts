import { describe, expect, it } from 'vitest';
import { BUSINESS_CASES } from '../../shared/plan/businessCases';
import { createDemoPlan } from '../../shared/plan/demo';
import { createDemoTenant } from '../../shared/plan/demoTenant';
import type { Plan, Policy, TestRun } from '../../shared/plan/schema';
import { builtInScenario, simulateBusinessCases, type CaseSimulation } from '../../shared/simulator/businessCases';
import { parseScenario } from '../../shared/simulator/scenario';

const tenant = createDemoTenant();
const ALL_IDS = BUSINESS_CASES.map((c) => c.id);

function withPolicy(change: Partial<Policy>, plan = createDemoPlan()): Plan {
  return { ...plan, policy: { ...plan.policy, ...change } };
}

const failing = (sims: CaseSimulation[]) => sims.filter((c) => c.result === 'fail').map((c) => c.caseId);
const byId = (sims: CaseSimulation[], id: string) => sims.find((c) => c.caseId === id) as CaseSimulation;
/** The rule codes of the steps that missed their expectation: what a tester reads as the reason. */
const failedRules = (sim: CaseSimulation) => sim.report?.steps.filter((s) => s.failures.length > 0).map((s) => s.decision.rule) ?? [];

function run(caseId: string, result: TestRun['result'], at: string, id = `run-${caseId}-${at}`): TestRun {
  return { id, caseId, result, tester: 'Aisha Karim', at, notes: '', evidence: [], supportScenarioId: '', leadNote: '' };
}

describe('business cases in the simulator', () => {
  it('passes all nine cases with the demo plan, each by its own built-in scenario', () => {
    const sims = simulateBusinessCases(createDemoPlan(), tenant);
    expect(sims.map((c) => c.caseId)).toEqual(ALL_IDS);
    for (const sim of sims) {
      expect(sim.simulable, sim.caseId).toBe(true);
      expect(sim.result, `${sim.caseId}: ${sim.report?.steps.flatMap((s) => s.failures).join('; ')}`).toBe('pass');
      expect(sim.report?.checked).toBeGreaterThan(0);
      expect(sim.testerResult).toBeNull();
      expect(sim.disagrees).toBe(false);
    }
    // The network cannot be simulated; the note says what was run instead.
    expect(byId(sims, 'TC-01').note).toMatch(/network.*not simulated/i);
    // The audit case checks both activities of §9.
    const audit = byId(sims, 'TC-09').report?.steps.flatMap((s) => s.decision.audit);
    expect(audit).toEqual(['User registered for self-service password reset', 'Reset password (self-service)']);
  });

  it('writes scenarios a scenario file could hold: each one parses back unchanged', () => {
    const plan = createDemoPlan();
    for (const id of ALL_IDS) {
      const scenario = builtInScenario(id, plan, tenant);
      expect(scenario, id).not.toBeNull();
      expect(parseScenario(JSON.parse(JSON.stringify(scenario)))).toEqual(scenario);
    }
  });

  it.each([
    ['scope None', { scope: 'none' }, ['TC-01', 'TC-02', 'TC-04', 'TC-05', 'TC-06', 'TC-07', 'TC-08', 'TC-09'], 'TC-01', 'SIM-RESET-001'],
    ['scope All (nobody is outside the group)', { scope: 'all' }, ['TC-03'], 'TC-03', 'SIM-RESET-008'],
    ['registration at sign-in not required', { requireRegistration: false }, ['TC-05'], 'TC-05', 'SIM-SIGNIN-002'],
    ['lock-screen reset off', { lockScreenReset: 'off' }, ['TC-08'], 'TC-08', 'SIM-DEVICE-001'],
    ['writeback off in a hybrid plan', { writeback: false }, ['TC-01', 'TC-02', 'TC-07', 'TC-08', 'TC-09'], 'TC-07', 'SIM-RESET-006'],
    ['fewer methods allowed than registration requires', { methods: ['email'] }, ['TC-01', 'TC-02', 'TC-06', 'TC-07', 'TC-08', 'TC-09'], 'TC-06', 'SIM-REG-003'],
    ['a pilot group outside the policy group', { group: 'SSPR-Wave-2' }, ['TC-01', 'TC-02', 'TC-04', 'TC-05', 'TC-06', 'TC-07', 'TC-08', 'TC-09'], 'TC-04', 'SIM-RESET-001'],
  ] as const)('with %s, fails exactly the affected cases and names the rule', (_, change, expected, sample, rule) => {
    const sims = simulateBusinessCases(withPolicy(change as Partial<Policy>), tenant);
    expect(failing(sims)).toEqual(expected);
    expect(failedRules(byId(sims, sample))).toContain(rule);
    for (const sim of sims.filter((c) => c.result === 'fail')) {
      expect(sim.report?.steps.some((s) => s.failures.some((f) => f.startsWith('outcome: expected'))), sim.caseId).toBe(true);
    }
  });

  it('lets writeback off pass in a cloud-only plan, where no user is synced', () => {
    const plan = withPolicy({ writeback: false });
    plan.overview = { ...plan.overview, environment: 'cloud' };
    expect(failing(simulateBusinessCases(plan, tenant))).toEqual([]);
  });

  it('registers what the policy requires, so a reset that needs more methods than registration fails', () => {
    const sims = simulateBusinessCases(withPolicy({ methodsToRegister: 1, methodsToReset: 2 }), tenant);
    expect(failing(sims)).toEqual(['TC-01', 'TC-02', 'TC-07', 'TC-08', 'TC-09']);
    expect(failedRules(byId(sims, 'TC-01'))).toEqual(['SIM-RESET-005']);
  });

  it('uses the pilot phase group, and counts it when it is nested in the policy group', () => {
    const plan = createDemoPlan();
    plan.rollout = { ...plan.rollout, phases: plan.rollout.phases.map((p) => (p.kind === 'pilot' ? { ...p, group: 'Pilot-Nested' } : p)) };
    expect(failing(simulateBusinessCases(plan, tenant))).toContain('TC-01');
    const nested = { ...tenant, groups: [...tenant.groups, { name: 'SSPR-Pilot', members: ['group:Pilot-Nested'] }] };
    expect(failing(simulateBusinessCases(plan, nested))).toEqual([]);
  });

  it('compares with the latest tester result and flags only a pass/fail the simulator contradicts', () => {
    const plan = withPolicy({ lockScreenReset: 'off' });
    plan.testing = {
      ...plan.testing,
      runs: [
        run('TC-01', 'pass', '2027-01-12T09:00:00Z'),
        run('TC-01', 'fail', '2027-01-12T10:00:00Z'),
        run('TC-02', 'fail', '2027-01-12T09:00:00Z'),
        run('TC-02', 'pass', '2027-01-12T10:00:00Z'),
        run('TC-03', 'blocked', '2027-01-12T09:00:00Z'),
        run('TC-08', 'pass', '2027-01-12T09:00:00Z'),
        run('TC-05', 'notRun', '2027-01-12T09:00:00Z'),
      ],
    };
    const sims = simulateBusinessCases(plan, tenant);
    expect(byId(sims, 'TC-01')).toMatchObject({ testerResult: 'fail', result: 'pass', disagrees: true });
    expect(byId(sims, 'TC-02')).toMatchObject({ testerResult: 'pass', result: 'pass', disagrees: false });
    expect(byId(sims, 'TC-03')).toMatchObject({ testerResult: 'blocked', disagrees: false });
    expect(byId(sims, 'TC-05')).toMatchObject({ testerResult: 'notRun', disagrees: false });
    expect(byId(sims, 'TC-08')).toMatchObject({ testerResult: 'pass', result: 'fail', disagrees: true });
    expect(byId(sims, 'TC-04')).toMatchObject({ testerResult: null, disagrees: false });
    expect(sims.filter((c) => c.disagrees).map((c) => c.caseId)).toEqual(['TC-01', 'TC-08']);
  });

  it('does not simulate a case the team added, and says why', () => {
    const plan = createDemoPlan();
    const custom = { ...BUSINESS_CASES[0], id: 'TC-10', title: 'Help desk verifies the caller' };
    plan.testing = { ...plan.testing, cases: [...plan.testing.cases, custom], runs: [run('TC-10', 'fail', '2027-01-12T09:00:00Z')] };
    const sim = byId(simulateBusinessCases(plan, tenant), 'TC-10');
    expect(sim).toMatchObject({ simulable: false, result: null, report: null, testerResult: 'fail', disagrees: false });
    expect(sim.note).toMatch(/no built-in scenario/);
    expect(builtInScenario('TC-10', plan, tenant)).toBeNull();
  });
});
