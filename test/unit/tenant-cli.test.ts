import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';
import { COMMAND_HELP } from '../../main/cli-help';
import { useTempDir } from './helpers';
import { csv, exportCsv, MEMBER_HEADER, put, userMember } from './tenant-helpers';

const tempDir = useTempDir();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const result = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), progress: (l) => progress.push(l) });
  if (result.code === 'serving') throw new Error('unexpected serve');
  return { code: result.code, out: out.join('\n'), err: err.join('\n'), progress };
}

/** A plan whose policy enables everyone, and a small export in a folder next to it. */
async function planAndExport() {
  const dir = tempDir();
  const plan = path.join(dir, 'rollout.ssprplan');
  expect((await cli('new', plan, '--org', 'Contoso')).code).toBe(0);
  expect((await cli('set', plan, 'scope=all')).code).toBe(0);
  const files = {
    users: put(
      dir,
      'users.csv',
      csv([
        ['userPrincipalName', 'displayName', 'accountEnabled', 'directorySynced', 'userType'],
        ['ann@contoso.com', 'Ann', 'True', 'True', 'Member'],
        ['ben@contoso.com', '=1+1', 'True', 'True', 'Member'],
        ['cy@contoso.com', 'Cy', 'True', '', 'Member'],
        ['dee@contoso.com', 'Dee', 'True', '', 'Member'],
        ['old@contoso.com', 'Old', 'False', '', 'Member'],
        ['guest_x.com#EXT#@contoso.onmicrosoft.com', 'Guest', 'True', '', 'Guest'],
      ]),
    ).path,
    pilot: put(dir, 'pilot.csv', csv([MEMBER_HEADER, userMember('ann@contoso.com'), ['', '', 'Pilot-IT', 'Group']])).path,
    pilotIt: put(dir, 'pilot-it.csv', csv([MEMBER_HEADER, userMember('ben@contoso.com'), userMember('stranger@contoso.com')])).path,
    licenses: put(
      dir,
      'licenses.csv',
      exportCsv([
        ['userPrincipalName', 'groupName', 'skuPartNumber'],
        ['', 'SSPR-Pilot', 'AAD_PREMIUM'],
        ['cy@contoso.com', '', 'O365_BUSINESS_PREMIUM'],
        ['dee@contoso.com', '', 'FLOW_FREE'],
      ]),
    ).path,
    roles: put(dir, 'roles.csv', csv([['userPrincipalName', 'role'], ['dee@contoso.com', 'Password administrator']])).path,
    registration: put(dir, 'registration.csv', csv([['userPrincipalName', 'methodsRegistered'], ['ann@contoso.com', 'email;mobilePhone;microsoftAuthenticatorPush']])).path,
  };
  const args = [
    plan,
    '--users',
    files.users,
    '--group-members',
    `SSPR-Pilot=${files.pilot}`,
    `--group-members=Pilot-IT=${files.pilotIt}`,
    '--licenses',
    files.licenses,
    '--roles',
    files.roles,
    '--registration',
    files.registration,
  ];
  return { dir, plan, files, args };
}

