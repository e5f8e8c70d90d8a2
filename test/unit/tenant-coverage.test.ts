import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../shared/plan/defaults';
import type { Phase, Plan } from '../../shared/plan/schema';
import type { Tenant, TenantUser } from '../../shared/plan/tenant';
import { licenseReport } from '../../shared/tenant/coverage';
import { tenantChanges, tenantCounts } from '../../shared/tenant/importSummary';
import { isRegistered, registrationByWave, usableMethods } from '../../shared/tenant/registration';
import { tenantCsv } from '../../shared/tenant/tenantCsv';
import { NO_WAVE } from '../../shared/tenant/waves';

const user = (upn: string, over: Partial<TenantUser> = {}): TenantUser => ({
  upn,
  displayName: upn.split('@')[0],
  groups: [],
  roles: [],
  licenses: [],
  synced: false,
  onPremAdmin: false,
  registered: {},
  registeredOn: null,
  ...over,
});

function plan(change: (p: Plan) => void = () => undefined): Plan {
  const p = createDefaultPlan('Contoso');
  p.policy.scope = 'all';
  change(p);
  return p;
}

const phase = (name: string, kind: Phase['kind'], group = ''): Phase => ({
  id: `phase-${name.toLowerCase().replace(/\s/g, '-')}`,
  name,
  kind,
  group,
  start: null,
  end: null,
  exitCriteria: [],
});

const reasons = (p: Plan, t: Tenant) => Object.fromEntries(licenseReport(p, t).uncovered.map((u) => [u.upn, u.reason]));

