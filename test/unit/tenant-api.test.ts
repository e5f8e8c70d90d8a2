import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../main/api';
import { MIGRATIONS } from '../../main/store/migrations';
import { PLAN_APPLICATION_ID } from '../../main/store/file-check';
import { PlanStore } from '../../main/store/plan-store';
import { DEMO_TENANT_DIR, demoTenantFiles } from '../../scripts/demo-tenant-files';
import type { ImportProgress } from '../../shared/api';
import { createDemoPlan } from '../../shared/plan/demo';
import { createDemoTenant } from '../../shared/plan/demoTenant';
import { PLAN_SECTION_KEYS } from '../../shared/plan/schema';
import type { Tenant } from '../../shared/plan/tenant';
import { groupResolver } from '../../shared/tenant/groups';
import { tenantCounts } from '../../shared/tenant/importSummary';
import { isRegistered } from '../../shared/tenant/registration';
import { refusal, useTempDir } from './helpers';
import { csv, exportCsv, MEMBER_HEADER, put, userMember, utf16le } from './tenant-helpers';

const tempDir = useTempDir();

async function newPlan(options: { demo?: boolean } = {}): Promise<{ api: Api; dir: string; planPath: string }> {
  const dir = tempDir();
  const api = createApi({ mode: 'cli', dataDir: dir });
  const planPath = path.join(dir, 'contoso.ssprplan');
  await api.invoke('plan.create', { path: planPath, demo: options.demo ?? false });
  return { api, dir, planPath };
}


/** What the plan file holds, read by a connection of its own. */
function onDisk(planPath: string) {
  const store = PlanStore.open(planPath);
  try {
    return { ...store.read(), lastImport: store.readImportSummary() };
  } finally {
    store.close();
  }
}

/** A small tenant export: four users, a nested group, licenses, roles and registration. */
function writeExport(dir: string, over: { users?: string[][]; registration?: string } = {}) {
  const users = over.users ?? [
    ['ann@contoso.com', 'Ann', 'True', 'True'],
    ['ben@contoso.com', 'Ben', 'True', ''],
    ['cy@contoso.com', 'Cy', 'True', 'True'],
    ['dee@contoso.com', 'Dee', 'True', ''],
  ];
  return {
    users: put(dir, 'users.csv', csv([['userPrincipalName', 'displayName', 'accountEnabled', 'directorySynced'], ...users])).path,
    groupMembers: [
      { group: 'SSPR-Pilot', file: put(dir, 'pilot.csv', csv([MEMBER_HEADER, userMember('ann@contoso.com'), ['', '', 'Pilot-IT', 'Group']])).path },
      { group: 'Pilot-IT', file: put(dir, 'pilot-it.csv', csv([MEMBER_HEADER, userMember('ben@contoso.com')])).path },
    ],
    licenses: put(dir, 'licenses.csv', exportCsv([['userPrincipalName', 'skuPartNumber'], ['ann@contoso.com', 'SPE_E3'], ['cy@contoso.com', 'O365_BUSINESS_PREMIUM']])).path,
    roles: put(dir, 'roles.csv', utf16le(exportCsv([['userPrincipalName', 'role'], ['dee@contoso.com', 'Password administrator']]))).path,
    registration: put(
      dir,
      'registration.csv',
      over.registration ??
        csv([
          ['userPrincipalName', 'methodsRegistered', 'lastUpdatedDateTime'],
          ['ann@contoso.com', 'email;mobilePhone;microsoftAuthenticatorPush', '2026-10-06T09:30:00Z'],
          ['ben@contoso.com', 'email', '2026-10-07T09:30:00Z'],
        ]),
    ).path,
  };
}