describe('sspr-planner import-tenant', () => {
  it('imports the files and prints what it read', async () => {
    const { plan, args } = await planAndExport();
    const r = await cli('import-tenant', ...args);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`Imported 4 users, 2 groups and 3 memberships into ${plan}.`);
    expect(lines[1]).toBe('  1 admin, 2 users with a direct license, 1 user with registered methods.');
    expect(lines).toContain('  users.csv: 6 rows');
    expect(lines).toContain('  pilot.csv: 2 rows (members of SSPR-Pilot)');
    expect(lines).toContain('  Left out: 1 disabled account, 1 guest (SSPR does not serve them).');
    expect(lines).toContain('First import into this plan.');
    expect(lines).toContain(
      'Warning: pilot-it.csv: 1 member of Pilot-IT is not among the imported users (disabled, guests or missing from the users file) and was left out.',
    );

    // A second import reports the changes.
    const again = await cli('import-tenant', ...args);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Changes since the last snapshot:\n  0 users added\n  0 users removed');
  });

  it('prints one JSON document with --json, and no progress', async () => {
    const { plan, args } = await planAndExport();
    const r = await cli('import-tenant', ...args, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.progress).toEqual([]);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ plan, counts: { users: 4, groups: 2, memberships: 3, admins: 1 }, leftOut: { disabled: 1, guests: 1 }, changes: null });
  });

  it('needs --users, showing the usage (exit 2)', async () => {
    const { plan, files } = await planAndExport();
    const r = await cli('import-tenant', plan, '--licenses', files.licenses);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('--users FILE is required');
    expect(r.err).toContain(COMMAND_HELP['import-tenant']);
  });

  it.each([['members.csv'], ['=members.csv'], ['Pilot=']])('refuses --group-members %s without NAME=FILE (exit 2)', async (value) => {
    const { plan, files } = await planAndExport();
    const r = await cli('import-tenant', plan, '--users', files.users, '--group-members', value);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--group-members takes NAME=FILE');
    expect(r.err).toContain(`"${value}"`);
    expect(r.err).toContain(COMMAND_HELP['import-tenant']);
  });

  it('refuses a bad file with exit 2, naming the file and line, and keeps the plan as it was', async () => {
    const { dir, plan, args } = await planAndExport();
    expect((await cli('import-tenant', ...args)).code).toBe(0);
    const before = await cli('licenses', plan, '--json');
    const bad = put(dir, 'bad-users.csv', 'userPrincipalName,displayName\r\nann@contoso.com,Ann\r\nben at contoso.com,Ben\r\n').path;
    const r = await cli('import-tenant', plan, '--users', bad);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('bad-users.csv: Line 3, column 1 (userPrincipalName): "ben at contoso.com" is not a user principal name');
    expect(r.err).toContain('[TENANT_FILE_INVALID]');
    expect((await cli('licenses', plan, '--json')).out).toBe(before.out);
  });

  it('refuses a file that does not exist with exit 2', async () => {
    const { dir, plan } = await planAndExport();
    const r = await cli('import-tenant', plan, '--users', path.join(dir, 'nope.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('nope.csv');
  });

  it('refuses an option it does not have', async () => {
    const { plan, files } = await planAndExport();
    const r = await cli('import-tenant', plan, '--users', files.users, '--groups', 'x');
    expect(r.code).toBe(2);
    expect(r.err).toContain('"import-tenant" has no option --groups');
  });

  it('draws a progress line on a terminal and clears it at the end', async () => {
    const dir = tempDir();
    const plan = path.join(dir, 'big.ssprplan');
    await cli('new', plan);
    const rows = [['userPrincipalName', 'displayName', 'department']];
    for (let i = 0; i < 60_000; i++) rows.push([`user${i}@contoso.com`, `User Number ${i}`, 'Operations and logistics']);
    const users = put(dir, 'users.csv', csv(rows)).path;
    const r = await cli('import-tenant', plan, '--users', users);
    expect(r.code).toBe(0);
    expect(r.progress.at(-1)).toBe('');
    for (const line of r.progress.slice(0, -1)) expect(line).toMatch(/^Reading users\.csv {2}\d+\.\d \/ \d+\.\d MB {2}\[[#.]{24}\] \d+%$/);
  });
});

describe('sspr-planner licenses', () => {
  it('prints exactly one JSON document with inScope, covered and the uncovered users and why', async () => {
    const { plan, args } = await planAndExport();
    await cli('import-tenant', ...args);
    const r = await cli('licenses', plan, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const doc = JSON.parse(r.out);
    expect(doc.plan).toBe(plan);
    expect(doc.inScope).toBe(4);
    expect(doc.covered).toBe(3);
    // ann and ben hold P1 through SSPR-Pilot (ben nested); cy is cloud-only with Business Standard.
    expect(doc.uncovered.map((u: { upn: string; reason: string }) => ({ upn: u.upn, reason: u.reason }))).toEqual([{ upn: 'dee@contoso.com', reason: 'unknownSku' }]);
  });

  it('writes the uncovered users to --out as CSV', async () => {
    const { dir, plan, args } = await planAndExport();
    await cli('import-tenant', ...args);
    await cli('set', plan, 'scope=none');
    const out = path.join(dir, 'uncovered.csv');
    const r = await cli('licenses', plan, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Wrote the users not covered to ${out}.`);
    expect(r.out).toContain('dee@contoso.com  (No wave) holds only licenses the SKU table does not list: FLOW_FREE');
    expect(readFileSync(out, 'utf8')).toBe(
      'userPrincipalName,displayName,wave,synced,reason,licensesHeld\r\ndee@contoso.com,Dee,No wave,False,holds only licenses the SKU table does not list,FLOW_FREE\r\n',
    );
    const json = await cli('licenses', plan, '--json', '--out', out);
    expect(JSON.parse(json.out).inScope).toBe(1);
  });
});
