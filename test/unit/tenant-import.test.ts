import { describe, expect, it } from 'vitest';
import { readTenantFiles } from '../../main/tenant/import';
import { createDefaultPlan, QUALIFYING_SKUS } from '../../shared/plan/defaults';
import type { Plan } from '../../shared/plan/schema';
import type { Tenant, TenantUser } from '../../shared/plan/tenant';
import { licenseReport } from '../../shared/tenant/coverage';
import { enabledUsers, groupResolver, isAdmin } from '../../shared/tenant/groups';
import { isRegistered } from '../../shared/tenant/registration';
import { tenantCsv } from '../../shared/tenant/tenantCsv';
import { useTempDir } from './helpers';
import {
  ADMIN_CENTER_USER_HEADER,
  adminCenterUser,
  BOM,
  csv,
  exportCsv,
  groupMember,
  MEMBER_HEADER,
  put,
  readExports,
  refusalOf,
  userMember,
  utf16be,
  utf16le,
} from './tenant-helpers';

const tempDir = useTempDir();

const byUpn = (tenant: Tenant, upn: string): TenantUser => {
  const user = tenant.users.find((u) => u.upn === upn);
  if (!user) throw new Error(`${upn} was not imported`);
  return user;
};

/** A plan that enables everyone, so every imported user shows in the coverage report. */
function allUsersPlan(): Plan {
  const plan = createDefaultPlan('Contoso');
  plan.policy.scope = 'all';
  return plan;
}

const simpleUsers = (...upns: string[]) => csv([['userPrincipalName', 'displayName'], ...upns.map((u) => [u, u.split('@')[0]])]);