describe('tenant import through the API', () => {
  it('stores the first import with no changes to report, and keeps its summary', async () => {
    const { api, dir, planPath } = await newPlan();
    const result = await api.invoke('tenant.importFiles', writeExport(dir));
    expect(result.summary.changes).toBeNull();
    expect(result.summary.counts).toEqual({ users: 4, groups: 2, memberships: 3, admins: 1, licensed: 2, withMethods: 2 });
    expect(result.summary.files.map((f) => [f.kind, f.name, f.rows, f.group])).toEqual([
      ['users', 'users.csv', 4, undefined],
      ['groupMembers', 'pilot.csv', 2, 'SSPR-Pilot'],
      ['groupMembers', 'pilot-it.csv', 1, 'Pilot-IT'],
      ['licenses', 'licenses.csv', 2, undefined],
      ['roles', 'roles.csv', 1, undefined],
      ['registration', 'registration.csv', 2, undefined],
    ]);
    expect(result.state.tenantUsers).toBe(4);
    expect(await api.invoke('tenant.summary', {})).toEqual({ counts: result.summary.counts, lastImport: result.summary });
    api.close();
    const stored = onDisk(planPath);
    expect(stored.lastImport).toEqual(result.summary);
    expect(stored.tenant.users.map((u) => u.upn)).toEqual(['ann@contoso.com', 'ben@contoso.com', 'cy@contoso.com', 'dee@contoso.com']);
    expect(stored.tenant.groups).toEqual([
      { name: 'SSPR-Pilot', members: ['ann@contoso.com', 'group:Pilot-IT'] },
      { name: 'Pilot-IT', members: ['ben@contoso.com'] },
    ]);
  });

  it('reports what a re-import changed: users added and removed, newly covered and newly registered', async () => {
    const { api, dir } = await newPlan();
    await api.invoke('plan.update', {
      changes: [
        { path: 'policy.scope', value: 'all' },
        { path: 'policy.methods', value: ['email', 'mobilePhone', 'appNotification'] },
        { path: 'policy.methodsToRegister', value: 2 },
      ],
    });
    await api.invoke('tenant.importFiles', writeExport(dir));
    const next = tempDir();
    const files = writeExport(next, {
      users: [
        ['ann@contoso.com', 'Ann', 'True', 'True'],
        ['ben@contoso.com', 'Ben', 'True', ''],
        ['cy@contoso.com', 'Cy', 'True', ''], // no longer synced: Business Standard now covers her
        ['eve@contoso.com', 'Eve', 'True', ''],
        ['fay@contoso.com', 'Fay', 'True', ''],
      ],
      registration: csv([
        ['userPrincipalName', 'methodsRegistered', 'lastUpdatedDateTime'],
        ['ann@contoso.com', 'email;mobilePhone', '2026-10-06'],
        ['ben@contoso.com', 'email;mobilePhone', '2026-11-07'],
      ]),
    });
    const { summary } = await api.invoke('tenant.importFiles', files);
    expect(summary.changes).toEqual({
      added: { count: 2, first: ['eve@contoso.com', 'fay@contoso.com'] },
      removed: { count: 1, first: ['dee@contoso.com'] },
      newlyLicensed: { count: 1, first: ['cy@contoso.com'] },
      newlyRegistered: { count: 1, first: ['ben@contoso.com'] },
    });
    expect((await api.invoke('tenant.summary', {})).lastImport).toEqual(summary);
    api.close();
  });

  it('changes nothing when the last file of a re-import is refused', async () => {
    const { api, dir, planPath } = await newPlan();
    await api.invoke('plan.update', { changes: [{ path: 'policy.group', value: 'SSPR-Pilot' }] });
    await api.invoke('tenant.importFiles', writeExport(dir));
    const licensesBefore = await api.invoke('tenant.licenses', {});
    const findingsBefore = await api.invoke('plan.validate', {});
    api.close();
    const before = onDisk(planPath);
    expect(before.lastImport).not.toBeNull();

    const again = createApi({ mode: 'cli', dataDir: dir });
    await again.invoke('plan.open', { path: planPath });
    // Every file reads well except the registration file, which is read last.
    const next = tempDir();
    const files = writeExport(next, {
      users: [['zed@contoso.com', 'Zed', 'True', '']],
      registration: 'userPrincipalName,methodsRegistered\r\nzed@contoso.com,email\r\nzed@contoso.com,"email\r\n',
    });
    const e = await refusal(again.invoke('tenant.importFiles', files));
    expect(e.code).toBe('TENANT_FILE_INVALID');
    expect(e.message).toContain('registration.csv: Line 3');
    // The open session still shows the old snapshot…
    expect(await again.invoke('tenant.licenses', {})).toEqual(licensesBefore);
    expect((await again.invoke('tenant.summary', {})).lastImport).toEqual(before.lastImport);
    again.close();

    // …and so does the file, opened afresh.
    expect(onDisk(planPath)).toEqual(before);
    const third = createApi({ mode: 'cli', dataDir: dir });
    expect((await third.invoke('plan.open', { path: planPath })).findings).toEqual(findingsBefore);
    third.close();
    const db = new Database(planPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses a second import while one is reading', async () => {
    const { api, dir } = await newPlan();
    const files = writeExport(dir);
    const first = api.invoke('tenant.importFiles', files);
    const e = await refusal(api.invoke('tenant.importFiles', files));
    expect(e.code).toBe('IMPORT_BUSY');
    await first;
    api.close();
  });

  it('escapes formula-looking cells in the CSV it exports', async () => {
    const { api, dir } = await newPlan();
    await api.invoke('plan.update', { changes: [{ path: 'policy.scope', value: 'all' }] });
    const users = put(dir, 'users.csv', csv([['userPrincipalName', 'displayName'], ['a@contoso.com', '=1+1'], ['b@contoso.com', '@SUM(A1)']]));
    await api.invoke('tenant.importFiles', { users: users.path });
    const { fileName, csv: out } = await api.invoke('tenant.exportCsv', { list: 'uncovered' });
    expect(fileName).toBe('contoso-unlicensed-users.csv');
    expect(out).toContain("a@contoso.com,'=1+1,");
    expect(out).toContain("b@contoso.com,'@SUM(A1),");
    const notRegistered = await api.invoke('tenant.exportCsv', { list: 'notRegistered' });
    expect(notRegistered.fileName).toBe('contoso-not-registered-users.csv');
    expect(notRegistered.csv).toContain("a@contoso.com,'=1+1,");
    api.close();
  });
});

describe('uploads from the window', () => {
  const uploadsHolding = (id: string) =>
    readdirSync(os.tmpdir())
      .filter((d) => d.startsWith('sspr-uploads-'))
      .some((d) => existsSync(path.join(os.tmpdir(), d, id)));

  async function upload(api: Api, name: string, bytes: Buffer, pieces: number): Promise<string> {
    const size = Math.ceil(bytes.length / pieces);
    let id: string | undefined;
    for (let offset = 0; offset < bytes.length; offset += size) {
      const r = await api.call('tenant.upload', { uploadId: id, name, offset, dataBase64: bytes.subarray(offset, offset + size).toString('base64') }, 'renderer');
      if (!r.ok) throw new Error(r.error.message);
      id = (r.value as { uploadId: string }).uploadId;
      expect((r.value as { received: number }).received).toBe(Math.min(offset + size, bytes.length));
    }
    return id as string;
  }

  it('imports files sent in pieces exactly as it imports them from disk, then deletes them', async () => {
    const source = tempDir();
    const files = writeExport(source);
    const fromDisk = await newPlan();
    const disk = await fromDisk.api.invoke('tenant.importFiles', files);
    fromDisk.api.close();

    const { api, planPath } = await newPlan();
    const bytes = (p: string) => readFileSync(p);
    const ids = {
      users: await upload(api, 'users.csv', bytes(files.users), 3),
      groupMembers: [
        { group: 'SSPR-Pilot', upload: await upload(api, 'pilot.csv', bytes(files.groupMembers[0].file), 2) },
        { group: 'Pilot-IT', upload: await upload(api, 'pilot-it.csv', bytes(files.groupMembers[1].file), 1) },
      ],
      licenses: await upload(api, 'licenses.csv', bytes(files.licenses), 4),
      // Pieces of a UTF-16 file may split a character; the upload keeps bytes, not text.
      roles: await upload(api, 'roles.csv', bytes(files.roles), 7),
      registration: await upload(api, 'registration.csv', bytes(files.registration), 2),
    };
    expect(uploadsHolding(ids.users)).toBe(true);
    const r = await api.call('tenant.importUploads', ids, 'renderer');
    if (!r.ok) throw new Error(r.error.message);
    const viaUploads = r.value as typeof disk;
    expect({ ...viaUploads.summary, importedAt: '' }).toEqual({ ...disk.summary, importedAt: '' });
    for (const id of [ids.users, ids.licenses, ids.roles, ids.registration, ...ids.groupMembers.map((g) => g.upload)]) {
      expect(uploadsHolding(id)).toBe(false);
    }
    // Once imported, an upload cannot be used again.
    const reuse = await api.call('tenant.importUploads', ids, 'renderer');
    expect(reuse.ok ? null : reuse.error.code).toBe('UPLOAD_REFUSED');
    api.close();
    expect(onDisk(planPath).tenant).toEqual(onDisk(fromDisk.planPath).tenant);
  });

  it('refuses pieces out of order, and a first piece that does not start at 0', async () => {
    const { api } = await newPlan();
    const data = (s: string) => Buffer.from(s).toString('base64');
    const late = await api.call('tenant.upload', { name: 'users.csv', offset: 5, dataBase64: data('hello') }, 'renderer');
    expect(late.ok ? null : late.error).toMatchObject({ code: 'UPLOAD_REFUSED', message: expect.stringContaining('users.csv') });
    const first = await api.call('tenant.upload', { name: 'users.csv', offset: 0, dataBase64: data('userPrincipalName\r\n') }, 'renderer');
    if (!first.ok) throw new Error(first.error.message);
    const { uploadId, received } = first.value as { uploadId: string; received: number };
    for (const offset of [0, received + 1]) {
      const r = await api.call('tenant.upload', { uploadId, name: 'users.csv', offset, dataBase64: data('a@contoso.com\r\n') }, 'renderer');
      expect(r.ok ? null : r.error.code).toBe('UPLOAD_REFUSED');
    }
    // The refused pieces left the upload as it was: the right piece still fits, and the file imports.
    const next = await api.call('tenant.upload', { uploadId, name: 'users.csv', offset: received, dataBase64: data('a@contoso.com\r\n') }, 'renderer');
    expect(next.ok).toBe(true);
    const imported = await api.call('tenant.importUploads', { users: uploadId }, 'renderer');
    expect(imported.ok ? (imported.value as { summary: { counts: { users: number } } }).summary.counts.users : imported.error).toBe(1);
    api.close();
  });

  it('deletes the uploads of a refused import too', async () => {
    const { api } = await newPlan();
    const users = await upload(api, 'users.csv', Buffer.from('userPrincipalName\r\nnot-a-upn\r\n'), 2);
    const r = await api.call('tenant.importUploads', { users }, 'renderer');
    expect(r.ok ? null : r.error.message).toContain('users.csv: Line 2');
    expect(uploadsHolding(users)).toBe(false);
    api.close();
  });

  it('deletes uploads the window gives up on, and only those', async () => {
    const { api } = await newPlan();
    const kept = await upload(api, 'users.csv', Buffer.from('userPrincipalName\r\na@contoso.com\r\n'), 2);
    const dropped = await upload(api, 'roles.csv', Buffer.from('userPrincipalName,role\r\n'), 2);
    const r = await api.call('tenant.discardUploads', { uploadIds: [dropped, dropped] }, 'renderer');
    expect(r.ok ? r.value : r.error).toEqual({ discarded: 1 });
    expect(uploadsHolding(dropped)).toBe(false);
    expect(uploadsHolding(kept)).toBe(true);
    api.close();
  });

  it('shows progress while a larger import runs, and none after', async () => {
    const { api, dir } = await newPlan();
    const rows = [['userPrincipalName', 'displayName', 'department', 'jobTitle']];
    for (let i = 0; i < 80_000; i++) rows.push([`user${i}@contoso.com`, `User Number ${i}`, 'Operations and logistics', 'Warehouse associate']);
    const users = put(dir, 'users.csv', csv(rows));
    const size = statSync(users.path).size;
    expect(size).toBeGreaterThan(4 << 20);

    expect(await api.invoke('tenant.importProgress', {})).toBeNull();
    let done = false;
    const running = api.invoke('tenant.importFiles', { users: users.path }).finally(() => {
      done = true;
    });
    const seen: ImportProgress[] = [];
    while (!done) {
      const p = await api.invoke('tenant.importProgress', {});
      if (p) seen.push(p);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const result = await running;
    expect(result.summary.counts.users).toBe(80_000);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.file === 'users.csv' && p.bytesDone <= p.bytesTotal)).toBe(true);
    expect(seen.some((p) => p.bytesTotal === size && p.bytesDone > 0 && p.bytesDone < size)).toBe(true);
    expect(await api.invoke('tenant.importProgress', {})).toBeNull();
    api.close();
  });
});

