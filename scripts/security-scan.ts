// npm run security: Doyensec's electronegativity over main/, offline. Every finding must be explained
// in test/unit/security-scan.allow.json; an unexplained finding, a stale explanation or a file the
// scanner could not parse fails the run (exit 1). `--json` prints the whole report on stdout;
// `--input DIR` scans another folder (the unit test proves with it that the scanner does flag).
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createRequire, Module } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../main/static';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCAN_DIR = path.join(ROOT, 'main');
const ALLOW_FILE = path.join(ROOT, 'test', 'unit', 'security-scan.allow.json');
/**
 * AvailableSecurityFixesGlobalCheck downloads Electron's release feed to ask whether a newer
 * Electron fixes security bugs. That is dependency freshness, not a property of our code; it needs
 * the network these machines lack and would change the result from one day to the next.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  check: string;
  /** Relative to main/. */
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  sample: string;
  description: string;
}

export interface AllowEntry {
  check: string;
  file: string;
  /** Text the finding's source line must contain, so an explanation covers one place, not a whole file. */
  code?: string;
  reason: string;
}

export interface CspFinding {
  directive: string;
  value: string;
  severity: string;
  description: string;
}

export interface ScanReport {
  tool: string;
  electronVersion: string;
  excludedChecks: string[];
  checks: { global: number; atomic: number };
  filesScanned: number;
  findings: Finding[];
  parseErrors: string[];
  explained: { finding: Finding; reason: string }[];
  unexplained: Finding[];
  stale: AllowEntry[];
  /** The real policy, which the scanner cannot read because it is built per response. */
  csp: { policy: string; findings: CspFinding[] };
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  sample?: string;
  description: string;
}

interface RunnerResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: RawIssue[];
}

type Runner = (options: Record<string, unknown>) => Promise<RunnerResult>;

interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): { directive: string; value?: string; severity: number; description: string }[] };
  Version: { CSP3: unknown };
  severities: Record<string, number>;
}

const require = createRequire(import.meta.url);

/**
 * The scanner fetches translations with `got` on start-up (and would retry for seconds offline).
 * Replacing `got` with a function that fails at once keeps the scan offline, fast and repeatable;
 * the scanner then falls back to its bundled English text.
 */
function loadOfflineScanner(): Runner {
  const runnerPath = require.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(runnerPath).resolve('got');
  const refuse = () => Promise.reject(new Error('the security scan runs offline'));
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = Object.assign(refuse, { head: refuse, get: refuse });
  require.cache[gotPath] = stub;
  return require(runnerPath) as Runner;
}

/** The files the scanner reads: its own filter (lib/util/file.js), so the count is what it saw. */
async function countScannedFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((f) => /\.(js|jsx|ts|tsx|html|htm)$/i.test(f) || /package(-lock)?\.json$|yarn\.lock$/i.test(f)).length;
}

function evaluateCsp(): ScanReport['csp'] {
  const csp = require('@doyensec/csp-evaluator') as CspEvaluatorModule;
  const policy = contentSecurityPolicy('AAAAAAAAAAAAAAAAAAAAAA==');
  const names = new Map(Object.entries(csp.severities).map(([name, value]) => [value, name]));
  const findings = new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate().map((f) => ({
    directive: f.directive,
    value: f.value ?? '',
    severity: names.get(f.severity) ?? String(f.severity),
    description: f.description,
  }));
  return { policy, findings };
}

function matches(entry: AllowEntry, finding: Finding): boolean {
  return entry.check === finding.check && entry.file === finding.file && (entry.code === undefined || finding.sample.includes(entry.code));
}

export async function runSecurityScan(scanDir = SCAN_DIR): Promise<ScanReport> {
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const run = loadOfflineScanner();
  const toolVersion = (require('@doyensec/electronegativity/package.json') as { version: string }).version;
  const allow = (JSON.parse(readFileSync(ALLOW_FILE, 'utf8')) as { findings: AllowEntry[] }).findings;

  // The scanner reports progress through console.log even when called as a library.
  const log = console.log;
  console.log = () => {};
  let result: RunnerResult;
  try {
    result = await run({
      input: scanDir,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: EXCLUDED_CHECKS,
    });
  } finally {
    console.log = log;
  }

  const findings: Finding[] = result.issues.map((i) => ({
    check: i.id,
    file: i.file.split(path.sep).join('/'),
    line: i.location.line,
    column: i.location.column,
    severity: i.severity.name,
    confidence: i.confidence.name,
    sample: i.sample ?? '',
    description: i.description,
  }));
  const explained: ScanReport['explained'] = [];
  const unexplained: Finding[] = [];
  for (const finding of findings) {
    const entry = allow.find((e) => matches(e, finding));
    if (entry) explained.push({ finding, reason: entry.reason });
    else unexplained.push(finding);
  }
  // One entry explains exactly one finding: a second openExternal call must be reviewed on its own.
  const stale = allow.filter((e) => findings.filter((f) => matches(e, f)).length !== 1);
  return {
    tool: `@doyensec/electronegativity ${toolVersion}`,
    electronVersion,
    excludedChecks: EXCLUDED_CHECKS,
    checks: { global: result.globalChecks, atomic: result.atomicChecks },
    filesScanned: await countScannedFiles(scanDir),
    findings,
    parseErrors: result.errors.map((e) => `${e.file}: ${e.message}`),
    explained,
    unexplained,
    stale,
    csp: evaluateCsp(),
  };
}

function printReport(r: ScanReport): void {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`${r.tool}: ${r.checks.atomic + r.checks.global} checks (Electron ${r.electronVersion}) over ${r.filesScanned} files`);
  out(`findings: ${r.findings.length}, explained: ${r.explained.length}, unexplained: ${r.unexplained.length}`);
  for (const { finding: f, reason } of r.explained) out(`  explained  ${f.check} ${f.file}:${f.line}  ${reason}`);
  for (const f of r.unexplained) out(`  UNEXPLAINED ${f.check} [${f.severity}/${f.confidence}] ${f.file}:${f.line}:${f.column}  ${f.description}\n      ${f.sample}`);
  for (const e of r.stale) out(`  STALE allow-list entry (must match exactly one finding): ${e.check} ${e.file} ${e.code ?? ''}`);
  for (const e of r.parseErrors) out(`  NOT SCANNED ${e}`);
  out(`CSP evaluator on the served policy: ${r.csp.findings.map((f) => `${f.severity} ${f.directive} ${f.value}`).join('; ') || 'no findings'}`);
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const inputAt = process.argv.indexOf('--input');
  const report = await runSecurityScan(inputAt > 0 && process.argv[inputAt + 1] ? path.resolve(process.argv[inputAt + 1]) : SCAN_DIR);
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report);
  process.exitCode = report.unexplained.length + report.stale.length + report.parseErrors.length > 0 ? 1 : 0;
}
