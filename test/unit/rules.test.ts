import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../shared/plan/defaults';
import { validatePlan, RULES } from '../../shared/plan/rules';
import type { Plan } from '../../shared/plan/schema';
import { EMPTY_TENANT, type Tenant, type TenantUser } from '../../shared/plan/tenant';
import { setAtPath } from '../../shared/plan/paths';

/** A plan with no findings at all: every recommendation followed and every section filled. */
function cleanPlan(): Plan {
  const p = createDefaultPlan('Contoso');
  p.overview = {
    ...p.overview,
    tenantDomain: 'contoso.com',
    pilotStart: '2027-01-10',
    launch: '2027-02-01',
    fullRollout: '2027-03-01',
    landingPageUrl: 'https://passwords.contoso.com',
    helpdeskContact: 'helpdesk@contoso.com',
  };
  p.businessCase = { passwordCallsPerMonth: 900, costPerCall: 20, currency: 'USD' };
  p.stakeholders = [
    {
      id: 's1',
      name: 'Ada',
      title: 'IT lead',
      email: 'ada@contoso.com',
      role: 'Owner',
      contributes: '',
      accountableFor: '',
      raci: { licensing: 'A', configuration: 'A', communications: 'A', testing: 'A', support: 'A', reporting: 'A' },
      signOff: 'signed',
      signOffDate: '2026-12-01',
    },
  ];
  p.licensing.skus[0].seatsOwned = 100;
  p.licensing.inScopePopulation = 50;
  p.policy.group = 'SSPR-Pilot';
  p.policy.helpdeskLink = 'helpdesk@contoso.com';
  p.communications.senderName = 'Contoso IT';
  p.communications.senderEmail = 'it@contoso.com';
  const send = (id: string, kind: Plan['communications']['emails'][number]['kind'], phaseId: string, sendDate: string) =>
    ({ id, kind, name: id, phaseId, sendDate, templateId: '', offsetDays: null, sent: false });
  p.communications.emails = [
    send('e1', 'comingSoon', 'pilot', '2027-01-01'),
    send('e2', 'availableNow', 'pilot', '2027-01-10'),
    send('e3', 'reminder', 'pilot', '2027-01-20'),
    send('e4', 'comingSoon', 'all', '2027-01-25'),
    send('e5', 'availableNow', 'all', '2027-02-01'),
    send('e6', 'reminder', 'all', '2027-02-08'),
  ];
  p.testing.testAccount = 'tess@contoso.com';
  p.reporting.backups = p.reporting.backups.map((b) => ({ ...b, frequencyDays: 7, targetSystem: 'Sentinel', responsible: 'SecOps' }));
  p.rollout.phases = [
    { id: 'pilot', name: 'Pilot', kind: 'pilot', group: 'SSPR-Pilot', start: '2027-01-10', end: '2027-01-31', exitCriteria: ['80% registered'] },
    { id: 'all', name: 'All users', kind: 'all', group: '', start: '2027-02-01', end: null, exitCriteria: ['Handed over'] },
  ];
  p.licensing.licensedGroups = [{ group: 'SSPR-Pilot', skus: ['AAD_PREMIUM'] }];
  return p;
}

function user(upn: string, extra: Partial<TenantUser> = {}): TenantUser {
  return { upn, displayName: upn, groups: [], roles: [], licenses: ['AAD_PREMIUM'], synced: false, onPremAdmin: false, registered: {}, registeredOn: null, ...extra };
}

const tenantWith = (...users: TenantUser[]): Tenant => ({ users, groups: [{ name: 'SSPR-Pilot', members: users.map((u) => u.upn) }] });

type Case = { code: string; change: (p: Plan) => void; tenant?: Tenant; field?: string; today?: string };

const set = (path: string, value: unknown) => (p: Plan) => Object.assign(p, setAtPath(p, path.split('.'), value));

