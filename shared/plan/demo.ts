import { addDays } from '../dates';
import { checklistForPhase } from './checklist';
import { createDefaultPlan, emptyRaci } from './defaults';
import { DEMO_TEST_ACCOUNT } from './demoTenant';
import { missingSends } from '../comms/schedule';
import { DEMO_LOGO } from './demoLogo';
import type { ChecklistItem, Phase, Plan, Stakeholder } from './schema';

/**
 * A filled-in Contoso plan for demonstrations and tests, matching the directory of demoTenant.ts.
 * It is deliberately well prepared: validation shows a few realistic notes, not a list of errors.
 */


const PHASES: Phase[] = [
  {
    id: 'phase-pilot',
    name: 'Pilot',
    kind: 'pilot',
    group: 'SSPR-Pilot',
    start: '2027-01-11',
    end: '2027-01-29',
    exitCriteria: [
      'All nine business test cases pass or have an accepted workaround',
      'At least 80% of pilot users have registered',
      'No open priority 1 or 2 help-desk tickets about SSPR',
      'Pilot feedback survey reviewed with the project sponsor',
    ],
  },
  {
    id: 'phase-wave-1',
    name: 'Wave 1',
    kind: 'wave',
    group: 'SSPR-Wave-1',
    start: '2027-02-01',
    end: '2027-02-19',
    exitCriteria: [
      'At least 70% of Sales and Marketing users have registered',
      'Password-reset calls from Wave 1 users down by a third against the baseline',
      'Help desk confirms the cheat sheet covers the calls received',
    ],
  },
  {
    id: 'phase-wave-2',
    name: 'Wave 2',
    kind: 'wave',
    group: 'SSPR-Wave-2',
    start: '2027-02-22',
    end: '2027-03-12',
    exitCriteria: [
      'At least 70% of Finance and Operations users have registered',
      'Writeback errors in the audit log stay below 1% of resets',
      'Go / no-go for all users signed by the project sponsor',
    ],
  },
  {
    id: 'phase-all',
    name: 'All users',
    kind: 'all',
    group: '',
    start: '2027-03-15',
    end: '2027-04-30',
    exitCriteria: [
      'Scope switched from the pilot group to All',
      'Every in-scope user is covered by a qualifying license',
      'Registration above 85% of all users',
      'Project handed over to IT operations',
    ],
  },
];

type Raci = Stakeholder['raci'];

function person(
  id: string,
  name: string,
  title: string,
  role: string,
  contributes: string,
  accountableFor: string,
  raci: Partial<Raci>,
  signOffDate: string | null,
): Stakeholder {
  const email = `${name.toLowerCase().replace(/[^a-z ]/g, '').split(' ').join('.')}@contoso.com`;
  return {
    id,
    name,
    title,
    email,
    role,
    contributes,
    accountableFor,
    raci: { ...emptyRaci(), ...raci },
    signOff: signOffDate === null ? 'pending' : 'signed',
    signOffDate,
  };
}

const STAKEHOLDERS: Stakeholder[] = [
  person(
    'sh-sponsor',
    'Dana Whitfield',
    'Chief Information Officer',
    'Executive sponsor',
    'Budget, priority against other IT projects, and the final go / no-go for each phase.',
    'The licensing budget and the decision to move from pilot to all users.',
    { licensing: 'A', configuration: 'I', communications: 'I', testing: 'I', support: 'I', reporting: 'I' },
    '2026-11-20',
  ),
  person(
    'sh-lead',
    'Marcus Oyelaran',
    'Identity and Access Manager',
    'Project lead and SSPR administrator',
    'Runs the project plan, configures SSPR and writeback, and chairs the weekly check-in.',
    'A working SSPR configuration that matches this plan.',
    { licensing: 'R', configuration: 'A', communications: 'C', testing: 'C', support: 'C', reporting: 'R' },
    '2026-11-24',
  ),
  person(
    'sh-comms',
    'Lena Fischer',
    'Internal Communications Lead',
    'Communications owner',
    'Writes and schedules the campaign emails, the intranet news item and the landing page text.',
    'Every user hearing about SSPR before their wave starts.',
    { communications: 'A', testing: 'I', support: 'I' },
    null,
  ),
  person(
    'sh-helpdesk',
    'Tomas Herrera',
    'Service Desk Manager',
    'Help-desk lead',
    'Trains Level 1 and Level 2 staff, keeps the support cheat sheet and reports call volumes.',
    'Support scenarios, escalation paths and the password-call baseline.',
    { communications: 'C', testing: 'R', support: 'A', reporting: 'C' },
    '2026-12-02',
  ),
  person(
    'sh-test',
    'Aisha Karim',
    'Quality and Test Lead',
    'Test lead',
    'Organizes pilot testers, runs the business-case matrix and collects evidence.',
    'A complete, signed-off test matrix before each phase ends.',
    { configuration: 'C', testing: 'A', support: 'I' },
    null,
  ),
  person(
    'sh-security',
    'Robert Lindgren',
    'Information Security Officer',
    'Security and compliance',
    'Reviews the method choices, admin policy and log retention against the security standard.',
    'Audit log exports and their retention.',
    { licensing: 'I', configuration: 'C', testing: 'C', support: 'I', reporting: 'A' },
    '2026-12-01',
  ),
  person(
    'sh-licensing',
    'Hannah Cho',
    'Software Asset and Licensing Analyst',
    'Licensing',
    'Counts owned seats, sets up group-based licensing and tracks unlicensed accounts.',
    'License coverage of every user in scope.',
    { licensing: 'R', configuration: 'I', reporting: 'I' },
    null,
  ),
];

