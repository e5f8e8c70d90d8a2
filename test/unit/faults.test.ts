import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../main/api';
import { planFromJson } from '../../main/plan-json';
import { PlanStore } from '../../main/store/plan-store';
import { createDemoPlan } from '../../shared/plan/demo';
import { createDemoTenant } from '../../shared/plan/demoTenant';
import type { Plan } from '../../shared/plan/schema';
import { bundleFaultChild } from './fault-helpers';
import { mulberry32 } from '../../shared/simulator/rollout';
import { EDIT_FIELDS, editValue, fieldsOf, lastEditOf, valueIn, type TenantFiles } from '../fixtures/fault-plan';

/**
 * Kills the app (a child process running the real API) with SIGKILL at 100 points while it edits,
 * imports a tenant or writes exports, then reopens the plan and checks that nothing it acknowledged
 * is lost and nothing is half-written. Kill points come from a fixed seed, so a failure reproduces:
 * the message names the kill (kind, number, trigger).
 */

const SEED = 0x5eed11;
const KILLS = { edit: 40, import: 30, export: 30 } as const;
type Kind = keyof typeof KILLS;
const TENANT_B_USERS = 2500;

interface KillPoint {
  kind: Kind;
  index: number;
  /** Kill once this line has been printed … */
  after: string;
  /** … and this many milliseconds more have passed. */
  delayMs: number;
}

function killPoints(): KillPoint[] {
  const next = mulberry32(SEED);
  const points: KillPoint[] = [];
  // The child keeps editing after the acknowledgement it is killed on, so the kill lands somewhere in the next save.
  for (let i = 0; i < KILLS.edit; i++) points.push({ kind: 'edit', index: i, after: `ack ${1 + Math.floor(next() * 25)}`, delayMs: 0 });
  // Import 1 and 3 read the small tenant A (tens of milliseconds), import 2 the bigger tenant B (a few
  // hundred, most of it reading): the delays spread the kills over reading, writing and committing.
  for (let i = 0; i < KILLS.import; i++) {
    const n = 1 + Math.floor(next() * 3);
    points.push({ kind: 'import', index: i, after: `start ${n}`, delayMs: Math.floor(next() * (n === 2 ? 600 : 120)) });
  }
  // The first round of exports (plan document, emails, JSON) takes about half a second; the folder
  // already holds an earlier export, which a kill mid-write must not leave cut off.
  for (let i = 0; i < KILLS.export; i++) points.push({ kind: 'export', index: i, after: 'ack 1', delayMs: Math.floor(next() * 700) });
  return points;
}

let root: string;
let childScript: string;
let removeBundle: () => void = () => undefined;
let basePlanFile: string;
let baseTenantUsers: number;
/** A whole export of the base plan, copied into each export kill's folder before the child starts. */
let earlierExport: string;
const tenants: Record<'A' | 'B', { files: TenantFiles; users: number; groups: number; memberships: number }> = {} as never;

/** Tenant B: a generated, bigger tenant whose import takes long enough to be killed in the middle. */
function writeTenantB(dir: string): TenantFiles {
  mkdirSync(dir, { recursive: true });
  const users = ['userPrincipalName,displayName,accountEnabled,userType'];
  for (let i = 0; i < TENANT_B_USERS; i++) users.push(`user${i}@fabrikam.com,User ${i},True,Member`);
  writeFileSync(path.join(dir, 'users-b.csv'), `${users.join('\r\n')}\r\n`);
  const groupMembers = ['SSPR-Pilot', 'SSPR-Wave-1'].map((group, g) => {
    const rows = ['Object ID,User principal name,Display name,Member type'];
    for (let i = g; i < TENANT_B_USERS; i += 2) rows.push(`00000000-0000-0000-0000-${String(i).padStart(12, '0')},user${i}@fabrikam.com,User ${i},User`);
    const file = path.join(dir, `${group}.csv`);
    writeFileSync(file, `${rows.join('\r\n')}\r\n`);
    return { group, file };
  });
  return { users: path.join(dir, 'users-b.csv'), groupMembers };
}

