import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { PlanState } from '../../shared/api';
import type { ApiResult } from '../../shared/errors';
import { createApi, type ElectronCapabilities } from '../../main/api';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

async function demoApi(mode: 'cli' | 'browser' | 'electron' = 'browser', electron?: ElectronCapabilities) {
  const dir = tempDir();
  const api = createApi({ mode, dataDir: dir, electron });
  const planPath = path.join(dir, 'demo.ssprplan');
  await api.invoke('plan.create', { path: planPath, demo: true });
  return { api, dir, planPath };
}

function errorOf(r: ApiResult<unknown>) {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
}

describe('API', () => {
  it('saves an update at once and reports the new findings', async () => {
    const { api, planPath } = await demoApi();
    const r = await api.call('plan.update', { changes: [{ path: 'policy.methodsToReset', value: 2 }] }, 'renderer');
    expect(r.ok).toBe(true);
    const state = (r as { value: PlanState }).value;
    expect(state.findings.map((f) => f.code)).toContain('SSPR-METHODS-003');
    api.close();
    const again = createApi({ mode: 'cli', dataDir: tempDir() });
    const reopened = await again.invoke('plan.open', { path: planPath });
    expect(reopened.plan.policy.methodsToReset).toBe(2);
    again.close();
  });

  it('refuses an invalid value, names the field, and keeps the plan as it was', async () => {
    const { api } = await demoApi();
    const before = await api.invoke('plan.get', {});
    const err = errorOf(
      await api.call(
        'plan.update',
        { changes: [{ path: 'policy.methodsToReset', value: 2 }, { path: 'policy.scope', value: 'everyone' }] },
        'renderer',
      ),
    );
    expect(err.code).toBe('VALUE_INVALID');
    expect(err.message).toContain('policy.scope');
    expect((await api.invoke('plan.get', {})).plan).toEqual(before.plan);
  });

  it('refuses unknown paths and prototype tricks', async () => {
    const { api } = await demoApi();
    for (const p of ['policy.nope', 'schemaVersion', 'policy.__proto__.polluted', 'stakeholders.x']) {
      const err = errorOf(await api.call('plan.update', { changes: [{ path: p, value: 1 }] }, 'renderer'));
      expect(['KEY_UNKNOWN', 'VALUE_INVALID']).toContain(err.code);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parses every input at the boundary', async () => {
    const { api } = await demoApi();
    expect(errorOf(await api.call('plan.update', { changes: 'all' }, 'renderer')).code).toBe('INPUT_INVALID');
    expect(errorOf(await api.call('plan.get', { extra: 1 }, 'renderer')).code).toBe('INPUT_INVALID');
    expect(errorOf(await api.call('plan.nothing', {}, 'renderer')).code).toBe('UNKNOWN_METHOD');
    expect(errorOf(await api.call('toString', {}, 'renderer')).code).toBe('UNKNOWN_METHOD');
  });

  it('keeps file-path methods away from the window', async () => {
    const { api, dir } = await demoApi();
    const err = errorOf(await api.call('plan.open', { path: path.join(dir, 'other.ssprplan') }, 'renderer'));
    expect(err.code).toBe('FORBIDDEN');
    expect(errorOf(await api.call('recent.open', { path: '/etc/passwd' }, 'renderer')).code).toBe('FORBIDDEN');
  });

  it('lists and reopens recent plans', async () => {
    const { api, planPath } = await demoApi('browser');
    const recent = await api.invoke('recent.list', {});
    expect(recent[0]).toMatchObject({ path: planPath, name: 'Contoso' });
    const r = await api.call('recent.open', { path: planPath }, 'renderer');
    expect(r.ok).toBe(true);
  });

  it('round-trips a whole plan through JSON', async () => {
    const { api, dir } = await demoApi();
    await api.invoke('plan.update', { changes: [{ path: 'overview.organization', value: 'Round Trip Ltd' }] });
    const { json } = await api.invoke('plan.exportJson', {});
    const other = createApi({ mode: 'cli', dataDir: dir });
    const file = path.join(dir, 'export.json');
    writeFileSync(file, json);
    const imported = await other.invoke('plan.importJsonFile', { file, path: path.join(dir, 'copy.ssprplan') });
    const original = await api.invoke('plan.get', {});
    expect(imported.plan).toEqual(original.plan);
    expect(imported.tenantUsers).toBe(original.tenantUsers);
    other.close();
  });

  it('refuses broken JSON imports with a position, and leaves the plan unchanged', async () => {
    const { api } = await demoApi();
    const before = await api.invoke('plan.get', {});
    const bad = errorOf(await api.call('plan.importJson', { json: '{\n  "format": "sspr-rollout-plan",\n  oops\n}' }, 'renderer'));
    expect(bad.code).toBe('JSON_INVALID');
    expect(bad.message).toMatch(/line 3/);
    const { json } = await api.invoke('plan.exportJson', {});
    const doc = JSON.parse(json);
    doc.plan.policy.methods = ['carrierPigeon'];
    const wrong = errorOf(await api.call('plan.importJson', { json: JSON.stringify(doc) }, 'renderer'));
    expect(wrong.code).toBe('JSON_INVALID');
    expect(wrong.message).toContain('plan.policy.methods.0');
    doc.plan.policy.methods = ['email'];
    doc.schemaVersion = 99;
    expect(errorOf(await api.call('plan.importJson', { json: JSON.stringify(doc) }, 'renderer')).code).toBe('PLAN_FROM_NEWER_VERSION');
    expect((await api.invoke('plan.get', {})).plan).toEqual(before.plan);
  });

  it('sets CLI values as JSON when they parse and as text otherwise', async () => {
    const { api } = await demoApi('cli');
    const state = await api.invoke('plan.setValues', {
      assignments: [
        { key: 'scope', raw: 'selected' },
        { key: 'group', raw: '2027' },
        { key: 'methodsToReset', raw: '2' },
        { key: 'methods', raw: '["email","mobilePhone","appCode"]' },
      ],
    });
    expect(state.plan.policy).toMatchObject({ scope: 'selected', group: '2027', methodsToReset: 2, methods: ['email', 'mobilePhone', 'appCode'] });
    expect(await api.invoke('plan.getValue', { key: 'methodsToReset' })).toBe(2);
    expect(await api.invoke('plan.getValue', { key: 'rollout.phases.0.group' })).toBe('SSPR-Pilot');
  });

  it('opens only https and mailto links, and only in the desktop app', async () => {
    const openExternal = vi.fn(async () => undefined);
    const electron: ElectronCapabilities = {
      openExternal,
      pickOpenPath: async () => null,
      pickNewPath: async () => null,
      pickSaveJsonPath: async () => null,
    };
    const { api } = await demoApi('electron', electron);
    expect((await api.call('app.openExternal', { url: 'https://aka.ms/sspr' }, 'renderer')).ok).toBe(true);
    expect((await api.call('app.openExternal', { url: 'mailto:helpdesk@contoso.com' }, 'renderer')).ok).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com', 'https://user:pw@example.com']) {
      expect(errorOf(await api.call('app.openExternal', { url }, 'renderer')).code).toBe('URL_REFUSED');
    }
    expect(openExternal).toHaveBeenCalledTimes(2);
    const { api: browser } = await demoApi('browser');
    expect(errorOf(await browser.call('app.openDialog', {}, 'renderer')).code).toBe('NOT_AVAILABLE');
  });

  it('opens a plan chosen in the desktop dialog and cancels quietly', async () => {
    const { planPath, dir } = await demoApi('cli');
    let choice: string | null = null;
    const electron: ElectronCapabilities = {
      openExternal: async () => undefined,
      pickOpenPath: async () => choice,
      pickNewPath: async () => path.join(dir, 'fresh.ssprplan'),
      pickSaveJsonPath: async () => path.join(dir, 'saved.json'),
    };
    const api = createApi({ mode: 'electron', dataDir: dir, electron });
    expect(await api.invoke('app.openDialog', {})).toBeNull();
    choice = planPath;
    expect((await api.invoke('app.openDialog', {}))?.path).toBe(planPath);
    const created = await api.invoke('app.newDialog', { demo: false });
    expect(created?.plan.overview.organization).toBe('');
    expect(await api.invoke('app.saveJsonDialog', {})).toEqual({ out: path.join(dir, 'saved.json') });
    expect(JSON.parse(readFileSync(path.join(dir, 'saved.json'), 'utf8')).format).toBe('sspr-rollout-plan');
  });

  it('says so when no plan is open', async () => {
    const api = createApi({ mode: 'browser', dataDir: tempDir() });
    expect(errorOf(await api.call('plan.get', {}, 'renderer')).code).toBe('NO_PLAN_OPEN');
  });

  it('records test runs with evidence kept inside the plan, and refuses files it should not keep', async () => {
    const { api, dir } = await demoApi();
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const state = await api.invoke('testing.recordRun', {
      caseId: 'TC-03',
      result: 'fail',
      tester: 'Ola Nordmann',
      notes: 'The portal let the user in.',
      supportScenarioId: 'SUP-03',
      evidence: [{ name: 'portal.png', type: 'image/png', dataBase64: png.toString('base64') }],
    });
    const run = state.plan.testing.runs.at(-1);
    expect(run).toMatchObject({ caseId: 'TC-03', result: 'fail', tester: 'Ola Nordmann', supportScenarioId: 'SUP-03' });
    expect(Date.parse(run?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(run?.evidence).toEqual([{ id: expect.stringMatching(/^ev-/), name: 'portal.png', type: 'image/png', size: png.length }]);
    const file = await api.invoke('testing.evidence', { id: run?.evidence[0].id });
    expect(Buffer.from(file.dataBase64, 'base64')).toEqual(png);

    const big = Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64');
    const tooBig = errorOf(await api.call('testing.recordRun', { caseId: 'TC-03', result: 'pass', tester: 'Ola', evidence: [{ name: 'huge.png', type: 'image/png', dataBase64: big }] }, 'renderer'));
    expect(tooBig).toEqual({ code: 'EVIDENCE_REFUSED', message: expect.stringContaining('huge.png is 5.0 MB') });
    const exe = errorOf(await api.call('testing.recordRun', { caseId: 'TC-03', result: 'pass', tester: 'Ola', evidence: [{ name: 'x.exe', type: 'application/x-msdownload', dataBase64: 'AA==' }] }, 'renderer'));
    expect(exe.code).toBe('EVIDENCE_REFUSED');
    expect(errorOf(await api.call('testing.recordRun', { caseId: 'TC-99', result: 'pass', tester: 'Ola' }, 'renderer')).code).toBe('VALUE_INVALID');
    expect(errorOf(await api.call('testing.recordRun', { caseId: 'TC-01', result: 'maybe', tester: 'Ola' }, 'renderer')).code).toBe('INPUT_INVALID');
    expect((await api.invoke('plan.get', {})).plan.testing.runs).toHaveLength(1);

    // The evidence travels with a whole-plan JSON export and comes back on import.
    const { json } = await api.invoke('plan.exportJson', {});
    const file2 = path.join(dir, 'with-evidence.json');
    writeFileSync(file2, json);
    const other = createApi({ mode: 'cli', dataDir: dir });
    const copy = await other.invoke('plan.importJsonFile', { file: file2, path: path.join(dir, 'copy.ssprplan') });
    const copied = await other.invoke('testing.evidence', { id: copy.plan.testing.runs[0].evidence[0].id });
    expect(Buffer.from(copied.dataBase64, 'base64')).toEqual(png);
    const stripped = JSON.parse(json);
    stripped.evidence = [];
    expect(errorOf(await api.call('plan.importJson', { json: JSON.stringify(stripped) }, 'renderer')).message).toMatch(/evidence files that are not in the export/);
    other.close();
  });
});
