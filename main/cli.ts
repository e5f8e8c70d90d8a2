import type { PlanState } from '../shared/api';
import { ApiError } from '../shared/errors';
import type { Finding } from '../shared/plan/findings';
import { readinessOf, type Blocker } from '../shared/plan/readiness';
import { createApi, type Api } from './api';
import { COMMAND_HELP, USAGE } from './cli-help';
import { startHost, type Host } from './host';
import { defaultDataDir, ensureDemoPlan } from './paths';
import { counted } from '../shared/text';
import { localToday } from '../shared/today';
import { describeImport, describeLicenses, importWithProgress, type LicensesJson } from './cli-tenant';
import { writeTextFile } from './files';
import { describeSimulation, simulateCases, simulateFiles } from './cli-simulate';
import { describeForecast } from './cli-forecast';
import { commsWarnings, docxOut, emailFormatsOf } from './cli-export';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Redraws a status line (a terminal's progress bar); '' clears it. Absent when stderr is not a terminal. */
  progress?(line: string): void;
}

export type CliResult = { code: number } | { code: 'serving'; host: Host; api: Api };

class UsageError extends Error {}

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
  /** Options that may repeat, such as --group-members NAME=FILE. */
  lists: Map<string, string[]>;
}

const VALUE_FLAGS = new Set(['--org', '--out', '--port', '--users', '--group-members', '--licenses', '--roles', '--registration', '--scenario', '--format']);
const REPEATABLE_FLAGS = new Set(['--group-members', '--scenario']);
const KNOWN_FLAGS: Record<string, string[]> = {
  new: ['--demo', '--org'],
  validate: ['--json'],
  get: ['--json'],
  set: ['--json'],
  'export-json': ['--out'],
  'import-json': [],
  serve: ['--port'],
  'import-tenant': ['--users', '--group-members', '--licenses', '--roles', '--registration', '--json'],
  licenses: ['--json', '--out'],
  simulate: ['--scenario', '--json'],
  forecast: ['--json'],
  'export-emails': ['--out', '--format'],
  'export-landing': ['--out'],
  'export-plan': ['--out'],
  'export-cheatsheet': ['--out'],
  'export-csv': ['--out'],
};

