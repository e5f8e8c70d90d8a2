import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../main/api';
import { DEMO_ON_PREM_ADMIN, DEMO_TEST_ACCOUNT } from '../../shared/plan/demoTenant';
import { readRows } from '../../shared/plan/csv';
import { createDemoPlan } from '../../shared/plan/demo';
import { createDemoTenant } from '../../shared/plan/demoTenant';
import { groupResolver, isAdmin } from '../../shared/tenant/groups';
import { isRegistered } from '../../shared/tenant/registration';
import { refusal, useTempDir } from './helpers';

const tempDir = useTempDir();

async function demoPlan(): Promise<{ api: Api; dir: string }> {
  const dir = tempDir();
  const api = createApi({ mode: 'cli', dataDir: dir });
  await api.invoke('plan.create', { path: path.join(dir, 'contoso.ssprplan'), demo: true });
  return { api, dir };
}


describe('simulator API over the demo plan', () => {
  it('sweeps the tenant: only the pilot and admins are enabled before the waves start', async () => {
    const { api } = await demoPlan();
    const state = await api.invoke('plan.get', {});
    const pilot = state.plan.rollout.phases.find((p) => p.kind === 'pilot');
    expect(pilot?.start).toBeTruthy();
    const dayBefore = await api.invoke('simulator.sweep', { on: '2000-01-01' });
    const onPilot = await api.invoke('simulator.sweep', { on: pilot?.start ?? '' });
    expect(dayBefore.users).toBe(state.tenantUsers);
    // The demo policy already names the pilot group, so the pilot day adds nobody; admins are in on both.
    expect(onPilot.enabled).toBe(dayBefore.enabled);
    expect(onPilot.enabled).toBeLessThan(onPilot.users);
    const last = [...state.plan.rollout.phases].filter((p) => p.start).sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')).pop();
    const allIn = await api.invoke('simulator.sweep', { on: last?.start ?? '' });
    expect(allIn.enabled).toBeGreaterThan(onPilot.enabled);
    // Every enabled user either can reset or is counted under exactly one reason.
    const cannot = allIn.reasons.reduce((n, r) => n + r.users, 0);
    expect(allIn.canReset + cannot).toBe(allIn.enabled);
    expect(allIn.byWave.reduce((n, w) => n + w.users, 0)).toBe(allIn.users);
    // The synced domain admin is the on-premises admin block the demo plants.
    expect(allIn.reasons.some((r) => r.outcome === 'onPremAdminBlocked')).toBe(true);
  });

  it('exports every user of the sweep as CSV with the rule that decided', async () => {
    const { api } = await demoPlan();
    const state = await api.invoke('plan.get', {});
    const { fileName, csv } = await api.invoke('simulator.sweepCsv', { on: '2027-06-01' });
    expect(fileName).toBe('contoso-sweep-2027-06-01.csv');
    const rows = readRows(csv).map((r) => r.cells);
    expect(rows[0]).toEqual(['userPrincipalName', 'displayName', 'wave', 'enabled', 'signIn', 'reset', 'rule', 'why']);
    expect(rows.length - 1).toBe(state.tenantUsers);
    const onPrem = rows.find((r) => r[0] === DEMO_ON_PREM_ADMIN);
    expect(onPrem?.[5]).toBe('onPremAdminBlocked');
    expect(onPrem?.[6]).toBe('SIM-RESET-002');
  });

  it('walks one user through the try-it steps with the engine', async () => {
    const { api } = await demoPlan();
    const found = await api.invoke('simulator.findUsers', { query: 'pilot.tester', limit: 5 });
    expect(found.map((u) => u.upn)).toEqual([DEMO_TEST_ACCOUNT]);
    const demo = createDemoPlan();
    const tenant = createDemoTenant();
    const pilot = groupResolver(tenant)(demo.policy.group);
    const upn = tenant.users.find((u) => pilot.has(u.upn) && !isAdmin(u) && isRegistered(u, demo.policy))?.upn ?? '';
    const first = await api.invoke('simulator.tryIt', { user: upn, steps: [] });
    expect(first.user).toMatchObject({ upn, enabled: true, admin: false, registered: true });
    expect(first.decisions).toEqual([]);
    const steps = [
      { on: '2027-02-01', do: 'reset' as const, with: first.user.usable.slice(0, first.user.required), password: 'short' },
      { on: '2027-02-01', do: 'reset' as const, with: first.user.usable.slice(0, first.user.required), password: 'Blue-Harbour-42' },
    ];
    const walked = await api.invoke('simulator.tryIt', { user: upn, steps });
    expect(walked.decisions.map((d) => d.outcome)).toEqual(['passwordRejected', 'success']);
    expect(walked.decisions[0].passwordProblem).toBe('tooShort');
    expect(walked.decisions[1].audit).toEqual(['Reset password (self-service)']);
    expect(walked.decisions[1].notifications).toEqual([{ kind: 'user', to: [upn] }]);
  });

  it('refuses an unknown try-it user and a malformed scenario with the place that is wrong', async () => {
    const { api } = await demoPlan();
    const unknown = await refusal(api.invoke('simulator.tryIt', { user: 'nobody@contoso.com', steps: [] }));
    expect(unknown.code).toBe('KEY_UNKNOWN');
    expect(unknown.message).toContain('nobody@contoso.com');
    const bad = await refusal(api.invoke('simulator.runScenario', { json: '{ "name": "x", "steps": [ { "on": "2027-01-01", "do": "jump", "user": "a@b.c" } ] }', source: 'x.json' }));
    expect(bad.code).toBe('SCENARIO_INVALID');
    expect(bad.message).toMatch(/^x\.json: steps\[0\]\.do: must be one of signIn, register/);
    expect(bad.message).toContain('step 1 jump on 2027-01-01');
    const broken = await refusal(api.invoke('simulator.runScenario', { json: '{\n  "name": "x",\n  "steps": [,]\n}', source: 'y.json' }));
    expect(broken.message).toMatch(/^y\.json is not valid JSON at line 3/);
  });

  it('runs scenario files from disk against the plan tenant when the file brings none', async () => {
    const { api, dir } = await demoPlan();
    const file = path.join(dir, 'tester.json');
    writeFileSync(
      file,
      JSON.stringify({
        name: 'test account cannot reset when the scope is switched off',
        policy: { scope: 'none' },
        steps: [
          { on: '2027-02-01', do: 'reset', user: DEMO_TEST_ACCOUNT, expect: { outcome: 'notEnabled', audit: ['Self-service password reset flow activity progress'] } },
          { on: '2027-02-01', do: 'signIn', user: DEMO_TEST_ACCOUNT, expect: { outcome: 'promptRegister' } },
        ],
      }),
    );
    const [result] = await api.invoke('simulator.runScenarioFiles', { files: [file] });
    expect(result.report.steps[0].failures).toEqual([]);
    expect(result.report.steps[1].failures).toEqual(['outcome: expected promptRegister, got noPrompt (SIM-SIGNIN-001)']);
    expect(result.report.passed).toBe(false);
    const missing = await refusal(api.invoke('simulator.runScenarioFiles', { files: [path.join(dir, 'missing.json')] }));
    expect(missing.code).toBe('FILE_UNREADABLE');
  });
});