function tenantA(): TenantFiles {
  const demo = path.resolve('demo/contoso');
  return {
    users: path.join(demo, 'users.csv'),
    groupMembers: readdirSync(path.join(demo, 'groups')).map((f) => ({ group: path.basename(f, '.csv'), file: path.join(demo, 'groups', f) })),
    licenses: path.join(demo, 'licenses.csv'),
    roles: path.join(demo, 'roles.csv'),
    registration: path.join(demo, 'registration.csv'),
  };
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'sspr-faults-'));
  const bundle = await bundleFaultChild();
  childScript = bundle.script;
  removeBundle = bundle.remove;
  // The base plan: the demo, with the edited fields at values no edit writes.
  basePlanFile = path.join(root, 'base.ssprplan');
  const demo = createDemoPlan();
  const base: Plan = {
    ...demo,
    businessCase: { ...demo.businessCase, passwordCallsPerMonth: 0 },
    overview: { ...demo.overview, otherIdentitySystems: [] },
    policy: { ...demo.policy, reconfirmDays: 0 },
    reporting: { ...demo.reporting, auditRetentionDays: 3650 },
    licensing: { ...demo.licensing, inScopePopulation: 0 },
  };
  PlanStore.create(basePlanFile, base, createDemoTenant()).close();
  baseTenantUsers = createDemoTenant().users.length;
  // Each tenant imported once here, for the counts a whole import leaves behind.
  for (const [name, files] of [['A', tenantA()], ['B', writeTenantB(path.join(root, 'tenant-b'))]] as const) {
    const dir = path.join(root, `reference-${name}`);
    mkdirSync(dir);
    copyFileSync(basePlanFile, path.join(dir, 'p.ssprplan'));
    const api = createApi({ mode: 'cli', dataDir: dir });
    await api.invoke('plan.open', { path: path.join(dir, 'p.ssprplan') });
    const { summary } = await api.invoke('tenant.importFiles', files);
    api.close();
    tenants[name] = { files, users: summary.counts.users, groups: summary.counts.groups, memberships: summary.counts.memberships };
  }
  expect(tenants.A.users).not.toBe(tenants.B.users);
  earlierExport = path.join(root, 'earlier-export');
  mkdirSync(earlierExport);
  const api = createApi({ mode: 'cli', dataDir: root });
  await api.invoke('plan.open', { path: basePlanFile });
  await exportAll(api, earlierExport);
  api.close();
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  removeBundle();
});

/** What the child's export round writes; the same calls, so the earlier export has the same files. */
async function exportAll(api: ReturnType<typeof createApi>, out: string): Promise<void> {
  await api.invoke('documents.planDocxTo', { out: path.join(out, 'plan.docx') });
  await api.invoke('comms.exportEmailsTo', { out: path.join(out, 'emails'), formats: ['eml', 'html'] });
  await api.invoke('plan.exportJsonFile', { out: path.join(out, 'plan.json') });
}

interface KillResult {
  lines: string[];
}

/** Starts a child, kills it with SIGKILL at the kill point and returns what it had printed. */
function runAndKill(point: KillPoint, args: string[]): Promise<KillResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, point.kind, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let buffer = '';
    let stderr = '';
    let armed = false;
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      buffer += c.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts);
      if (!armed && parts.includes(point.after)) {
        armed = true;
        if (point.delayMs === 0) child.kill('SIGKILL');
        else setTimeout(() => child.kill('SIGKILL'), point.delayMs);
      }
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve({ lines }) : reject(new Error(`${describePoint(point)}: the child ended on its own: ${stderr}`)),
    );
  });
}

const describePoint = (p: KillPoint) => `${p.kind} kill #${p.index} (after "${p.after}" + ${p.delayMs} ms, seed ${SEED})`;

const lastNumber = (lines: string[], word: string): number =>
  lines.reduce((n, l) => (l.startsWith(`${word} `) ? Math.max(n, Number(l.slice(word.length + 1))) : n), 0);

/** The file passes SQLite's full integrity check, read as the killed process left it (WAL included). */
function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** Every acknowledged edit is there; the one in flight is there wholly or not at all. */
function checkEdits(plan: Plan, base: Plan, acked: number, where: string): boolean {
  const inFlight = acked + 1;
  const landed = fieldsOf(inFlight).map((f) => JSON.stringify(valueIn(plan, f)) === JSON.stringify(editValue(f, inFlight)));
  expect(new Set(landed).size, `${where}: edit ${inFlight} is in the file only in part`).toBe(1);
  for (const field of EDIT_FIELDS) {
    const last = landed[0] && fieldsOf(inFlight).includes(field) ? inFlight : lastEditOf(field, acked);
    const expected = last === null ? valueIn(base, field) : editValue(field, last);
    expect(valueIn(plan, field), `${where}: ${field} after ${acked} acknowledged edits`).toEqual(expected);
  }
  return landed[0];
}

/** A written export is whole: every file under `dir` reads as what it claims to be. */
async function checkExports(dir: string, where: string): Promise<{ files: number; parts: number }> {
  let files = 0;
  let parts = 0;
  const walk = async (d: string): Promise<void> => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) {
        await walk(file);
        continue;
      }
      if (entry.name.endsWith('.part')) {
        parts++;
        continue;
      }
      files++;
      const bytes = readFileSync(file);
      const what = `${where}: ${path.relative(dir, file)}`;
      if (file.endsWith('.docx')) {
        const zip = await JSZip.loadAsync(bytes).catch((e: Error) => expect.fail(`${what} is not a whole Word file: ${e.message}`));
        expect(zip.file('word/document.xml'), what).not.toBeNull();
      } else if (file.endsWith('.json')) {
        expect(() => planFromJson(bytes.toString('utf8'), what), what).not.toThrow();
      } else if (file.endsWith('.html')) {
        expect(bytes.toString('utf8').trimEnd().endsWith('</html>'), `${what} is cut off`).toBe(true);
      } else if (file.endsWith('.eml')) {
        expect(bytes.toString('utf8').trimEnd().endsWith('--'), `${what} lacks its closing MIME boundary`).toBe(true);
      } else {
        expect.fail(`${what}: unexpected file`);
      }
    }
  };
  await walk(dir);
  return { files, parts };
}

