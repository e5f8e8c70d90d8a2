import type { Action, Outcome } from './vocabulary';

export interface SimRule {
  action: Action | 'any';
  outcome: Outcome;
  /** What the rule checks, in words a tester can act on. */
  text: string;
}

/**
 * Every rule the engine decides by, in checking order per action (sspr-domain.md §13). A decision
 * names its rule so a tester can look up why; docs/simulator-rules.md is generated from this table.
 * Never change what a code means: scenario files and reports refer to them.
 */
export const SIM_RULES = {
  'SIM-SIGNIN-001': { action: 'signIn', outcome: 'noPrompt', text: 'The user is outside the SSPR scope, so sign-in never asks for registration.' },
  'SIM-SIGNIN-002': { action: 'signIn', outcome: 'noPrompt', text: 'The policy does not require registration at sign-in.' },
  'SIM-SIGNIN-003': { action: 'signIn', outcome: 'promptRegister', text: 'Registration is required and the user has fewer usable methods than the policy asks for.' },
  'SIM-SIGNIN-004': { action: 'signIn', outcome: 'promptReconfirm', text: 'More days have passed since the user last registered or confirmed than the reconfirmation period.' },
  'SIM-SIGNIN-005': { action: 'signIn', outcome: 'noPrompt', text: 'The user is registered and the information is still current.' },
  'SIM-REG-001': { action: 'register', outcome: 'notEnabled', text: 'The user is outside the SSPR scope, so there is nothing to register for.' },
  'SIM-REG-002': { action: 'register', outcome: 'registrationIncomplete', text: 'A method the user tried to register is not allowed: the policy does not offer it, or it is security questions for an administrator.' },
  'SIM-REG-003': { action: 'register', outcome: 'registrationIncomplete', text: 'After this step the user still has fewer usable methods than required (admins need two, and never security questions); what was entered is kept.' },
  'SIM-REG-004': { action: 'register', outcome: 'registered', text: 'The user now has enough usable methods; the registration date is set to the step date.' },
  'SIM-RESET-001': { action: 'reset', outcome: 'notEnabled', text: 'The user is outside the SSPR scope: the portal offers no verification step.' },
  'SIM-RESET-002': { action: 'reset', outcome: 'onPremAdminBlocked', text: 'The account is synced and is an on-premises enterprise or domain admin: writeback refuses it.' },
  'SIM-RESET-003': { action: 'reset', outcome: 'adminPolicyBlocked', text: 'An administrator tried to verify with security questions, which the admin policy never allows.' },
  'SIM-RESET-004': { action: 'reset', outcome: 'notRegistered', text: 'The user has fewer usable methods than registration requires, so there is nothing to verify with.' },
  'SIM-RESET-005': { action: 'reset', outcome: 'methodsUnavailable', text: 'Fewer of the methods at hand are usable than the reset requires (admins: two); this counts as a failed verification.' },
  'SIM-RESET-006': { action: 'reset', outcome: 'writebackRequired', text: 'The account is synced from on-premises AD and password writeback is off.' },
  'SIM-RESET-007': { action: 'reset', outcome: 'passwordRejected', text: 'The new password breaks the password policy (length, character kinds, the user name or a banned word).' },
  'SIM-RESET-008': { action: 'reset', outcome: 'success', text: 'Verification passed and the new password was accepted.' },
  'SIM-LOCKOUT-001': { action: 'any', outcome: 'lockedOut', text: 'Five verifications failed within 24 hours: self-service reset and unlock stay blocked until the window ends.' },
  'SIM-UNLOCK-001': { action: 'unlock', outcome: 'unlockNotAllowed', text: 'The policy does not let users unlock an account without resetting the password.' },
  'SIM-UNLOCK-002': { action: 'unlock', outcome: 'writebackRequired', text: 'Unlocking a synced account needs password writeback, which is off.' },
  'SIM-UNLOCK-003': { action: 'unlock', outcome: 'unlocked', text: 'Verification passed and the account was unlocked without a password change.' },
  'SIM-ADMIN-001': { action: 'adminReset', outcome: 'notPermitted', text: 'The person resetting holds no admin role.' },
  'SIM-ADMIN-002': { action: 'adminReset', outcome: 'notPermitted', text: 'The target is an administrator, and only a Global administrator or Privileged authentication administrator may reset an administrator.' },
  'SIM-ADMIN-003': { action: 'adminReset', outcome: 'passwordRejected', text: 'The password the admin chose breaks the password policy.' },
  'SIM-ADMIN-004': { action: 'adminReset', outcome: 'success', text: 'The admin reset the password.' },
  'SIM-DEVICE-001': { action: 'lockScreenReset', outcome: 'deviceUnsupported', text: 'The plan does not turn on the lock-screen reset link (Intune policy or registry key).' },
  'SIM-DEVICE-002': { action: 'lockScreenReset', outcome: 'deviceUnsupported', text: 'The device is not Entra joined or hybrid joined (domain joined only is not enough).' },
  'SIM-DEVICE-003': { action: 'lockScreenReset', outcome: 'deviceUnsupported', text: 'The device runs a Windows build older than Windows 10 version 1709 (build 16299).' },
  'SIM-DEVICE-004': { action: 'lockScreenReset', outcome: 'deviceUnsupported', text: 'The link never appears in a remote desktop session.' },
} as const satisfies Record<string, SimRule>;

export type SimRuleCode = keyof typeof SIM_RULES;
export const SIM_RULE_CODES = Object.keys(SIM_RULES) as SimRuleCode[];
