import type { SimRuleCode } from './ruleCodes';
import { MIN_LOCK_SCREEN_BUILD } from './vocabulary';

/**
 * The decision rules of sspr-domain.md §13 over plain facts, first match wins. Both the step engine
 * and the whole-tenant sweep call these, so a verdict never depends on which of them asked.
 */

export interface SignInFacts {
  inScope: boolean;
  registered: boolean;
  /** Whole days since the last registration or confirmation; null when the date is unknown. */
  daysSinceRegistered: number | null;
}

export interface SignInPolicy {
  requireRegistration: boolean;
  reconfirmDays: number;
}

export function signInRule(facts: SignInFacts, policy: SignInPolicy): SimRuleCode {
  if (!facts.inScope) return 'SIM-SIGNIN-001';
  if (!policy.requireRegistration) return 'SIM-SIGNIN-002';
  if (!facts.registered) return 'SIM-SIGNIN-003';
  if (policy.reconfirmDays > 0 && facts.daysSinceRegistered !== null && facts.daysSinceRegistered > policy.reconfirmDays) return 'SIM-SIGNIN-004';
  return 'SIM-SIGNIN-005';
}

export interface RegisterFacts {
  inScope: boolean;
  /** A method being registered is not allowed: the policy does not offer it, or questions for an admin. */
  refused: boolean;
  /** The user would have enough usable methods once this step's methods are added. */
  registeredAfter: boolean;
}

export function registerRule(f: RegisterFacts): SimRuleCode {
  if (!f.inScope) return 'SIM-REG-001';
  if (f.refused) return 'SIM-REG-002';
  if (!f.registeredAfter) return 'SIM-REG-003';
  return 'SIM-REG-004';
}

export interface ResetFacts {
  inScope: boolean;
  lockedOut: boolean;
  admin: boolean;
  synced: boolean;
  onPremAdmin: boolean;
  registered: boolean;
  /** The user verifies with security questions among the methods at hand. */
  triesQuestions: boolean;
  /** Distinct methods at hand that are usable for this user under the policy. */
  usableAtHand: number;
}

export interface ResetPolicy {
  methodsToReset: number;
  writeback: boolean;
  unlockWithoutReset: boolean;
}

/** Admins always verify with two methods, whatever the policy says for users (§3). */
export const ADMIN_METHODS = 2;

/**
 * The checks a reset, an unlock and a lock-screen reset share, up to and including verification;
 * null when verification passed.
 */
export function verificationRule(f: ResetFacts, policy: ResetPolicy): SimRuleCode | null {
  if (!f.inScope) return 'SIM-RESET-001';
  if (f.lockedOut) return 'SIM-LOCKOUT-001';
  if (f.synced && f.onPremAdmin) return 'SIM-RESET-002';
  if (f.admin && f.triesQuestions) return 'SIM-RESET-003';
  if (!f.registered) return 'SIM-RESET-004';
  if (f.usableAtHand < (f.admin ? ADMIN_METHODS : policy.methodsToReset)) return 'SIM-RESET-005';
  return null;
}

/** A reset after verification: writeback for synced users, then the new password. */
export function resetRule(f: ResetFacts, policy: ResetPolicy, passwordAccepted: boolean): SimRuleCode {
  const failed = verificationRule(f, policy);
  if (failed) return failed;
  if (f.synced && !policy.writeback) return 'SIM-RESET-006';
  if (!passwordAccepted) return 'SIM-RESET-007';
  return 'SIM-RESET-008';
}

export function unlockRule(f: ResetFacts, policy: ResetPolicy): SimRuleCode {
  const failed = verificationRule(f, policy);
  if (failed) return failed;
  if (!policy.unlockWithoutReset) return 'SIM-UNLOCK-001';
  if (f.synced && !policy.writeback) return 'SIM-UNLOCK-002';
  return 'SIM-UNLOCK-003';
}

export interface DeviceFacts {
  join: 'entra' | 'hybrid' | 'domain' | 'none';
  windowsBuild: number;
  remote: boolean;
}

/** Whether the lock screen offers the reset link at all; null when it does. */
export function lockScreenRule(device: DeviceFacts, linkDeployed: boolean): SimRuleCode | null {
  if (!linkDeployed) return 'SIM-DEVICE-001';
  if (device.join !== 'entra' && device.join !== 'hybrid') return 'SIM-DEVICE-002';
  if (device.windowsBuild < MIN_LOCK_SCREEN_BUILD) return 'SIM-DEVICE-003';
  if (device.remote) return 'SIM-DEVICE-004';
  return null;
}

/** Roles that may reset another administrator's password (§3). */
export const ADMIN_RESETTING_ROLES = ['global administrator', 'privileged authentication administrator'];

export function adminResetRule(actorRoles: readonly string[], targetIsAdmin: boolean, passwordAccepted: boolean): SimRuleCode {
  if (actorRoles.length === 0) return 'SIM-ADMIN-001';
  if (targetIsAdmin && !actorRoles.some((r) => ADMIN_RESETTING_ROLES.includes(r.trim().toLowerCase()))) return 'SIM-ADMIN-002';
  if (!passwordAccepted) return 'SIM-ADMIN-003';
  return 'SIM-ADMIN-004';
}