async function oneKill(point: KillPoint, base: Plan): Promise<{ exportFiles: number; parts: number; inFlightLanded: boolean }> {
  const dir = path.join(root, `${point.kind}-${point.index}`);
  mkdirSync(dir);
  const planFile = path.join(dir, 'p.ssprplan');
  copyFileSync(basePlanFile, planFile);
  const out = path.join(dir, 'out');
  if (point.kind === 'export') cpSync(earlierExport, out, { recursive: true });
  else mkdirSync(out);
  const extra = point.kind === 'import' ? [JSON.stringify([tenants.A.files, tenants.B.files])] : point.kind === 'export' ? [out] : [];
  const { lines } = await runAndKill(point, [planFile, dir, ...extra]);
  const where = describePoint(point);

  expect(integrity(planFile), where).toBe('ok');
  const api = createApi({ mode: 'cli', dataDir: dir });
  let inFlightLanded = false;
  try {
    const { plan } = await api.invoke('plan.open', { path: planFile });
    expect(Array.isArray(await api.invoke('plan.validate', {})), where).toBe(true);
    if (point.kind !== 'import') inFlightLanded = checkEdits(plan, base, lastNumber(lines, 'ack'), where);
    if (point.kind === 'import') {
      const acked = lastNumber(lines, 'ack');
      const started = lastNumber(lines, 'start');
      const { counts, lastImport } = await api.invoke('tenant.summary', {});
      // Import n read tenant A when n is odd, B when even; the users file named in the summary says which one is there.
      const usersFile = lastImport?.files.find((f) => f.kind === 'users')?.name;
      const present = usersFile === undefined ? 'none' : usersFile === 'users-b.csv' ? 'B' : 'A';
      const tenantOf = (n: number) => (n === 0 ? 'none' : n % 2 === 1 ? 'A' : 'B');
      const landed = [acked, started].find((n) => tenantOf(n) === present);
      expect(landed, `${where}: the file holds tenant ${present} after import ${acked} was acknowledged and ${started} started`).toBeDefined();
      inFlightLanded = landed !== acked;
      if (landed === 0) {
        expect(counts.users, where).toBe(baseTenantUsers);
      } else {
        const t = present === 'A' ? tenants.A : tenants.B;
        expect({ users: counts.users, groups: counts.groups, memberships: counts.memberships }, `${where}: import ${landed} is there only in part`).toEqual({
          users: t.users,
          groups: t.groups,
          memberships: t.memberships,
        });
        expect(lastImport?.counts.users, where).toBe(t.users);
      }
    }
  } finally {
    api.close();
  }
  const exported = point.kind === 'export' ? await checkExports(out, where) : { files: 0, parts: 0 };
  rmSync(dir, { recursive: true, force: true });
  return { exportFiles: exported.files, parts: exported.parts, inFlightLanded };
}

describe('kill -9 during editing, tenant import and export', () => {
  it('keeps every acknowledged change, never half an import, and files that pass their integrity check', async () => {
    const started = Date.now();
    const base = PlanStore.open(basePlanFile);
    const basePlan = base.read().plan;
    base.close();
    const queue = killPoints();
    const done: Record<Kind, number> = { edit: 0, import: 0, export: 0 };
    const busyMs: Record<Kind, number> = { edit: 0, import: 0, export: 0 };
    let exportFiles = 0;
    let parts = 0;
    let inFlight = 0;
    // Children are mostly waiting on the kill timer or the disk; one more than the cores keeps both busy.
    const workers = Array.from({ length: Math.max(2, os.availableParallelism()) + 1 }, async () => {
      for (let point = queue.shift(); point; point = queue.shift()) {
        const t0 = Date.now();
        const r = await oneKill(point, basePlan);
        busyMs[point.kind] += Date.now() - t0;
        exportFiles += r.exportFiles;
        parts += r.parts;
        if (r.inFlightLanded) inFlight++;
        done[point.kind]++;
      }
    });
    await Promise.all(workers);
    const total = done.edit + done.import + done.export;
    expect(total).toBe(100);
    console.log(
      `fault harness: ${total} kills (${done.edit} editing, ${done.import} import, ${done.export} export), all plans intact ` +
        `[${((Date.now() - started) / 1000).toFixed(1)} s; the change in flight had been saved at ${inFlight} kills, not yet at ${total - inFlight}; ${exportFiles} exported files checked whole, ${parts} leftover .part files; child time per kill: ${(['edit', 'import', 'export'] as const).map((k) => `${k} ${Math.round(busyMs[k] / done[k])} ms`).join(', ')}]`,
    );
  }, 240_000);
});
