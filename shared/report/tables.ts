import { offsetWords } from '../comms/schedule';
import { templateOfSend } from '../comms/templates';
import { stepsOf } from '../plan/cheatSheet';
import { pointsAt, type Finding } from '../plan/findings';
import { POLICY_AREA_TEXT, POLICY_AREAS, POLICY_SETTING_TEXT, policyValueText, recommendationOf } from '../plan/policySettings';
import type { Blocker } from '../plan/readiness';
import { WORKSTREAMS, type Plan } from '../plan/schema';
import { latestRuns } from '../plan/testMatrix';
import type { ReportData } from './data';
import { money, reportStrings as S } from './strings';
import { table, type ReportTable } from './table';
import { forecastWavesTable, licenseCoverageTable, licenseSkusTable, licenseUncoveredTable, roiTable, sweepReasonsTable, sweepWavesTable } from './tenantTables';

export { TABLE_IDS, type ReportTable, type TableId } from './table';

const orNotSet = (value: string | null) => (value === null || value.trim() === '' ? S.notSet : value);
const yesNo = (on: boolean) => (on ? S.yes : S.no);
/** "2027-01-12 09:30" from an ISO date-time: what a tester reads, and a spreadsheet sorts. */
const when = (at: string) => at.slice(0, 16).replace('T', ' ');

export function overviewTable(plan: Plan): ReportTable {
  const o = plan.overview;
  const r = S.rows;
  return table('overview', S.tables.overview, [
    [r.organization, orNotSet(o.organization)],
    [r.tenantDomain, orNotSet(o.tenantDomain)],
    [r.environment, r.environments[o.environment]],
    [r.otherSystems, o.otherIdentitySystems.length > 0 ? o.otherIdentitySystems.join('\n') : S.none],
    [r.pilotStart, orNotSet(o.pilotStart)],
    [r.launch, orNotSet(o.launch)],
    [r.fullRollout, orNotSet(o.fullRollout)],
    [r.landingPage, orNotSet(o.landingPageUrl)],
    [r.helpdesk, orNotSet(o.helpdeskContact)],
  ]);
}

export function businessCaseTable(plan: Plan): ReportTable {
  const b = plan.businessCase;
  return table('businessCase', S.tables.businessCase, [
    [S.rows.callsPerMonth, b.passwordCallsPerMonth.toLocaleString('en-US')],
    [S.rows.costPerCall, money(b.costPerCall, b.currency)],
    [S.rows.monthlyCost, money(b.passwordCallsPerMonth * b.costPerCall, b.currency)],
    [S.rows.inScopePopulation, plan.licensing.inScopePopulation.toLocaleString('en-US')],
  ]);
}

export function stakeholdersTable(plan: Plan): ReportTable {
  return table(
    'stakeholders',
    S.tables.stakeholders,
    plan.stakeholders.map((s) => [s.name, s.title, s.role, s.email, s.accountableFor, S.signOff[s.signOff], s.signOffDate ?? '']),
  );
}

const WORKSTREAM_NAMES: Record<(typeof WORKSTREAMS)[number], string> = {
  licensing: 'Licensing',
  configuration: 'Configuration',
  communications: 'Communications',
  testing: 'Testing',
  support: 'Support',
  reporting: 'Reporting',
};

export function raciTable(plan: Plan): ReportTable {
  return table(
    'raci',
    { title: S.tables.raci.title, columns: [S.tables.raci.first, ...WORKSTREAMS.map((w) => WORKSTREAM_NAMES[w])] },
    plan.stakeholders.map((s) => [s.name, ...WORKSTREAMS.map((w) => s.raci[w])]),
  );
}

/** One row per setting of sspr-domain.md §2 with the findings still open about it. */
export function configurationTable(plan: Plan, findings: readonly Finding[]): ReportTable {
  const rows = POLICY_AREAS.flatMap((area) =>
    area.settings.map((setting) => {
      const open = findings.filter((f) => setting.fields.some((field) => pointsAt(f, `policy.${field}`)));
      return [
        POLICY_AREA_TEXT[area.id].title,
        POLICY_SETTING_TEXT[setting.id].name,
        policyValueText(setting.id, plan.policy),
        recommendationOf(setting.id, plan) ?? '',
        open.map((f) => `${f.code}: ${f.message}`).join('\n'),
      ];
    }),
  );
  return table('configuration', S.tables.configuration, rows);
}

/** The campaign in send order; undated sends last. */
export function communicationsTable(plan: Plan): ReportTable {
  const phases = new Map(plan.rollout.phases.map((p) => [p.id, p.name]));
  const sends = [...plan.communications.emails].sort((a, b) => (a.sendDate ?? '9999').localeCompare(b.sendDate ?? '9999'));
  return table(
    'communications',
    S.tables.communications,
    sends.map((e) => [
      orNotSet(e.sendDate),
      e.name,
      templateOfSend(plan, e)?.name ?? S.emailKinds[e.kind],
      phases.get(e.phaseId) ?? S.notSet,
      e.offsetDays === null ? '' : offsetWords(e.offsetDays),
      yesNo(e.sent),
    ]),
  );
}

