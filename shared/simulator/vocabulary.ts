/**
 * The simulator's portable names: actions, outcomes and audit activities of design.md's scenario
 * format, plus the two outcomes the format lacks (a refused new password, a lockout).
 */

export const ACTIONS = ['signIn', 'register', 'reset', 'unlock', 'adminReset', 'lockScreenReset'] as const;
export type Action = (typeof ACTIONS)[number];

export const OUTCOMES = [
  'noPrompt',
  'promptRegister',
  'promptReconfirm',
  'registered',
  'registrationIncomplete',
  'success',
  'unlocked',
  'notEnabled',
  'notRegistered',
  'methodsUnavailable',
  'adminPolicyBlocked',
  'onPremAdminBlocked',
  'writebackRequired',
  'unlockNotAllowed',
  'notPermitted',
  'deviceUnsupported',
  'passwordRejected',
  'lockedOut',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Who hears of a step: the user, or the tenant's admins (design.md `notifications`). */
export const NOTIFICATION_KINDS = ['user', 'allAdmins'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Entra's audit activity names for SSPR (sspr-domain.md §9), service "Self-service Password Management". */
export const AUDIT = {
  reset: 'Reset password (self-service)',
  progress: 'Self-service password reset flow activity progress',
  unlock: 'Unlock user account (self-service)',
  registered: 'User registered for self-service password reset',
  change: 'Change password (self-service)',
  adminReset: 'Reset password (by admin)',
  blocked: 'Blocked from self-service password reset',
  policyChange: 'Self-service password reset policy changes',
} as const;
export type AuditActivity = (typeof AUDIT)[keyof typeof AUDIT];
export const AUDIT_ACTIVITIES = Object.values(AUDIT) as AuditActivity[];

/** Windows 10 version 1709, the first build with the lock-screen reset link. */
export const MIN_LOCK_SCREEN_BUILD = 16299;

/** Failed verifications within this window that lock a user out of SSPR (sspr-domain.md §13). */
export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 24 * 60 * 60 * 1000;
