import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../shared/plan/defaults';
import { METHOD_IDS, type MethodId } from '../../shared/plan/methods';
import type { Plan, Policy } from '../../shared/plan/schema';
import type { Tenant, TenantGroup, TenantUser } from '../../shared/plan/tenant';
import { isAdmin } from '../../shared/tenant/groups';
import { isRegistered } from '../../shared/tenant/registration';
import { Simulation, stepTime, type Decision, type SimStep } from '../../shared/simulator/engine';
import { sweepUsers } from '../../shared/simulator/sweep';
import { ACTIONS, AUDIT, LOCKOUT_WINDOW_MS } from '../../shared/simulator/vocabulary';

// Runs per property: enough to reach the rarer combinations (admins with questions, lockouts) while
// the whole file stays well under 15 s. The seed is fixed so a failure reproduces as it was seen.
const RUNS = { numRuns: 400, seed: 20260301 };

const ROLES = ['Global administrator', 'Privileged authentication administrator', 'Password administrator', 'User administrator', 'Helpdesk administrator'];
/** Group names, one written in two cases (Entra names are not case-sensitive), and a blank one, which names no group. */
const GROUPS = ['Pilot', 'pilot', 'Wave-1', 'Wave-2', 'Finance', ' '];
const DAY_MS = 24 * 60 * 60 * 1000;
const BASE = Date.UTC(2025, 0, 1);
const isoDay = (offset: number) => new Date(BASE + offset * DAY_MS).toISOString().slice(0, 10);

const dayArb = fc.integer({ min: 0, max: 800 });
const methodsArb = fc.subarray([...METHOD_IDS]);

function registeredValue(id: MethodId): fc.Arbitrary<string | boolean | number> {
  if (id === 'securityQuestions') return fc.oneof(fc.integer({ min: 0, max: 5 }), fc.boolean());
  return fc.oneof(fc.constant(id === 'email' ? 'someone@fabrikam.com' : '+1 425 555 0100'), fc.boolean());
}

const registeredArb = fc.record(Object.fromEntries(METHOD_IDS.map((id) => [id, registeredValue(id)])) as Record<MethodId, fc.Arbitrary<string | boolean | number>>, {
  requiredKeys: [],
}) as fc.Arbitrary<TenantUser['registered']>;

const userArb = fc.record({
  upperCase: fc.boolean(),
  groups: fc.subarray(GROUPS),
  roles: fc.oneof({ weight: 2, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.subarray(ROLES, { minLength: 1, maxLength: 2 }) }),
  synced: fc.boolean(),
  onPremAdmin: fc.boolean(),
  registered: registeredArb,
  registeredOn: fc.option(dayArb.map(isoDay), { nil: null }),
});

/** A member of a group: a user by index, or another group (which may close a cycle, even on itself). */
const memberArb = fc.oneof(fc.nat(9).map((i) => ({ user: i })), fc.constantFrom(...GROUPS).map((g) => ({ group: g })));

const tenantArb: fc.Arbitrary<Tenant> = fc
  .tuple(fc.array(userArb, { minLength: 1, maxLength: 8 }), fc.array(fc.record({ name: fc.constantFrom(...GROUPS), members: fc.array(memberArb, { maxLength: 6 }) }), { maxLength: 5 }))
  .map(([raw, rawGroups]) => {
    const users: TenantUser[] = raw.map((u, i) => ({
      upn: u.upperCase ? `User${i}@Contoso.com` : `user${i}@contoso.com`,
      displayName: `User ${i}`,
      groups: u.groups,
      roles: u.roles,
      licenses: [],
      synced: u.synced,
      onPremAdmin: u.onPremAdmin,
      registered: u.registered,
      registeredOn: u.registeredOn,
    }));
    const groups: TenantGroup[] = rawGroups.map((g) => ({
      name: g.name,
      // Member lists and step UPNs do not always agree on case.
      members: g.members.map((m) => ('group' in m ? `group:${m.group}` : users[m.user % users.length].upn.toLowerCase())),
    }));
    return { users, groups };
  });

