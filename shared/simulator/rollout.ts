import { addDays, daysBetween } from '../dates';
import type { MethodId } from '../plan/methods';
import type { Plan } from '../plan/schema';
import type { Tenant, TenantUser } from '../plan/tenant';
import { isAdmin } from '../tenant/groups';
import { hasEnough, usableMethods } from '../tenant/registration';
import { registerRule, resetRule, signInRule, type RegisterFacts, type ResetFacts, type SignInFacts } from './decide';
import { SIM_RULE_CODES, SIM_RULES, type SimRuleCode } from './ruleCodes';
import { enabledOn } from './sweep';
import type { Outcome } from './vocabulary';

/**
 * A rollout played day by day over the whole tenant: users sign in and reset at random (seeded), and
 * the rules of decide.ts say who is prompted, who registers and whose reset works. Per-user facts
 * that cannot change during the run are worked out once into typed arrays, because 100,000 users
 * over half a year are 18 million user-days.
 */

export interface RolloutOptions {
  /** The first simulated day, `YYYY-MM-DD`. */
  start: string;
  days: number;
  /** The chance that a user signs in on a given day. */
  signInRate: number;
  /** The chance that a user tries a self-service reset on a given day. */
  resetRate: number;
  seed: number;
}

export interface RolloutDay {
  on: string;
  /** Users in scope that day: the policy's, every started phase's, and admins. */
  enabled: number;
  signedIn: number;
  promptRegister: number;
  promptReconfirm: number;
  /** Prompted users who completed registration (or reconfirmed) that day. */
  registrations: number;
  /** Prompted users who could not register enough methods because the policy offers too few. */
  registrationsIncomplete: number;
  /** Users registered under the policy at the end of the day, in scope or not. */
  registered: number;
  resetsTried: number;
  resetsSucceeded: number;
  resetsFailed: Partial<Record<Outcome, number>>;
}

export interface RolloutForecast {
  users: number;
  days: RolloutDay[];
  /** Every reset attempt of the run by the rule that decided it. */
  resetRules: Partial<Record<SimRuleCode, number>>;
}

export type RolloutPlan = Pick<Plan, 'policy' | 'rollout'>;

/** mulberry32's next state. Plain functions rather than a closure, so the hot loop inlines them. */
function nextState(a: number): number {
  return (a + 0x6d2b79f5) >>> 0;
}

/** The number in [0, 1) that a mulberry32 state gives. */
function unitOf(a: number): number {
  let t = Math.imul(a ^ (a >>> 15), a | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Seeded uniform numbers in [0, 1): mulberry32, small and fast, the same sequence everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = nextState(a);
    return unitOf(a);
  };
}

const NO_DATE = -0x80000000;

/** Counters per day, in this order, followed by one counter per rule code for the resets. */
const COL = { enabled: 0, signedIn: 1, promptRegister: 2, promptReconfirm: 3, registrations: 4, incomplete: 5, registered: 6, resetsTried: 7 } as const;
const COLS = 8;
const RULE_INDEX = new Map<SimRuleCode, number>(SIM_RULE_CODES.map((code, i) => [code, i]));


/**
 * What a prompted user registers: every method the policy offers, with as many answers as it asks
 * for; an admin is never offered security questions. Kept as the engine keeps a registration.
 */
function afterRegistering(user: TenantUser, policy: Plan['policy']): TenantUser {
  const admin = isAdmin(user);
  const registered = { ...user.registered };
  for (const m of policy.methods) if (!(admin && m === 'securityQuestions')) registered[m] = m === 'securityQuestions' ? policy.questionsToRegister : true;
  return { ...user, registered };
}

/** Facts that do not change during the run, plus each user's registration state before and after registering. */
interface StaticFacts {
  /** The first day index on which the user is in scope; `days` when never. */
  enabledFrom: Int32Array;
  admin: Uint8Array;
  synced: Uint8Array;
  onPremAdmin: Uint8Array;
  /** By state (0: as imported, 1: after registering the policy's methods), at [state * n + i]. */
  registered: Uint8Array;
  usable: Uint8Array;
  questions: Uint8Array;
  /** Whole days from the start to the last registration; NO_DATE when unknown. */
  registeredDay: Int32Array;
}

