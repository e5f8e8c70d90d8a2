import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Starts the real desktop app. Electron's binary is downloaded on first use, which fails on
 * machines without network access; there the suite skips itself and says why, and the shell's
 * wiring is covered by test/unit/electron-app.test.ts instead.
 */

const root = path.resolve(__dirname, '../..');
const appEntry = path.join(root, 'dist', 'main', 'app.cjs');
const electronAddon = path.join(root, 'native', 'electron', 'better_sqlite3.node');

/**
 * Reads where the electron package put its binary rather than calling require('electron'),
 * which would start a download when the binary is missing.
 */
function findElectron(): { bin: string } | { reason: string } {
  let dir: string;
  try {
    dir = path.dirname(createRequire(__filename).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return { reason: `Electron's binary was never downloaded (${path.relative(root, pathFile)} is missing)` };
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
  const bin = path.join(distDir, readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(bin)) return { reason: `Electron's binary is missing at ${bin}` };
  // Run as Node so the probe needs no display; it proves the binary loads on this machine.
  const probe = spawnSync(bin, ['--version'], { timeout: 5_000, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  if (probe.status !== 0) return { reason: `the Electron binary does not run: ${probe.error?.message ?? `exit code ${probe.status}`}` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'there is no display (run under xvfb-run to include this test)' };
  }
  // Inside Electron, better-sqlite3 needs the addon built for Electron's ABI.
  if (!existsSync(electronAddon)) return { reason: `${path.relative(root, electronAddon)} is missing; run npm run rebuild:electron` };
  return { bin };
}

const electron = findElectron();
const skipReason = 'reason' in electron ? electron.reason : null;
if (skipReason) console.log(`[skip] electron-smoke: ${skipReason}`);

describe.skipIf(skipReason !== null)('Electron app (real binary)', () => {
  let app: ElectronApplication;
  let page: Page;
  let work: string;
  let planPath: string;

  beforeAll(async () => {
    if (!('bin' in electron)) throw new Error('unreachable: the suite is skipped without a binary');
    expect(existsSync(appEntry), `${appEntry} is missing; run npm run build first`).toBe(true);
    work = mkdtempSync(path.join(os.tmpdir(), 'sspr-electron-smoke-'));
    planPath = path.join(work, 'Smoke test.ssprplan');
    // The CLI runs under Node with Node's build of better-sqlite3, independent of the app under test.
    const created = spawnSync(process.execPath, [path.join(root, 'bin', 'sspr-planner.cjs'), 'new', planPath, '--demo'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(created.status, created.stderr).toBe(0);

    app = await _electron.launch({
      executablePath: electron.bin,
      args: [appEntry, planPath],
      cwd: root,
      // Keeps the recent list and Chromium's profile out of the real user profile.
      env: { ...process.env, SSPR_USER_DATA_DIR: path.join(work, 'userData') } as Record<string, string>,
      timeout: 30_000,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('shows the planner in a titled window served from app://planner', async () => {
    expect(await page.title()).toBe('SSPR Rollout Planner');
    expect(page.url()).toBe('app://planner/index.html');
  });

  it('gives the page ssprApi and no Node', async () => {
    const globals = await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      const api = g.ssprApi as object | undefined;
      return { api: typeof api, keys: api ? Object.keys(api) : [], require: typeof g.require, process: typeof g.process, module: typeof g.module };
    });
    expect(globals).toEqual({ api: 'object', keys: ['call'], require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  it('answers API calls over IPC for the plan named on the command line, and refuses trusted-only methods', async () => {
    const [info, refused] = await page.evaluate(async () => {
      const api = (globalThis as unknown as { ssprApi: { call(method: string, input: unknown): Promise<unknown> } }).ssprApi;
      return [await api.call('session.info', {}), await api.call('plan.open', { path: '/etc/passwd' })];
    });
    expect(info).toMatchObject({ ok: true, value: { mode: 'electron', planPath } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('keeps the window on the planner: no new windows, no navigation away', async () => {
    const opened = await page.evaluate(() => {
      const g = globalThis as unknown as { open(url: string): unknown; location: { href: string } };
      const popup = g.open('https://example.com/');
      g.location.href = 'https://example.com/';
      return popup === null;
    });
    expect(opened).toBe(true);
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://planner/index.html');
    expect(app.windows()).toHaveLength(1);
  });
});
