import { METHODS } from './methods';
import type { Plan, Policy } from './schema';

/**
 * The policy table of sspr-domain.md §2 (plus the Windows lock screen) as data: areas, settings,
 * their names, the deployment plan's recommendations and the plan's value in words. The
 * Configuration section and the plan document both read it, so they cannot disagree.
 */

export const POLICY_AREA_TEXT = {
  properties: { title: 'Properties', description: 'Who the policy applies to.' },
  methods: {
    title: 'Methods',
    description:
      'How users prove who they are. Since 30 September 2025 the methods themselves are switched on in the Authentication methods policy; the number required to reset stays in the password reset policy.',
  },
  questions: {
    title: 'Security questions',
    description: 'Used only when security questions are one of the methods. Administrators can never use them.',
  },
  registration: {
    title: 'Registration',
    description: 'Users register once for both MFA and password reset, and manage their methods at ',
    linkText: 'aka.ms/mysecurityinfo',
    linkUrl: 'https://aka.ms/mysecurityinfo',
  },
  notifications: { title: 'Notifications', description: 'Emails that tell people a password was reset.' },
  customization: { title: 'Customization', description: 'What users see when self-service cannot help them.' },
  onPremises: { title: 'On-premises integration', description: 'For users synced from on-premises Active Directory by Entra Connect.' },
  lockScreen: { title: 'Windows lock screen', description: 'Deployed to Windows devices rather than set in the password reset policy.' },
};

type Recommendation = string | null | ((environment: Plan['overview']['environment']) => string);

export const POLICY_SETTING_TEXT = {
  scope: {
    name: 'Self-service password reset enabled for',
    explain:
      'Who may reset their own password. Selected limits it to the members of one group, nested groups included; None switches it off. Administrators can always reset, whatever is chosen here.',
    recommended: 'A pilot group first, then All once the pilot has passed',
  },
  methods: {
    name: 'Methods available to users',
    explain:
      'The ways users can prove who they are. Each shows its name in the old password reset settings and, below it, where it is switched on today.',
    recommended: 'At least two; more gives users flexibility',
  },
  methodsToReset: {
    name: 'Methods required to reset',
    explain: 'How many different methods a user must pass before choosing a new password.',
    recommended: '1 for the least friction, 2 for stronger proof',
  },
  methodsToRegister: {
    name: 'Methods required to register',
    explain: 'How many methods users set up when they register. Asking for more than a reset needs leaves a spare when one is lost.',
    recommended: '3, and always at least one more than required to reset',
  },
  questionsToRegister: {
    name: 'Questions required to register',
    explain: 'How many security questions users answer when they register; at least as many as a reset asks.',
    recommended: 'None in the deployment plan; 3 to 5 allowed, never fewer than at reset',
  },
  questionsToReset: {
    name: 'Questions required to reset',
    explain: 'How many of their registered questions users must answer correctly to reset.',
    recommended: 'None in the deployment plan; 3 to 5 allowed',
  },
  questionSet: {
    name: 'Security questions offered',
    explain:
      'Users choose their questions from this list. Entra ID translates the predefined questions; custom questions appear exactly as written, in one language.',
    recommended: 'Offer clearly more questions than users must answer',
  },
  requireRegistration: {
    name: 'Require users to register when signing in',
    explain: 'Users who have not registered are asked to do so the next time they sign in.',
    recommended: 'Yes, unless admins pre-populate the data',
  },
  prepopulated: {
    name: 'Authentication data pre-populated by admins',
    explain: "Admins load users' phone numbers or email addresses in advance, so users can reset without registering first.",
    recommended: null,
  },
  reconfirmDays: {
    name: 'Days before users reconfirm their information',
    explain: 'How often registered users are asked to check that their details are still right. 0 means never.',
    recommended: '90 to 180 days',
  },
  notifyUsers: {
    name: 'Notify users on password resets',
    explain: 'Users get an email when their own password is reset, so a reset they did not make stands out.',
    recommended: 'Yes',
  },
  notifyAdmins: {
    name: 'Notify all admins when other admins reset their password',
    explain: 'Every administrator gets an email when another administrator resets their password.',
    recommended: 'Yes',
  },
  helpdesk: {
    name: 'Customize helpdesk link',
    explain: 'Replaces the generic "contact your administrator" text on the reset page with your help desk\'s email address or web page.',
    recommended: "Yes, with your own help desk's contact",
  },
  writeback: {
    name: 'Write back passwords to on-premises AD',
    explain: 'Sends a password reset in the cloud back to on-premises Active Directory through Entra Connect.',
    recommended: (environment: Plan['overview']['environment']) =>
      environment === 'hybrid' ? "Yes: this plan's users are synced from on-premises" : 'Only in hybrid environments; this plan is cloud-only',
  },
  unlockWithoutReset: {
    name: 'Allow users to unlock accounts without resetting their password',
    explain: 'A user locked out of on-premises AD can unlock the account and keep the current password.',
    recommended: 'Yes',
  },
  lockScreenReset: {
    name: 'Reset from the Windows lock screen',
    explain:
      'Adds a reset link to the Windows sign-in screen. Needs Windows 10 version 1709 or later on Entra joined or hybrid joined devices, and does not work in a remote desktop session.',
    recommended: 'Intune policy; the registry key is for testing only',
  },
} satisfies Record<string, { name: string; explain: string; recommended: Recommendation }>;