function parseArgs(command: string, args: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!KNOWN_FLAGS[command].includes(name)) throw new UsageError(`"${command}" has no option ${name}.`);
    if (VALUE_FLAGS.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value.`);
      if (REPEATABLE_FLAGS.has(name)) lists.set(name, [...(lists.get(name) ?? []), value]);
      else if (flags.has(name)) throw new UsageError(`${name} is given twice.`);
      else flags.set(name, value);
    } else flags.set(name, true);
  }
  return { positional, flags, lists };
}

function need(positional: string[], count: number, what: string, max = count): void {
  if (positional.length < count) throw new UsageError(`missing ${what}.`);
  if (positional.length > max) throw new UsageError(`unexpected argument "${positional[max]}".`);
}

function summary(findings: Finding[]): string {
  const n = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return `${counted(n('error'), 'error')}, ${counted(n('warning'), 'warning')}, ${n('info')} info`;
}

/** A readiness blocker in one line of plain words. */
function describeBlocker(b: Blocker): string {
  if (b.kind === 'finding') return `${b.finding.code}: ${b.finding.message}`;
  if (b.kind === 'signOff') return `${b.name} has ${b.state === 'declined' ? 'declined to sign off' : 'not signed off yet'}.`;
  return `Test case ${b.caseId} (${b.title}) ${b.status === 'notRun' ? 'has never been run' : b.status === 'fail' ? 'failed in its latest run' : 'was blocked in its latest run'}.`;
}

function formatFinding(f: Finding): string {
  return `${f.severity.toUpperCase().padEnd(7)} ${f.code}  ${f.field}\n        ${f.message}${f.fix ? `\n        Fix: ${f.fix.label}` : ''}`;
}

async function run(command: string, p: Parsed, api: Api, io: CliIo): Promise<CliResult> {
  const json = p.flags.has('--json');
  const open = (file: string): Promise<PlanState> => api.invoke('plan.open', { path: file });
  switch (command) {
    case 'new': {
      need(p.positional, 1, 'the plan file to create');
      const org = p.flags.get('--org');
      const state = await api.invoke('plan.create', {
        path: p.positional[0],
        demo: p.flags.has('--demo'),
        organization: typeof org === 'string' ? org : undefined,
      });
      io.out(`Created ${state.path} (${summary(state.findings)}).`);
      return { code: 0 };
    }
    case 'validate': {
      need(p.positional, 1, 'the plan file');
      const state = await open(p.positional[0]);
      const errors = state.findings.filter((f) => f.severity === 'error').length;
      const readiness = readinessOf(state.plan, state.findings, localToday());
      if (json) {
        const count = (s: Finding['severity']) => state.findings.filter((f) => f.severity === s).length;
        const verdict = { verdict: readiness.verdict, phase: readiness.phase, blockers: readiness.blockers.map(describeBlocker) };
        io.out(
          JSON.stringify(
            { plan: state.path, counts: { error: count('error'), warning: count('warning'), info: count('info') }, readiness: verdict, findings: state.findings },
            null,
            2,
          ),
        );
      } else {
        io.out(`${state.path}: ${summary(state.findings)}`);
        io.out(`Readiness: ${readiness.verdict === 'go' ? 'GO' : `NO-GO (${counted(readiness.blockers.length, 'blocker')})`}`);
        for (const b of readiness.blockers.filter((x) => x.kind !== 'finding')) io.out(`  - ${describeBlocker(b)}`);
        for (const f of state.findings) io.out(formatFinding(f));
      }
      return { code: errors > 0 ? 1 : 0 };
    }
    case 'get': {
      need(p.positional, 1, 'the plan file', 2);
      await open(p.positional[0]);
      const value = await api.invoke('plan.getValue', { key: p.positional[1] });
      io.out(typeof value === 'string' && !json ? value : JSON.stringify(value, null, 2));
      return { code: 0 };
    }
    case 'set': {
      need(p.positional, 2, 'KEY=VALUE', Infinity);
      const assignments = p.positional.slice(1).map((a) => {
        const eq = a.indexOf('=');
        if (eq <= 0) throw new UsageError(`"${a}" is not KEY=VALUE.`);
        return { key: a.slice(0, eq), raw: a.slice(eq + 1) };
      });
      await open(p.positional[0]);
      const state = await api.invoke('plan.setValues', { assignments });
      if (json) io.out(JSON.stringify({ plan: state.path, saved: assignments.length, findings: state.findings }, null, 2));
      else io.out(`Saved ${counted(assignments.length, 'change')} to ${state.path} (${summary(state.findings)}).`);
      return { code: 0 };
    }
    case 'export-json': {
      need(p.positional, 1, 'the plan file');
      const out = p.flags.get('--out');
      if (typeof out !== 'string') throw new UsageError('--out FILE.json is required.');
      await open(p.positional[0]);
      const result = await api.invoke('plan.exportJsonFile', { out });
      io.out(`Wrote ${result.out}.`);
      return { code: 0 };
    }
    case 'import-json': {
      need(p.positional, 2, 'the JSON file and the plan file');
      const state = await api.invoke('plan.importJsonFile', { file: p.positional[0], path: p.positional[1] });
      io.out(`Imported ${p.positional[0]} into ${state.path} (${summary(state.findings)}).`);
      return { code: 0 };
    }
    case 'import-tenant': {
      need(p.positional, 1, 'the plan file');
      const users = p.flags.get('--users');
      if (typeof users !== 'string') throw new UsageError('--users FILE is required: the users export.');
      const groupMembers = (p.lists.get('--group-members') ?? []).map((pair) => {
        const eq = pair.indexOf('=');
        if (eq <= 0 || eq === pair.length - 1) throw new UsageError(`--group-members takes NAME=FILE (the group's name, then its member export), not "${pair}".`);
        return { group: pair.slice(0, eq), file: pair.slice(eq + 1) };
      });
      const optional = (flag: string) => {
        const v = p.flags.get(flag);
        return typeof v === 'string' ? v : undefined;
      };
      await open(p.positional[0]);
      const input = { users, groupMembers, licenses: optional('--licenses'), roles: optional('--roles'), registration: optional('--registration') };
      const result = await importWithProgress(api, input, json ? undefined : io.progress);
      if (json) io.out(JSON.stringify({ plan: result.state.path, ...result.summary }, null, 2));
      else for (const line of describeImport(result)) io.out(line);
      return { code: 0 };
    }
    case 'licenses': {
      need(p.positional, 1, 'the plan file');
      const state = await open(p.positional[0]);
      const report = await api.invoke('tenant.licenses', {});
      const out = p.flags.get('--out');
      if (typeof out === 'string') {
        const { csv } = await api.invoke('tenant.exportCsv', { list: 'uncovered' });
        writeTextFile(out, csv);
      }
      if (json) io.out(JSON.stringify({ plan: state.path, ...report } satisfies LicensesJson, null, 2));
      else {
        for (const line of describeLicenses(state.path, report)) io.out(line);
        if (typeof out === 'string') io.out(`\nWrote the users not covered to ${out}.`);
      }
      return { code: 0 };
    }
    case 'simulate': {
      const flagged = p.lists.get('--scenario') ?? [];
      // Files after the first --scenario are scenarios too, so a shell glob (--scenario dir/*.json) works.
      need(p.positional, 1, 'the plan file', flagged.length > 0 ? Infinity : 1);
      const files = [...flagged, ...p.positional.slice(1)];
      const state = await open(p.positional[0]);
      const result = files.length > 0 ? await simulateFiles(api, state.path, files) : await simulateCases(api, state.path, state.plan);
      if (json) io.out(JSON.stringify(result, null, 2));
      else for (const line of describeSimulation(result)) io.out(line);
      return { code: result.passed ? 0 : 1 };
    }
    case 'forecast': {
      need(p.positional, 1, 'the plan file');
      const state = await open(p.positional[0]);
      const forecast = await api.invoke('forecast.run', {});
      if (json) io.out(JSON.stringify(forecast, null, 2));
      else for (const line of describeForecast(state.path, state.plan, forecast)) io.out(line);
      return { code: 0 };
    }
    case 'export-emails': {
      need(p.positional, 1, 'the plan file');
      const out = p.flags.get('--out');
      if (typeof out !== 'string') throw new UsageError('--out DIR is required: the folder to write the emails into.');
      const formats = emailFormatsOf(p.flags.get('--format'));
      if (typeof formats === 'string') throw new UsageError(formats);
      const state = await open(p.positional[0]);
      const { files } = await api.invoke('comms.exportEmailsTo', { out, formats });
      for (const line of commsWarnings(state.findings)) io.err(line);
      if (files.length === 0) io.err(`${state.path} has no campaign emails; nothing was written.`);
      for (const f of files) io.out(f);
      return { code: 0 };
    }
    case 'export-landing': {
      need(p.positional, 1, 'the plan file');
      const out = p.flags.get('--out');
      if (typeof out !== 'string') throw new UsageError('--out DIR is required: the folder to write the landing page into.');
      await open(p.positional[0]);
      const { files } = await api.invoke('comms.exportLandingTo', { out });
      for (const f of files) io.out(f);
      return { code: 0 };
    }
    case 'export-plan':
    case 'export-cheatsheet': {
      need(p.positional, 1, 'the plan file');
      const out = docxOut(p.flags.get('--out'));
      if ('error' in out) throw new UsageError(out.error);
      await open(p.positional[0]);
      const written = await api.invoke(command === 'export-plan' ? 'documents.planDocxTo' : 'documents.cheatSheetTo', { out: out.file });
      io.out(`Wrote ${written.out}.`);
      return { code: 0 };
    }
    case 'export-csv': {
      need(p.positional, 1, 'the plan file');
      const out = p.flags.get('--out');
      if (typeof out !== 'string') throw new UsageError('--out DIR is required: the folder to write one CSV file per table into.');
      await open(p.positional[0]);
      const { files } = await api.invoke('documents.tablesCsvTo', { out });
      for (const f of files) io.out(f);
      return { code: 0 };
    }
    case 'serve': {
      need(p.positional, 0, '', 1);
      const portFlag = p.flags.get('--port');
      const port = portFlag === undefined ? 0 : Number(portFlag);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${String(portFlag)}".`);
      if (p.positional[0]) await open(p.positional[0]);
      else await ensureDemoPlan(api, defaultDataDir());
      const host = await startHost({ api, port });
      io.out(`SSPR Rollout Planner is serving ${api.currentPlanPath()} at ${host.url}`);
      return { code: 'serving', host, api };
    }
    default:
      throw new UsageError(`unknown command "${command}".`);
  }
}

/** Runs one CLI invocation. `serve` returns with the host still running. */
export async function runCli(argv: string[], io: CliIo): Promise<CliResult> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return { code: command === undefined ? 2 : 0 };
  }
  if (!(command in COMMAND_HELP)) {
    io.err(`sspr-planner: unknown command "${command}".\n\n${USAGE}`);
    return { code: 2 };
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(COMMAND_HELP[command]);
    return { code: 0 };
  }
  const api = createApi({ mode: command === 'serve' ? 'browser' : 'cli', dataDir: defaultDataDir() });
  try {
    const result = await run(command, parseArgs(command, rest), api, io);
    if (result.code !== 'serving') api.close();
    return result;
  } catch (e) {
    api.close();
    if (e instanceof UsageError) {
      io.err(`sspr-planner ${command}: ${e.message}\n\n${COMMAND_HELP[command]}`);
      return { code: 2 };
    }
    const err = e instanceof ApiError ? e : new ApiError('INTERNAL', (e as Error).message);
    io.err(`sspr-planner ${command}: ${err.message} [${err.code}]`);
    return { code: 2 };
  }
}