describe('tenant import: users file variants', () => {
  it('reads the admin center’s real "Download users" file, leaving out guests and disabled accounts', async () => {
    const users = csv([
      ADMIN_CENTER_USER_HEADER,
      adminCenterUser({ upn: 'avery@contoso.com', name: 'Avery Lindqvist', synced: 'True' }),
      adminCenterUser({ upn: 'uma@contoso.com', name: 'Uma Patel' }),
      adminCenterUser({ upn: 'pat_fabrikam.com#EXT#@contoso.onmicrosoft.com', name: 'Pat Partner', type: 'Guest' }),
      adminCenterUser({ upn: 'left@contoso.com', name: 'Left Employee', enabled: 'False', synced: 'True' }),
    ]);
    const r = await readExports(tempDir(), { users });
    expect(r.tenant.users.map((u) => u.upn)).toEqual(['avery@contoso.com', 'uma@contoso.com']);
    expect(byUpn(r.tenant, 'avery@contoso.com')).toMatchObject({ displayName: 'Avery Lindqvist', synced: true, onPremAdmin: false, roles: [], licenses: [] });
    expect(byUpn(r.tenant, 'uma@contoso.com').synced).toBe(false);
    expect(r.leftOut).toEqual({ disabled: 1, guests: 1 });
    expect(r.files).toEqual([{ kind: 'users', name: 'users.csv', rows: 4 }]);
    expect(r.counts).toMatchObject({ users: 2, groups: 0, memberships: 0, admins: 0, licensed: 0 });
    expect(r.warnings).toEqual([]);
  });

  it('reads the documented headers: inverted "Block credential" and product names joined by "+"', async () => {
    const users = csv([
      ['User principal name', 'Display name', 'Object ID', 'Block credential', 'DirSyncEnabled', 'Licenses', 'Department'],
      ['ann@contoso.com', 'Ann', 'id-1', 'False', 'True', 'Microsoft 365 E3+Enterprise Mobility + Security E3', 'IT'],
      ['ben@contoso.com', 'Ben', 'id-2', 'False', 'False', 'Enterprise Mobility + Security E3', 'IT'],
      ['cy@contoso.com', 'Cy', 'id-3', 'False', '', 'Microsoft 365 Business Standard+Microsoft Entra ID P1', 'Sales'],
      ['dee@contoso.com', 'Dee', 'id-4', 'False', '', 'Unlicensed', 'Sales'],
      ['eve@contoso.com', 'Eve', 'id-5', 'True', '', 'Microsoft 365 E3', 'Sales'],
      ['fay@contoso.com', 'Fay', 'id-6', 'False', '', 'Contoso Special Edition+Microsoft 365 E5', 'Sales'],
    ]);
    const r = await readExports(tempDir(), { users });
    expect(r.tenant.users.map((u) => [u.upn, u.licenses, u.synced])).toEqual([
      ['ann@contoso.com', ['SPE_E3', 'EMS'], true],
      ['ben@contoso.com', ['EMS'], false],
      ['cy@contoso.com', ['O365_BUSINESS_PREMIUM', 'AAD_PREMIUM'], false],
      ['dee@contoso.com', [], false],
      // A product the SKU table does not know is kept as written, so the report can name it.
      ['fay@contoso.com', ['Contoso Special Edition', 'SPE_E5'], false],
    ]);
    // "Block credential: True" is a blocked account: left out like a disabled one.
    expect(r.leftOut).toEqual({ disabled: 1, guests: 0 });
  });

  it('reads PowerShell Export-Csv output the same with and without the #TYPE line', async () => {
    const rows = [
      ['UserPrincipalName', 'DisplayName', 'AccountEnabled', 'OnPremisesSyncEnabled', 'AssignedLicenses'],
      ['ann@contoso.com', 'Ann, the "boss"', 'True', 'True', '05e9a617-0261-4cee-bb44-138d3ef5d965;AAD_PREMIUM'],
      ['ben@contoso.com', 'Ben', 'True', '', 'f245ecc8-75af-4f8e-b61f-27d8114de5f3'],
    ];
    const withType = await readExports(tempDir(), { users: exportCsv(rows) });
    const without = await readExports(tempDir(), { users: exportCsv(rows, false) });
    expect(withType.tenant).toEqual(without.tenant);
    expect(withType.tenant.users.map((u) => [u.upn, u.displayName, u.synced, u.licenses])).toEqual([
      ['ann@contoso.com', 'Ann, the "boss"', true, ['SPE_E3', 'AAD_PREMIUM']],
      ['ben@contoso.com', 'Ben', false, ['O365_BUSINESS_PREMIUM']],
    ]);
    // The #TYPE line is not a row.
    expect(withType.files[0].rows).toBe(2);
  });

  const NAMES = [
    ['zoe@contoso.com', 'Zoë Ångström'],
    ['jiro@contoso.com', '山田 次郎'],
    ['olga@contoso.com', 'Ольга Иванова'],
    ['emoji@contoso.com', 'Party 🎉 Person'],
  ];
  const text = csv([['userPrincipalName', 'displayName'], ...NAMES]);
  it.each([
    ['UTF-8 without BOM', Buffer.from(text)],
    ['UTF-8 with BOM', Buffer.from(BOM + text)],
    ['UTF-16 LE with BOM (Export-Csv -Encoding Unicode)', utf16le(text)],
    ['UTF-16 BE with BOM', utf16be(text)],
    ['UTF-16 LE without BOM', utf16le(text, false)],
  ])('decodes %s', async (_, bytes) => {
    const r = await readExports(tempDir(), { users: bytes });
    expect(r.tenant.users.map((u) => [u.upn, u.displayName])).toEqual(NAMES);
  });

  it('reads semicolon-separated files (Excel in many locales), commas in values included', async () => {
    const users = 'User principal name;Display name;Licenses\r\nann@contoso.com;Doe, Ann;SPE_E3, AAD_PREMIUM\r\nben@contoso.com;"Ben; Jr.";\r\n';
    const r = await readExports(tempDir(), { users });
    expect(r.tenant.users.map((u) => [u.upn, u.displayName, u.licenses])).toEqual([
      ['ann@contoso.com', 'Doe, Ann', ['SPE_E3', 'AAD_PREMIUM']],
      ['ben@contoso.com', 'Ben; Jr.', []],
    ]);
  });

  it('matches headers in any case and spacing, and ignores columns it does not know', async () => {
    const users = csv([
      ['Favourite colour', '  USER PRINCIPAL NAME ', 'display_name', 'Account-Enabled', 'DIRECTORY SYNCED', 'Shoe size'],
      ['blue', 'ann@contoso.com', 'Ann', 'yes', '1', '38'],
      ['red', 'ben@contoso.com', 'Ben', 'no', '0', '44'],
    ]);
    const r = await readExports(tempDir(), { users });
    expect(r.tenant.users).toEqual([
      { upn: 'ann@contoso.com', displayName: 'Ann', groups: [], roles: [], licenses: [], synced: true, onPremAdmin: false, registered: {}, registeredOn: null },
    ]);
    expect(r.leftOut.disabled).toBe(1);
  });

  it('takes authentication email and phone from the older documented columns', async () => {
    const users = csv([
      ['objectId', 'userPrincipalName', 'authenticationEmail', 'authenticationPhoneNumber'],
      ['1', 'ann@contoso.com', 'ann@fabrikam.com', '+1 425 555 0101'],
    ]);
    const r = await readExports(tempDir(), { users });
    expect(byUpn(r.tenant, 'ann@contoso.com').registered).toEqual({ email: 'ann@fabrikam.com', mobilePhone: '+1 425 555 0101' });
  });
});