describe('license coverage (§4)', () => {
  it('gives each uncovered user the reason a license admin acts on', () => {
    const p = plan((x) => {
      x.licensing.skus.push({ skuPartNumber: 'EXCHANGESTANDARD', name: 'Exchange Online (Plan 1)', cloudReset: false, hybridWriteback: false, seatsOwned: 10 });
    });
    const tenant: Tenant = {
      users: [
        user('none@contoso.com'),
        user('unknown@contoso.com', { licenses: ['CONTOSO_SPECIAL'] }),
        user('exchange@contoso.com', { licenses: ['EXCHANGESTANDARD'] }),
        user('exchange.synced@contoso.com', { licenses: ['EXCHANGESTANDARD', 'CONTOSO_SPECIAL'], synced: true }),
        user('standard.synced@contoso.com', { licenses: ['O365_BUSINESS_PREMIUM'], synced: true }),
        user('standard.cloud@contoso.com', { licenses: ['O365_BUSINESS_PREMIUM'] }),
        user('e3.synced@contoso.com', { licenses: ['spe_e3'], synced: true }),
        user('mixed@contoso.com', { licenses: ['CONTOSO_SPECIAL', 'AAD_PREMIUM'], synced: true }),
      ],
      groups: [],
    };
    expect(reasons(p, tenant)).toEqual({
      'none@contoso.com': 'noLicense',
      'unknown@contoso.com': 'unknownSku',
      'exchange@contoso.com': 'noReset',
      'exchange.synced@contoso.com': 'noReset',
      // Business Standard resets a cloud password but cannot write back to on-premises AD.
      'standard.synced@contoso.com': 'noWriteback',
    });
    const report = licenseReport(p, tenant);
    expect(report).toMatchObject({ inScope: 8, covered: 3 });
    expect(report.uncovered.find((u) => u.upn === 'standard.synced@contoso.com')).toEqual({
      upn: 'standard.synced@contoso.com',
      displayName: 'standard.synced',
      synced: true,
      wave: NO_WAVE,
      reason: 'noWriteback',
      held: ['O365_BUSINESS_PREMIUM'],
    });
  });

  it('counts admins in scope whatever the scope (§3)', () => {
    const tenant: Tenant = {
      users: [
        user('admin@contoso.com', { roles: ['Password administrator'] }),
        user('pilot@contoso.com', { licenses: ['SPE_E3'] }),
        user('nested@contoso.com'),
        user('outside@contoso.com'),
      ],
      groups: [
        { name: 'Pilot', members: ['pilot@contoso.com', 'group:Pilot-IT'] },
        { name: 'Pilot-IT', members: ['nested@contoso.com'] },
      ],
    };
    const none = licenseReport(plan((x) => (x.policy.scope = 'none')), tenant);
    expect(none.inScope).toBe(1);
    expect(none.enabledToday).toBe(1);
    expect(none.uncovered.map((u) => [u.upn, u.reason, u.wave])).toEqual([['admin@contoso.com', 'noLicense', NO_WAVE]]);
    const selected = licenseReport(
      plan((x) => {
        x.policy.scope = 'selected';
        x.policy.group = 'Pilot';
      }),
      tenant,
    );
    expect(selected.inScope).toBe(3);
    // Nested members of the selected group count, and so does the admin outside it.
    expect(selected.enabledToday).toBe(3);
    expect(licenseReport(plan((x) => (x.policy.scope = 'all')), tenant).enabledToday).toBe(4);
    expect(selected.covered).toBe(1);
    expect(selected.uncovered.map((u) => u.upn)).toEqual(['admin@contoso.com', 'nested@contoso.com']);
  });

  it('counts holders of each SKU against its seats, directly and through groups', () => {
    const p = plan((x) => {
      x.policy.scope = 'selected';
      x.policy.group = 'Pilot';
      x.licensing.skus.find((s) => s.skuPartNumber === 'SPE_E3')!.seatsOwned = 2;
      // The plan's own licensed group (group-based licensing the team set up).
      x.licensing.licensedGroups = [{ group: 'LIC-P1', skus: ['AAD_PREMIUM'] }];
    });
    const tenant: Tenant = {
      users: [
        user('a@contoso.com', { licenses: ['SPE_E3'] }),
        user('b@contoso.com', { licenses: ['SPE_E3', 'FLOW_FREE'] }),
        user('c@contoso.com', { licenses: ['spe_e3'] }),
        user('d@contoso.com', { groups: ['LIC-P1'] }),
        user('e@contoso.com', { licenses: ['FLOW_FREE', 'POWER_BI'] }),
      ],
      groups: [
        { name: 'Pilot', members: ['a@contoso.com', 'b@contoso.com', 'd@contoso.com'] },
        // The tenant's own group-based licensing, imported from the license file.
        { name: 'LIC-E3-Group', members: ['d@contoso.com', 'e@contoso.com'], licenses: ['SPE_E3'] },
      ],
    };
    const report = licenseReport(p, tenant);
    const sku = (part: string) => report.skus.find((s) => s.skuPartNumber === part);
    expect(sku('SPE_E3')).toMatchObject({ seatsOwned: 2, holders: 5, inScope: 3, hybridWriteback: true, cloudReset: true });
    expect(sku('AAD_PREMIUM')).toMatchObject({ holders: 1, inScope: 1 });
    expect(sku('SPE_E5')).toMatchObject({ holders: 0, inScope: 0 });
    expect(report.unknownSkus).toEqual([
      { skuPartNumber: 'FLOW_FREE', holders: 2 },
      { skuPartNumber: 'POWER_BI', holders: 1 },
    ]);
    expect(report).toMatchObject({ inScope: 3, covered: 3, uncovered: [] });
  });

  it('splits coverage by wave and by the plan’s groups', () => {
    const p = plan((x) => {
      x.policy.scope = 'selected';
      x.policy.group = 'SSPR-Pilot';
      x.rollout.phases = [phase('Pilot', 'pilot', 'SSPR-Pilot'), phase('Wave 1', 'wave', 'SSPR-Wave-1'), phase('All users', 'all')];
      x.licensing.licensedGroups = [{ group: 'LIC-E3', skus: ['SPE_E3'] }];
    });
    const tenant: Tenant = {
      users: [
        user('p1@contoso.com', { licenses: ['AAD_PREMIUM'] }),
        user('p2@contoso.com'),
        user('w1@contoso.com'),
        user('w2@contoso.com', { synced: true, licenses: ['O365_BUSINESS_PREMIUM'] }),
        user('both@contoso.com'), // in the pilot and wave 1: counts in the pilot
        user('rest@contoso.com'),
      ],
      groups: [
        { name: 'SSPR-Pilot', members: ['p1@contoso.com', 'p2@contoso.com', 'both@contoso.com'] },
        { name: 'SSPR-Wave-1', members: ['w1@contoso.com', 'w2@contoso.com', 'both@contoso.com'] },
        { name: 'LIC-E3', members: ['w1@contoso.com', 'both@contoso.com'] },
      ],
    };
    const report = licenseReport(p, tenant);
    expect(report.byWave).toEqual([
      { name: 'Pilot', covered: 2, uncovered: 1 },
      { name: 'Wave 1', covered: 1, uncovered: 1 },
      { name: 'All users', covered: 0, uncovered: 1 },
    ]);
    expect(report.byGroup).toEqual([
      { name: 'SSPR-Pilot', covered: 2, uncovered: 1 },
      { name: 'SSPR-Wave-1', covered: 2, uncovered: 1 },
      { name: 'LIC-E3', covered: 2, uncovered: 0 },
    ]);
    expect(report.uncovered.map((u) => [u.upn, u.wave, u.reason])).toEqual([
      ['p2@contoso.com', 'Pilot', 'noLicense'],
      ['w2@contoso.com', 'Wave 1', 'noWriteback'],
      ['rest@contoso.com', 'All users', 'noLicense'],
    ]);
  });

  it('follows edits to the plan (the report is cached per snapshot)', () => {
    const tenant: Tenant = { users: [user('a@contoso.com', { licenses: ['CONTOSO_SPECIAL'] })], groups: [] };
    const before = plan();
    expect(reasons(before, tenant)).toEqual({ 'a@contoso.com': 'unknownSku' });
    const after: Plan = {
      ...before,
      licensing: {
        ...before.licensing,
        skus: [...before.licensing.skus, { skuPartNumber: 'CONTOSO_SPECIAL', name: 'Special', cloudReset: true, hybridWriteback: true, seatsOwned: 1 }],
      },
    };
    expect(reasons(after, tenant)).toEqual({});
    expect(reasons(before, tenant)).toEqual({ 'a@contoso.com': 'unknownSku' });
  });

  it('writes the uncovered users as CSV with the reason in words', () => {
    const tenant: Tenant = {
      users: [user('a@contoso.com', { displayName: 'Ann, A.', synced: true, licenses: ['O365_BUSINESS_PREMIUM', 'FLOW_FREE'] }), user('b@contoso.com', { licenses: ['SPE_E3'] })],
      groups: [],
    };
    expect(tenantCsv('uncovered', plan(), tenant)).toBe(
      'userPrincipalName,displayName,wave,synced,reason,licensesHeld\r\n' +
        'a@contoso.com,"Ann, A.",No wave,True,synced user whose licenses do not include reset with writeback,O365_BUSINESS_PREMIUM;FLOW_FREE\r\n',
    );
  });
});

