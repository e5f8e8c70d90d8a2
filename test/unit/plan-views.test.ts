import { describe, expect, it } from 'vitest';
import { buildCheatSheet, stepsOf } from '../../shared/plan/cheatSheet';
import { checklistForPhase, CHECKLIST_STEPS } from '../../shared/plan/checklist';
import { completenessOf } from '../../shared/plan/completeness';
import { createDefaultPlan } from '../../shared/plan/defaults';
import { createDemoPlan } from '../../shared/plan/demo';
import { createDemoTenant } from '../../shared/plan/demoTenant';
import { readinessOf } from '../../shared/plan/readiness';
import { validatePlan } from '../../shared/plan/rules';
import { planSchema } from '../../shared/plan/schema';
import { sectionOfPath } from '../../shared/plan/sectionOf';
import { EMPTY_TENANT } from '../../shared/plan/tenant';
import type { RunResult, TestRun } from '../../shared/plan/schema';

const TODAY = '2026-11-23';
const run = (caseId: string, result: RunResult, at: string): TestRun => ({
  id: `run-${caseId}-${at}`,
  caseId,
  result,
  tester: 'Tess Ter',
  at,
  notes: '',
  evidence: [],
  supportScenarioId: '',
  leadNote: '',
});

describe('readiness verdict', () => {
  it('is no-go for a new plan, naming its errors', () => {
    const plan = createDefaultPlan();
    const r = readinessOf(plan, validatePlan(plan, EMPTY_TENANT), TODAY);
    expect(r.verdict).toBe('no-go');
    expect(r.blockers.map((b) => (b.kind === 'finding' ? b.finding.code : ''))).toContain('SSPR-OVERVIEW-001');
  });

  it('blocks on pending sign-offs and unpassed tests of the current phase, and goes once both are settled', () => {
    const plan = createDemoPlan();
    const before = readinessOf(plan, validatePlan(plan, createDemoTenant()), TODAY);
    expect(before.verdict).toBe('no-go');
    expect(new Set(before.blockers.map((b) => b.kind))).toEqual(new Set(['signOff', 'testCase']));
    expect(before.phase).toBe('pilot');
    expect(before.tests).toEqual({ pass: 0, fail: 0, blocked: 0, notRun: 9 });
    expect(before.signOffs.signed + before.signOffs.pending + before.signOffs.declined).toBe(plan.stakeholders.length);
    plan.stakeholders = plan.stakeholders.map((s) => ({ ...s, signOff: 'signed', signOffDate: '2027-01-05' }));
    plan.testing.runs = plan.testing.cases.map((c, i) => run(c.id, i === 2 ? 'fail' : 'pass', '2027-01-12T10:00:00Z'));
    const failing = readinessOf(plan, validatePlan(plan, createDemoTenant()), TODAY);
    expect(failing.blockers).toEqual([expect.objectContaining({ kind: 'testCase', caseId: plan.testing.cases[2].id, status: 'fail' })]);
    plan.testing.runs.push(run(plan.testing.cases[2].id, 'pass', '2027-01-13T10:00:00Z'));
    const after = readinessOf(plan, validatePlan(plan, createDemoTenant()), TODAY);
    expect(after.verdict).toBe('go');
    expect(after.blockers).toEqual([]);
  });

  it('asks for the tests of the phase the rollout is in on the given day', () => {
    const plan = createDemoPlan();
    plan.testing.cases[0] = { ...plan.testing.cases[0], phase: 'wave' };
    expect(readinessOf(plan, [], '2026-12-01').phase).toBe('pilot');
    expect(readinessOf(plan, [], '2027-02-03').phase).toBe('wave');
    expect(readinessOf(plan, [], '2027-02-03').blockers.flatMap((b) => (b.kind === 'testCase' ? [b.caseId] : []))).toEqual([plan.testing.cases[0].id]);
    expect(readinessOf(plan, [], '2027-04-01').phase).toBe('all');
  });

  it('is no-go when nobody is named to sign off', () => {
    const plan = createDemoPlan();
    plan.stakeholders = [];
    const r = readinessOf(plan, validatePlan(plan, createDemoTenant()), TODAY);
    expect(r.verdict).toBe('no-go');
    expect(r.blockers.map((b) => b.kind === 'finding' && b.finding.code)).toContain('SSPR-STAKEHOLDERS-001');
  });

  it('counts checklist progress per phase', () => {
    const r = readinessOf(createDemoPlan(), [], TODAY);
    const pilot = r.checklist.find((c) => c.phaseId === 'phase-pilot');
    expect(pilot?.total).toBe(checklistForPhase({ id: 'phase-pilot', kind: 'pilot' }).length);
    expect(pilot?.done).toBeGreaterThan(0);
    expect(pilot?.done).toBeLessThan(pilot?.total ?? 0);
  });
});

describe('implementation checklist', () => {
  it('gives the pilot every step and later phases only what they repeat', () => {
    const pilot = checklistForPhase({ id: 'p', kind: 'pilot' }).map((c) => c.step);
    const all = checklistForPhase({ id: 'a', kind: 'all' }).map((c) => c.step);
    expect(pilot).toEqual(Object.keys(CHECKLIST_STEPS));
    expect(all).not.toContain('writebackConnect');
    expect(all).not.toContain('groups');
    expect(all).toContain('ssprSettings');
    for (const item of checklistForPhase({ id: 'w', kind: 'wave' })) expect(item.id).toBe(`w-${item.step}`);
  });
});

describe('completeness', () => {
  it('rises from an empty plan to a complete demo', () => {
    const empty = completenessOf(createDefaultPlan());
    const demo = completenessOf(createDemoPlan());
    expect(empty.overview.done).toBe(0);
    expect(demo.overview).toEqual({ done: 9, total: 9 });
    expect(demo.reporting.done).toBe(demo.reporting.total);
    expect(empty.rollout.done).toBeLessThan(empty.rollout.total);
  });
});

describe('support cheat sheet', () => {
  it('is built from the plan: scope, methods with both names, portals and scenario steps', () => {
    const sheet = buildCheatSheet(createDemoPlan());
    expect(sheet.whoIsEnabled).toContain('SSPR-Pilot');
    expect(sheet.methods.map((m) => m.currentName)).toContain('Email OTP');
    expect(sheet.portals.map((p) => p.url)).toContain('https://passwords.contoso.com');
    expect(sheet.scenarios).toHaveLength(5);
    expect(sheet.scenarios[0].steps.length).toBeGreaterThan(2);
    expect(stepsOf('1. Check the group\n2) Add the user\n\n- Tell them')).toEqual(['Check the group', 'Add the user', 'Tell them']);
  });
});

describe('plan schema', () => {
  it('refuses an email without @ and a negative cost', () => {
    const plan = createDemoPlan();
    expect(planSchema.safeParse({ ...plan, stakeholders: [{ ...plan.stakeholders[0], email: 'ada.contoso.com' }] }).success).toBe(false);
    expect(planSchema.safeParse({ ...plan, businessCase: { ...plan.businessCase, costPerCall: -1 } }).success).toBe(false);
  });

  it('maps plan paths to their sections', () => {
    expect(sectionOfPath('businessCase.costPerCall')).toBe('overview');
    expect(sectionOfPath('policy.methods')).toBe('configuration');
    expect(sectionOfPath('rollout.checklist.3.done')).toBe('rollout');
  });
});
