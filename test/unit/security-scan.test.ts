import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanReport } from '../../scripts/security-scan';

/**
 * Runs `npm run security` (electronegativity over main/) in a child process, as a developer would.
 * The script exits 1 on any finding the allow-list does not explain; the report says which.
 */

const ROOT = path.resolve(__dirname, '../..');

function scan(...args: string[]): Promise<{ code: number; report: ScanReport }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/security-scan.ts', '--json', ...args],
      { cwd: ROOT, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(new Error(`${error.message}\n${stderr}`));
        try {
          resolve({ code: typeof error?.code === 'number' ? error.code : 0, report: JSON.parse(stdout) as ScanReport });
        } catch {
          reject(new Error(`the scan printed no report:\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}

let canaryDir = '';
let main: { code: number; report: ScanReport };
let canary: { code: number; report: ScanReport };

beforeAll(async () => {
  canaryDir = mkdtempSync(path.join(os.tmpdir(), 'sspr-scan-canary-'));
  // The insecure window of many tutorials: the scanner must flag it, or a clean main/ proves nothing.
  writeFileSync(
    path.join(canaryDir, 'window.ts'),
    [
      "import { BrowserWindow, shell } from 'electron';",
      'export function open(url: string): BrowserWindow {',
      '  void shell.openExternal(url);',
      "  eval('run(' + url + ')');",
      '  return new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false } });',
      '}',
    ].join('\n'),
  );
  [main, canary] = await Promise.all([scan(), scan('--input', canaryDir)]);
}, 90_000);

afterAll(() => rmSync(canaryDir, { recursive: true, force: true }));

/** Every .ts file under main/, for the checks the scanner makes only in part. */
function mainSources(): { file: string; text: string }[] {
  const dir = path.join(ROOT, 'main');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: f, text: readFileSync(path.join(dir, f), 'utf8') }));
}

describe('security scan (electronegativity over main/)', () => {
  it('reads every file of main/ without a parse error, with the full set of checks', () => {
    const r = main.report;
    console.log(
      `[security] ${r.tool}, ${r.checks.atomic} atomic + ${r.checks.global} global checks for Electron ${r.electronVersion}, ` +
        `${r.filesScanned} files: ${r.findings.length} findings, ${r.explained.length} explained, ${r.unexplained.length} unexplained` +
        ` (${r.findings.map((f) => `${f.check} ${f.file}:${f.line}`).join(', ')})`,
    );
    expect(r.parseErrors).toEqual([]);
    expect(r.filesScanned).toBeGreaterThanOrEqual(40);
    expect(r.checks.atomic + r.checks.global).toBeGreaterThanOrEqual(40);
  });

  it('has no finding that the allow-list does not explain, and no stale explanation', () => {
    const r = main.report;
    const describe = (f: ScanReport['findings'][number]) => `${f.check} ${f.file}:${f.line} ${f.sample}`;
    expect(r.unexplained.map(describe), 'fix main/ or explain the finding in test/unit/security-scan.allow.json').toEqual([]);
    expect(r.stale, 'each allow-list entry must match exactly one finding').toEqual([]);
    expect(main.code).toBe(0);
    for (const { reason } of r.explained) expect(reason.length).toBeGreaterThan(40);
  });

  it('sees the real window settings: none of the webPreferences checks fires on main/', () => {
    const fired = new Set(main.report.findings.map((f) => f.check));
    for (const check of [
      'NODE_INTEGRATION_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'INSECURE_CONTENT_JS_CHECK',
      'EXPERIMENTAL_FEATURES_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'DANGEROUS_FUNCTIONS_JS_CHECK',
    ]) {
      expect(fired.has(check), check).toBe(false);
    }
    // Both preload and auxclick are reported on our BrowserWindow, so the scanner did reach it.
    expect(main.report.findings.filter((f) => f.file === 'app.ts' && f.check === 'PRELOAD_JS_CHECK')).toHaveLength(1);
  });

  it('the served CSP has only the remark the allow-list explains (script-src self)', () => {
    const { policy, findings } = main.report.csp;
    console.log(`[security] CSP evaluator: ${findings.map((f) => `${f.severity} ${f.directive} ${f.value}`).join('; ') || 'no findings'}`);
    expect(policy).toContain("default-src 'none'");
    expect(findings.filter((f) => ['HIGH', 'SYNTAX', 'MEDIUM', 'HIGH_MAYBE'].includes(f.severity))).toEqual([]);
    expect(findings.map((f) => `${f.directive} ${f.value}`)).toEqual(["script-src 'self'"]);
  });

  // The scanner flags eval only when it can see a string built at the call; this covers the rest.
  it('main/ has no eval, no new Function, no remote module and no webview', () => {
    const sources = mainSources();
    expect(sources.length).toBeGreaterThanOrEqual(40);
    const banned = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /@electron\/remote/, /enableRemoteModule/, /<webview/i, /webviewTag:\s*true/];
    const hits = sources.flatMap(({ file, text }) => banned.filter((re) => re.test(text)).map((re) => `${file}: ${re.source}`));
    expect(hits).toEqual([]);
  });

  it('does flag an insecure window, so a clean result means something', () => {
    const fired = new Set(canary.report.unexplained.map((f) => f.check));
    expect(canary.code).toBe(1);
    for (const check of ['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK', 'DANGEROUS_FUNCTIONS_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']) {
      expect(fired.has(check), check).toBe(true);
    }
  });
});
