import { daysBetween } from '../dates';
import type { MethodId } from '../plan/methods';
import type { Plan } from '../plan/schema';
import type { Tenant, TenantUser } from '../plan/tenant';
import { groupResolver, isAdmin } from '../tenant/groups';
import { hasEnough, isRegistered, usableMethods } from '../tenant/registration';
import { adminResetRule, lockScreenRule, registerRule, resetRule, signInRule, unlockRule, verificationRule, type DeviceFacts, type ResetFacts } from './decide';
import { passwordProblem, type PasswordProblem } from './passwords';
import { SIM_RULES, type SimRuleCode } from './ruleCodes';
import { AUDIT, LOCKOUT_FAILURES, LOCKOUT_WINDOW_MS, type Action, type AuditActivity, type NotificationKind, type Outcome } from './vocabulary';

/** The policy fields the engine reads: design.md's portable names plus the lock-screen setting. */
export type SimPolicy = Pick<
  Plan['policy'],
  | 'scope'
  | 'group'
  | 'methods'
  | 'methodsToRegister'
  | 'methodsToReset'
  | 'questionsToRegister'
  | 'questionsToReset'
  | 'requireRegistration'
  | 'reconfirmDays'
  | 'notifyUsers'
  | 'notifyAdmins'
  | 'helpdesk'
  | 'writeback'
  | 'unlockWithoutReset'
  | 'lockScreenReset'
>;

export interface SimStep {
  /** `YYYY-MM-DD`, or a date and time when several attempts on one day matter (lockout). */
  on: string;
  do: Action;
  user: string;
  /** Methods being registered, or used to verify; a reset without it uses every method the user has. */
  with?: MethodId[];
  /** For `adminReset`: the acting admin's UPN. */
  by?: string;
  device?: DeviceFacts;
  /** The new password; when absent it is taken to meet the policy. */
  password?: string;
  /** For `register` with security questions: how many were answered (default: as many as required). */
  questions?: number;
}

export interface SimNotification {
  kind: NotificationKind;
  /** UPNs that receive it. */
  to: string[];
}

export interface Decision {
  outcome: Outcome;
  rule: SimRuleCode;
  notifications: SimNotification[];
  audit: AuditActivity[];
  /** For `passwordRejected`: what was wrong with the password. */
  passwordProblem?: PasswordProblem;
}

export class UnknownUserError extends Error {
  constructor(
    readonly upn: string,
    readonly field: 'user' | 'by',
  ) {
    super(`no user ${upn} in the simulated tenant`);
  }
}

/** Milliseconds of a step's `on`: a bare date is midnight UTC of that day. */
export function stepTime(on: string): number {
  return Date.parse(on.length === 10 ? `${on}T00:00:00Z` : on);
}


/** Roles notified of an admin's own reset, first one held by anybody wins (sspr-domain.md §9). */
const NOTIFIED_ROLE_ORDER = ['password administrator', 'user administrator', 'global administrator'];

/** Admins told when another admin resets a password: the first role in the documented order anyone holds. */
export function adminRecipients(tenant: Tenant): string[] {
  for (const role of NOTIFIED_ROLE_ORDER) {
    const holders = tenant.users.filter((u) => u.roles.some((r) => r.trim().toLowerCase() === role)).map((u) => u.upn);
    if (holders.length > 0) return holders;
  }
  return [];
}

/** Whether the policy lets this user in: its scope, or any admin role (§3). A blank group names no group, as in the sweep. */
export function inScopeFor(policy: Pick<SimPolicy, 'scope' | 'group'>, tenant: Tenant): (user: TenantUser) => boolean {
  const members = policy.scope === 'selected' && policy.group.trim() !== '' ? groupResolver(tenant)(policy.group) : null;
  return (user) => isAdmin(user) || policy.scope === 'all' || (members !== null && members.has(user.upn.toLowerCase()));
}

interface UserState {
  user: TenantUser;
  /** Times of failed verifications, for the lockout window. */
  failures: number[];
}

function decision(rule: SimRuleCode, audit: AuditActivity[], notifications: SimNotification[] = []): Decision {
  return { outcome: SIM_RULES[rule].outcome, rule, notifications, audit };
}

/**
 * Runs steps against one policy and tenant in order. Steps change state: a registration is kept, a
 * failed verification counts toward the lockout. The tenant given is never modified.
 */
export class Simulation {
  private readonly states = new Map<string, UserState>();
  private readonly inScope: (user: TenantUser) => boolean;
  private recipients: string[] | null = null;

  constructor(
    readonly policy: SimPolicy,
    private readonly tenant: Tenant,
  ) {
    this.inScope = inScopeFor(policy, tenant);
    for (const user of tenant.users) this.states.set(user.upn.toLowerCase(), { user, failures: [] });
  }

  hasUser(upn: string): boolean {
    return this.states.has(upn.toLowerCase());
  }

  /** The user as the steps so far left them. */
  userState(upn: string): TenantUser {
    return this.state(upn, 'user').user;
  }