describe('schema 2: memberships as rows', () => {
  it('moves the members of a version-1 file into tenant_members, in order', () => {
    const file = path.join(tempDir(), 'old.ssprplan');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma(`application_id = ${PLAN_APPLICATION_ID}`);
    MIGRATIONS[0].up(db);
    const plan = createDemoPlan('Contoso');
    const now = new Date().toISOString();
    for (const key of PLAN_SECTION_KEYS) db.prepare('INSERT INTO sections (name, data, updated_at) VALUES (?, ?, ?)').run(key, JSON.stringify(plan[key]), now);
    const users = ['zoe@contoso.com', 'adam@contoso.com', 'mia@contoso.com'];
    for (const upn of users) {
      db.prepare('INSERT INTO tenant_users (upn, data) VALUES (?, ?)').run(
        upn,
        JSON.stringify({ upn, displayName: upn, groups: [], roles: [], licenses: [], synced: false, onPremAdmin: false, registered: {}, registeredOn: null }),
      );
    }
    const groups = [
      { name: 'SSPR-Pilot', members: ['zoe@contoso.com', 'group:IT', 'adam@contoso.com'] },
      { name: 'IT', members: ['mia@contoso.com'], licenses: ['SPE_E3'] },
      { name: 'Empty', members: [] },
    ];
    for (const g of groups) db.prepare('INSERT INTO tenant_groups (name, data) VALUES (?, ?)').run(g.name, JSON.stringify(g));
    db.pragma('user_version = 1');
    db.close();

    const store = PlanStore.open(file);
    expect(store.read().tenant.groups).toEqual(groups);
    store.close();
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(2);
    expect(after.prepare('SELECT member FROM tenant_members ORDER BY rowid').pluck().all()).toEqual(['zoe@contoso.com', 'group:IT', 'adam@contoso.com', 'mia@contoso.com']);
    // The group rows no longer carry their members.
    for (const row of after.prepare('SELECT data FROM tenant_groups').all() as { data: string }[]) expect(JSON.parse(row.data).members).toEqual([]);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    after.close();
  });
});

