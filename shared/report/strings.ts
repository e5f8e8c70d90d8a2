import type { BackupRow, CampaignEmail, Phase, RunResult, Stakeholder, TestCase } from '../plan/schema';
import type { Severity } from '../plan/findings';
import type { UncoveredReason } from '../tenant/coverage';
import type { Outcome } from '../simulator/vocabulary';
import { counted } from '../text';

/**
 * Every word of the plan document, the help-desk cheat sheet, their tables and charts (and the CSV
 * files made from those tables). Setting names and recommendations come from
 * shared/plan/policySettings.ts, so the document says what the Configuration section says.
 */
export const reportStrings = {
  documentTitle: 'SSPR deployment plan',
  cheatSheetTitle: 'Password reset: help-desk cheat sheet',
  untitledOrganization: 'Organization not named',
  notSet: 'Not set',
  none: 'None',
  yes: 'Yes',
  no: 'No',

  titlePage: {
    version: 'Version',
    versionValue: (appVersion: string, savedAt: string) => `SSPR Rollout Planner ${appVersion}, plan saved ${savedAt}`,
    date: 'Date',
    status: 'Status',
    tenant: 'Tenant',
    go: 'Go: nothing blocks the rollout',
    noGo: (blockers: number) => `No-go: ${counted(blockers, 'matter')} to settle first`,
    signatures: 'Approved by the project board',
  },
  contents: 'Contents',
  header: (organization: string) => `${organization} · SSPR deployment plan`,
  cheatSheetHeader: (organization: string) => `${organization} · Help desk`,
  page: 'Page ',
  of: ' of ',

  chapters: {
    overview: 'Overview and business case',
    stakeholders: 'Stakeholders and sign-off',
    licensing: 'Licensing',
    configuration: 'Configuration',
    communications: 'Communications schedule',
    testing: 'Test matrix',
    support: 'Support',
    reporting: 'Reporting and auditing',
    rollout: 'Rollout and readiness',
    simulator: 'Simulator results',
    forecast: 'Forecast and return on investment',
  },

  text: {
    overviewIntro: (org: string) =>
      `This plan rolls out Microsoft Entra ID self-service password reset (SSPR) at ${org}: who is involved, how the service is configured, how users hear of it, how it is tested and supported, and when each group of users gets it.`,
    businessCase: (calls: number, cost: number, currency: string) =>
      `Today the help desk takes ${calls.toLocaleString('en-US')} password calls a month at ${money(cost, currency)} each: ${money(calls * cost, currency)} a month.`,
    raciIntro: 'R responsible, A accountable, C consulted, I informed.',
    signOffs: (signed: number, total: number) => `${signed} of ${counted(total, 'stakeholder')} signed off.`,
    noStakeholders: 'No stakeholders are named yet.',
    coverage: (covered: number, inScope: number) =>
      `${covered.toLocaleString('en-US')} of ${counted(inScope, 'user')} the plan enables hold a license that covers SSPR (${percent(inScope === 0 ? 1 : covered / inScope)}).`,
    noTenant: 'No tenant data is imported, so the figures that need the organization’s users are left out.',
    uncoveredMore: (shown: number, total: number) => `The first ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows; the CSV export lists them all.`,
    configurationIntro: 'The policy this plan proposes, setting by setting, beside the recommendation of the deployment plan and any finding that is still open.',
    noEmails: 'No campaign emails are scheduled yet.',
    testAccount: (account: string) => `Test user experience with the non-admin account ${account || '(not named yet)'}.`,
    noRuns: 'No test has been run yet.',
    networkAccess: 'Network access',
    retention: (days: number) => `Audit events are kept ${counted(days, 'day')} in Entra ID; anything older exists only in the backups below.`,
    verdictGo: 'GO',
    verdictNoGo: 'NO-GO',
    verdictGoWhy: 'The plan has no errors, every stakeholder has signed off and every test of the current phase passed.',
    verdictNoGoWhy: (n: number) => `${counted(n, 'matter')} must be settled before the rollout can go ahead.`,
    currentPhase: (phase: string) => `Tests are judged for the current phase: ${phase}.`,
    blockers: 'What blocks the rollout',
    watch: 'Warnings to watch',
    noWatch: 'No warnings.',
    findings: 'Open findings',
    noFindings: 'The plan has no open findings.',
    sweepIntro: (on: string, users: number, enabled: number, canReset: number) =>
      `On ${on}, ${counted(enabled, 'user')} of ${users.toLocaleString('en-US')} are enabled and ${canReset.toLocaleString('en-US')} of them could reset a password today.`,
    forecastIntro: (runs: number, seed: number, asOf: string) =>
      `Registration over the rollout from ${runs.toLocaleString('en-US')} simulated runs (seed ${seed}, as of ${asOf}). The band spans the 10th to 90th percentile; the line is the median.`,
    roiTotal: (total: number, low: number, high: number, currency: string) =>
      `Over the forecast, about ${money(total, currency)} saved (between ${money(low, currency)} and ${money(high, currency)}).`,
    assumptions: 'Assumptions',
  },

  charts: {
    coverage: 'License coverage per wave',
    covered: 'Covered',
    uncovered: 'Not covered',
    registration: 'Who could reset today, per wave',
    canReset: 'Can reset',
    cannotReset: 'Enabled, cannot reset yet',
    notEnabled: 'Not enabled yet',
    forecast: 'Registered share over the rollout',
    band: '10th–90th percentile',
    median: 'Median',
    actual: 'Actual',
    sends: 'Campaign email',
    roi: (currency: string) => `Saved per month (${currency})`,
    roiRange: '10th–90th percentile',
    timeline: 'Rollout timeline',
    noData: 'No data to chart.',
  },

  tables: {
    overview: { title: 'Overview', columns: ['Item', 'Value'] },
    businessCase: { title: 'Business case', columns: ['Item', 'Value'] },
    stakeholders: { title: 'Stakeholders', columns: ['Name', 'Title', 'Role', 'Email', 'Accountable for', 'Sign-off', 'Signed on'] },
    raci: { title: 'RACI per workstream', first: 'Name' },
    licenseSkus: {
      title: 'Qualifying licenses',
      columns: ['SKU', 'Name', 'Cloud reset', 'Hybrid writeback', 'Seats owned', 'Holders', 'Holders in scope'],
    },
    licenseCoverage: { title: 'Coverage per wave', columns: ['Wave', 'Users in scope', 'Covered', 'Not covered', 'Coverage'], total: 'All waves' },
    licenseUncovered: { title: 'Users without a covering license', columns: ['User', 'Wave', 'Synced', 'Why', 'Licenses held'] },
    configuration: { title: 'Configuration', columns: ['Area', 'Setting', 'Plan value', 'Recommended', 'Open findings'] },
    communications: { title: 'Campaign schedule', columns: ['Send date', 'Email', 'Template', 'Phase', 'When', 'Sent'] },
    testMatrix: { title: 'Test matrix', columns: ['Case', 'Title', 'Phase', 'Expected result', 'Latest result', 'Tester', 'When'] },
    supportScenarios: { title: 'Support scenarios', columns: ['ID', 'Scenario', 'What happens', 'Likely causes', 'Handled by'] },
    supportSteps: { title: 'Resolution steps', columns: ['Scenario', 'Step', 'What to do'] },
    supportRoles: { title: 'Support roles', columns: ['Business role', 'Entra role'] },
    backups: { title: 'Backup schedule', columns: ['Backup', 'Download every', 'Target system', 'Responsible party'] },
    phases: { title: 'Rollout phases', columns: ['Phase', 'Kind', 'Group', 'Start', 'End', 'Exit criteria'] },
    checklist: { title: 'Implementation checklist', columns: ['Phase', 'Step', 'Owner', 'Due', 'Done'] },
    blockers: { title: 'Readiness: what blocks the rollout', columns: ['Kind', 'Reason'] },
    watch: { title: 'Readiness: warnings to watch', columns: ['Code', 'Warning'] },
    findings: { title: 'Open findings', columns: ['Severity', 'Code', 'Section', 'Finding', 'Suggested fix'] },
    sweepWaves: {
      title: 'Simulator: per wave',
      columns: ['Wave', 'Users', 'Enabled', 'Can reset', 'Asked to register', 'Asked to reconfirm', 'Why others cannot reset'],
    },
    sweepReasons: { title: 'Simulator: why enabled users cannot reset', columns: ['Rule', 'Outcome', 'Users', 'Explanation'] },
    forecastWaves: {
      title: 'Forecast per wave',
      columns: ['Wave', 'Users', 'Start', 'Registered 30 days after start (median)', 'Range (10th–90th)', 'Registered at end (median)', 'Behind forecast'],
    },
    roi: { title: 'Return on investment per month', columns: ['Month', 'Calls avoided', 'Saved (median)', 'Range (10th–90th)', 'Saved to date'] },
  },

  rows: {
    organization: 'Organization',
    tenantDomain: 'Tenant domain',
    environment: 'Environment',
    environments: { cloud: 'Cloud-only', hybrid: 'Hybrid (synced from on-premises AD)' },
    otherSystems: 'Other identity systems',
    pilotStart: 'Pilot starts',
    launch: 'Launch',
    fullRollout: 'Full rollout',
    landingPage: 'Password landing page',
    helpdesk: 'Help desk contact',
    callsPerMonth: 'Password calls per month',
    costPerCall: 'Cost per call',
    monthlyCost: 'Cost per month today',
    inScopePopulation: 'Users expected in scope',
  },

  signOff: { pending: 'Pending', signed: 'Signed', declined: 'Declined' } satisfies Record<Stakeholder['signOff'], string>,
  results: { pass: 'Passed', fail: 'Failed', blocked: 'Blocked', notRun: 'Not run' } satisfies Record<RunResult, string>,
  phaseKinds: { pilot: 'Pilot', wave: 'Wave', all: 'All users' } satisfies Record<Phase['kind'], string>,
  testPhases: { pilot: 'Pilot', wave: 'Waves', all: 'All users' } satisfies Record<TestCase['phase'], string>,
  emailKinds: { comingSoon: 'Coming Soon', availableNow: 'Available Now', reminder: 'Registration Reminder', custom: 'Custom' } satisfies Record<
    CampaignEmail['kind'],
    string
  >,
  backupKinds: { auditing: 'Auditing backup', reporting: 'Reporting backup', disasterRecovery: 'Disaster-recovery backup' } satisfies Record<
    BackupRow['kind'],
    string
  >,
  everyDays: (days: number | null) => (days === null ? 'Not decided' : days === 1 ? 'Every day' : `Every ${days} days`),
  severities: { error: 'Error', warning: 'Warning', info: 'Info' } satisfies Record<Severity, string>,
  uncovered: {
    noLicense: 'No license at all',
    unknownSku: 'Only licenses the plan does not list',
    noReset: 'No license that allows a reset',
    noWriteback: 'Synced, but no license with writeback',
  } satisfies Record<UncoveredReason, string>,
  outcomes: {
    noPrompt: 'not prompted',
    promptRegister: 'asked to register',
    promptReconfirm: 'asked to reconfirm',
    registered: 'registered',
    registrationIncomplete: 'registration incomplete',
    success: 'reset succeeds',
    unlocked: 'unlocked',
    notEnabled: 'not enabled',
    notRegistered: 'not registered',
    methodsUnavailable: 'methods unavailable',
    adminPolicyBlocked: 'blocked by the admin policy',
    onPremAdminBlocked: 'on-premises admin blocked',
    writebackRequired: 'needs writeback',
    unlockNotAllowed: 'unlock not allowed',
    notPermitted: 'not permitted',
    deviceUnsupported: 'device unsupported',
    passwordRejected: 'password refused',
    lockedOut: 'locked out',
  } satisfies Record<Outcome, string>,
  blockerKinds: { finding: 'Error in the plan', signOff: 'Sign-off', testCase: 'Test case' },
  blocker: {
    signOff: (name: string, state: 'pending' | 'declined') => (state === 'declined' ? `${name} declined to sign off.` : `${name} has not signed off yet.`),
    testCase: (id: string, title: string, status: RunResult) =>
      `${id} ${title}: ${status === 'fail' ? 'failed in its latest run' : status === 'blocked' ? 'blocked in its latest run' : 'never run'}.`,
  },
  notCovered: 'None',

  cheatSheet: {
    whoIsEnabled: 'Who can reset',
    methods: 'Methods users can verify with',
    methodsToReset: (n: number) => `A reset asks for ${counted(n, 'method')}.`,
    portals: 'Where users go',
    networkAccess: 'Access inside and outside the network',
    scenarios: 'When a user calls',
    handledBy: 'Handled by',
    escalation: 'Escalation',
    helpdesk: 'Help desk contact',
    noScenarios: 'No support scenarios are written yet.',
    noRoles: 'No escalation roles are set yet.',
    columns: { businessRole: 'Who', entraRole: 'Entra role' },
  },
};

/** "1,150 USD", whole units below a million. */
export function money(amount: number, currency: string): string {
  return `${Math.round(amount).toLocaleString('en-US')} ${currency}`;
}

/** "87.5 %" */
export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}
