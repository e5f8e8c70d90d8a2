// Rollout simulation benchmark: 100,000 seeded users over 180 days through shared/simulator/rollout.ts
// (the rules of decide.ts), against a hand-written typed-array loop with its own inlined rules and
// the same random sequence in the same run. Both must count the same, or the benchmark fails.
import { pathToFileURL } from 'node:url';
import { daysBetween } from '../shared/dates';
import { METHOD_IDS } from '../shared/plan/methods';
import type { Plan } from '../shared/plan/schema';
import type { Tenant } from '../shared/plan/tenant';
import { simulateRollout, type RolloutDay, type RolloutOptions } from '../shared/simulator/rollout';
import { BENCH_START, benchPlan, benchTenant } from './simulator-data';

export const SIM_USERS = 100_000;
export const SIM_DAYS = 180;
const OPTIONS: RolloutOptions = { start: BENCH_START, days: SIM_DAYS, signInRate: 0.6, resetRate: 0.002, seed: 42 };
const REPETITIONS = 5;

/** The counts both implementations must agree on, per day. */
type Counts = Omit<RolloutDay, 'on'>;

const SQ = 1 << METHOD_IDS.indexOf('securityQuestions');
const FAILED = ['notEnabled', 'onPremAdminBlocked', 'adminPolicyBlocked', 'notRegistered', 'methodsUnavailable', 'writebackRequired'] as const;
const SUCCESS = FAILED.length;

function bits(mask: number): number {
  let k = 0;
  for (let m = mask; m !== 0; m &= m - 1) k++;
  return k;
}

/** The baseline: every rule written out inline over bit masks, no shared code but the data. */
export function handLoop(plan: Pick<Plan, 'policy' | 'rollout'>, tenant: Tenant, o: RolloutOptions): Counts[] {
  const { policy } = plan;
  const n = tenant.users.length;
  const days = o.days;
  const NEVER = days;

  // Transitive membership per group, lower-cased, cycles cut.
  const direct = new Map<string, { users: string[]; groups: string[] }>();
  const entry = (g: string) => {
    const k = g.toLowerCase();
    let e = direct.get(k);
    if (!e) direct.set(k, (e = { users: [], groups: [] }));
    return e;
  };
  for (const g of tenant.groups) {
    for (const m of g.members) {
      if (m.startsWith('group:')) entry(g.name).groups.push(m.slice(6).toLowerCase());
      else entry(g.name).users.push(m.toLowerCase());
    }
  }
  for (const u of tenant.users) for (const g of u.groups) entry(g).users.push(u.upn.toLowerCase());
  const members = (group: string) => {
    const out = new Set<string>();
    const seen = new Set([group.toLowerCase()]);
    const queue = [group.toLowerCase()];
    while (queue.length > 0) {
      const e = direct.get(queue.pop() as string);
      if (!e) continue;
      for (const u of e.users) out.add(u);
      for (const g of e.groups) {
        if (seen.has(g)) continue;
        seen.add(g);
        queue.push(g);
      }
    }
    return out;
  };
  const sources: { day: number; everyone: boolean; set: Set<string> | null }[] = [];
  if (policy.scope === 'all') sources.push({ day: 0, everyone: true, set: null });
  if (policy.scope === 'selected' && policy.group.trim() !== '') sources.push({ day: 0, everyone: false, set: members(policy.group) });
  for (const p of plan.rollout.phases) {
    if (p.start === null) continue;
    const day = Math.max(0, daysBetween(o.start, p.start));
    if (day >= days) continue;
    if (p.kind === 'all') sources.push({ day, everyone: true, set: null });
    else if (p.group.trim() !== '') sources.push({ day, everyone: false, set: members(p.group) });
  }

  const policyMask = policy.methods.reduce((m, id) => m | (1 << METHOD_IDS.indexOf(id)), 0);
  const enabledFrom = new Int32Array(n);
  const admin = new Uint8Array(n);
  const synced = new Uint8Array(n);
  const onPrem = new Uint8Array(n);
  const usable = new Uint8Array(2 * n);
  const hasSq = new Uint8Array(2 * n);
  const regDay = new Int32Array(n);
  const NO_DATE = -0x80000000;
  tenant.users.forEach((u, i) => {
    const key = u.upn.toLowerCase();
    const isAdmin = u.roles.length > 0;
    let from = isAdmin ? 0 : NEVER;
    for (const s of sources) if (s.day < from && (s.everyone || (s.set as Set<string>).has(key))) from = s.day;
    enabledFrom[i] = from;
    admin[i] = isAdmin ? 1 : 0;
    synced[i] = u.synced ? 1 : 0;
    onPrem[i] = u.onPremAdmin ? 1 : 0;
    regDay[i] = u.registeredOn === null ? NO_DATE : daysBetween(o.start, u.registeredOn);
    const allowed = policyMask & (isAdmin ? ~SQ : ~0);
    let mask = 0;
    METHOD_IDS.forEach((id, b) => {
      const v = u.registered[id];
      if (v === undefined || v === false) return;
      if (b === METHOD_IDS.indexOf('securityQuestions') && !(v === true || (typeof v === 'number' && v >= policy.questionsToRegister))) return;
      mask |= 1 << b;
    });
    usable[i] = bits(mask & allowed);
    usable[n + i] = bits((mask | allowed) & allowed);
    hasSq[i] = mask & allowed & SQ ? 1 : 0;
    hasSq[n + i] = allowed & SQ ? 1 : 0;
  });

  const state = new Uint8Array(n);
  const need = (i: number) => (admin[i] ? 2 : policy.methodsToRegister);
  const needReset = (i: number) => (admin[i] ? 2 : policy.methodsToReset);
  let registered = 0;
  for (let i = 0; i < n; i++) if (usable[i] >= need(i)) registered++;
  const out: Counts[] = [];
  const failed = new Int32Array(FAILED.length + 1);
  let a = o.seed >>> 0;
  for (let d = 0; d < days; d++) {
    let enabled = 0;
    let signedIn = 0;
    let promptRegister = 0;
    let promptReconfirm = 0;
    let registrations = 0;
    let incomplete = 0;
    let tried = 0;
    failed.fill(0);
    for (let i = 0; i < n; i++) {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const r1 = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      a = (a + 0x6d2b79f5) >>> 0;
      t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const r2 = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      const inScope = enabledFrom[i] <= d;
      if (inScope) enabled++;
      const at = state[i] * n + i;
      if (r1 < o.signInRate) {
        signedIn++;
        if (inScope && policy.requireRegistration) {
          const isReg = usable[at] >= need(i);
          const stale = isReg && policy.reconfirmDays > 0 && regDay[i] !== NO_DATE && d - regDay[i] > policy.reconfirmDays;
          if (!isReg || stale) {
            if (isReg) promptReconfirm++;
            else promptRegister++;
            if (usable[n + i] >= need(i)) {
              if (!isReg) registered++;
              regDay[i] = d;
              registrations++;
            } else incomplete++;
            state[i] = 1;
          }
        }
      }
      if (r2 < o.resetRate) {
        tried++;
        const s = state[i] * n + i;
        let k: number;
        if (!inScope) k = 0;
        else if (synced[i] && onPrem[i]) k = 1;
        else if (admin[i] && hasSq[s]) k = 2;
        else if (usable[s] < need(i)) k = 3;
        else if (usable[s] < needReset(i)) k = 4;
        else if (synced[i] && !policy.writeback) k = 5;
        else k = SUCCESS;
        failed[k]++;
      }
    }
    const resetsFailed: Record<string, number> = {};
    FAILED.forEach((name, k) => {
      if (failed[k] > 0) resetsFailed[name] = failed[k];
    });
    out.push({ enabled, signedIn, promptRegister, promptReconfirm, registrations, registrationsIncomplete: incomplete, registered, resetsTried: tried, resetsSucceeded: failed[SUCCESS], resetsFailed });
  }
  return out;
}