/** The demo plan; `organization` replaces the name Contoso in the overview only. */
const CHECKLIST_OWNERS: Partial<Record<ChecklistItem['step'], string>> = {
  groups: 'Identity team',
  licenses: 'Licensing manager',
  writebackPermissions: 'AD administrators',
  writebackConnect: 'Identity team',
  ssprSettings: 'Identity team',
  lockScreen: 'Endpoint (Intune) team',
  communications: 'Internal communications',
  reports: 'Project lead',
  feedback: 'Project lead',
};

/** Owners for every item, due a week before the phase starts; the pilot's set-up is already done. */
function demoChecklistItem(item: ChecklistItem, phase: Phase): ChecklistItem {
  const preparation = item.step !== 'reports' && item.step !== 'feedback';
  return {
    ...item,
    owner: CHECKLIST_OWNERS[item.step] ?? 'Project lead',
    due: phase.start && addDays(phase.start, preparation ? -7 : 14),
    done: phase.kind === 'pilot' && preparation && item.step !== 'communications',
  };
}

export function createDemoPlan(organization = 'Contoso'): Plan {
  const plan = createDefaultPlan(organization);

  plan.overview = {
    organization,
    tenantDomain: 'contoso.com',
    environment: 'hybrid',
    otherIdentitySystems: ['MIM-managed HR directory'],
    pilotStart: '2027-01-11',
    launch: '2027-02-01',
    fullRollout: '2027-03-15',
    landingPageUrl: 'https://passwords.contoso.com',
    helpdeskContact: 'helpdesk@contoso.com',
  };

  plan.businessCase = { passwordCallsPerMonth: 1150, costPerCall: 24, currency: 'USD' };

  plan.stakeholders = STAKEHOLDERS.map((s) => ({ ...s, raci: { ...s.raci } }));

  const seats: Record<string, number> = { AAD_PREMIUM: 120, AAD_PREMIUM_P2: 15, SPE_E3: 4600 };
  plan.licensing = {
    skus: plan.licensing.skus.map((s) => ({ ...s, seatsOwned: seats[s.skuPartNumber] ?? 0 })),
    licensedGroups: [
      { group: 'LIC-M365-E3', skus: ['SPE_E3'] },
      { group: 'LIC-Entra-P2-Admins', skus: ['AAD_PREMIUM_P2'] },
    ],
    inScopePopulation: 4650,
  };

  // Everything not named here keeps the deployment plan's recommended value from the defaults.
  plan.policy = {
    ...plan.policy,
    group: 'SSPR-Pilot',
    methods: ['appNotification', 'appCode', 'email', 'mobilePhone', 'securityQuestions'],
    // Two to register (not the recommended three) so the demo shows a finding with a fix.
    methodsToRegister: 2,
    customQuestions: ['What was the name of your first manager?', 'What was the first concert you went to?'],
    helpdeskLink: 'https://support.contoso.com/passwords',
    writeback: true,
    lockScreenReset: 'intune',
  };

  plan.communications = {
    senderName: 'Contoso IT',
    senderEmail: 'it-communications@contoso.com',
    brandColor: '#0F4C81',
    logo: DEMO_LOGO,
    templates: [],
    emails: [],
  };

  plan.testing.testAccount = DEMO_TEST_ACCOUNT;

  plan.support.networkAccess = [
    'The reset portal (https://aka.ms/sspr) and security info (https://aka.ms/mysecurityinfo) are open from the corporate network and from the internet.',
    'Registering security info from outside the office requires MFA or a compliant device (Conditional Access, "Register security information").',
    'The corporate proxy lets passwordreset.microsoftonline.com and login.microsoftonline.com through without TLS inspection.',
  ].join('\n');

  plan.reporting = {
    auditRetentionDays: 30,
    backups: [
      {
        kind: 'auditing',
        frequencyDays: 1,
        targetSystem: 'Microsoft Sentinel (continuous export through diagnostic settings)',
        responsible: 'Security operations (Robert Lindgren)',
      },
      {
        kind: 'reporting',
        frequencyDays: 7,
        targetSystem: 'Azure Storage account stcontosoidreports',
        responsible: 'Identity team (Marcus Oyelaran)',
      },
      {
        kind: 'disasterRecovery',
        frequencyDays: 28,
        targetSystem: 'Azure Storage account in a second region (geo-redundant)',
        responsible: 'IT operations',
      },
    ],
  };

  plan.rollout = {
    phases: PHASES.map((p) => ({ ...p, exitCriteria: [...p.exitCriteria] })),
    checklist: PHASES.flatMap((phase) => checklistForPhase(phase).map((item) => demoChecklistItem(item, phase))),
  };

  // Every phase gets the shipped schedule: Coming Soon two weeks ahead, Available Now, two reminders.
  plan.communications.emails = missingSends(plan, (phase, template, nth) => `${phase.replace(/^phase-/, 'email-')}-${template}${nth > 0 ? `-${nth + 1}` : ''}`);
  return plan;
}
