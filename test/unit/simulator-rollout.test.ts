import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../shared/plan/defaults';
import type { Phase, Plan, Policy } from '../../shared/plan/schema';
import type { Tenant, TenantUser } from '../../shared/plan/tenant';
import { mulberry32, simulateRollout, type RolloutOptions } from '../../shared/simulator/rollout';
import { sweepUsers } from '../../shared/simulator/sweep';

const START = '2026-03-02';

function user(name: string, fields: Partial<TenantUser> = {}): TenantUser {
  return { upn: `${name}@contoso.com`, displayName: name, groups: [], roles: [], licenses: [], synced: false, onPremAdmin: false, registered: {}, registeredOn: null, ...fields };
}

const twoMethods: Partial<TenantUser> = { registered: { email: 'x@fabrikam.com', mobilePhone: '+1 425 555 0100' }, registeredOn: START };

function plan(policy: Partial<Policy>, phases: Phase[] = []): Pick<Plan, 'policy' | 'rollout'> {
  return {
    policy: { ...createDefaultPlan().policy, scope: 'all', methods: ['email', 'mobilePhone', 'appNotification'], methodsToRegister: 2, methodsToReset: 1, requireRegistration: true, reconfirmDays: 0, writeback: true, ...policy },
    rollout: { phases, checklist: [] },
  };
}

const every = (days: number, fields: Partial<RolloutOptions> = {}): RolloutOptions => ({ start: START, days, signInRate: 1, resetRate: 0, seed: 1, ...fields });
const tenant = (...users: TenantUser[]): Tenant => ({ users, groups: [] });