/** One way to trigger each rule; every rule in the registry must appear here. */
const CASES: Case[] = [
  { code: 'SSPR-OVERVIEW-001', change: set('overview.organization', ' ') },
  { code: 'SSPR-OVERVIEW-002', change: set('overview.tenantDomain', 'not a domain') },
  { code: 'SSPR-OVERVIEW-003', change: set('overview.launch', '2026-12-01'), field: 'overview.launch' },
  { code: 'SSPR-OVERVIEW-004', change: set('overview.landingPageUrl', 'http://passwords.contoso.com') },
  { code: 'SSPR-OVERVIEW-005', change: set('overview.helpdeskContact', '') },
  { code: 'SSPR-OVERVIEW-006', change: set('overview.otherIdentitySystems', ['MIM']) },
  { code: 'SSPR-BUSINESS-001', change: set('businessCase.costPerCall', 0) },
  { code: 'SSPR-SCOPE-001', change: set('policy.group', '') },
  { code: 'SSPR-SCOPE-002', change: set('policy.group', 'Nope'), tenant: tenantWith(user('a@contoso.com')) },
  { code: 'SSPR-SCOPE-003', change: set('policy.scope', 'none') },
  { code: 'SSPR-SCOPE-004', change: set('policy.scope', 'all') },
  { code: 'SSPR-METHODS-001', change: set('policy.methodsToReset', 3) },
  { code: 'SSPR-METHODS-002', change: (p) => Object.assign(p.policy, { methodsToReset: 2, methodsToRegister: 1 }) },
  { code: 'SSPR-METHODS-003', change: (p) => Object.assign(p.policy, { methodsToReset: 2, methodsToRegister: 2 }) },
  { code: 'SSPR-METHODS-004', change: set('policy.methods', ['email', 'mobilePhone']) },
  { code: 'SSPR-METHODS-005', change: set('policy.methodsToRegister', 7) },
  { code: 'SSPR-METHODS-006', change: (p) => Object.assign(p.policy, { methods: ['email'], methodsToRegister: 1, methodsToReset: 1 }) },
  { code: 'SSPR-METHODS-007', change: set('policy.methodsToRegister', 2) },
  { code: 'SSPR-METHODS-008', change: (p) => Object.assign(p.policy, { methods: ['securityQuestions'], methodsToRegister: 1 }) },
  { code: 'SSPR-METHODS-009', change: (p) => Object.assign(p.policy, { methods: ['email', 'securityQuestions'], methodsToRegister: 2 }) },
  { code: 'SSPR-QUESTIONS-001', change: (p) => Object.assign(p.policy, { methods: [...p.policy.methods, 'securityQuestions'], questionsToRegister: 6 }) },
  { code: 'SSPR-QUESTIONS-002', change: (p) => Object.assign(p.policy, { methods: [...p.policy.methods, 'securityQuestions'], questionsToReset: 2 }) },
  { code: 'SSPR-QUESTIONS-003', change: (p) => Object.assign(p.policy, { methods: [...p.policy.methods, 'securityQuestions'], questionsToRegister: 3, questionsToReset: 4 }) },
  { code: 'SSPR-QUESTIONS-004', change: (p) => Object.assign(p.policy, { methods: [...p.policy.methods, 'securityQuestions'], predefinedQuestions: ['one?', 'two?'] }) },
  { code: 'SSPR-REGISTRATION-001', change: set('policy.requireRegistration', false) },
  { code: 'SSPR-REGISTRATION-002', change: set('policy.reconfirmDays', 731) },
  { code: 'SSPR-REGISTRATION-003', change: set('policy.reconfirmDays', 0) },
  { code: 'SSPR-NOTIFY-001', change: set('policy.notifyUsers', false) },
  { code: 'SSPR-NOTIFY-002', change: set('policy.notifyAdmins', false) },
  { code: 'SSPR-HELPDESK-001', change: set('policy.helpdesk', false) },
  { code: 'SSPR-HELPDESK-002', change: set('policy.helpdeskLink', 'call Bob') },
  { code: 'SSPR-ONPREM-001', change: (p) => Object.assign(p.overview, { environment: 'hybrid' }) },
  { code: 'SSPR-ONPREM-002', change: set('policy.writeback', true) },
  { code: 'SSPR-ONPREM-003', change: (p) => (Object.assign(p.overview, { environment: 'hybrid' }), Object.assign(p.policy, { writeback: true, unlockWithoutReset: false })) },
  { code: 'SSPR-LOCKSCREEN-001', change: set('policy.lockScreenReset', 'registry') },
  { code: 'SSPR-ADMIN-001', change: () => undefined, tenant: tenantWith(user('root@contoso.com', { roles: ['Global administrator'] })) },
  { code: 'SSPR-ADMIN-002', change: () => undefined, tenant: tenantWith(user('da@contoso.com', { synced: true, onPremAdmin: true })) },
  { code: 'SSPR-ADMIN-003', change: set('support.roles', [{ businessRole: 'L1', entraRole: 'Password administrator' }]) },
  { code: 'SSPR-ADMIN-004', change: set('testing.testAccount', 'boss@contoso.com'), tenant: tenantWith(user('boss@contoso.com', { roles: ['User administrator'] })) },
  { code: 'SSPR-LICENSE-001', change: set('licensing.skus.0.seatsOwned', 0) },
  { code: 'SSPR-LICENSE-002', change: set('licensing.inScopePopulation', 101) },
  { code: 'SSPR-LICENSE-003', change: set('licensing.licensedGroups', []), tenant: tenantWith(user('nolicense@contoso.com', { licenses: [] })) },
  { code: 'SSPR-LICENSE-004', change: set('licensing.licensedGroups', [{ group: 'All staff', skus: ['NOT_A_SKU'] }]) },
  { code: 'SSPR-AUDIT-001', change: set('reporting.backups.0.frequencyDays', 45), field: 'reporting.backups.0.frequencyDays' },
  { code: 'SSPR-AUDIT-002', change: set('reporting.backups.1.targetSystem', '') },
  { code: 'SSPR-AUDIT-003', change: (p) => void p.reporting.backups.pop() },
  { code: 'SSPR-AUDIT-004', change: set('reporting.auditRetentionDays', 90) },
  { code: 'SSPR-STAKEHOLDERS-001', change: set('stakeholders', []) },
  { code: 'SSPR-STAKEHOLDERS-002', change: set('stakeholders.0.raci.support', 'R') },
  { code: 'SSPR-STAKEHOLDERS-004', change: set('stakeholders.0.signOff', 'pending') },
  { code: 'SSPR-COMMS-001', change: (p) => void (p.communications.emails = p.communications.emails.filter((e) => e.kind !== 'reminder')) },
  { code: 'SSPR-COMMS-002', change: set('communications.emails.0.sendDate', null) },
  { code: 'SSPR-COMMS-003', change: set('communications.emails.0.phaseId', 'wave-9') },
  { code: 'SSPR-COMMS-004', change: (p) => void p.communications.emails.pop(), field: 'communications.emails' },
  { code: 'SSPR-COMMS-005', change: () => undefined, today: '2027-01-05', field: 'communications.emails.0.sendDate' },
  { code: 'SSPR-COMMS-006', change: set('communications.emails.2.sendDate', '2027-02-05'), field: 'communications.emails.2.sendDate' },
  { code: 'SSPR-COMMS-007', change: set('communications.emails.0.sendDate', '2027-01-12'), field: 'communications.emails.0.sendDate' },
  { code: 'SSPR-COMMS-008', change: set('overview.landingPageUrl', ''), field: 'overview.landingPageUrl' },
  {
    code: 'SSPR-COMMS-009',
    change: set('communications.templates', [{ id: 'reminder', kind: 'reminder', name: 'Nudge', subject: 'Hi', preheader: '', body: 'Dear {{firstName}}', offsets: [7] }]),
    field: 'communications.templates.0.body',
  },
  {
    code: 'SSPR-COMMS-010',
    change: set('communications.templates', [{ id: 'tpl-1', kind: 'custom', name: 'Odd', subject: 'Hi', preheader: '', body: '[Click](javascript:alert(1))', offsets: [] }]),
    field: 'communications.templates.0.body',
  },
  { code: 'SSPR-COMMS-011', change: set('communications.senderEmail', 'it at contoso'), field: 'communications.senderEmail' },
  { code: 'SSPR-COMMS-012', change: set('communications.emails.0.templateId', 'gone'), field: 'communications.emails.0.templateId' },
  { code: 'SSPR-TESTING-001', change: set('testing.cases', []) },
  { code: 'SSPR-SUPPORT-001', change: set('support.scenarios', []) },
  { code: 'SSPR-SUPPORT-002', change: set('support.scenarios.0.resolution', '') },
  { code: 'SSPR-ROLLOUT-001', change: (p) => void p.rollout.phases.shift() },
  { code: 'SSPR-ROLLOUT-002', change: set('rollout.phases.0.end', '2027-01-01') },
  { code: 'SSPR-ROLLOUT-003', change: set('rollout.phases.0.group', '') },
  { code: 'SSPR-ROLLOUT-004', change: (p) => void p.rollout.phases.pop() },
  { code: 'SSPR-ROLLOUT-005', change: set('rollout.phases.0.exitCriteria', ['  ']) },
  { code: 'SSPR-ROLLOUT-006', change: set('rollout.phases.1.start', '2027-01-01'), field: 'rollout.phases.1.start' },
  { code: 'SSPR-ROLLOUT-007', change: set('rollout.checklist', [{ id: 'x', phaseId: 'gone', step: 'groups', title: 'Groups', owner: '', due: null, done: false }]) },
  { code: 'SSPR-LICENSE-005', change: set('licensing.licensedGroups', [{ group: 'Someone else', skus: ['AAD_PREMIUM'] }]), tenant: EMPTY_TENANT },
  {
    code: 'SSPR-ROLLOUT-008',
    change: () => undefined,
    tenant: tenantWith(user('tess@contoso.com'), user('reg@contoso.com', { registered: { email: true, mobilePhone: true, appCode: true }, registeredOn: '2027-01-12' }), user('ted@contoso.com')),
    today: '2027-01-20',
    field: 'rollout.phases.0.start',
  },
];