describe('tenant import: quoting and line numbers', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('keeps commas, doubled quotes and line breaks inside quoted values (%s)', async (_, eol) => {
    const users = [
      'userPrincipalName,displayName,notes',
      'ann@contoso.com,"Doe, Ann","She said ""hi"""',
      `ben@contoso.com,"Ben${eol}Second line${eol}Third line",x`,
      'cy@contoso.com,Cy,""',
      'dee@contoso.com,Dee "DJ" Jones,plain',
    ].join(eol) + eol;
    const r = await readExports(tempDir(), { users });
    expect(r.tenant.users.map((u) => u.displayName)).toEqual(['Doe, Ann', `Ben${eol}Second line${eol}Third line`, 'Cy', 'Dee "DJ" Jones']);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('reports the file line of a bad row after multi-line cells (%s)', async (_, eol) => {
    const users = [
      'userPrincipalName,displayName', // line 1
      `ann@contoso.com,"Ann${eol}(two lines)"`, // lines 2–3
      '', // line 4: blank
      `ben@contoso.com,"Ben${eol}${eol}(three lines)"`, // lines 5–7
      'not-an-upn,Bad', // line 8
    ].join(eol) + eol;
    const e = await refusalOf(tempDir(), { users });
    expect(e.code).toBe('TENANT_FILE_INVALID');
    expect(e.message).toContain('users.csv: Line 8, column 1 (userPrincipalName)');
    expect(e.message).toContain('"not-an-upn" is not a user principal name');
  });

  it('counts the #TYPE line when it reports a line', async () => {
    const users = exportCsv([['userPrincipalName'], ['ann@contoso.com'], ['ann.contoso.com']]);
    expect((await refusalOf(tempDir(), { users })).message).toContain('users.csv: Line 4, column 1');
  });

  it('keeps line numbers right deep into a file read in several pieces', async () => {
    // About 2.5 MB: the file is read in 1 MiB pieces, and multi-line cells cross their edges.
    const rows = ['userPrincipalName,displayName,notes'];
    for (let i = 0; i < 30_000; i++) rows.push(`user${i}@contoso.com,Zoë ${i},"note ${i}\r\nsecond line, with a comma"`);
    rows.push('broken,Bad,x');
    const e = await refusalOf(tempDir(), { users: utf16le(rows.join('\r\n') + '\r\n') });
    expect(e.message).toContain(`users.csv: Line ${1 + 30_000 * 2 + 1}, column 1 (userPrincipalName)`);
  });

  it.each([
    ['an unclosed quote', 'ann@contoso.com,Ann\r\nben@contoso.com,"Ben\r\ncy@contoso.com,Cy\r\n'],
    ['a stray quote inside a quoted value', 'ann@contoso.com,Ann\r\nben@contoso.com,"Be"n"\r\ncy@contoso.com,Cy\r\n'],
  ])('refuses %s, naming the file and line', async (_, body) => {
    const e = await refusalOf(tempDir(), { users: `userPrincipalName,displayName\r\n${body}` });
    expect(e.code).toBe('TENANT_FILE_INVALID');
    expect(e.message).toContain('users.csv: Line 3');
    expect(e.message).toContain('quote');
  });

  it('refuses a row with more values than the header names (an unquoted comma)', async () => {
    const e = await refusalOf(tempDir(), { users: 'userPrincipalName,displayName\nann@contoso.com,Doe, Ann\n' });
    expect(e.message).toContain('users.csv: Line 2, column 3');
    expect(e.message).toContain('the row has 3 values but the header names 2 columns');
  });
});

describe('tenant import: formula-looking cells', () => {
  const FORMULAS = ['=1+1', '+SUM(A1)', '@x', '-2', '=HYPERLINK("http://evil.example","click")'];

  it('stores them as the literal text and escapes them in the CSV exports', async () => {
    const users = csv([['userPrincipalName', 'displayName'], ...FORMULAS.map((f, i) => [`user${i}@contoso.com`, f])]);
    const r = await readExports(tempDir(), { users });
    expect(r.tenant.users.map((u) => u.displayName)).toEqual(FORMULAS);
    // None of them holds a license: all are in the "uncovered" list people open in Excel.
    const out = tenantCsv('uncovered', allUsersPlan(), r.tenant);
    const lines = out.split(/\r?\n/).filter((l) => l !== '');
    expect(lines).toHaveLength(1 + FORMULAS.length);
    expect(lines[1]).toMatch(/^user0@contoso\.com,'=1\+1,/);
    expect(lines[2]).toMatch(/^user1@contoso\.com,'\+SUM\(A1\),/);
    expect(lines[3]).toMatch(/^user2@contoso\.com,'@x,/);
    expect(lines[4]).toMatch(/^user3@contoso\.com,'-2,/);
    expect(lines[5]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/,[=+\-@]/);
  });
});

describe('tenant import: refusals name the file, line and column', () => {
  it('names the missing required column and the aliases it tried', async () => {
    const e = await refusalOf(tempDir(), { users: csv([['mail', 'displayName'], ['ann@contoso.com', 'Ann']]) });
    expect(e.code).toBe('TENANT_FILE_INVALID');
    expect(e.message).toContain('users.csv');
    expect(e.message).toContain('the user principal name');
    for (const alias of ['"userPrincipalName"', '"User principal name"', '"UPN"']) expect(e.message).toContain(alias);
  });

  it('refuses a UPN without @', async () => {
    const e = await refusalOf(tempDir(), { users: simpleUsers('ann@contoso.com', 'ben.contoso.com') });
    expect(e.message).toContain('users.csv: Line 3, column 1 (userPrincipalName): "ben.contoso.com" is not a user principal name');
  });

  it('refuses a bad boolean in accountEnabled', async () => {
    const users = csv([ADMIN_CENTER_USER_HEADER, adminCenterUser({ upn: 'ann@contoso.com', name: 'Ann' }), adminCenterUser({ upn: 'ben@contoso.com', name: 'Ben', enabled: 'Maybe' })]);
    const e = await refusalOf(tempDir(), { users });
    expect(e.message).toContain('users.csv: Line 3, column 10 (accountEnabled): "Maybe" is not a yes/no value');
  });

  it('refuses a bad date in the registration file’s lastUpdatedDateTime', async () => {
    const registration = csv([
      ['userPrincipalName', 'methodsRegistered', 'lastUpdatedDateTime'],
      ['ann@contoso.com', 'email', '2026-10-04T09:30:00Z'],
      ['ben@contoso.com', 'email;mobilePhone', '2026-02-30T09:30:00Z'],
    ]);
    const e = await refusalOf(tempDir(), { users: simpleUsers('ann@contoso.com', 'ben@contoso.com'), registration });
    expect(e.message).toContain('registration.csv: Line 3, column 3 (lastUpdatedDateTime): "2026-02-30T09:30:00Z" is not a date');
  });

  it('refuses a UPN listed twice, whatever its case, naming both lines', async () => {
    const e = await refusalOf(tempDir(), { users: simpleUsers('ann@contoso.com', 'ben@contoso.com', 'Ann@Contoso.com') });
    expect(e.message).toContain('users.csv: Line 4, column 1 (userPrincipalName): Ann@Contoso.com appears again (first on line 2)');
  });

  it('refuses a file that is not UTF-8 (Latin-1 bytes) with a message saying how to save it', async () => {
    const users = Buffer.from('userPrincipalName,displayName\r\nzoe@contoso.com,Zo\xeb M\xfcller\r\n', 'latin1');
    const e = await refusalOf(tempDir(), { users });
    expect(e.code).toBe('TENANT_FILE_INVALID');
    expect(e.message).toContain('users.csv is not UTF-8 or UTF-16 text');
    expect(e.message).toContain('CSV UTF-8');
  });

  it('refuses Latin-1 bytes that come only after the first megabyte', async () => {
    const rows = ['userPrincipalName,displayName'];
    for (let i = 0; i < 60_000; i++) rows.push(`user${i}@contoso.com,User ${i}`);
    const users = Buffer.concat([Buffer.from(rows.join('\r\n') + '\r\n'), Buffer.from('zoe@contoso.com,Zo\xeb\r\n', 'latin1')]);
    expect(users.length).toBeGreaterThan(1 << 20);
    expect((await refusalOf(tempDir(), { users })).message).toContain('users.csv is not UTF-8 or UTF-16 text');
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\r\n\r\n'],
    ['a BOM and nothing else', BOM],
  ])('refuses %s', async (_, users) => {
    const e = await refusalOf(tempDir(), { users });
    expect(e.message).toBe('users.csv is empty: its first line must name the columns.');
  });

  it.each([
    ['a header only', 'userPrincipalName,displayName\r\n'],
    ['a #TYPE line and a header', exportCsv([['userPrincipalName', 'displayName']])],
  ])('refuses %s', async (_, users) => {
    const e = await refusalOf(tempDir(), { users });
    expect(e.message).toBe('users.csv names its columns but lists no users.');
  });

  it('says which file it cannot read', async () => {
    const dir = tempDir();
    const missing = { path: `${dir}/nowhere.csv`, label: 'nowhere.csv' };
    await expect(readTenantFiles({ users: missing, groupMembers: [] }, QUALIFYING_SKUS, () => undefined)).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      message: expect.stringContaining('nowhere.csv'),
    });
  });

  it('refuses two member files for one group', async () => {
    const dir = tempDir();
    const members = csv([MEMBER_HEADER, userMember('ann@contoso.com')]);
    const files = {
      users: put(dir, 'users.csv', simpleUsers('ann@contoso.com')),
      groupMembers: [
        { group: 'Sales', file: put(dir, 'a.csv', members) },
        { group: 'SALES', file: put(dir, 'b.csv', members) },
      ],
    };
    await expect(readTenantFiles(files, QUALIFYING_SKUS, () => undefined)).rejects.toMatchObject({ code: 'TENANT_FILE_INVALID', message: expect.stringContaining('"SALES"') });
  });
});

describe('tenant import: group members', () => {
  const users = csv([
    ['userPrincipalName', 'displayName', 'id', 'accountEnabled'],
    ['ann@contoso.com', 'Ann', '8A5C0D1E-0000-4000-A000-000000000001', 'True'],
    ['ben@contoso.com', 'Ben', '8a5c0d1e-0000-4000-a000-000000000002', 'True'],
    ['cy@contoso.com', 'Cy', '8a5c0d1e-0000-4000-a000-000000000003', 'True'],
    ['dee@contoso.com', 'Dee', '8a5c0d1e-0000-4000-a000-000000000004', 'False'],
  ]);

  it('keeps nested groups as group members and resolves deep nesting transitively', async () => {
    const chain = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'];
    const groups: Record<string, string> = {};
    chain.forEach((name, i) => {
      groups[name] = csv([MEMBER_HEADER, ...(i < chain.length - 1 ? [groupMember(chain[i + 1])] : [userMember('cy@contoso.com')])]);
    });
    groups.L3 = csv([MEMBER_HEADER, groupMember('L4'), userMember('ben@contoso.com')]);
    const r = await readExports(tempDir(), { users, groups });
    expect(r.tenant.groups.find((g) => g.name === 'L1')?.members).toEqual(['group:L2']);
    expect(r.tenant.groups.find((g) => g.name === 'L3')?.members).toEqual(['group:L4', 'ben@contoso.com']);
    const members = groupResolver(r.tenant);
    expect([...members('L1')].sort()).toEqual(['ben@contoso.com', 'cy@contoso.com']);
    expect([...members('L4')]).toEqual(['cy@contoso.com']);
    expect(r.warnings).toEqual([]);
    expect(r.counts).toMatchObject({ groups: 6, memberships: 7 });
  });

  it('warns about a membership cycle and still resolves each member once', async () => {
    const groups = {
      A: csv([MEMBER_HEADER, groupMember('B'), userMember('ann@contoso.com')]),
      B: csv([MEMBER_HEADER, groupMember('C'), userMember('ben@contoso.com')]),
      C: csv([MEMBER_HEADER, groupMember('A'), userMember('cy@contoso.com')]),
    };
    const r = await readExports(tempDir(), { users, groups });
    expect(r.warnings).toEqual(['Groups nest in a loop (A → B → C → A); each member counts once.']);
    const members = groupResolver(r.tenant);
    for (const g of ['A', 'B', 'C']) expect([...members(g)].sort()).toEqual(['ann@contoso.com', 'ben@contoso.com', 'cy@contoso.com']);
  });

  it('warns about a group that holds itself', async () => {
    const r = await readExports(tempDir(), { users, groups: { Self: csv([MEMBER_HEADER, groupMember('Self'), userMember('ann@contoso.com')]) } });
    expect(r.warnings).toEqual(['Groups nest in a loop (Self → Self); each member counts once.']);
    expect([...groupResolver(r.tenant)('Self')]).toEqual(['ann@contoso.com']);
  });

  it('finds members listed by object id only through the users file’s id column', async () => {
    const members = csv([
      ['Object ID', 'Member type'],
      ['8a5c0d1e-0000-4000-a000-000000000001', 'User'], // the users file wrote this id in capitals
      ['8A5C0D1E-0000-4000-A000-000000000003', 'User'],
    ]);
    const r = await readExports(tempDir(), { users, groups: { Sales: members } });
    // Members are stored under the UPN the users file spells.
    expect(r.tenant.groups).toEqual([{ name: 'Sales', members: ['ann@contoso.com', 'cy@contoso.com'] }]);
    expect(r.warnings).toEqual([]);
  });

  it('counts members that are not imported users in one warning', async () => {
    const members = csv([
      MEMBER_HEADER,
      userMember('ann@contoso.com'),
      userMember('dee@contoso.com', '8a5c0d1e-0000-4000-a000-000000000004'), // disabled, so left out
      userMember('stranger@contoso.com'),
      ['ffffffff-0000-4000-a000-00000000ffff', '', 'Unknown', 'User'],
      userMember('ANN@contoso.com'), // the same user again
    ]);
    const r = await readExports(tempDir(), { users, groups: { Sales: members } });
    expect(r.tenant.groups).toEqual([{ name: 'Sales', members: ['ann@contoso.com'] }]);
    expect(r.warnings).toEqual([
      'Sales.csv: 3 members of Sales are not among the imported users (disabled, guests or missing from the users file) and were left out.',
    ]);
  });

  it('warns about a nested group that has no member file', async () => {
    const members = csv([MEMBER_HEADER, groupMember('Contractors'), groupMember('Interns'), userMember('ann@contoso.com')]);
    const r = await readExports(tempDir(), { users, groups: { Sales: members } });
    expect(r.warnings).toEqual(['2 nested groups have no member file, so their members do not count: Contractors, Interns.']);
  });

  it('resolves a nested group named in another case than its member file', async () => {
    // Entra group names are not case-sensitive; the parent's export may spell the name differently
    // from the name the member file was given under.
    const groups = {
      Top: csv([MEMBER_HEADER, groupMember('sales-emea'), userMember('ann@contoso.com')]),
      'Sales-EMEA': csv([MEMBER_HEADER, userMember('ben@contoso.com'), groupMember('top')]),
    };
    const r = await readExports(tempDir(), { users, groups });
    expect([...groupResolver(r.tenant)('Top')].sort()).toEqual(['ann@contoso.com', 'ben@contoso.com']);
    expect(r.warnings).toEqual(['Groups nest in a loop (Top → Sales-EMEA → Top); each member counts once.']);
  });

  it('refuses a member file with no column naming the members', async () => {
    const e = await refusalOf(tempDir(), { users, groups: { Sales: csv([['Display name', 'Member type'], ['Ann', 'User']]) } });
    expect(e.message).toContain('Sales.csv: no column identifies the members');
  });

  it('refuses a nested-group row without the group’s name', async () => {
    const e = await refusalOf(tempDir(), { users, groups: { Sales: csv([MEMBER_HEADER, userMember('ann@contoso.com'), ['abc', '', '', 'Group']]) } });
    expect(e.message).toContain('Sales.csv: Line 3, column 3 (Display name)');
  });

  it('covers a licensed group’s transitive members through group-based licensing', async () => {
    const groups = {
      'LIC-E3': csv([MEMBER_HEADER, groupMember('Sales')]),
      Sales: csv([MEMBER_HEADER, groupMember('Sales-EMEA'), userMember('ann@contoso.com')]),
      'Sales-EMEA': csv([MEMBER_HEADER, userMember('ben@contoso.com')]),
    };
    const licenses = csv([
      ['userPrincipalName', 'groupName', 'skuPartNumber'],
      ['', 'lic-e3', 'SPE_E3'], // the license file may spell the group in another case
      ['', 'LIC-Ghost', 'AAD_PREMIUM'],
    ]);
    const r = await readExports(tempDir(), { users, groups, licenses });
    expect(r.tenant.groups.find((g) => g.name === 'LIC-E3')?.licenses).toEqual(['SPE_E3']);
    // Group-based licenses are not direct ones.
    expect(r.tenant.users.every((u) => u.licenses.length === 0)).toBe(true);
    expect(r.warnings).toEqual([
      'The license file assigns licenses to the group "LIC-Ghost", but no member file lists its members, so nobody is covered through it.',
    ]);
    const report = licenseReport(allUsersPlan(), r.tenant);
    expect(report.uncovered.map((u) => [u.upn, u.reason])).toEqual([['cy@contoso.com', 'noLicense']]);
    expect(report.covered).toBe(2);
    expect(report.skus.find((s) => s.skuPartNumber === 'SPE_E3')?.holders).toBe(2);
  });

  it('adds direct licenses from the license file to those in the users file', async () => {
    const licenses = exportCsv([
      ['userPrincipalName', 'skuPartNumber'],
      ['ANN@contoso.com', 'SPE_E3;AAD_PREMIUM'],
      ['ann@contoso.com', 'AAD_PREMIUM'],
      ['ben@contoso.com', 'Enterprise Mobility + Security E3'],
      ['nobody@contoso.com', 'SPE_E3'],
    ]);
    const r = await readExports(tempDir(), { users, licenses });
    expect(byUpn(r.tenant, 'ann@contoso.com').licenses).toEqual(['SPE_E3', 'AAD_PREMIUM']);
    expect(byUpn(r.tenant, 'ben@contoso.com').licenses).toEqual(['EMS']);
    expect(r.warnings).toEqual(['licenses.csv: 1 row names users not among the imported users and was skipped.']);
  });
});

describe('tenant import: roles', () => {
  const users = simpleUsers('ann@contoso.com', 'ben@contoso.com', 'cy@contoso.com', 'da@contoso.com');

  it('makes Entra role holders admins, and "Domain Admins" an on-premises admin instead of a role', async () => {
    // The demo's roles file: Windows PowerShell, Export-Csv -Encoding Unicode.
    const roles = utf16le(
      exportCsv([
        ['userPrincipalName', 'role'],
        ['ann@contoso.com', 'Password administrator'],
        ['ann@contoso.com', 'User administrator'],
        ['ben@contoso.com', 'Global administrator; Password administrator'],
        ['da@contoso.com', 'Domain Admins'],
        ['da@contoso.com', 'Enterprise Admins'],
        ['gone@contoso.com', 'Global administrator'],
      ]),
    );
    const r = await readExports(tempDir(), { users, roles });
    expect(r.tenant.users.map((u) => [u.upn, u.roles, u.onPremAdmin])).toEqual([
      ['ann@contoso.com', ['Password administrator', 'User administrator'], false],
      ['ben@contoso.com', ['Global administrator', 'Password administrator'], false],
      ['cy@contoso.com', [], false],
      ['da@contoso.com', [], true],
    ]);
    expect(r.counts.admins).toBe(2);
    expect(r.warnings).toEqual(['roles.csv: 1 row names users not among the imported users and was skipped.']);
  });

  it('takes roles from the users file’s roles column too', async () => {
    const r = await readExports(tempDir(), {
      users: csv([
        ['userPrincipalName', 'roles'],
        ['ann@contoso.com', 'Helpdesk administrator;Domain Admins'],
        ['ben@contoso.com', ''],
      ]),
    });
    expect(r.tenant.users.map((u) => [u.upn, u.roles, u.onPremAdmin])).toEqual([
      ['ann@contoso.com', ['Helpdesk administrator'], true],
      ['ben@contoso.com', [], false],
    ]);
  });

  it('puts admins in scope whatever the scope (§3)', async () => {
    const roles = csv([['userPrincipalName', 'role'], ['ann@contoso.com', 'Password administrator'], ['da@contoso.com', 'Domain Admins']]);
    const r = await readExports(tempDir(), { users, roles, groups: { Pilot: csv([MEMBER_HEADER, userMember('ben@contoso.com')]) } });
    expect(r.tenant.users.filter(isAdmin).map((u) => u.upn)).toEqual(['ann@contoso.com']);
    expect(enabledUsers(r.tenant, 'none', '').map((u) => u.upn)).toEqual(['ann@contoso.com']);
    expect(enabledUsers(r.tenant, 'selected', 'Pilot').map((u) => u.upn)).toEqual(['ann@contoso.com', 'ben@contoso.com']);
    const plan = createDefaultPlan('Contoso');
    plan.policy.scope = 'none';
    expect(licenseReport(plan, r.tenant).inScope).toBe(1);
  });
});

describe('tenant import: registration details', () => {
  const users = simpleUsers('ann@contoso.com', 'ben@contoso.com', 'cy@contoso.com', 'dee@contoso.com', 'eve@contoso.com');

  it('maps Graph’s method names to method ids and ignores methods SSPR does not use', async () => {
    const registration = csv([
      ['userPrincipalName', 'userDisplayName', 'userType', 'isAdmin', 'isSsprRegistered', 'isSsprEnabled', 'isSsprCapable', 'isMfaRegistered', 'methodsRegistered', 'lastUpdatedDateTime'],
      ['ann@contoso.com', 'Ann', 'member', 'False', 'True', 'True', 'True', 'True', 'microsoftAuthenticatorPush;softwareOneTimePasscode;mobilePhone', '2026-10-06T09:30:00Z'],
      ['ben@contoso.com', 'Ben', 'member', 'False', 'True', 'True', 'True', 'True', 'email,officePhone,alternateMobilePhone,securityQuestion', '2026-11-04T09:30:00Z'],
      ['cy@contoso.com', 'Cy', 'member', 'False', 'False', 'True', 'False', 'True', 'windowsHelloForBusiness;fido2SecurityKey;passKeyDeviceBound;temporaryAccessPass', '2026-11-05T09:30:00Z'],
      ['dee@contoso.com', 'Dee', 'member', 'False', 'False', 'True', 'False', 'False', '', ''],
      ['stranger@contoso.com', 'Stranger', 'member', 'False', 'False', 'True', 'False', 'False', 'email', '2026-11-05T09:30:00Z'],
    ]);
    const r = await readExports(tempDir(), { users, registration });
    expect(r.tenant.users.map((u) => [u.upn, u.registered, u.registeredOn])).toEqual([
      ['ann@contoso.com', { appNotification: true, appCode: true, mobilePhone: true }, '2026-10-06'],
      ['ben@contoso.com', { email: true, officePhone: true, mobilePhone: true, securityQuestions: true }, '2026-11-04'],
      // Only methods SSPR cannot use: nothing registered, no date.
      ['cy@contoso.com', {}, null],
      ['dee@contoso.com', {}, null],
      ['eve@contoso.com', {}, null],
    ]);
    expect(r.counts.withMethods).toBe(2);
    expect(r.warnings).toEqual(['registration.csv: 1 row names users not among the imported users and was skipped.']);
  });

  it('reads the portal’s "User registration details" download: its wording, "Registered / Not Registered" and local dates', async () => {
    const registration = csv([
      ['User principal name', 'User display name', 'SSPR registered', 'SSPR capable', 'Methods registered', 'Last updated time'],
      ['ann@contoso.com', 'Ann', 'Registered', 'Capable', 'Microsoft Authenticator app, Mobile phone', '8/19/2026 1:25:31 PM'],
      ['ben@contoso.com', 'Ben', 'Registered', 'Capable', 'Email, Security questions, Office phone', '19/08/2026 13:25'],
      ['cy@contoso.com', 'Cy', 'Not Registered', 'Not Capable', 'Software OATH token', '2026-08-01'],
      ['dee@contoso.com', 'Dee', 'Not Registered', 'Not Capable', '', ''],
    ]);
    const r = await readExports(tempDir(), { users, registration });
    expect(r.tenant.users.slice(0, 4).map((u) => [u.upn, u.registered, u.registeredOn])).toEqual([
      ['ann@contoso.com', { appNotification: true, mobilePhone: true }, '2026-08-19'],
      ['ben@contoso.com', { email: true, securityQuestions: true, officePhone: true }, '2026-08-19'],
      ['cy@contoso.com', { appCode: true }, '2026-08-01'],
      ['dee@contoso.com', {}, null],
    ]);
  });

  it('gives isRegistered per §13: admins need two methods and never count security questions', async () => {
    const registration = csv([
      ['userPrincipalName', 'methodsRegistered', 'lastUpdatedDateTime'],
      ['ann@contoso.com', 'email;securityQuestion', '2026-10-06'], // user: 2 methods
      ['ben@contoso.com', 'email;securityQuestion', '2026-10-06'], // admin: questions do not count
      ['cy@contoso.com', 'email;mobilePhone', '2026-10-06'], // admin: 2 methods
      ['dee@contoso.com', 'email', '2026-10-06'], // user: 1 method
    ]);
    const roles = csv([['userPrincipalName', 'role'], ['ben@contoso.com', 'Password administrator'], ['cy@contoso.com', 'Global administrator']]);
    const r = await readExports(tempDir(), { users, registration, roles });
    const policy = { ...createDefaultPlan().policy, methods: ['email', 'mobilePhone', 'securityQuestions'] as Plan['policy']['methods'], methodsToRegister: 2 };
    expect(r.tenant.users.map((u) => [u.upn, isRegistered(u, policy)])).toEqual([
      ['ann@contoso.com', true],
      ['ben@contoso.com', false],
      ['cy@contoso.com', true],
      ['dee@contoso.com', false],
      ['eve@contoso.com', false],
    ]);
    // With one method required a user registers with one; an admin still needs two.
    const one = { ...policy, methodsToRegister: 1 };
    expect(isRegistered(byUpn(r.tenant, 'dee@contoso.com'), one)).toBe(true);
    expect(isRegistered(byUpn(r.tenant, 'ben@contoso.com'), one)).toBe(false);
  });

  it('refuses a registration file without a methods column', async () => {
    const e = await refusalOf(tempDir(), { users, registration: csv([['userPrincipalName', 'isSsprRegistered'], ['ann@contoso.com', 'True']]) });
    expect(e.message).toContain('registration.csv: no column holds the registered methods');
    expect(e.message).toContain('"methodsRegistered"');
  });
});
