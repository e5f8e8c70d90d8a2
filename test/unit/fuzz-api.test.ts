import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiInputs } from '../../shared/api';
import { API_METHODS, isRendererMethod, type ApiMethod } from '../../shared/api-methods';
import { createDemoPlan } from '../../shared/plan/demo';
import { brokenValue, deepValue, expectAnswer, fuzzTally, nastyText, pathsOf, suiteApi, type Json } from './fuzz-helpers';

/**
 * Bad input, every API method: arbitrary JSON, and each method's own valid input with one field
 * deleted, retyped or joined by an unknown one. Every answer is a result or a documented error code
 * with a message; INPUT_INVALID names the field. Nothing crashes (INTERNAL) and nothing throws.
 */

const tally = fuzzTally('api inputs');
const suite = suiteApi('browser');

const demo = createDemoPlan('Contoso');
const FIXTURE = path.join(__dirname, '../fixtures/scenarios/reset-success-notifies-user.json');

/** A valid input per method; paths point into the suite's own folder. */
function samples(dir: string): Record<ApiMethod, Record<string, Json>> {
  const inDir = (name: string) => path.join(dir, name);
  const send = { sendId: demo.communications.emails[0].id };
  return {
    'session.info': {},
    'plan.get': {},
    'plan.update': { changes: [{ path: 'overview.organization', value: 'Fabrikam' }] },
    'plan.validate': {},
    'plan.exportJson': {},
    'plan.importJson': { json: '{"format":"sspr-rollout-plan"}' },
    'plan.getValue': { key: 'policy.scope' },
    'plan.setValues': { assignments: [{ key: 'scope', raw: 'all' }] },
    'plan.open': { path: inDir('fuzz.ssprplan') },
    'plan.create': { path: inDir('created.ssprplan'), demo: false, organization: 'Fabrikam' },
    'plan.exportJsonFile': { out: inDir('export.json') },
    'plan.importJsonFile': { file: inDir('export.json'), path: inDir('imported.ssprplan') },
    'testing.recordRun': { caseId: demo.testing.cases[0].id, result: 'pass', tester: 'Ann', notes: '', evidence: [] },
    'testing.evidence': { id: 'evidence-1' },
    'tenant.upload': { name: 'users.csv', offset: 0, dataBase64: Buffer.from('userPrincipalName\r\nann@contoso.com\r\n').toString('base64') },
    'tenant.importUploads': { users: '00000000-0000-4000-8000-000000000000', groupMembers: [] },
    'tenant.discardUploads': { uploadIds: ['00000000-0000-4000-8000-000000000000'] },
    'tenant.importFiles': { users: inDir('users.csv'), groupMembers: [{ group: 'Pilot', file: inDir('users.csv') }] },
    'tenant.importProgress': {},
    'tenant.summary': {},
    'tenant.licenses': { limit: 5 },
    'tenant.registration': {},
    'tenant.exportCsv': { list: 'uncovered' },
    'simulator.runScenarioFiles': { files: [FIXTURE] },
    'simulator.runScenario': { json: readFileSync(FIXTURE, 'utf8'), source: 'fixture.json' },
    'simulator.businessCases': {},
    'simulator.sweep': { on: '2027-01-15' },
    'simulator.sweepCsv': { on: '2027-01-15' },
    'simulator.findUsers': { query: 'a', limit: 5 },
    'simulator.tryIt': { user: 'ann@contoso.com', steps: [{ on: '2027-01-15', do: 'reset', with: ['email'] }] },
    'forecast.run': { settings: {} },
    'comms.exportEmail': { ...send, format: 'txt' },
    'comms.exportAll': { formats: ['txt'] },
    'comms.exportLanding': {},
    'comms.exportEmailsTo': { out: inDir('emails'), formats: ['txt'] },
    'comms.exportLandingTo': { out: inDir('landing') },
    'comms.smtpSettings': {},
    'comms.sendTest': { ...send, to: 'ann@contoso.com', smtp: { host: 'localhost', port: 25, security: 'none', user: '' }, password: '', remember: false },
    'comms.forgetSmtpPassword': {},
    'documents.planDocx': {},
    'documents.cheatSheet': {},
    'documents.tablesCsv': { table: 'stakeholders' },
    'documents.planDocxTo': { out: inDir('plan.docx') },
    'documents.cheatSheetTo': { out: inDir('cheat-sheet.docx') },
    'documents.tablesCsvTo': { out: inDir('tables') },
    'recent.list': {},
    'recent.open': { path: inDir('fuzz.ssprplan') },
    'app.openExternal': { url: 'https://contoso.com' },
    'app.openDialog': {},
    'app.newDialog': { demo: false },
    'app.saveJsonDialog': {},
  };
}

/**
 * Valid inputs that must not run here: comms.sendTest would connect to an SMTP server. The dialog and
 * openExternal methods need not be skipped: without the desktop app they answer NOT_AVAILABLE.
 */
const NEVER_RUN: ReadonlySet<ApiMethod> = new Set(['comms.sendTest']);
/** Valid inputs that cost up to a second each (documents, zips, the Monte Carlo forecast): run a few, not hundreds. */
const COSTLY: ReadonlySet<ApiMethod> = new Set([
  'documents.planDocx',
  'documents.planDocxTo',
  'documents.cheatSheet',
  'documents.cheatSheetTo',
  'documents.tablesCsv',
  'documents.tablesCsvTo',
  'comms.exportAll',
  'comms.exportEmailsTo',
  'comms.exportLanding',
  'comms.exportLandingTo',
  'forecast.run',
]);
const COSTLY_RUNS = 1;