const policyArb: fc.Arbitrary<Policy> = fc.record({
  scope: fc.constantFrom('none', 'selected', 'all'),
  group: fc.constantFrom(...GROUPS),
  methods: methodsArb,
  methodsToRegister: fc.integer({ min: 0, max: 4 }),
  methodsToReset: fc.integer({ min: 1, max: 2 }),
  questionsToRegister: fc.integer({ min: 3, max: 5 }),
  questionsToReset: fc.integer({ min: 3, max: 5 }),
  requireRegistration: fc.boolean(),
  reconfirmDays: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 })),
  notifyUsers: fc.boolean(),
  notifyAdmins: fc.boolean(),
  helpdesk: fc.boolean(),
  writeback: fc.boolean(),
  unlockWithoutReset: fc.boolean(),
  lockScreenReset: fc.constantFrom('off', 'intune', 'registry'),
}).map((p) => ({ ...createDefaultPlan().policy, ...p }));

const PASSWORDS = ['Correct-Horse-42', 'short', 'Passw0rd!2026', 'alllowercaseletters'];

/** A step on a user by index; `by` is always there so an adminReset is a valid step. */
const rawStepArb = fc.record({
  day: dayArb,
  time: fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: null }),
  do: fc.constantFrom(...ACTIONS),
  user: fc.nat(9),
  by: fc.nat(9),
  with: fc.option(fc.array(fc.constantFrom(...METHOD_IDS), { maxLength: 4 }), { nil: undefined }),
  device: fc.record({ join: fc.constantFrom('entra', 'hybrid', 'domain', 'none'), windowsBuild: fc.constantFrom(0, 15063, 16299, 19045), remote: fc.boolean() }),
  password: fc.option(fc.oneof(fc.constantFrom(...PASSWORDS), fc.string({ maxLength: 20 })), { nil: undefined }),
  questions: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
});
type RawStep = typeof rawStepArb extends fc.Arbitrary<infer T> ? T : never;

function toStep(s: RawStep, tenant: Tenant): SimStep {
  const on = s.time === null ? isoDay(s.day) : `${isoDay(s.day)}T${String(Math.floor(s.time / 60)).padStart(2, '0')}:${String(s.time % 60).padStart(2, '0')}:00Z`;
  const upn = (i: number) => tenant.users[i % tenant.users.length].upn;
  return { on, do: s.do, user: upn(s.user), by: upn(s.by), with: s.with, device: s.device, password: s.password, questions: s.questions };
}

const stepsArb = fc.array(rawStepArb, { minLength: 1, maxLength: 25 });

/** A policy, a tenant and steps on it. */
const caseArb = fc.tuple(policyArb, tenantArb, stepsArb).map(([policy, tenant, raw]) => ({ policy, tenant, steps: raw.map((s) => toStep(s, tenant)) }));

function run(policy: Policy, tenant: Tenant, steps: SimStep[]): Decision[] {
  const sim = new Simulation(policy, tenant);
  return steps.map((s) => sim.run(s));
}

/** Decisions with recipient lists as sets, since tenant order is not meaningful. */
function normalized(ds: Decision[]): unknown[] {
  return ds.map((d) => ({ ...d, notifications: d.notifications.map((n) => ({ ...n, to: [...n.to].map((u) => u.toLowerCase()).sort() })) }));
}

const noPhases: Plan['rollout'] = { phases: [], checklist: [] };
const isAdminUpn = (tenant: Tenant, upn: string) => isAdmin(tenant.users.find((u) => u.upn.toLowerCase() === upn.toLowerCase()) as TenantUser);

