import { POLICY_AREA_TEXT, POLICY_SETTING_TEXT, POLICY_VALUE_WORDS, type PolicyAreaId, type PolicySettingId } from '../../../shared/plan/policySettings';

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

  // Area and setting wording is shared with the plan document (shared/plan/policySettings.ts).
  areas: POLICY_AREA_TEXT,
  settings: POLICY_SETTING_TEXT,

  scope: { ...POLICY_VALUE_WORDS.scope, groupLabel: 'Group name', groupPlaceholder: 'For example SSPR-Pilot' },
  methods: { nowIn: (currentName: string) => `Now: ${currentName}` },
  toggle: POLICY_VALUE_WORDS.toggle,
  reconfirm: { unit: POLICY_VALUE_WORDS.days, never: POLICY_VALUE_WORDS.never },
  helpdesk: { linkLabel: 'Email address or https link', linkPlaceholder: 'helpdesk@contoso.com or https://help.contoso.com' },
  lockScreen: POLICY_VALUE_WORDS.lockScreen,
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

export type SettingId = PolicySettingId;
export type AreaId = PolicyAreaId;
