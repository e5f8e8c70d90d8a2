import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../main/api';
import { editChanges } from '../fixtures/fault-plan';
import { bundleFaultChild } from './fault-helpers';
import { refusal, useTempDir } from './helpers';

/**
 * A full disk, a read-only file or folder, a plan deleted or moved while open, and a plan open in
 * two places: each refuses the change with a message that names the file and what to do, never
 * says "saved" when it was not, and leaves every earlier change in the file.
 */

const tempDir = useTempDir();
const opened: Api[] = [];

afterAll(() => {
  for (const api of opened) api.close();
});

function newApi(dir: string, store?: { maxPageCount?: number }): Api {
  const api = createApi({ mode: 'cli', dataDir: dir, store });
  opened.push(api);
  return api;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A demo plan with one edit made, closed; returns its path. */
async function planWithAnEdit(dir: string): Promise<string> {
  const file = path.join(dir, 'plan.ssprplan');
  const api = newApi(dir);
  await api.invoke('plan.create', { path: file, demo: true });
  await api.invoke('plan.update', { changes: [{ path: 'businessCase.passwordCallsPerMonth', value: 4321 }] });
  api.close();
  return file;
}

/** What a fresh API reads from the file: the earlier edit is there, the refused one is not. */
async function reopened(file: string): Promise<{ calls: number; reconfirmDays: number }> {
  const api = newApi(path.dirname(file));
  const { plan } = await api.invoke('plan.open', { path: file });
  api.close();
  return { calls: plan.businessCase.passwordCallsPerMonth, reconfirmDays: plan.policy.reconfirmDays };
}

describe('disk full', () => {
  it('refuses the save with PLAN_WRITE_FAILED naming the file, and keeps every earlier edit', async () => {
    const dir = tempDir();
    const file = await planWithAnEdit(dir);
    // SQLite reports a full disk (ENOSPC) as SQLITE_FULL; capping the file's pages at what it holds
    // now raises the same error on the first save that needs another page.
    const db = new Database(file, { readonly: true });
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.close();
    const api = newApi(dir, { maxPageCount: pages });
    await api.invoke('plan.open', { path: file });
    await api.invoke('plan.update', { changes: [{ path: 'policy.reconfirmDays', value: 90 }] });
    const big = { path: 'overview.otherIdentitySystems', value: Array.from({ length: 50 }, (_, i) => `System ${i} ${'x'.repeat(400)}`) };
    const e = await refusal(api.invoke('plan.update', { changes: [big] }));
    expect(e.code).toBe('PLAN_WRITE_FAILED');
    expect(e.message).toContain(file);
    expect(e.message).toMatch(/disk .* is full.*Free some space/);
    // The API still holds the plan as saved, not the refused change.
    const { plan } = await api.invoke('plan.get', {});
    expect(plan.overview.otherIdentitySystems).not.toEqual(big.value);
    api.close();
    expect(await reopened(file)).toEqual({ calls: 4321, reconfirmDays: 90 });
    // With room again, the same change saves.
    const roomy = newApi(dir);
    await roomy.invoke('plan.open', { path: file });
    await roomy.invoke('plan.update', { changes: [big] });
    roomy.close();
  });
});

/**
 * Root writes through any file mode, so under root (as in CI) the read-only cases run their child as
 * the unprivileged user "nobody", which needs to read this checkout; a checkout inside a private home
 * folder cannot be, and then these two cases are skipped with the reason printed.
 */
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
const nobodyCanRunApp = !AS_ROOT || spawnSync(process.execPath, ['-e', 'require("better-sqlite3")'], { ...NOBODY, stdio: 'ignore' }).status === 0;
if (!nobodyCanRunApp) console.log(`read-only cases skipped: running as root and the user "nobody" cannot read ${process.cwd()}`);

describe.skipIf(!nobodyCanRunApp)('read-only plan file and folder', () => {
  let child: { script: string; remove: () => void };
  beforeAll(async () => {
    child = await bundleFaultChild();
  });
  afterAll(() => child.remove());

  /** Opens the plan and tries one edit in a child process, as "nobody" when the tests run as root. */
  function tryEditAsUser(file: string): { open: { ok: boolean; code?: string; message?: string }; edit: { ok: boolean; code?: string; message?: string } | null } {
    const r = spawnSync(process.execPath, [child.script, 'try-edit', file, path.dirname(file)], {
      encoding: 'utf8',
      ...(AS_ROOT ? NOBODY : {}),
      env: { ...process.env, HOME: path.dirname(file) },
    });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as ReturnType<typeof tryEditAsUser>;
  }

  it('opens a read-only file for reading and refuses each change with PLAN_READ_ONLY', async () => {
    const dir = tempDir();
    const file = await planWithAnEdit(dir);
    chmodSync(dir, 0o777);
    chmodSync(file, 0o444);
    const before = sha(file);
    const { open, edit } = tryEditAsUser(file);
    expect(open.ok).toBe(true);
    expect(edit).toMatchObject({ ok: false, code: 'PLAN_READ_ONLY' });
    expect(edit?.message).toContain(file);
    expect(edit?.message).toMatch(/read-only, so the change was not saved.*permissions/);
    expect(sha(file)).toBe(before);
    chmodSync(file, 0o644);
    expect((await reopened(file)).calls).toBe(4321);
  });

  it('refuses to open a plan in a read-only folder with PLAN_READ_ONLY, not as damaged, and leaves it untouched', async () => {
    const dir = tempDir();
    const file = await planWithAnEdit(dir);
    // The file itself is writable by the user; only the folder is not.
    if (AS_ROOT) chownSync(file, NOBODY.uid, NOBODY.gid);
    chmodSync(dir, 0o555);
    const before = sha(file);
    const { open } = tryEditAsUser(file);
    chmodSync(dir, 0o755);
    expect(open).toMatchObject({ ok: false, code: 'PLAN_READ_ONLY' });
    expect(open.message).toContain(file);
    expect(open.message).toMatch(/read-only folder.*Copy it to a folder you can write to/);
    expect(sha(file)).toBe(before);
    expect((await reopened(file)).calls).toBe(4321);
  });
});

describe('plan deleted or moved while open', () => {
  it('refuses the change after the file and its -wal/-shm are deleted, and the open plan can still be exported', async () => {
    const dir = tempDir();
    const file = await planWithAnEdit(dir);
    const api = newApi(dir);
    await api.invoke('plan.open', { path: file });
    await api.invoke('plan.update', { changes: [{ path: 'policy.reconfirmDays', value: 90 }] });
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    const e = await refusal(api.invoke('plan.update', { changes: editChanges(7) }));
    expect(e.code).toBe('PLAN_WRITE_FAILED');
    expect(e.message).toContain(file);
    expect(e.message).toMatch(/deleted, moved or replaced while it was open, so the change was not saved\. Export the plan as JSON/);
    // What the message offers works: the export holds every saved edit, and imports as a new plan.
    const json = path.join(dir, 'rescued.json');
    await api.invoke('plan.exportJsonFile', { out: json });
    api.close();
    const restored = newApi(dir);
    const { plan } = await restored.invoke('plan.importJsonFile', { file: json, path: path.join(dir, 'restored.ssprplan') });
    restored.close();
    expect(plan.businessCase.passwordCallsPerMonth).toBe(4321);
    expect(plan.policy.reconfirmDays).toBe(90);
  });

  it('refuses the change after the file is moved; the moved file opens intact and the export holds every saved edit', async () => {
    const dir = tempDir();
    const file = await planWithAnEdit(dir);
    const api = newApi(dir);
    await api.invoke('plan.open', { path: file });
    await api.invoke('plan.update', { changes: [{ path: 'policy.reconfirmDays', value: 90 }] });
    const moved = path.join(dir, 'moved.ssprplan');
    renameSync(file, moved);
    const e = await refusal(api.invoke('plan.update', { changes: [{ path: 'policy.reconfirmDays', value: 30 }] }));
    expect(e.code).toBe('PLAN_WRITE_FAILED');
    expect(e.message).toContain(file);
    const json = path.join(dir, 'rescued.json');
    await api.invoke('plan.exportJsonFile', { out: json });
    api.close();
    // The last saves may still sit in the write-ahead log beside the old name (SQLite does not
    // fold a log into a moved file); the moved file is whole and the export holds everything.
    expect((await reopened(moved)).calls).toBe(4321);
    const check = new Database(moved, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    expect(JSON.parse(readFileSync(json, 'utf8')).plan.policy.reconfirmDays).toBe(90);
  });
});

describe('plan opened twice', () => {
  it('lets both read, refuses a save based on an outdated read with PLAN_CHANGED_ELSEWHERE, and loses neither edit', async () => {
    const dir = tempDir();
    const file = await planWithAnEdit(dir);
    const first = newApi(dir);
    const second = newApi(dir);
    await first.invoke('plan.open', { path: file });
    await second.invoke('plan.open', { path: file });
    await first.invoke('plan.update', { changes: [{ path: 'policy.reconfirmDays', value: 90 }] });
    // The second window still shows the plan from before that save; saving over it would undo it.
    const e = await refusal(second.invoke('plan.update', { changes: [{ path: 'businessCase.passwordCallsPerMonth', value: 99 }] }));
    expect(e.code).toBe('PLAN_CHANGED_ELSEWHERE');
    expect(e.message).toContain(file);
    expect(e.message).toMatch(/changed by another window or program .* not saved\. Reopen the plan/);
    expect((await second.invoke('plan.get', {})).plan.businessCase.passwordCallsPerMonth).toBe(4321);
    // Reopened, the second window sees the first one's edit and saves its own on top.
    await second.invoke('plan.open', { path: file });
    const { plan } = await second.invoke('plan.update', { changes: [{ path: 'businessCase.passwordCallsPerMonth', value: 99 }] });
    expect(plan.policy.reconfirmDays).toBe(90);
    // Now the first is the outdated one.
    expect((await refusal(first.invoke('plan.update', { changes: [{ path: 'policy.reconfirmDays', value: 30 }] }))).code).toBe('PLAN_CHANGED_ELSEWHERE');
    first.close();
    second.close();
    expect(await reopened(file)).toEqual({ calls: 99, reconfirmDays: 90 });
  });

  it('keeps saving in one window while another only reads the plan', async () => {
    const dir = tempDir();
    const file = await planWithAnEdit(dir);
    const editor = newApi(dir);
    const reader = newApi(dir);
    await editor.invoke('plan.open', { path: file });
    await reader.invoke('plan.open', { path: file });
    for (let i = 1; i <= 3; i++) {
      await editor.invoke('plan.update', { changes: [{ path: 'policy.reconfirmDays', value: i }] });
      await reader.invoke('plan.validate', {});
    }
    editor.close();
    reader.close();
    expect((await reopened(file)).reconfirmDays).toBe(3);
  });
});