  run(step: SimStep): Decision {
    const state = this.state(step.user, 'user');
    switch (step.do) {
      case 'signIn':
        return this.signIn(state, step);
      case 'register':
        return this.register(state, step);
      case 'reset':
        return this.reset(state, step);
      case 'unlock':
        return this.unlock(state, step);
      case 'lockScreenReset': {
        const device = step.device ?? { join: 'none', windowsBuild: 0, remote: false };
        const blocked = lockScreenRule(device, this.policy.lockScreenReset !== 'off');
        return blocked ? decision(blocked, []) : this.reset(state, step);
      }
      case 'adminReset':
        return this.adminReset(state, step);
    }
  }

  private state(upn: string, field: 'user' | 'by'): UserState {
    const state = this.states.get(upn.toLowerCase());
    if (!state) throw new UnknownUserError(upn, field);
    return state;
  }

  private signIn({ user }: UserState, step: SimStep): Decision {
    const rule = signInRule(
      {
        inScope: this.inScope(user),
        registered: isRegistered(user, this.policy),
        daysSinceRegistered: user.registeredOn === null ? null : daysBetween(user.registeredOn, step.on),
      },
      this.policy,
    );
    return decision(rule, []);
  }

  private register(state: UserState, step: SimStep): Decision {
    const { user } = state;
    const methods = step.with ?? [];
    const registered = { ...user.registered };
    for (const m of methods) registered[m] = m === 'securityQuestions' ? (step.questions ?? this.policy.questionsToRegister) : true;
    const next: TenantUser = { ...user, registered };
    const rule = registerRule({
      inScope: this.inScope(user),
      refused: methods.some((m) => !this.policy.methods.includes(m) || (m === 'securityQuestions' && isAdmin(user))),
      registeredAfter: isRegistered(next, this.policy),
    });
    if (rule === 'SIM-REG-003') state.user = next;
    if (rule === 'SIM-REG-004') state.user = { ...next, registeredOn: step.on.slice(0, 10) };
    return decision(rule, rule === 'SIM-REG-004' ? [AUDIT.registered] : []);
  }

  private facts(state: UserState, step: SimStep): ResetFacts {
    const { user } = state;
    const usable = usableMethods(user, this.policy);
    const atHand = step.with ?? usable;
    const now = stepTime(step.on);
    const recent = state.failures.filter((t) => t <= now && now - t < LOCKOUT_WINDOW_MS);
    return {
      inScope: this.inScope(user),
      lockedOut: recent.length >= LOCKOUT_FAILURES,
      admin: isAdmin(user),
      synced: user.synced,
      onPremAdmin: user.onPremAdmin,
      registered: hasEnough(usable, user, this.policy),
      triesQuestions: atHand.includes('securityQuestions'),
      usableAtHand: new Set(atHand.filter((m: MethodId) => usable.includes(m))).size,
    };
  }

  /** Logs a failed verification; the one that reaches the limit also logs the block. */
  private failed(state: UserState, step: SimStep, rule: SimRuleCode): Decision {
    if (rule !== 'SIM-RESET-005') return decision(rule, rule === 'SIM-LOCKOUT-001' ? [AUDIT.blocked] : [AUDIT.progress]);
    const now = stepTime(step.on);
    state.failures.push(now);
    const recent = state.failures.filter((t) => t <= now && now - t < LOCKOUT_WINDOW_MS).length;
    return decision(rule, recent >= LOCKOUT_FAILURES ? [AUDIT.progress, AUDIT.blocked] : [AUDIT.progress]);
  }

  private reset(state: UserState, step: SimStep): Decision {
    const facts = this.facts(state, step);
    const verified = verificationRule(facts, this.policy);
    if (verified) return this.failed(state, step, verified);
    const problem = step.password === undefined ? null : passwordProblem(step.password, state.user.upn);
    const rule = resetRule(facts, this.policy, problem === null);
    if (rule === 'SIM-RESET-007') return { ...decision(rule, [AUDIT.progress]), passwordProblem: problem ?? undefined };
    if (rule !== 'SIM-RESET-008') return decision(rule, [AUDIT.progress]);
    const notifications: SimNotification[] = [];
    if (this.policy.notifyUsers) notifications.push({ kind: 'user', to: [state.user.upn] });
    if (facts.admin && this.policy.notifyAdmins) notifications.push({ kind: 'allAdmins', to: this.adminRecipients() });
    return decision(rule, [AUDIT.reset], notifications);
  }

  private unlock(state: UserState, step: SimStep): Decision {
    const facts = this.facts(state, step);
    const verified = verificationRule(facts, this.policy);
    if (verified) return this.failed(state, step, verified);
    const rule = unlockRule(facts, this.policy);
    return decision(rule, rule === 'SIM-UNLOCK-003' ? [AUDIT.unlock] : [AUDIT.progress]);
  }

  private adminReset(state: UserState, step: SimStep): Decision {
    const actor = this.state(step.by ?? '', 'by').user;
    const problem = step.password === undefined ? null : passwordProblem(step.password, state.user.upn);
    const rule = adminResetRule(actor.roles, isAdmin(state.user), problem === null);
    if (rule === 'SIM-ADMIN-003') return { ...decision(rule, []), passwordProblem: problem ?? undefined };
    return decision(rule, rule === 'SIM-ADMIN-004' ? [AUDIT.adminReset] : []);
  }

  private adminRecipients(): string[] {
    this.recipients ??= adminRecipients(this.tenant);
    return this.recipients;
  }
}