describe('registration per wave (§13)', () => {
  const policy = {
    ...createDefaultPlan().policy,
    methods: ['appNotification', 'email', 'mobilePhone', 'securityQuestions'] as Plan['policy']['methods'],
    methodsToRegister: 2,
    questionsToRegister: 4,
  };

  it('counts only methods the policy allows, and questions only with enough answers', () => {
    expect(usableMethods(user('a@x.com', { registered: { email: 'a@fabrikam.com', officePhone: '+1 1', securityQuestions: 3 } }), policy)).toEqual(['email']);
    expect(usableMethods(user('a@x.com', { registered: { email: 'a@fabrikam.com', securityQuestions: 4 } }), policy)).toEqual(['email', 'securityQuestions']);
    expect(usableMethods(user('a@x.com', { registered: { securityQuestions: true, mobilePhone: false } }), policy)).toEqual(['securityQuestions']);
  });

  it('needs two methods for an admin, never counting security questions', () => {
    const admin = (registered: TenantUser['registered']) => user('adm@x.com', { roles: ['Helpdesk administrator'], registered });
    expect(isRegistered(admin({ email: 'x', securityQuestions: 5 }), policy)).toBe(false);
    expect(isRegistered(admin({ email: 'x', mobilePhone: '+1' }), policy)).toBe(true);
    expect(isRegistered(admin({ email: 'x', mobilePhone: '+1' }), { ...policy, methodsToRegister: 1 })).toBe(true);
    expect(isRegistered(admin({ email: 'x' }), { ...policy, methodsToRegister: 1 })).toBe(false);
    expect(isRegistered(user('u@x.com', { registered: { email: 'x', securityQuestions: 5 } }), policy)).toBe(true);
  });

  it('lists who has not registered in each wave, admins included whatever the scope', () => {
    const p = plan((x) => {
      x.policy = { ...policy, scope: 'selected', group: 'SSPR-Pilot' };
      x.rollout.phases = [phase('Pilot', 'pilot', 'SSPR-Pilot'), phase('Wave 1', 'wave', 'SSPR-Wave-1')];
    });
    const tenant: Tenant = {
      users: [
        user('p1@contoso.com', { registered: { email: 'x', mobilePhone: '+1' } }),
        user('p2@contoso.com', { registered: { email: 'x' } }),
        user('w1@contoso.com', { registered: { appNotification: true, securityQuestions: 4 } }),
        user('adm@contoso.com', { roles: ['Global administrator'], registered: { email: 'x', securityQuestions: 5 } }),
        user('out@contoso.com'),
      ],
      groups: [
        { name: 'SSPR-Pilot', members: ['p1@contoso.com', 'p2@contoso.com'] },
        { name: 'SSPR-Wave-1', members: ['w1@contoso.com'] },
      ],
    };
    expect(registrationByWave(p, tenant)).toEqual([
      { wave: 'Pilot', users: 2, registered: 1, notRegistered: [{ upn: 'p2@contoso.com', displayName: 'p2' }] },
      { wave: 'Wave 1', users: 1, registered: 1, notRegistered: [] },
      { wave: NO_WAVE, users: 1, registered: 0, notRegistered: [{ upn: 'adm@contoso.com', displayName: 'adm' }] },
    ]);
    expect(tenantCsv('notRegistered', p, tenant)).toBe('userPrincipalName,displayName,wave\r\np2@contoso.com,p2,Pilot\r\nadm@contoso.com,adm,No wave\r\n');
  });
});

