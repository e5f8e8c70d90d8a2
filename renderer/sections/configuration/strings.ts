import type { Plan } from '../../../shared/plan/schema';

/**
 * Every user-visible string of the Configuration section. Facts follow sspr-domain.md §2, §3 and §11;
 * the wording is ours.
 */
export const configStrings = {
  intro:
    'The self-service password reset policy this plan proposes, area by area, with the recommendation of the deployment plan beside each setting. Every change is saved to the plan at once and checked again.',
  generalFindingsHeading: 'Findings about the configuration as a whole',
  generalFindingsLabel: 'Configuration findings not tied to one setting',
  recommendedCaption: 'Recommended',
  noRecommendation: 'No recommendation',
  questionsOff: 'Turn on Security questions under Methods to use these settings.',

  areas: {
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
  },

  settings: {
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
        environment === 'hybrid'
          ? "Yes: this plan's users are synced from on-premises"
          : 'Only in hybrid environments; this plan is cloud-only',
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
  },

  scope: { none: 'None', selected: 'Selected', all: 'All', groupLabel: 'Group name', groupPlaceholder: 'For example SSPR-Pilot' },
  methods: { nowIn: (currentName: string) => `Now: ${currentName}` },
  toggle: { on: 'Yes', off: 'No' },
  reconfirm: { unit: 'days', never: 'never' },
  helpdesk: { linkLabel: 'Email address or https link', linkPlaceholder: 'helpdesk@contoso.com or https://help.contoso.com' },
  lockScreen: { off: 'Off', intune: 'Intune policy', registry: 'Registry key (testing only)' },
  questions: {
    predefined: (count: number) => `${count} predefined question${count === 1 ? '' : 's'}`,
    custom: 'Custom questions',
    noCustom: 'No custom questions.',
    customLabel: (n: number) => `Custom question ${n}`,
    remove: (n: number) => `Remove question ${n}`,
    addLabel: 'New custom question',
    addPlaceholder: 'Type a new question',
    add: 'Add question',
  },
};

export type SettingId = keyof typeof configStrings.settings;
export type AreaId = keyof typeof configStrings.areas;