function staticFacts(plan: RolloutPlan, tenant: Tenant, start: string, days: number): StaticFacts {
  const { policy } = plan;
  const n = tenant.users.length;
  const f: StaticFacts = {
    enabledFrom: new Int32Array(n).fill(days),
    admin: new Uint8Array(n),
    synced: new Uint8Array(n),
    onPremAdmin: new Uint8Array(n),
    registered: new Uint8Array(2 * n),
    usable: new Uint8Array(2 * n),
    questions: new Uint8Array(2 * n),
    registeredDay: new Int32Array(n),
  };
  // Scope only widens as phases start, so it is asked on the first day and on each later phase start.
  const changes = new Set<number>([0]);
  for (const p of plan.rollout.phases) {
    if (p.start === null) continue;
    const d = daysBetween(start, p.start);
    if (d > 0 && d < days) changes.add(d);
  }
  for (const d of [...changes].sort((a, b) => a - b)) {
    const enabled = enabledOn(plan, tenant, addDays(start, d));
    tenant.users.forEach((u, i) => {
      if (f.enabledFrom[i] === days && enabled(u, i)) f.enabledFrom[i] = d;
    });
  }
  tenant.users.forEach((user, i) => {
    f.admin[i] = isAdmin(user) ? 1 : 0;
    f.synced[i] = user.synced ? 1 : 0;
    f.onPremAdmin[i] = user.onPremAdmin ? 1 : 0;
    f.registeredDay[i] = user.registeredOn === null ? NO_DATE : daysBetween(start, user.registeredOn);
    const states = [user, afterRegistering(user, policy)];
    states.forEach((u, s) => {
      const usable = usableMethods(u, policy);
      f.registered[s * n + i] = hasEnough(usable, u, policy) ? 1 : 0;
      f.usable[s * n + i] = usable.length;
      f.questions[s * n + i] = usable.includes('securityQuestions' satisfies MethodId) ? 1 : 0;
    });
  });
  return f;
}

function checkOptions(o: RolloutOptions): void {
  if (!Number.isInteger(o.days) || o.days < 0) throw new RangeError('days must be a whole number of days, 0 or more');
  if (!(o.signInRate >= 0 && o.signInRate <= 1)) throw new RangeError('signInRate must be between 0 and 1');
  if (!(o.resetRate >= 0 && o.resetRate <= 1)) throw new RangeError('resetRate must be between 0 and 1');
  if (Number.isNaN(Date.parse(`${o.start}T00:00:00Z`))) throw new RangeError('start must be a date written YYYY-MM-DD');
}

/**
 * Plays the rollout. Each user-day draws two numbers in user order, sign-in then reset, so a seed
 * gives the same run on every machine. A prompted user registers at once; a reset comes after the
 * day's sign-in and verifies with every usable method, with a password the policy accepts. Nobody is
 * ever locked out: one attempt a day cannot fail five times within 24 hours.
 */
