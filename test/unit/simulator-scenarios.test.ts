import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SimulateJson } from '../../main/cli-simulate';
import { SIM_RULE_CODES } from '../../shared/simulator/ruleCodes';
import { OUTCOMES } from '../../shared/simulator/vocabulary';
import { cli, useTempDir } from './helpers';

const tempDir = useTempDir();

const FIXTURES = path.resolve('test/fixtures/scenarios');
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => path.join(FIXTURES, f));


async function demoPlan(): Promise<{ plan: string; dir: string }> {
  const dir = tempDir();
  const plan = path.join(dir, 'demo.ssprplan');
  expect((await cli('new', plan, '--demo')).code).toBe(0);
  return { plan, dir };
}

function scenarioFile(dir: string, name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

const ANN = 'ann@contoso.com';
const annRegistered = { upn: ANN, registered: { email: 'ann@fabrikam.com', mobilePhone: '+1 425 555 0100' }, registeredOn: '2026-01-10' };

describe('sspr-planner simulate with the scenario fixtures', () => {
  it('has kebab-case fixtures, each with a name, a description, its own tenant and policy, and an expectation on every step', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(45);
    for (const file of fixtures) {
      expect(path.basename(file)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.json$/);
      const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { steps: { expect?: unknown }[]; policy: object };
      expect(doc, file).toMatchObject({ name: expect.any(String), description: expect.any(String), users: expect.any(Array), groups: expect.any(Array) });
      // Every policy field the engine reads, so the plan the file runs against cannot change the verdict.
      expect(Object.keys(doc.policy).sort(), file).toEqual(
        ['group', 'helpdesk', 'lockScreenReset', 'methods', 'methodsToRegister', 'methodsToReset', 'notifyAdmins', 'notifyUsers', 'questionsToRegister', 'questionsToReset', 'reconfirmDays', 'requireRegistration', 'scope', 'unlockWithoutReset', 'writeback'].sort(),
      );
      for (const step of doc.steps) expect(step.expect, file).toBeDefined();
    }
  });

  it('passes every fixture, and together they reach every outcome and every rule', async () => {
    const { plan } = await demoPlan();
    const r = await cli('simulate', plan, '--json', ...fixtures.flatMap((f) => ['--scenario', f]));
    expect(r.err).toBe('');
    const doc = JSON.parse(r.out) as SimulateJson;
    const failed = (doc.scenarios ?? []).filter((s) => !s.passed).map((s) => `${s.file}: ${s.steps.flatMap((x) => x.failures).join('; ')}`);
    expect(failed).toEqual([]);
    expect(r.code).toBe(0);
    expect(doc.scenarios).toHaveLength(fixtures.length);
    const steps = (doc.scenarios ?? []).flatMap((s) => s.steps);
    expect(new Set(steps.map((s) => s.outcome))).toEqual(new Set(OUTCOMES));
    expect(new Set(steps.map((s) => s.rule))).toEqual(new Set(SIM_RULE_CODES));
    expect(doc.summary).toEqual({ scenarios: fixtures.length, passed: fixtures.length, failed: 0, checked: steps.length, unmet: 0 });
  });

  it('gives the same verdicts on a blank plan: the fixtures do not lean on the plan', async () => {
    const plan = path.join(tempDir(), 'blank.ssprplan');
    await cli('new', plan);
    const r = await cli('simulate', plan, '--scenario', ...fixtures);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${fixtures.length} scenarios: ${fixtures.length} passed, 0 failed`);
  });

  it('sends the admin notification to User administrators when nobody is a Password administrator', async () => {
    const { plan } = await demoPlan();
    const r = await cli('simulate', plan, '--json', '--scenario', path.join(FIXTURES, 'reset-admin-recipients-without-password-admins.json'));
    const [step] = (JSON.parse(r.out) as SimulateJson).scenarios?.[0].steps ?? [];
    expect(step.notifications.find((n) => n.kind === 'allAdmins')?.to).toEqual(['uma.useradmin@contoso.com']);
  });
});

describe('sspr-planner simulate reports and exit codes', () => {
  it('exits 1 for an unmet expectation and names the step, what was expected and what happened', async () => {
    const { plan, dir } = await demoPlan();
    const file = scenarioFile(dir, 'wrong.json', {
      name: 'writeback is wrongly expected to be irrelevant',
      policy: { scope: 'all', writeback: false, methodsToRegister: 2, methodsToReset: 1 },
      users: [{ ...annRegistered, synced: true }],
      steps: [
        { on: '2026-02-01', do: 'signIn', user: ANN, expect: { outcome: 'noPrompt' } },
        { on: '2026-02-02', do: 'reset', user: ANN, with: ['email'], expect: { outcome: 'success', notifications: ['user'] } },
      ],
    });
    const r = await cli('simulate', plan, '--scenario', file);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('FAIL  writeback is wrongly expected to be irrelevant  (wrong.json)');
    expect(lines).toContain('  1. 2026-02-01 signIn ann@contoso.com → noPrompt (SIM-SIGNIN-005)');
    expect(lines).toContain('  2. 2026-02-02 reset ann@contoso.com → writebackRequired (SIM-RESET-006)');
    expect(lines).toContain('       step 2: outcome: expected success, got writebackRequired (SIM-RESET-006)');
    expect(lines).toContain('       step 2: notifications: expected user, got none');
    expect(lines.at(-1)).toBe('1 scenario: 0 passed, 1 failed (1 of 2 checked steps unmet).');

    const json = await cli('simulate', plan, '--scenario', file, '--json');
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.out) as SimulateJson;
    expect(doc.passed).toBe(false);
    expect(doc.scenarios?.[0].steps[1]).toMatchObject({ number: 2, outcome: 'writebackRequired', failures: [expect.stringContaining('expected success'), expect.stringContaining('notifications')] });
  });

  it('prints exactly one JSON document on stdout with --json, also for several files', async () => {
    const { plan } = await demoPlan();
    const r = await cli('simulate', plan, '--json', '--scenario', fixtures[0], '--scenario', fixtures[1]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const doc = JSON.parse(r.out) as SimulateJson;
    expect(doc.scenarios?.map((s) => s.file)).toEqual([fixtures[0], fixtures[1]]);
  });

  it("runs the plan's business cases without --scenario", async () => {
    const { plan } = await demoPlan();
    const r = await cli('simulate', plan, '--json');
    const doc = JSON.parse(r.out) as SimulateJson;
    expect(doc.scenarios).toBeUndefined();
    expect(doc.cases?.map((c) => c.caseId)).toHaveLength(9);
    // A case simulated as fail is an unmet expectation, whatever the cases are today.
    expect(r.code).toBe(doc.cases?.some((c) => c.result === 'fail') ? 1 : 0);
    const text = await cli('simulate', plan);
    expect(text.out).toMatch(/^9 business cases: \d+ passed, \d+ failed, \d+ not simulated/m);
    for (const c of doc.cases ?? []) expect(text.out).toContain(`${c.caseId} ${c.title}`);
  });

  const malformed: [string, string | object, RegExp[]][] = [
    ['bad JSON with its line and column', '{\n  "name": "x",\n  "steps": [\n    { "on": "2026-02-01" "do": "reset" }\n  ]\n}', [/^sspr-planner simulate: broken\.json is not valid JSON at line 4, column 26/]],
    [
      'an unknown field, with the field it was meant to be',
      { name: 'x', users: [annRegistered], steps: [{ on: '2026-02-01', do: 'reset', user: ANN, wiht: ['email'] }] },
      [/broken\.json: steps\[0\]: has unknown field wiht; did you mean with\?/, /step 1 reset on 2026-02-01/],
    ],
    [
      'a method id that does not exist',
      { name: 'x', users: [annRegistered], steps: [{ on: '2026-02-01', do: 'reset', user: ANN, with: ['sms'] }] },
      [/broken\.json: steps\[0\]\.with\[0\]: must be one of appNotification, .*securityQuestions, not "sms"/, /step 1 reset on 2026-02-01/],
    ],
    [
      'adminReset without by',
      { name: 'x', users: [annRegistered], steps: [{ on: '2026-02-01', do: 'adminReset', user: ANN }] },
      [/broken\.json: steps\[0\]\.by: is required for adminReset/, /step 1 adminReset on 2026-02-01/],
    ],
    [
      'a step user the scenario does not list',
      { name: 'x', users: [annRegistered], steps: [{ on: '2026-02-01', do: 'signIn', user: ANN }, { on: '2026-02-02', do: 'reset', user: 'bob@contoso.com' }] },
      [/broken\.json: steps\[1\]\.user: bob@contoso\.com is not among the scenario's users/, /step 2 reset on 2026-02-02/],
    ],
    [
      'a wrong action, with the one it was meant to be',
      { name: 'x', users: [annRegistered], steps: [{ on: '2026-02-01', do: 'rest', user: ANN }] },
      [/steps\[0\]\.do: must be one of signIn, .*, not "rest"; did you mean reset\?/],
    ],
  ];

  it.each(malformed)('exits 2 for %s, naming the file, the step and the field', async (_what, content, patterns) => {
    const { plan, dir } = await demoPlan();
    const file = scenarioFile(dir, 'broken.json', content);
    for (const json of [[], ['--json']]) {
      const r = await cli('simulate', plan, ...json, '--scenario', file);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      for (const p of patterns) expect(r.err).toMatch(p);
      expect(r.err).toContain('[SCENARIO_INVALID]');
    }
  });

  it('exits 2 for a missing scenario file and for usage errors', async () => {
    const { plan, dir } = await demoPlan();
    const missing = await cli('simulate', plan, '--scenario', path.join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.json.*\[FILE_UNREADABLE\]/);
    expect((await cli('simulate')).code).toBe(2);
    expect((await cli('simulate', plan, '--scenario')).err).toContain('--scenario needs a value');
    expect((await cli('simulate', plan, 'extra.json')).err).toContain('unexpected argument "extra.json"');
  });
});