export function testMatrixTable(plan: Plan): ReportTable {
  const latest = latestRuns(plan.testing.runs);
  return table(
    'testMatrix',
    S.tables.testMatrix,
    plan.testing.cases.map((c) => {
      const run = latest.get(c.id);
      return [c.id, c.title, S.testPhases[c.phase], c.expected, S.results[run?.result ?? 'notRun'], run?.tester ?? '', run ? when(run.at) : ''];
    }),
  );
}

export function supportScenariosTable(plan: Plan): ReportTable {
  return table(
    'supportScenarios',
    S.tables.supportScenarios,
    plan.support.scenarios.map((s) => [s.id, s.title, s.description, stepsOf(s.causes).join('\n'), s.handledBy]),
  );
}

/** One row per resolution step, so a spreadsheet can filter by scenario. */
export function supportStepsTable(plan: Plan): ReportTable {
  return table(
    'supportSteps',
    S.tables.supportSteps,
    plan.support.scenarios.flatMap((s) => stepsOf(s.resolution).map((step, i) => [s.id, String(i + 1), step])),
  );
}

export function supportRolesTable(plan: Plan): ReportTable {
  return table(
    'supportRoles',
    S.tables.supportRoles,
    plan.support.roles.map((r) => [r.businessRole, r.entraRole]),
  );
}

export function backupsTable(plan: Plan): ReportTable {
  return table(
    'backups',
    S.tables.backups,
    plan.reporting.backups.map((b) => [S.backupKinds[b.kind], S.everyDays(b.frequencyDays), orNotSet(b.targetSystem), orNotSet(b.responsible)]),
  );
}

export function phasesTable(plan: Plan): ReportTable {
  return table(
    'phases',
    S.tables.phases,
    plan.rollout.phases.map((p) => [p.name, S.phaseKinds[p.kind], p.kind === 'all' ? '' : orNotSet(p.group), orNotSet(p.start), orNotSet(p.end), p.exitCriteria.join('\n')]),
  );
}

export function checklistTable(plan: Plan): ReportTable {
  const phases = new Map(plan.rollout.phases.map((p) => [p.id, p.name]));
  return table(
    'checklist',
    S.tables.checklist,
    plan.rollout.checklist.map((c) => [phases.get(c.phaseId) ?? '', c.title, c.owner, c.due ?? '', yesNo(c.done)]),
  );
}

export function blockerText(b: Blocker): string {
  if (b.kind === 'finding') return `${b.finding.code}: ${b.finding.message}`;
  if (b.kind === 'signOff') return S.blocker.signOff(b.name, b.state);
  return S.blocker.testCase(b.caseId, b.title, b.status);
}

export function blockersTable(data: Pick<ReportData, 'readiness'>): ReportTable {
  return table(
    'blockers',
    S.tables.blockers,
    data.readiness.blockers.map((b) => [S.blockerKinds[b.kind], blockerText(b)]),
  );
}

export function watchTable(data: Pick<ReportData, 'readiness'>): ReportTable {
  return table(
    'watch',
    S.tables.watch,
    data.readiness.watch.map((f) => [f.code, f.message]),
  );
}

const SECTION_NAMES: Record<Finding['section'], string> = {
  overview: 'Overview',
  stakeholders: 'Stakeholders',
  licensing: 'Licensing',
  configuration: 'Configuration',
  communications: 'Communications',
  testing: 'Testing',
  support: 'Support',
  reporting: 'Reporting',
  rollout: 'Rollout',
  simulator: 'Simulator',
};

export function findingsTable(findings: readonly Finding[]): ReportTable {
  return table(
    'findings',
    S.tables.findings,
    findings.map((f) => [S.severities[f.severity], f.code, SECTION_NAMES[f.section], f.message, f.fix?.label ?? '']),
  );
}

/** Every table of the plan, in document order; the tenant's figures only when a tenant is imported. */
export function planTables(data: ReportData): ReportTable[] {
  const { plan, findings } = data;
  const all: (ReportTable | null)[] = [
    overviewTable(plan),
    businessCaseTable(plan),
    stakeholdersTable(plan),
    raciTable(plan),
    licenseSkusTable(data),
    licenseCoverageTable(data),
    licenseUncoveredTable(data),
    configurationTable(plan, findings),
    communicationsTable(plan),
    testMatrixTable(plan),
    supportScenariosTable(plan),
    supportStepsTable(plan),
    supportRolesTable(plan),
    backupsTable(plan),
    phasesTable(plan),
    checklistTable(plan),
    blockersTable(data),
    watchTable(data),
    findingsTable(findings),
    sweepWavesTable(data),
    sweepReasonsTable(data),
    forecastWavesTable(data),
    roiTable(data),
  ];
  return all.filter((t): t is ReportTable => t !== null);
}