describe('what a re-import changed', () => {
  const p = plan((x) => {
    x.policy = { ...x.policy, methods: ['email', 'mobilePhone'], methodsToRegister: 2 };
  });

  it('counts users added, removed, newly covered and newly registered, with their names', () => {
    const before: Tenant = {
      users: [
        user('stay@contoso.com', { licenses: ['SPE_E3'], registered: { email: 'x', mobilePhone: '+1' } }),
        user('licensed.now@contoso.com'),
        user('registered.now@contoso.com', { licenses: ['SPE_E3'], registered: { email: 'x' } }),
        user('via.group@contoso.com', { synced: true, licenses: ['O365_BUSINESS_PREMIUM'] }),
        user('gone@contoso.com'),
        user('lost.license@contoso.com', { licenses: ['SPE_E3'] }),
      ],
      groups: [],
    };
    const after: Tenant = {
      users: [
        user('STAY@contoso.com', { licenses: ['SPE_E3'], registered: { email: 'x', mobilePhone: '+1' } }),
        user('licensed.now@contoso.com', { licenses: ['AAD_PREMIUM'] }),
        user('registered.now@contoso.com', { licenses: ['SPE_E3'], registered: { email: 'x', mobilePhone: '+1' } }),
        user('via.group@contoso.com', { synced: true, licenses: ['O365_BUSINESS_PREMIUM'] }),
        user('lost.license@contoso.com'),
        ...Array.from({ length: 25 }, (_, i) => user(`new${String(i).padStart(2, '0')}@contoso.com`)),
      ],
      groups: [{ name: 'LIC-P1', members: ['via.group@contoso.com'], licenses: ['AAD_PREMIUM'] }],
    };
    const changes = tenantChanges(before, after, p);
    expect(changes.added.count).toBe(25);
    expect(changes.added.first).toHaveLength(20);
    expect(changes.added.first[0]).toBe('new00@contoso.com');
    expect(changes.removed).toEqual({ count: 1, first: ['gone@contoso.com'] });
    expect(changes.newlyLicensed).toEqual({ count: 2, first: ['licensed.now@contoso.com', 'via.group@contoso.com'] });
    expect(changes.newlyRegistered).toEqual({ count: 1, first: ['registered.now@contoso.com'] });
  });

  it('reports no change between equal snapshots', () => {
    const t: Tenant = { users: [user('a@contoso.com', { licenses: ['SPE_E3'] })], groups: [] };
    const zero = { count: 0, first: [] };
    expect(tenantChanges(t, structuredClone(t), p)).toEqual({ added: zero, removed: zero, newlyLicensed: zero, newlyRegistered: zero });
  });

  it('counts users, groups, memberships, admins, direct licenses and registrations', () => {
    const t: Tenant = {
      users: [
        user('a@contoso.com', { roles: ['User administrator'], licenses: ['SPE_E3'], groups: ['Extra'] }),
        user('b@contoso.com', { registered: { email: 'x' } }),
        user('c@contoso.com'),
      ],
      groups: [{ name: 'G', members: ['a@contoso.com', 'b@contoso.com', 'group:H'], licenses: ['AAD_PREMIUM'] }, { name: 'H', members: ['c@contoso.com'] }],
    };
    expect(tenantCounts(t)).toEqual({ users: 3, groups: 2, memberships: 5, admins: 1, licensed: 1, withMethods: 1 });
  });
});
