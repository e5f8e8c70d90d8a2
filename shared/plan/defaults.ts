import { BUSINESS_CASES } from './businessCases';
import { DEFAULT_FORECAST_SETTINGS, PLAN_SCHEMA_VERSION, WORKSTREAMS, type Plan, type Stakeholder } from './schema';
import { SUPPORT_SCENARIOS } from './supportScenarios';

/** Qualifying SKUs of sspr-domain.md §4; seats start at 0 until the team fills them in. */
export const QUALIFYING_SKUS: Plan['licensing']['skus'] = [
  { skuPartNumber: 'AAD_PREMIUM', name: 'Microsoft Entra ID P1', cloudReset: true, hybridWriteback: true, seatsOwned: 0 },
  { skuPartNumber: 'AAD_PREMIUM_P2', name: 'Microsoft Entra ID P2', cloudReset: true, hybridWriteback: true, seatsOwned: 0 },
  { skuPartNumber: 'EMS', name: 'Enterprise Mobility + Security E3', cloudReset: true, hybridWriteback: true, seatsOwned: 0 },
  { skuPartNumber: 'EMSPREMIUM', name: 'Enterprise Mobility + Security E5', cloudReset: true, hybridWriteback: true, seatsOwned: 0 },
  { skuPartNumber: 'SPE_E3', name: 'Microsoft 365 E3', cloudReset: true, hybridWriteback: true, seatsOwned: 0 },
  { skuPartNumber: 'SPE_E5', name: 'Microsoft 365 E5', cloudReset: true, hybridWriteback: true, seatsOwned: 0 },
  { skuPartNumber: 'SPB', name: 'Microsoft 365 Business Premium', cloudReset: true, hybridWriteback: true, seatsOwned: 0 },
  {
    skuPartNumber: 'O365_BUSINESS_PREMIUM',
    name: 'Microsoft 365 Business Standard',
    cloudReset: true,
    hybridWriteback: false,
    seatsOwned: 0,
  },
];

export const PREDEFINED_QUESTIONS = [
  'In what city did you meet your first spouse or partner?',
  'In what city did your parents meet?',
  'In what city does your nearest sibling live?',
  'In what city was your father born?',
  'In what city was your first job?',
  'In what city was your mother born?',
  'What was your favorite food as a child?',
  'What was the name of your first pet?',
  'What was the make and model of your first car?',
  'What is your favorite sports team?',
];

export const SUPPORT_ROLES: Plan['support']['roles'] = [
  { businessRole: 'Level 1 help desk', entraRole: 'Password administrator' },
  { businessRole: 'Level 2 help desk', entraRole: 'User administrator' },
  { businessRole: 'SSPR administrator', entraRole: 'Global administrator' },
];

export function emptyRaci(): Stakeholder['raci'] {
  return Object.fromEntries(WORKSTREAMS.map((w) => [w, ''])) as Stakeholder['raci'];
}

/** A new plan: every setting at the deployment plan's recommendation (sspr-domain.md §2). */
export function createDefaultPlan(organization = ''): Plan {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    overview: {
      organization,
      tenantDomain: '',
      environment: 'cloud',
      otherIdentitySystems: [],
      pilotStart: null,
      launch: null,
      fullRollout: null,
      landingPageUrl: '',
      helpdeskContact: '',
    },
    businessCase: { passwordCallsPerMonth: 0, costPerCall: 0, currency: 'USD' },
    stakeholders: [],
    licensing: { skus: QUALIFYING_SKUS.map((s) => ({ ...s })), licensedGroups: [], inScopePopulation: 0 },
    policy: {
      scope: 'selected',
      group: '',
      methods: ['appNotification', 'appCode', 'email', 'mobilePhone'],
      methodsToRegister: 3,
      methodsToReset: 1,
      questionsToRegister: 5,
      questionsToReset: 3,
      predefinedQuestions: [...PREDEFINED_QUESTIONS],
      customQuestions: [],
      requireRegistration: true,
      prepopulated: false,
      reconfirmDays: 180,
      notifyUsers: true,
      notifyAdmins: true,
      helpdesk: true,
      helpdeskLink: '',
      writeback: false,
      unlockWithoutReset: true,
      lockScreenReset: 'off',
    },
    communications: { senderName: '', senderEmail: '', brandColor: '#0F6CBD', logo: null, templates: [], emails: [] },
    testing: { testAccount: '', cases: BUSINESS_CASES.map((c) => ({ ...c })), runs: [] },
    support: {
      networkAccess: '',
      scenarios: SUPPORT_SCENARIOS.map((s) => ({ ...s })),
      roles: SUPPORT_ROLES.map((r) => ({ ...r })),
    },
    reporting: {
      auditRetentionDays: 30,
      backups: [
        { kind: 'auditing', frequencyDays: null, targetSystem: '', responsible: '' },
        { kind: 'reporting', frequencyDays: null, targetSystem: '', responsible: '' },
        { kind: 'disasterRecovery', frequencyDays: null, targetSystem: '', responsible: '' },
      ],
    },
    rollout: { phases: [], checklist: [] },
    forecast: { ...DEFAULT_FORECAST_SETTINGS },
  };
}
