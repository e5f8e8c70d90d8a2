import { describe, it, expect } from 'vitest';
import { BUSINESS_CASES } from '../../shared/plan/businessCases';
import { createDefaultPlan } from '../../shared/plan/defaults';
import { createDemoPlan } from '../../shared/plan/demo';
import { createDemoTenant } from '../../shared/plan/demoTenant';
import { validatePlan } from '../../shared/plan/rules';
import { planSchema, type Plan } from '../../shared/plan/schema';
import { SUPPORT_SCENARIOS } from '../../shared/plan/supportScenarios';
import { tenantSchema } from '../../shared/plan/tenant';

const CASE_IDS = ['TC-01', 'TC-02', 'TC-03', 'TC-04', 'TC-05', 'TC-06', 'TC-07', 'TC-08', 'TC-09'];
const SCENARIO_IDS = ['SUP-01', 'SUP-02', 'SUP-03', 'SUP-04', 'SUP-05'];

describe('business cases and support scenarios', () => {
  it('has the nine cases and five scenarios, each filled in', () => {
    expect(BUSINESS_CASES.map((c) => c.id)).toEqual(CASE_IDS);
    expect(SUPPORT_SCENARIOS.map((s) => s.id)).toEqual(SCENARIO_IDS);
    for (const c of BUSINESS_CASES) {
      expect(c.title && c.preconditions && c.steps && c.expected && c.device).toBeTruthy();
      expect(c.steps.split('\n')[0]).toMatch(/^1\. /);
      expect(c.phase).toBe('pilot');
      expect(c.scenario).toBe('');
    }
    expect(BUSINESS_CASES.filter((c) => c.expected.startsWith('Organization decides:'))).toHaveLength(2);
    for (const s of SUPPORT_SCENARIOS) {
      expect(s.title && s.description && s.causes && s.handledBy).toBeTruthy();
      expect(s.resolution.split('\n').length).toBeGreaterThanOrEqual(3);
      expect(s.resolution.split('\n')[0]).toMatch(/^1\. /);
    }
  });

  it.each([
    ['default', () => createDefaultPlan('Contoso')],
    ['demo', () => createDemoPlan()],
  ])('the %s plan holds all of them', (_name, make) => {
    const plan = make();
    expect(plan.testing.cases.map((c) => c.id)).toEqual(CASE_IDS);
    expect(plan.support.scenarios.map((s) => s.id)).toEqual(SCENARIO_IDS);
  });

  it('gives every plan its own copies', () => {
    const plan = createDefaultPlan();
    plan.testing.cases[0].title = 'changed';
    plan.support.scenarios[0].resolution = 'changed';
    expect(BUSINESS_CASES[0].title).not.toBe('changed');
    expect(SUPPORT_SCENARIOS[0].resolution).not.toBe('changed');
    expect(createDefaultPlan().testing.cases[0].title).toBe(BUSINESS_CASES[0].title);
  });
});

describe('demo plan and tenant', () => {
  const plan = createDemoPlan();
  const tenant = createDemoTenant();

  it('parse with their schemas', () => {
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(tenantSchema.safeParse(tenant).success).toBe(true);
    expect(planSchema.safeParse(createDefaultPlan()).success).toBe(true);
  });

  it('is deterministic', () => {
    expect(createDemoTenant()).toEqual(tenant);
    expect(createDemoPlan()).toEqual(plan);
  });

  it('has a realistic directory', () => {
    expect(tenant.users.length).toBeGreaterThanOrEqual(50);
    expect(tenant.users.length).toBeLessThanOrEqual(80);
    expect(new Set(tenant.users.map((u) => u.upn)).size).toBe(tenant.users.length);
    expect(tenant.users.every((u) => u.upn.endsWith('@contoso.com'))).toBe(true);
    expect(tenant.groups.some((g) => g.members.some((m) => m.startsWith('group:')))).toBe(true);
    expect(tenant.users.filter((u) => u.licenses.length === 0).length).toBeGreaterThan(0);
    expect(new Set(tenant.users.flatMap((u) => u.roles)).size).toBeGreaterThanOrEqual(3);
    expect(tenant.users.some((u) => u.synced)).toBe(true);
    expect(tenant.users.some((u) => !u.synced)).toBe(true);
    expect(tenant.users.some((u) => u.synced && u.onPremAdmin)).toBe(true);
    expect(tenant.users.some((u) => Object.keys(u.registered).length > 0 && u.registeredOn !== null)).toBe(true);
    expect(tenant.users.some((u) => Object.keys(u.registered).length === 0)).toBe(true);
  });

  it('names only groups that exist in the tenant', () => {
    const names = new Set(tenant.groups.map((g) => g.name));
    const referenced = [
      plan.policy.group,
      ...plan.rollout.phases.filter((p) => p.kind !== 'all').map((p) => p.group),
      ...plan.licensing.licensedGroups.map((g) => g.group),
    ];
    for (const name of referenced) expect(names, name).toContain(name);
    for (const g of tenant.groups) {
      for (const m of g.members.filter((x) => x.startsWith('group:'))) expect(names).toContain(m.slice('group:'.length));
    }
  });

  it('sends every campaign email in a real phase', () => {
    const ids = new Set(plan.rollout.phases.map((p) => p.id));
    expect(plan.communications.emails.length).toBeGreaterThanOrEqual(9);
    for (const e of plan.communications.emails) {
      expect(ids).toContain(e.phaseId);
      expect(e.sendDate).not.toBeNull();
    }
  });

  it('tests with a non-admin account that exists', () => {
    const user = tenant.users.find((u) => u.upn === plan.testing.testAccount);
    expect(user).toBeDefined();
    expect(user?.roles).toEqual([]);
  });

  it('uses the organization name it is given', () => {
    expect(plan.overview.organization).toBe('Contoso');
    expect(createDemoPlan('Fabrikam').overview.organization).toBe('Fabrikam');
  });

  it('passes the methods rules, and METHODS-003 fires when register equals reset', () => {
    expect(validatePlan(plan, tenant).map((f) => f.code)).not.toContain('SSPR-METHODS-003');
    const changed: Plan = { ...plan, policy: { ...plan.policy, methodsToReset: 2 } };
    expect(validatePlan(changed, tenant).map((f) => f.code)).toContain('SSPR-METHODS-003');
  });

  it('shows only a few warnings and no errors', () => {
    const findings = validatePlan(plan, tenant);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.length).toBeLessThanOrEqual(8);
  });
});