describe('validation rules', () => {
  it('reports nothing on a plan that follows every recommendation', () => {
    expect(validatePlan(cleanPlan(), tenantWith(user('tess@contoso.com')))).toEqual([]);
  });

  it('has unique stable codes in the SSPR-AREA-NNN form, each with a summary', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of RULES) {
      expect(r.code).toMatch(/^SSPR-[A-Z]+-\d{3}$/);
      expect(r.summary.length).toBeGreaterThan(10);
    }
  });

  it('has a triggering case for every rule in the registry', () => {
    expect(CASES.map((c) => c.code).sort()).toEqual(RULES.map((r) => r.code).sort());
  });

  it.each(CASES)('$code fires when its condition holds', (c) => {
    const { code, change, tenant, field } = c;
    const plan = cleanPlan();
    change(plan);
    const findings = validatePlan(plan, tenant ?? tenantWith(user('tess@contoso.com')), c.today ?? null);
    const hit = findings.find((f) => f.code === code);
    expect(hit, `${code} in ${findings.map((f) => f.code).join(', ')}`).toBeDefined();
    expect(hit?.message.length).toBeGreaterThan(15);
    if (field) expect(hit?.field).toBe(field);
  });

  it('offers fixes that actually clear their finding', () => {
    for (const c of CASES) {
      const plan = cleanPlan();
      c.change(plan);
      const tenant = c.tenant ?? tenantWith(user('tess@contoso.com'));
      const finding = validatePlan(plan, tenant, c.today ?? null).find((f) => f.code === c.code);
      if (!finding?.fix) continue;
      const fixed = finding.fix.changes.reduce<Plan>((acc, ch) => setAtPath(acc, ch.path.split('.'), ch.value), plan);
      const after = validatePlan(fixed, tenant).filter((f) => f.code === c.code && f.field === finding.field);
      expect(after, `${c.code} after "${finding.fix.label}"`).toEqual([]);
    }
  });

  it('warns about registration only once a phase has begun and while under half of its users registered', () => {
    const registered = { registered: { email: true, mobilePhone: true, appCode: true } as const, registeredOn: '2027-01-12' };
    const tenant = tenantWith(user('tess@contoso.com'), user('reg@contoso.com', registered), user('ted@contoso.com'));
    const codes = (t: Tenant, today: string) => validatePlan(cleanPlan(), t, today).map((f) => f.code);
    expect(codes(tenant, '2027-01-09')).not.toContain('SSPR-ROLLOUT-008');
    expect(codes(tenant, '2027-01-10')).toContain('SSPR-ROLLOUT-008');
    const half = tenantWith(user('tess@contoso.com', registered), user('reg@contoso.com', registered), user('ted@contoso.com'));
    expect(codes(half, '2027-01-20')).not.toContain('SSPR-ROLLOUT-008');
    // Without imported registration details nobody looks registered, which is no reason to warn.
    expect(codes(tenantWith(user('tess@contoso.com')), '2027-01-20')).not.toContain('SSPR-ROLLOUT-008');
  });

  it('keeps the register ≥ reset rule and its recommendation apart', () => {
    const plan = cleanPlan();
    plan.policy.methodsToReset = 2;
    plan.policy.methodsToRegister = 2;
    const f = validatePlan(plan, EMPTY_TENANT).find((x) => x.code === 'SSPR-METHODS-003');
    expect(f?.severity).toBe('warning');
    expect(f?.fix?.changes).toEqual([{ path: 'policy.methodsToRegister', value: 3 }]);
  });

  it('counts admins as enabled whatever the scope, and a license through a group as coverage', () => {
    const plan = cleanPlan();
    plan.rollout.phases = plan.rollout.phases.filter((p) => p.kind !== 'all');
    plan.licensing.licensedGroups = [{ group: 'Licensed', skus: ['SPE_E3'] }];
    const tenant: Tenant = {
      users: [
        user('tess@contoso.com', { licenses: [] }),
        user('admin@contoso.com', { roles: ['Global administrator'], licenses: [] }),
        user('outside@contoso.com', { licenses: [] }),
      ],
      groups: [
        { name: 'SSPR-Pilot', members: ['tess@contoso.com'] },
        { name: 'Licensed', members: ['group:Nested'] },
        { name: 'Nested', members: ['tess@contoso.com', 'group:Licensed'] },
      ],
    };
    const f = validatePlan(plan, tenant).find((x) => x.code === 'SSPR-LICENSE-003');
    // tess is licensed through a nested group (with a cycle); the admin is in scope and unlicensed; outside is not in scope.
    expect(f?.message).toContain('1 user the plan enables');
    expect(f?.message).toContain('admin@contoso.com');
    // A phase for everyone brings the user outside the pilot into the plan's reach.
    const everyone = { ...plan.rollout.phases[0], id: 'phase-everyone', name: 'Everyone', kind: 'all' as const, group: '' };
    plan.rollout = { ...plan.rollout, phases: [...plan.rollout.phases, everyone] };
    expect(validatePlan(plan, tenant).find((x) => x.code === 'SSPR-LICENSE-003')?.message).toContain('outside@contoso.com');
  });
});