describe('simulateRollout', () => {
  it('registers everyone in scope on the first day when everyone signs in and registration is required', () => {
    const r = simulateRollout(plan({}), tenant(user('ann'), user('ben'), user('cat')), every(3));
    expect(r.days.map((d) => d.on)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect(r.days[0]).toMatchObject({ enabled: 3, signedIn: 3, promptRegister: 3, registrations: 3, registered: 3 });
    expect(r.days[1]).toMatchObject({ signedIn: 3, promptRegister: 0, promptReconfirm: 0, registrations: 0, registered: 3 });
  });

  it('prompts nobody when the policy does not require registration', () => {
    const r = simulateRollout(plan({ requireRegistration: false }), tenant(user('ann'), user('ben')), every(2));
    expect(r.days.map((d) => [d.signedIn, d.promptRegister, d.registered])).toEqual([[2, 0, 0], [2, 0, 0]]);
  });

  it('with scope none prompts only the admins, who never register security questions', () => {
    const t = tenant(user('ann'), user('ben'), user('root', { roles: ['Global administrator'] }));
    const r = simulateRollout(plan({ scope: 'none', methods: ['email', 'mobilePhone', 'securityQuestions'] }), t, every(2));
    expect(r.days[0]).toMatchObject({ enabled: 1, signedIn: 3, promptRegister: 1, registrations: 1, registered: 1 });
    // Offered only one method besides questions, an admin cannot reach the two admins need.
    const short = simulateRollout(plan({ scope: 'none', methods: ['email', 'securityQuestions'] }), t, every(2));
    expect(short.days.map((d) => [d.promptRegister, d.registrationsIncomplete, d.registered])).toEqual([[1, 1, 0], [1, 1, 0]]);
  });

  it('asks a registered user to reconfirm on day 31 after 30 days, and again 31 days after that', () => {
    const r = simulateRollout(plan({ reconfirmDays: 30 }), tenant(user('ann', twoMethods)), every(70));
    const prompted = r.days.flatMap((d, i) => (d.promptReconfirm > 0 ? [i] : []));
    expect(prompted).toEqual([31, 62]);
    expect(r.days[31]).toMatchObject({ on: '2026-04-02', registrations: 1, registered: 1 });
    expect(r.days.every((d) => d.promptRegister === 0 && d.registered === 1)).toBe(true);
  });

  it('never asks to reconfirm when reconfirmDays is 0', () => {
    const r = simulateRollout(plan({ reconfirmDays: 0 }), tenant(user('ann', { ...twoMethods, registeredOn: '2020-01-01' })), every(30));
    expect(r.days.every((d) => d.promptReconfirm === 0 && d.signedIn === 1)).toBe(true);
  });

  it('keeps prompting when the policy offers fewer methods than registration needs', () => {
    const r = simulateRollout(plan({ methods: ['email'], methodsToRegister: 2 }), tenant(user('ann')), every(3));
    expect(r.days.map((d) => [d.promptRegister, d.registrationsIncomplete, d.registrations, d.registered])).toEqual([[1, 1, 0, 0], [1, 1, 0, 0], [1, 1, 0, 0]]);
  });

  it('enables a wave on its phase start, and prompts its users from then on', () => {
    const wave: Phase = { id: 'w1', name: 'Wave 1', kind: 'wave', group: 'Wave-1', start: '2026-03-07', end: null, exitCriteria: [] };
    const t = tenant(user('ann', { groups: ['Pilot'] }), user('ben', { groups: ['Wave-1'] }), user('cat'));
    const r = simulateRollout(plan({ scope: 'selected', group: 'Pilot' }, [wave]), t, every(7));
    expect(r.days.map((d) => d.enabled)).toEqual([1, 1, 1, 1, 1, 2, 2]);
    expect(r.days.map((d) => d.promptRegister)).toEqual([1, 0, 0, 0, 0, 1, 0]);
    expect(r.days[6].registered).toBe(2);
  });

  it('counts each reset outcome as the sweep decides it for the same users on that day', () => {
    const t = tenant(
      user('outside', twoMethods),
      user('onprem', { ...twoMethods, groups: ['Pilot'], synced: true, onPremAdmin: true }),
      user('new', { groups: ['Pilot'] }),
      user('hybrid', { ...twoMethods, groups: ['Pilot'], synced: true }),
      user('cloud', { ...twoMethods, groups: ['Pilot'] }),
    );
    const p = plan({ scope: 'selected', group: 'Pilot', writeback: false });
    const r = simulateRollout(p, t, every(1, { signInRate: 0, resetRate: 1 }));
    expect(r.days[0]).toMatchObject({ signedIn: 0, resetsTried: 5, resetsSucceeded: 1 });
    expect(r.days[0].resetsFailed).toEqual({ notEnabled: 1, onPremAdminBlocked: 1, notRegistered: 1, writebackRequired: 1 });
    expect(r.resetRules).toEqual({ 'SIM-RESET-001': 1, 'SIM-RESET-002': 1, 'SIM-RESET-004': 1, 'SIM-RESET-006': 1, 'SIM-RESET-008': 1 });
    const sweep = sweepUsers(p, t, START).map((row) => row.reset);
    expect(sweep).toEqual(['notEnabled', 'onPremAdminBlocked', 'notRegistered', 'writebackRequired', 'success']);
  });

  it('lets a user who registered at sign-in reset the same day', () => {
    const r = simulateRollout(plan({}), tenant(user('ann')), every(1, { resetRate: 1 }));
    expect(r.days[0]).toMatchObject({ registrations: 1, resetsTried: 1, resetsSucceeded: 1, resetsFailed: {} });
  });

  it('draws sign-ins at the given daily rate, and the same seed gives the same run', () => {
    const many = tenant(...Array.from({ length: 2000 }, (_, i) => user(`u${i}`)));
    const options = every(10, { signInRate: 0.6, resetRate: 0.01, seed: 7 });
    const a = simulateRollout(plan({}), many, options);
    const mean = a.days.reduce((s, d) => s + d.signedIn, 0) / 10 / 2000;
    expect(mean).toBeGreaterThan(0.58);
    expect(mean).toBeLessThan(0.62);
    const resets = a.days.reduce((s, d) => s + d.resetsTried, 0);
    expect(resets).toBeGreaterThan(130);
    expect(resets).toBeLessThan(270);
    expect(simulateRollout(plan({}), many, options)).toEqual(a);
    expect(simulateRollout(plan({}), many, { ...options, seed: 8 }).days.map((d) => d.signedIn)).not.toEqual(a.days.map((d) => d.signedIn));
  });

  it('draws two numbers per user-day from mulberry32, sign-in first, so a seed reproduces a forecast anywhere', () => {
    const draws = Array.from({ length: 40 }, mulberry32(5));
    const r = simulateRollout(plan({ requireRegistration: false }), tenant(user('ann')), every(20, { signInRate: 0.5, resetRate: 0.5, seed: 5 }));
    expect(r.days.map((d) => d.signedIn)).toEqual(draws.filter((_, k) => k % 2 === 0).map((x) => (x < 0.5 ? 1 : 0)));
    expect(r.days.map((d) => d.resetsTried)).toEqual(draws.filter((_, k) => k % 2 === 1).map((x) => (x < 0.5 ? 1 : 0)));
  });

  it('refuses options it cannot simulate', () => {
    const t = tenant(user('ann'));
    expect(() => simulateRollout(plan({}), t, every(1, { signInRate: 1.5 }))).toThrow(RangeError);
    expect(() => simulateRollout(plan({}), t, every(-1))).toThrow(RangeError);
    expect(() => simulateRollout(plan({}), t, every(1, { start: 'March' }))).toThrow(RangeError);
  });
});