function viaRollout(plan: Pick<Plan, 'policy' | 'rollout'>, tenant: Tenant, o: RolloutOptions): Counts[] {
  return simulateRollout(plan, tenant, o).days.map(({ on: _on, ...counts }) => counts as Counts);
}

/** Same keys in the same order, so the two can be compared as text. */
function canonical(days: Counts[]): string {
  return JSON.stringify(days.map((d) => ({ ...d, resetsFailed: Object.fromEntries(Object.entries(d.resetsFailed).sort()) })));
}

export interface SimulatorBench {
  users: number;
  days: number;
  rolloutMs: number;
  handMs: number;
  /** Totals over the run, to show the simulation did real work. */
  signIns: number;
  registrations: number;
  resets: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function measureSimulator(): SimulatorBench {
  const plan = benchPlan();
  const tenant = benchTenant(SIM_USERS, 7);
  const rollout: number[] = [];
  const hand: number[] = [];
  let last: Counts[] = [];
  // One untimed run of each first; then alternate, so a busy moment does not land on one side only.
  for (let i = -1; i < REPETITIONS; i++) {
    let t = performance.now();
    const a = viaRollout(plan, tenant, OPTIONS);
    const ms = performance.now() - t;
    t = performance.now();
    const b = handLoop(plan, tenant, OPTIONS);
    const handMs = performance.now() - t;
    if (canonical(a) !== canonical(b)) {
      const day = a.findIndex((d, k) => canonical([d]) !== canonical([b[k]]));
      throw new Error(`rollout simulation and the hand-written loop disagree on day ${day}:\n${canonical([a[day]])}\n${canonical([b[day]])}`);
    }
    if (i >= 0) {
      rollout.push(ms);
      hand.push(handMs);
    }
    last = a;
  }
  const sum = (k: 'signedIn' | 'registrations' | 'resetsTried') => last.reduce((s, d) => s + d[k], 0);
  return { users: SIM_USERS, days: SIM_DAYS, rolloutMs: median(rollout), handMs: median(hand), signIns: sum('signedIn'), registrations: sum('registrations'), resets: sum('resetsTried') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = measureSimulator();
  console.log(JSON.stringify({ ...r, ratio: Number((r.rolloutMs / r.handMs).toFixed(2)) }, null, 2));
}