describe('the Contoso demo as export files', () => {
  const DEMO = path.resolve(DEMO_TENANT_DIR);

  const listFiles = (dir: string, prefix = ''): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));

  it('ships demo/contoso/ exactly as demoTenantFiles() writes it (run `npm run demo-tenant` after a change)', () => {
    const files = demoTenantFiles();
    expect(listFiles(DEMO).sort()).toEqual(Object.keys(files).sort());
    for (const [name, data] of Object.entries(files)) expect(readFileSync(path.join(DEMO, name)).equals(data), name).toBe(true);
  });

  it('imports into the demo plan as the demo tenant it was written from', async () => {
    const { api, planPath } = await newPlan({ demo: true });
    const demo = createDemoTenant();
    const { policy } = createDemoPlan('Contoso');
    const { summary } = await api.invoke('tenant.importFiles', {
      users: path.join(DEMO, 'users.csv'),
      groupMembers: demo.groups.map((g) => ({ group: g.name, file: path.join(DEMO, 'groups', `${g.name}.csv`) })),
      licenses: path.join(DEMO, 'licenses.csv'),
      roles: path.join(DEMO, 'roles.csv'),
      registration: path.join(DEMO, 'registration.csv'),
    });
    api.close();
    const zero = { count: 0, first: [] };
    expect(summary.changes).toEqual({ added: zero, removed: zero, newlyLicensed: zero, newlyRegistered: zero });
    expect(summary.leftOut).toEqual({ disabled: 1, guests: 1 });
    expect(summary.warnings).toEqual([]);

    // The demo states memberships on both sides (users' groups and groups' members); they count once.
    expect(tenantCounts(demo).memberships).toBe(summary.counts.memberships);
    const imported: Tenant = onDisk(planPath).tenant;
    const facts = (t: Tenant) => t.users.map((u) => ({ upn: u.upn, displayName: u.displayName, synced: u.synced, onPremAdmin: u.onPremAdmin, roles: u.roles, licenses: u.licenses }));
    expect(facts(imported)).toEqual(facts(demo));
    const demoMembers = groupResolver(demo);
    const importedMembers = groupResolver(imported);
    for (const g of demo.groups) expect([...importedMembers(g.name)].sort(), g.name).toEqual([...demoMembers(g.name)].sort());
    expect(imported.users.map((u) => [u.upn, isRegistered(u, policy)])).toEqual(demo.users.map((u) => [u.upn, isRegistered(u, policy)]));
    // Registration dates survive for everyone who registered something SSPR counts.
    const dates = (t: Tenant) => t.users.filter((u) => isRegistered(u, policy)).map((u) => [u.upn, u.registeredOn]);
    expect(dates(imported)).toEqual(dates(demo));
  });
});