export function simulateRollout(plan: RolloutPlan, tenant: Tenant, options: RolloutOptions): RolloutForecast {
  checkOptions(options);
  const { policy } = plan;
  const { days, signInRate, resetRate } = options;
  const n = tenant.users.length;
  const f = staticFacts(plan, tenant, options.start, days);
  const state = new Uint8Array(n);
  const { enabledFrom, registered, registeredDay } = f;
  const rules = SIM_RULE_CODES.length;
  const counts = new Int32Array(days * COLS);
  const ruleCounts = new Int32Array(days * rules);
  // mulberry32's state, stepped here: calling a closure per draw cost a third of the run.
  let a = options.seed >>> 0;

  // One facts object per kind, reused for every user-day, so the loop allocates nothing.
  const signIn: SignInFacts = { inScope: false, registered: false, daysSinceRegistered: null };
  const register: RegisterFacts = { inScope: true, refused: false, registeredAfter: false };
  const reset: ResetFacts = { inScope: false, lockedOut: false, admin: false, synced: false, onPremAdmin: false, registered: false, triesQuestions: false, usableAtHand: 0 };

  let registeredNow = 0;
  for (let i = 0; i < n; i++) registeredNow += registered[i];
  const enabledByDay = new Int32Array(days + 1);
  for (let i = 0; i < n; i++) enabledByDay[enabledFrom[i]]++;

  let enabled = 0;
  for (let d = 0; d < days; d++) {
    const row = d * COLS;
    enabled += enabledByDay[d];
    counts[row + COL.enabled] = enabled;
    // The one counter bumped on most user-days stays in a local until the day ends.
    let signedIn = 0;
    for (let i = 0; i < n; i++) {
      a = nextState(a);
      const signsIn = unitOf(a) < signInRate;
      a = nextState(a);
      const resets = unitOf(a) < resetRate;
      if (!signsIn && !resets) continue;
      const inScope = enabledFrom[i] <= d;
      if (signsIn) {
        signedIn++;
        signIn.inScope = inScope;
        signIn.registered = registered[state[i] * n + i] === 1;
        signIn.daysSinceRegistered = registeredDay[i] === NO_DATE ? null : d - registeredDay[i];
        const prompt = signInRule(signIn, policy);
        if (prompt === 'SIM-SIGNIN-003' || prompt === 'SIM-SIGNIN-004') {
          counts[row + (prompt === 'SIM-SIGNIN-003' ? COL.promptRegister : COL.promptReconfirm)]++;
          register.inScope = inScope;
          register.registeredAfter = registered[n + i] === 1;
          const outcome = registerRule(register);
          if (outcome === 'SIM-REG-004') {
            registeredNow += 1 - registered[state[i] * n + i];
            registeredDay[i] = d;
            counts[row + COL.registrations]++;
          } else if (outcome === 'SIM-REG-003') counts[row + COL.incomplete]++;
          // What was entered is kept, complete or not.
          if (outcome === 'SIM-REG-003' || outcome === 'SIM-REG-004') state[i] = 1;
        }
      }
      if (resets) {
        const at = state[i] * n + i;
        reset.inScope = inScope;
        reset.admin = f.admin[i] === 1;
        reset.synced = f.synced[i] === 1;
        reset.onPremAdmin = f.onPremAdmin[i] === 1;
        reset.registered = registered[at] === 1;
        reset.triesQuestions = f.questions[at] === 1;
        reset.usableAtHand = f.usable[at];
        counts[row + COL.resetsTried]++;
        ruleCounts[d * rules + (RULE_INDEX.get(resetRule(reset, policy, true)) as number)]++;
      }
    }
    counts[row + COL.signedIn] = signedIn;
    counts[row + COL.registered] = registeredNow;
  }
  return forecast(n, options.start, days, counts, ruleCounts);
}

function forecast(users: number, start: string, days: number, counts: Int32Array, ruleCounts: Int32Array): RolloutForecast {
  const rules = SIM_RULE_CODES.length;
  const resetRules: Partial<Record<SimRuleCode, number>> = {};
  const out: RolloutDay[] = [];
  for (let d = 0; d < days; d++) {
    const c = (col: number) => counts[d * COLS + col];
    const day: RolloutDay = {
      on: addDays(start, d),
      enabled: c(COL.enabled),
      signedIn: c(COL.signedIn),
      promptRegister: c(COL.promptRegister),
      promptReconfirm: c(COL.promptReconfirm),
      registrations: c(COL.registrations),
      registrationsIncomplete: c(COL.incomplete),
      registered: c(COL.registered),
      resetsTried: c(COL.resetsTried),
      resetsSucceeded: 0,
      resetsFailed: {},
    };
    SIM_RULE_CODES.forEach((code, r) => {
      const k = ruleCounts[d * rules + r];
      if (k === 0) return;
      resetRules[code] = (resetRules[code] ?? 0) + k;
      const outcome = SIM_RULES[code].outcome;
      if (outcome === 'success') day.resetsSucceeded += k;
      else day.resetsFailed[outcome] = (day.resetsFailed[outcome] ?? 0) + k;
    });
    out.push(day);
  }
  return { users, days: out, resetRules };
}
