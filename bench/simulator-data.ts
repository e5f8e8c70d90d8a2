// Seeded in-memory tenant and plan for the rollout benchmark: a pilot group, a first wave made of two
// nested groups, then everyone. The same seed gives the same tenant.
import { createDefaultPlan } from '../shared/plan/defaults';
import type { Plan } from '../shared/plan/schema';
import type { Tenant, TenantUser } from '../shared/plan/tenant';
import { mulberry32 } from '../shared/simulator/rollout';

export const BENCH_START = '2026-03-02';

export function benchPlan(): Pick<Plan, 'policy' | 'rollout'> {
  const plan = createDefaultPlan('Contoso');
  const phase = (id: string, name: string, kind: 'pilot' | 'wave' | 'all', group: string, start: string) => ({ id, name, kind, group, start, end: null, exitCriteria: [] });
  return {
    policy: {
      ...plan.policy,
      scope: 'selected',
      group: 'SSPR-Pilot',
      methods: ['appNotification', 'appCode', 'email', 'mobilePhone', 'securityQuestions'],
      methodsToRegister: 2,
      methodsToReset: 1,
      questionsToRegister: 3,
      questionsToReset: 3,
      requireRegistration: true,
      reconfirmDays: 90,
      writeback: true,
    },
    rollout: {
      phases: [
        phase('p1', 'Pilot', 'pilot', 'SSPR-Pilot', BENCH_START),
        phase('p2', 'Wave 1', 'wave', 'SSPR-Wave-1', '2026-04-01'),
        phase('p3', 'Everyone', 'all', '', '2026-05-31'),
      ],
      checklist: [],
    },
  };
}

export function benchTenant(users: number, seed: number): Tenant {
  const rng = mulberry32(seed);
  const pilot: string[] = [];
  const eu: string[] = [];
  const us: string[] = [];
  const list: TenantUser[] = [];
  const registeredFrom = Date.parse(`${BENCH_START}T00:00:00Z`) - 400 * 86_400_000;
  for (let i = 0; i < users; i++) {
    const upn = `user${i}@contoso.com`;
    const r = rng();
    const roles = r < 0.001 ? ['Global administrator'] : r < 0.006 ? ['Password administrator'] : [];
    const synced = rng() < 0.7;
    const registered: TenantUser['registered'] = {};
    if (rng() < 0.35) {
      if (rng() < 0.7) registered.appNotification = true;
      if (rng() < 0.5) registered.mobilePhone = `+1 425 555 ${String(i % 10_000).padStart(4, '0')}`;
      if (rng() < 0.3) registered.email = `user${i}@fabrikam.com`;
      if (rng() < 0.05) registered.securityQuestions = 3 + Math.floor(rng() * 3);
    }
    const any = Object.keys(registered).length > 0;
    const registeredOn = any ? new Date(registeredFrom + Math.floor(rng() * 400) * 86_400_000).toISOString().slice(0, 10) : null;
    const g = rng();
    const groups: string[] = [];
    // Pilot members come half from the user's own groups and half from the group's member list.
    if (g < 0.01) groups.push('SSPR-Pilot');
    else if (g < 0.02) pilot.push(upn);
    else if (g < 0.17) eu.push(upn);
    else if (g < 0.32) us.push(upn);
    list.push({
      upn,
      displayName: `User ${i}`,
      groups,
      roles,
      licenses: ['SPE_E3'],
      synced,
      onPremAdmin: synced && rng() < 0.002,
      registered,
      registeredOn,
    });
  }
  return {
    users: list,
    groups: [
      { name: 'SSPR-Pilot', members: pilot },
      { name: 'SSPR-Wave-1', members: ['group:Wave-1-EU', 'group:Wave-1-US'] },
      { name: 'Wave-1-EU', members: eu },
      { name: 'Wave-1-US', members: [...us, 'group:SSPR-Wave-1'] },
    ],
  };
}
