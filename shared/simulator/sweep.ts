import { daysBetween } from '../dates';
import { writeCsv } from '../plan/csv';
import type { Plan } from '../plan/schema';
import type { Tenant, TenantUser } from '../plan/tenant';
import { groupResolver, isAdmin, upnKeys } from '../tenant/groups';
import { hasEnough, usableMethods } from '../tenant/registration';
import { wavesOf } from '../tenant/waves';
import { resetRule, signInRule } from './decide';
import { SIM_RULES, type SimRuleCode } from './ruleCodes';
import type { Outcome } from './vocabulary';

/**
 * The whole tenant on one date: every user signs in and tries a reset with every method they have.
 * On that date the scope is the policy's, widened by each rollout phase that has started (a phase
 * of kind "all" enables everyone), and admins are always in.
 */

type Inputs = Pick<Plan, 'policy' | 'rollout'>;

export interface SweepUser {
  upn: string;
  displayName: string;
  wave: string;
  enabled: boolean;
  signIn: Outcome;
  reset: Outcome;
  /** The rule that decided the reset, or the sign-in prompt when the reset succeeds. */
  rule: SimRuleCode;
}

export interface SweepReason {
  outcome: Outcome;
  rule: SimRuleCode;
  users: number;
}

export interface SweepWave {
  wave: string;
  users: number;
  enabled: number;
  promptRegister: number;
  promptReconfirm: number;
  canReset: number;
  /** Enabled users who cannot reset, by outcome. */
  cannotReset: Partial<Record<Outcome, number>>;
}

export interface SweepReport {
  on: string;
  users: number;
  enabled: number;
  promptRegister: number;
  promptReconfirm: number;
  canReset: number;
  /** Why enabled users cannot reset, most common first. */
  reasons: SweepReason[];
  byWave: SweepWave[];
  /** The first users who are prompted or cannot reset, for a table; the CSV has everyone. */
  attention: SweepUser[];
}

/** Who the plan enables on a date: the policy's scope, every started phase's group, and admins. */
export function enabledOn(plan: Inputs, tenant: Tenant, on: string): (user: TenantUser, index: number) => boolean {
  const started = plan.rollout.phases.filter((p) => p.start !== null && p.start <= on);
  if (plan.policy.scope === 'all' || started.some((p) => p.kind === 'all')) return () => true;
  const members = groupResolver(tenant);
  const groups = [...(plan.policy.scope === 'selected' ? [plan.policy.group] : []), ...started.map((p) => p.group)].filter((g) => g.trim() !== '');
  const sets = groups.map((g) => members(g));
  const keys = upnKeys(tenant);
  return (user, i) => isAdmin(user) || sets.some((s) => s.has(keys[i]));
}

/** Every user's verdict on the date, in tenant order. */
export function sweepUsers(plan: Inputs, tenant: Tenant, on: string): SweepUser[] {
  const enabled = enabledOn(plan, tenant, on);
  const waves = wavesOf(plan, tenant);
  const { policy } = plan;
  return tenant.users.map((user, i) => {
    const inScope = enabled(user, i);
    const usable = usableMethods(user, policy);
    const registered = hasEnough(usable, user, policy);
    const signInCode = signInRule(
      { inScope, registered, daysSinceRegistered: user.registeredOn === null ? null : daysBetween(user.registeredOn, on) },
      policy,
    );
    const resetCode = resetRule(
      {
        inScope,
        lockedOut: false,
        admin: isAdmin(user),
        synced: user.synced,
        onPremAdmin: user.onPremAdmin,
        registered,
        triesQuestions: usable.includes('securityQuestions'),
        usableAtHand: usable.length,
      },
      policy,
      true,
    );
    const reset = SIM_RULES[resetCode].outcome;
    return {
      upn: user.upn,
      displayName: user.displayName,
      wave: waves.wave[i],
      enabled: inScope,
      signIn: SIM_RULES[signInCode].outcome,
      reset,
      rule: reset === 'success' ? signInCode : resetCode,
    };
  });
}

export const SWEEP_ATTENTION_ROWS = 200;

export function sweepReport(plan: Inputs, tenant: Tenant, on: string): SweepReport {
  const rows = sweepUsers(plan, tenant, on);
  const waves = new Map<string, SweepWave>(wavesOf(plan, tenant).names.map((wave) => [wave, emptyWave(wave)]));
  const reasons = new Map<SimRuleCode, SweepReason>();
  const report: SweepReport = { on, users: rows.length, enabled: 0, promptRegister: 0, promptReconfirm: 0, canReset: 0, reasons: [], byWave: [], attention: [] };
  for (const row of rows) {
    let wave = waves.get(row.wave);
    if (!wave) waves.set(row.wave, (wave = emptyWave(row.wave)));
    wave.users++;
    if (!row.enabled) continue;
    report.enabled++;
    wave.enabled++;
    if (row.signIn === 'promptRegister') {
      report.promptRegister++;
      wave.promptRegister++;
    }
    if (row.signIn === 'promptReconfirm') {
      report.promptReconfirm++;
      wave.promptReconfirm++;
    }
    if (row.reset === 'success') {
      report.canReset++;
      wave.canReset++;
    } else {
      wave.cannotReset[row.reset] = (wave.cannotReset[row.reset] ?? 0) + 1;
      const reason = reasons.get(row.rule) ?? { outcome: row.reset, rule: row.rule, users: 0 };
      reason.users++;
      reasons.set(row.rule, reason);
    }
    if ((row.reset !== 'success' || row.signIn !== 'noPrompt') && report.attention.length < SWEEP_ATTENTION_ROWS) report.attention.push(row);
  }
  report.reasons = [...reasons.values()].sort((a, b) => b.users - a.users || a.rule.localeCompare(b.rule));
  report.byWave = [...waves.values()].filter((w) => w.users > 0);
  return report;
}

function emptyWave(wave: string): SweepWave {
  return { wave, users: 0, enabled: 0, promptRegister: 0, promptReconfirm: 0, canReset: 0, cannotReset: {} };
}

/** Every user's verdict as CSV, for the people who follow up on them. */
export function sweepCsv(plan: Inputs, tenant: Tenant, on: string): string {
  return writeCsv(
    ['userPrincipalName', 'displayName', 'wave', 'enabled', 'signIn', 'reset', 'rule', 'why'],
    sweepUsers(plan, tenant, on).map((r) => [r.upn, r.displayName, r.wave, r.enabled ? 'True' : 'False', r.signIn, r.reset, r.rule, SIM_RULES[r.rule].text]),
  );
}