/** Fields that name files: a valid input may only name files inside the suite's folder. */
function filesNamed(input: unknown): string[] {
  if (typeof input !== 'object' || input === null) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === 'string' && ['path', 'out', 'file', 'users', 'licenses', 'roles', 'registration'].includes(key)) out.push(value);
    else if (key === 'files' && Array.isArray(value)) out.push(...value.filter((v): v is string => typeof v === 'string'));
    else if (typeof value === 'object') out.push(...filesNamed(value));
  }
  return out;
}

const validRuns = new Map<ApiMethod, number>();

/** Whether this input may run: invalid ones always; valid ones unless they would leave the folder, connect out, or cost too much. */
function mayRun(method: ApiMethod, input: unknown, dir: string): boolean {
  const parsed = apiInputs[method].safeParse(input ?? {});
  if (!parsed.success) return true;
  if (NEVER_RUN.has(method)) return false;
  if (method === 'recent.open' || method === 'simulator.runScenarioFiles') {
    // Reading is harmless, but keep to the folder and the fixtures all the same.
    if (!filesNamed(parsed.data).every((f) => path.resolve(f).startsWith(dir) || path.resolve(f) === FIXTURE)) return false;
  } else if (!filesNamed(parsed.data).every((f) => path.resolve(f).startsWith(`${dir}${path.sep}`))) return false;
  if (COSTLY.has(method)) {
    const runs = validRuns.get(method) ?? 0;
    if (runs >= COSTLY_RUNS) return false;
    validRuns.set(method, runs + 1);
  }
  return true;
}

/** A method's valid input with one thing broken, and the field a refusal must name. */
function brokenInput(sample: Record<string, Json>): fc.Arbitrary<{ input: Json; field: string }> {
  const paths = pathsOf(sample).filter((p) => p.length > 0);
  const change = (p: (string | number)[], apply: (parent: Record<string | number, Json>, key: string | number) => void): Json => {
    const copy = structuredClone(sample) as Record<string | number, Json>;
    let parent = copy;
    for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
    apply(parent, p[p.length - 1]);
    return copy;
  };
  const extra = fc.tuple(fc.constantFrom('extra', '__proto__', 'constructor', 'Path'), brokenValue).map(([key, value]) => {
    const input = structuredClone(sample);
    Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
    return { input: input as Json, field: key };
  });
  if (paths.length === 0) return extra;
  const at = fc.constantFrom(...paths);
  // Values are where most checks live; containers are broken by the other edits often enough.
  const leaves = paths.filter((p) => paths.every((q) => q.length <= p.length || p.some((k, i) => q[i] !== k)));
  const atLeaf = fc.constantFrom(...leaves);
  return fc.oneof(
    at.map((p) => ({
      input: change(p, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
      }),
      field: String(p[0]),
    })),
    {
      weight: 2,
      arbitrary: fc.tuple(fc.oneof(at, atLeaf), fc.oneof(brokenValue, nastyText, deepValue)).map(([p, value]) => ({
        input: change(p, (parent, key) => {
          parent[key] = value;
        }),
        field: String(p[0]),
      })),
    },
    extra,
  );
}

let dir = '';
let valid: Record<ApiMethod, Record<string, Json>>;
beforeAll(() => {
  dir = suite.dir();
  valid = samples(dir);
  writeFileSync(path.join(dir, 'users.csv'), 'userPrincipalName,displayName\r\nann@contoso.com,Ann\r\n');
});

const callerOf = (method: ApiMethod) => (isRendererMethod(method) ? 'renderer' : 'trusted');
const RUNS = 45;

describe('fuzz: every API input', () => {
  it('covers every method of the API', () => {
    expect(Object.keys(samples('/x')).sort()).toEqual([...API_METHODS].sort());
  });

  it.each(API_METHODS)('%s: arbitrary JSON and its own input broken in one field give a result or a documented error', async (method) => {
    const api = suite.api();
    const caller = callerOf(method);
    const sample = valid[method];
    await tally.check(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (input) => {
        fc.pre(mayRun(method, input, dir));
        expectAnswer(await api.call(method, input, caller));
      }),
      RUNS,
    );
    await tally.check(
      fc.asyncProperty(brokenInput(sample), async ({ input, field }) => {
        fc.pre(mayRun(method, input, dir));
        const result = await api.call(method, input, caller);
        expectAnswer(result);
        if (!result.ok && result.error.code === 'INPUT_INVALID') {
          expect(result.error.message.startsWith(`${method}: `)).toBe(true);
          expect(result.error.message).toContain(field);
        }
      }),
      RUNS,
    );
    if (caller === 'trusted') {
      const refused = await api.call(method, sample, 'renderer');
      expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    }
  });
});

describe('counterexamples the fuzzing found', () => {
  it('a plan.update value nested thousands deep is refused as INPUT_INVALID naming it, not a stack overflow', async () => {
    let value: Json = 'x';
    for (let i = 0; i < 5000; i++) value = [value];
    const result = await suite.api().call('plan.update', { changes: [{ path: 'overview.organization', value }] }, 'renderer');
    expect(result.ok ? null : result.error).toEqual({ code: 'INPUT_INVALID', message: 'plan.update: changes.0.value nests deeper than 64 levels' });
  });
});