export type PolicySettingId = keyof typeof POLICY_SETTING_TEXT;
export type PolicyAreaId = keyof typeof POLICY_AREA_TEXT;

/** How the plan's values read, in the Configuration section and in the document alike. */
export const POLICY_VALUE_WORDS = {
  scope: { none: 'None', selected: 'Selected', all: 'All' } satisfies Record<Policy['scope'], string>,
  toggle: { on: 'Yes', off: 'No' },
  lockScreen: { off: 'Off', intune: 'Intune policy', registry: 'Registry key (testing only)' } satisfies Record<Policy['lockScreenReset'], string>,
  never: 'never',
  days: 'days',
};

export interface PolicySettingDef {
  id: PolicySettingId;
  /** Policy fields whose findings belong to this row. */
  fields: (keyof Policy)[];
  /** Set for a setting that only applies in some policies. */
  applies?: (policy: Policy) => boolean;
}

const questionsOn = (policy: Policy) => policy.methods.includes('securityQuestions');

/** The areas in the order admins know them, each with its settings. */
export const POLICY_AREAS: { id: PolicyAreaId; settings: PolicySettingDef[] }[] = [
  { id: 'properties', settings: [{ id: 'scope', fields: ['scope', 'group'] }] },
  {
    id: 'methods',
    settings: [
      { id: 'methods', fields: ['methods'] },
      { id: 'methodsToReset', fields: ['methodsToReset'] },
      { id: 'methodsToRegister', fields: ['methodsToRegister'] },
    ],
  },
  {
    id: 'questions',
    settings: [
      { id: 'questionsToRegister', fields: ['questionsToRegister'], applies: questionsOn },
      { id: 'questionsToReset', fields: ['questionsToReset'], applies: questionsOn },
      { id: 'questionSet', fields: ['predefinedQuestions', 'customQuestions'], applies: questionsOn },
    ],
  },
  {
    id: 'registration',
    settings: [
      { id: 'requireRegistration', fields: ['requireRegistration'] },
      { id: 'prepopulated', fields: ['prepopulated'] },
      { id: 'reconfirmDays', fields: ['reconfirmDays'] },
    ],
  },
  {
    id: 'notifications',
    settings: [
      { id: 'notifyUsers', fields: ['notifyUsers'] },
      { id: 'notifyAdmins', fields: ['notifyAdmins'] },
    ],
  },
  { id: 'customization', settings: [{ id: 'helpdesk', fields: ['helpdesk', 'helpdeskLink'] }] },
  {
    id: 'onPremises',
    settings: [
      { id: 'writeback', fields: ['writeback'] },
      { id: 'unlockWithoutReset', fields: ['unlockWithoutReset'] },
    ],
  },
  { id: 'lockScreen', settings: [{ id: 'lockScreenReset', fields: ['lockScreenReset'] }] },
];

/** The deployment plan's recommendation for a setting, or null where it makes none. */
export function recommendationOf(id: PolicySettingId, plan: Pick<Plan, 'overview'>): string | null {
  const recommended: Recommendation = POLICY_SETTING_TEXT[id].recommended;
  return typeof recommended === 'function' ? recommended(plan.overview.environment) : recommended;
}

/** The plan's value of a setting in words, e.g. "Selected: SSPR-Pilot" or "Yes". */
export function policyValueText(id: PolicySettingId, policy: Policy): string {
  const w = POLICY_VALUE_WORDS;
  const yesNo = (on: boolean) => (on ? w.toggle.on : w.toggle.off);
  switch (id) {
    case 'scope':
      return policy.scope === 'selected' ? `${w.scope.selected}: ${policy.group || '(no group named)'}` : w.scope[policy.scope];
    case 'methods':
      return policy.methods.length === 0 ? '(none)' : policy.methods.map((m) => METHODS[m].legacyName).join(', ');
    case 'methodsToReset':
    case 'methodsToRegister':
    case 'questionsToRegister':
    case 'questionsToReset':
      return String(policy[id]);
    case 'questionSet': {
      const custom = policy.customQuestions.length;
      return `${policy.predefinedQuestions.length} predefined${custom > 0 ? `, ${custom} custom` : ''}`;
    }
    case 'reconfirmDays':
      return policy.reconfirmDays === 0 ? w.never : `${policy.reconfirmDays} ${w.days}`;
    case 'helpdesk':
      return policy.helpdesk ? `${w.toggle.on}: ${policy.helpdeskLink || '(no contact given)'}` : w.toggle.off;
    case 'lockScreenReset':
      return w.lockScreen[policy.lockScreenReset];
    default:
      return yesNo(policy[id]);
  }
}