describe('simulator properties over generated policies, tenants and steps', () => {
  it('never throws for valid inputs and decides the same way twice', () => {
    fc.assert(
      fc.property(caseArb, ({ policy, tenant, steps }) => {
        const first = run(policy, tenant, steps);
        expect(run(policy, tenant, steps)).toEqual(first);
        const on = steps[0].on.slice(0, 10);
        const plan = { policy, rollout: noPhases };
        expect(sweepUsers(plan, tenant, on)).toEqual(sweepUsers(plan, tenant, on));
      }),
      RUNS,
    );
  });

  it('widening the scope (none → selected → all) never turns a step into notEnabled', () => {
    fc.assert(
      fc.property(caseArb, ({ policy, tenant, steps }) => {
        const [none, selected, all] = (['none', 'selected', 'all'] as const).map((scope) => run({ ...policy, scope }, tenant, steps));
        steps.forEach((_, i) => {
          if (none[i].outcome !== 'notEnabled') expect(selected[i].outcome, `step ${i}`).not.toBe('notEnabled');
          if (selected[i].outcome !== 'notEnabled') expect(all[i].outcome, `step ${i}`).not.toBe('notEnabled');
        });
      }),
      RUNS,
    );
  });

  it('adding members to the selected group never turns a step into notEnabled', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.nat(9), { minLength: 1, maxLength: 4 }), fc.boolean(), ({ policy, tenant, steps }, added, viaUserList) => {
        const selected = { ...policy, scope: 'selected' as const };
        const upns = added.map((i) => tenant.users[i % tenant.users.length].upn);
        // Membership stated either in the group's member list or in the user's own groups.
        const wider: Tenant = viaUserList
          ? { ...tenant, users: tenant.users.map((u) => (upns.includes(u.upn) ? { ...u, groups: [...u.groups, selected.group] } : u)) }
          : { ...tenant, groups: [...tenant.groups, { name: selected.group.toUpperCase(), members: upns }] };
        const before = run(selected, tenant, steps);
        const after = run(selected, wider, steps);
        steps.forEach((s, i) => {
          if (before[i].outcome !== 'notEnabled') expect(after[i].outcome, `step ${i}`).not.toBe('notEnabled');
          const named = selected.group.trim() !== '';
          if (named && upns.includes(s.user) && ['signIn', 'register', 'reset', 'unlock'].includes(s.do)) expect(after[i].outcome).not.toBe('notEnabled');
        });
      }),
      RUNS,
    );
  });

  it('an administrator never resets or unlocks with security questions among the methods used', () => {
    const adminSteps = fc.tuple(policyArb, tenantArb, stepsArb).map(([policy, tenant, raw]) => ({
      policy,
      tenant,
      // Aim most steps at verification with questions, so admins meet the rule often.
      steps: raw.map((s) => toStep({ ...s, do: (['reset', 'unlock', 'lockScreenReset', 'register'] as const)[s.day % 4], with: [...(s.with ?? []), 'securityQuestions'] }, tenant)),
    }));
    fc.assert(
      fc.property(adminSteps, ({ policy, tenant, steps }) => {
        const ds = run(policy, tenant, steps);
        steps.forEach((s, i) => {
          if (s.do === 'register' || !isAdminUpn(tenant, s.user)) return;
          expect(['success', 'unlocked']).not.toContain(ds[i].outcome);
          expect(ds[i].audit).not.toContain(AUDIT.reset);
          expect(ds[i].audit).not.toContain(AUDIT.unlock);
        });
      }),
      RUNS,
    );
  });

  it('with reconfirmDays 0 sign-in never asks to reconfirm, and a registered user in scope is not prompted at all', () => {
    fc.assert(
      fc.property(caseArb, ({ policy, tenant, steps }) => {
        const p = { ...policy, reconfirmDays: 0 };
        const sim = new Simulation(p, tenant);
        for (const s of steps) {
          const registered = isRegistered(sim.userState(s.user), p);
          const d = sim.run(s);
          if (s.do !== 'signIn') continue;
          expect(d.outcome).not.toBe('promptReconfirm');
          if (registered) expect(d.outcome).toBe('noPrompt');
        }
      }),
      RUNS,
    );
  });

  it('decisions do not depend on the order of users or of groups', () => {
    const shuffled = caseArb.chain((c) =>
      fc.tuple(fc.constant(c), fc.shuffledSubarray(c.tenant.users, { minLength: c.tenant.users.length }), fc.shuffledSubarray(c.tenant.groups, { minLength: c.tenant.groups.length })),
    );
    fc.assert(
      fc.property(shuffled, ([{ policy, tenant, steps }, users, groups]) => {
        const other: Tenant = { users, groups };
        expect(normalized(run(policy, other, steps))).toEqual(normalized(run(policy, tenant, steps)));
        const plan = { policy, rollout: noPhases };
        const on = steps[0].on.slice(0, 10);
        const byUpn = (t: Tenant) => Object.fromEntries(sweepUsers(plan, t, on).map((r) => [r.upn, r]));
        expect(byUpn(other)).toEqual(byUpn(tenant));
      }),
      RUNS,
    );
  });

  it('admins are enabled whatever the scope, in the engine and in the sweep', () => {
    fc.assert(
      fc.property(caseArb, dayArb, ({ policy, tenant, steps }, day) => {
        const ds = run(policy, tenant, steps);
        steps.forEach((s, i) => {
          if (isAdminUpn(tenant, s.user)) expect(ds[i].outcome).not.toBe('notEnabled');
        });
        const rows = sweepUsers({ policy, rollout: noPhases }, tenant, isoDay(day));
        rows.forEach((r, i) => {
          if (isAdmin(tenant.users[i])) {
            expect(r.enabled).toBe(true);
            expect(r.reset).not.toBe('notEnabled');
          }
        });
      }),
      RUNS,
    );
  });

  it('the step engine and the sweep agree on every user\'s sign-in and reset when scope and phases agree', () => {
    // Phases that have not started on the date, or that enable nobody the policy does not already.
    const phasesArb = (policy: Policy, day: number) =>
      fc.array(
        fc.oneof(
          fc.record({ kind: fc.constantFrom('pilot', 'wave', 'all'), group: fc.constantFrom(...GROUPS), start: fc.option(fc.integer({ min: day + 1, max: day + 300 }).map(isoDay), { nil: null }) }),
          fc.constant({ kind: policy.scope === 'all' ? 'all' : 'pilot', group: policy.group, start: isoDay(day) }),
        ),
        { maxLength: 3 },
      ).map((ps) =>
        ps
          .filter((p) => p.start === null || p.start > isoDay(day) || policy.scope !== 'none')
          .map((p, i) => ({ id: `p${i}`, name: `Phase ${i}`, kind: p.kind as 'pilot' | 'wave' | 'all', group: p.group, start: p.start, end: null, exitCriteria: [] })),
      );
    // Half the dates sit on a user's reconfirmation boundary, where an off-by-one would show.
    const dayFor = (policy: Policy, tenant: Tenant) => {
      const edges = tenant.users.flatMap((u) => (u.registeredOn === null ? [] : [0, 1].map((k) => Math.round((Date.parse(u.registeredOn as string) - BASE) / DAY_MS) + policy.reconfirmDays + k)));
      return edges.length === 0 ? dayArb : fc.oneof(dayArb, fc.constantFrom(...edges));
    };
    const arb = fc
      .tuple(policyArb, tenantArb)
      .chain(([policy, tenant]) => dayFor(policy, tenant).map((day) => ({ policy, tenant, day })))
      .chain((c) => fc.tuple(fc.constant(c), phasesArb(c.policy, c.day)));
    fc.assert(
      fc.property(arb, ([{ policy, tenant, day }, phases]) => {
        const on = isoDay(day);
        const rows = sweepUsers({ policy, rollout: { phases, checklist: [] } }, tenant, on);
        tenant.users.forEach((u, i) => {
          const sim = new Simulation(policy, tenant);
          expect(sim.run({ on, do: 'signIn', user: u.upn }).outcome, u.upn).toBe(rows[i].signIn);
          expect(sim.run({ on, do: 'reset', user: u.upn }).outcome, u.upn).toBe(rows[i].reset);
        });
      }),
      RUNS,
    );
  });

  it('a successful reset is audited as a self-service reset and tells the user exactly when notifyUsers is on', () => {
    fc.assert(
      fc.property(caseArb, ({ policy, tenant, steps }) => {
        const ds = run(policy, tenant, steps);
        steps.forEach((s, i) => {
          const d = ds[i];
          const selfService = s.do === 'reset' || s.do === 'lockScreenReset';
          if (!(selfService && d.outcome === 'success')) {
            expect(d.audit).not.toContain(AUDIT.reset);
            return;
          }
          expect(d.audit).toContain(AUDIT.reset);
          const toUser = d.notifications.filter((n) => n.kind === 'user');
          expect(toUser.length).toBe(policy.notifyUsers ? 1 : 0);
          if (policy.notifyUsers) expect(toUser[0].to).toEqual([s.user]);
          expect(d.notifications.some((n) => n.kind === 'allAdmins')).toBe(policy.notifyAdmins && isAdminUpn(tenant, s.user));
        });
      }),
      RUNS,
    );
  });

  it('after five failed verifications within 24 hours the next attempt in that window is lockedOut', () => {
    const arb = fc.record({
      // Seconds after the first failure of the other four, and of the next attempt.
      offsets: fc.array(fc.integer({ min: 0, max: 24 * 3600 - 1 }), { minLength: 4, maxLength: 4 }),
      next: fc.integer({ min: 0, max: 24 * 3600 - 1 }),
      action: fc.constantFrom('reset', 'unlock', 'lockScreenReset'),
      admin: fc.boolean(),
      day: dayArb,
    });
    fc.assert(
      fc.property(arb, ({ offsets, next, action, admin, day }) => {
        const policy = { ...createDefaultPlan().policy, scope: 'all' as const, methods: ['email', 'mobilePhone', 'appCode'] as MethodId[], methodsToRegister: 2, methodsToReset: 2, unlockWithoutReset: true, lockScreenReset: 'intune' as const };
        const upn = 'ann@contoso.com';
        const user: TenantUser = { upn, displayName: 'Ann', groups: [], roles: admin ? ['Password administrator'] : [], licenses: [], synced: false, onPremAdmin: false, registered: { email: 'a@fabrikam.com', mobilePhone: '+1 425 555 0100' }, registeredOn: isoDay(0) };
        const sim = new Simulation(policy, { users: [user], groups: [] });
        const t0 = BASE + day * DAY_MS;
        const at = (seconds: number) => new Date(t0 + seconds * 1000).toISOString();
        const failures = [0, ...offsets].sort((a, b) => a - b);
        const last = failures[failures.length - 1];
        for (const s of failures) expect(sim.run({ on: at(s), do: 'reset', user: upn, with: ['email'] }).outcome).toBe('methodsUnavailable');
        // The next attempt, with both methods, would pass verification if not blocked.
        const when = last + (next % (24 * 3600 - last));
        const d = sim.run({ on: at(when), do: action, user: upn, with: ['email', 'mobilePhone'], device: { join: 'entra', windowsBuild: 19045, remote: false } });
        expect(d.outcome).toBe('lockedOut');
        expect(d.audit).toEqual([AUDIT.blocked]);
        // Once the first failure is 24 hours old, at most four remain in the window and verification passes.
        const after = sim.run({ on: at(24 * 3600), do: 'reset', user: upn, with: ['email', 'mobilePhone'] });
        expect(after.outcome).toBe('success');
      }),
      RUNS,
    );
  });

  it('every verification is lockedOut exactly when five failures lie in the 24 hours before it', () => {
    // Steps crowded into a few days so that failures pile up.
    const crowded = fc.tuple(policyArb, tenantArb, fc.array(rawStepArb, { minLength: 5, maxLength: 40 })).map(([policy, tenant, raw]) => ({
      policy: { ...policy, scope: 'all' as const },
      tenant,
      steps: raw.map((s) => toStep({ ...s, day: s.day % 3, time: s.time ?? 0, do: (['reset', 'unlock', 'lockScreenReset'] as const)[s.by % 3], with: s.with?.slice(0, 1) }, tenant)),
    }));
    fc.assert(
      fc.property(crowded, ({ policy, tenant, steps }) => {
        const sim = new Simulation(policy, tenant);
        const failures = new Map<string, number[]>();
        for (const s of steps) {
          const d = sim.run(s);
          if (d.outcome === 'deviceUnsupported') continue;
          const now = stepTime(s.on);
          const key = s.user.toLowerCase();
          const recent = (failures.get(key) ?? []).filter((t) => t <= now && now - t < LOCKOUT_WINDOW_MS).length;
          expect(d.outcome === 'lockedOut', `${s.do} ${s.user} at ${s.on}`).toBe(recent >= 5);
          if (d.rule === 'SIM-RESET-005') failures.set(key, [...(failures.get(key) ?? []), now]);
        }
      }),
      RUNS,
    );
  });
});
