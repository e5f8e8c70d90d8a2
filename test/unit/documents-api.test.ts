import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../main/api';
import { stepsOf } from '../../shared/plan/cheatSheet';
import { readRows } from '../../shared/plan/csv';
import { reportStrings as S } from '../../shared/report/strings';
import { TABLE_IDS } from '../../shared/report/table';
import { refusal, useTempDir } from './helpers';
import { documentXmlOf, wordText } from './office';

const tempDir = useTempDir();
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const FORMULA = '=HYPERLINK("x")';

async function planApi(demo = true): Promise<{ api: Api; dir: string }> {
  const dir = tempDir();
  const api = createApi({ mode: 'browser', dataDir: dir });
  await api.invoke('plan.create', { path: path.join(dir, 'contoso.ssprplan'), demo });
  return { api, dir };
}

/** A renderer call that must succeed, as the window makes it. */
async function fromWindow<T>(api: Api, method: string, input: unknown = {}): Promise<T> {
  const result = await api.call(method, input, 'renderer');
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

interface Exported {
  fileName: string;
  type: string;
  dataBase64: string;
  files?: number;
}

/** The visible text of a .docx's body, one paragraph a line. */
async function docxText(file: Exported): Promise<string> {
  return wordText(await documentXmlOf(Buffer.from(file.dataBase64, 'base64')));
}

/** Every CSV of the tables zip, by file name, as rows of cells. */
async function csvFiles(file: Exported): Promise<Map<string, { raw: string; rows: string[][] }>> {
  const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'));
  const out = new Map<string, { raw: string; rows: string[][] }>();
  for (const entry of Object.values(zip.files)) {
    const raw = await entry.async('string');
    out.set(entry.name, { raw, rows: readRows(raw).map((r) => r.cells) });
  }
  return out;
}

const column = (rows: string[][], name: string) => {
  const i = rows[0].indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in ${rows[0].join(',')}`);
  return rows.slice(1).map((r) => r[i]);
};

describe('documents.planDocx', () => {
  it('gives the window the deployment plan as a Word file with every chapter and the plan’s own values', async () => {
    const { api } = await planApi();
    const { plan } = await api.invoke('plan.get', {});
    const file = await fromWindow<Exported>(api, 'documents.planDocx');
    expect(file.fileName).toBe('contoso deployment plan.docx');
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const text = await docxText(file);
    for (const chapter of Object.values(S.chapters)) expect(text).toContain(chapter);
    expect(text).toContain(`SSPR Rollout Planner ${VERSION}, plan saved`);
    expect(text).toContain(plan.overview.organization);
    for (const s of plan.stakeholders) expect(text).toContain(s.name);
    for (const c of plan.testing.cases) expect(text).toContain(c.title);
    for (const p of plan.rollout.phases) expect(text).toContain(p.name);
    // The demo tenant is imported, so the licensing and forecast tables are in.
    expect(text).toContain(S.tables.licenseCoverage.title);
  });

  it('follows an edit made through the API', async () => {
    const { api } = await planApi();
    const before = await docxText(await api.invoke('documents.planDocx', {}));
    expect(before).not.toContain('Fabrikam Health');
    await api.invoke('plan.update', { changes: [{ path: 'overview.organization', value: 'Fabrikam Health' }] });
    const text = await docxText(await api.invoke('documents.planDocx', {}));
    expect(text).toMatch(/^\s*Fabrikam Health\n/);
  });

  it('refuses without an open plan', async () => {
    const api = createApi({ mode: 'browser', dataDir: tempDir() });
    expect((await refusal(api.invoke('documents.planDocx', {}))).code).toBe('NO_PLAN_OPEN');
  });
});

describe('documents.cheatSheet', () => {
  it('gives the help desk’s cheat sheet with every scenario and its steps', async () => {
    const { api } = await planApi();
    const { plan } = await api.invoke('plan.get', {});
    const file = await fromWindow<Exported>(api, 'documents.cheatSheet');
    expect(file.fileName).toBe('contoso help-desk cheat sheet.docx');
    const text = await docxText(file);
    expect(text).toContain(S.cheatSheetTitle);
    for (const sc of plan.support.scenarios) {
      expect(text).toContain(sc.title);
      for (const step of stepsOf(sc.resolution)) expect(text).toContain(step);
    }
    for (const r of plan.support.roles) expect(text).toContain(r.entraRole);
  });
});

describe('documents.tablesCsv', () => {
  it('zips one CSV per table, each with its header row and the plan’s values', async () => {
    const { api } = await planApi();
    const { plan } = await api.invoke('plan.get', {});
    const file = await fromWindow<Exported>(api, 'documents.tablesCsv');
    expect(file.fileName).toBe('contoso tables.zip');
    expect(file.type).toBe('application/zip');
    const files = await csvFiles(file);
    // The demo has a tenant, so every table there is is in the zip.
    expect(file.files).toBe(TABLE_IDS.length);
    expect(files.size).toBe(TABLE_IDS.length);
    for (const [name, { raw }] of files) {
      expect(name).toMatch(/^[^/\\:*?"<>|]+\.csv$/);
      expect(raw.startsWith('\uFEFF')).toBe(true);
      expect(raw).toContain('\r\n');
    }
    const table = (name: string) => {
      const f = files.get(name);
      if (!f) throw new Error(`no ${name} in ${[...files.keys()].join(', ')}`);
      return f.rows;
    };
    expect(table('Stakeholders.csv')[0]).toEqual(S.tables.stakeholders.columns);
    expect(column(table('Stakeholders.csv'), 'Name')).toEqual(plan.stakeholders.map((s) => s.name));
    expect(column(table('Stakeholders.csv'), 'Email')).toEqual(plan.stakeholders.map((s) => s.email));
    expect(table('Test matrix.csv')[0]).toEqual(S.tables.testMatrix.columns);
    expect(column(table('Test matrix.csv'), 'Case')).toEqual(plan.testing.cases.map((c) => c.id));
    expect(column(table('Rollout phases.csv'), 'Phase')).toEqual(plan.rollout.phases.map((p) => p.name));
    expect(column(table('Support scenarios.csv'), 'Scenario')).toEqual(plan.support.scenarios.map((s) => s.title));
    expect(column(table('Support roles.csv'), 'Entra role')).toEqual(plan.support.roles.map((r) => r.entraRole));
    expect(table('Overview.csv')).toContainEqual(['Organization', plan.overview.organization]);
    expect(table('Readiness - what blocks the rollout.csv')[0]).toEqual(S.tables.blockers.columns);
    expect(table('Users without a covering license.csv').length).toBeGreaterThan(1);
  });

  it('escapes a cell a spreadsheet would run as a formula, entered in the plan', async () => {
    const { api } = await planApi();
    await api.invoke('plan.update', {
      changes: [
        { path: 'stakeholders.0.name', value: FORMULA },
        { path: 'support.scenarios.0.title', value: '+1 call the desk' },
      ],
    });
    const files = await csvFiles(await api.invoke('documents.tablesCsv', {}));
    const stakeholders = files.get('Stakeholders.csv');
    expect(column(stakeholders?.rows ?? [[]], 'Name')[0]).toBe(`'${FORMULA}`);
    expect(stakeholders?.raw).not.toMatch(/(^|[\r\n,])"?=HYPERLINK/);
    expect(column(files.get('Support scenarios.csv')?.rows ?? [[]], 'Scenario')[0]).toBe("'+1 call the desk");
    // The RACI table names the stakeholder too, and is escaped the same way.
    expect(column(files.get('RACI per workstream.csv')?.rows ?? [[]], 'Name')[0]).toBe(`'${FORMULA}`);
  });

  it('gives one table’s CSV when asked by id', async () => {
    const { api } = await planApi();
    const file = await fromWindow<Exported>(api, 'documents.tablesCsv', { table: 'testMatrix' });
    expect(file.fileName).toBe('contoso Test matrix.csv');
    expect(file.type).toMatch(/^text\/csv/);
    const rows = readRows(Buffer.from(file.dataBase64, 'base64').toString('utf8')).map((r) => r.cells);
    expect(rows[0]).toEqual(S.tables.testMatrix.columns);
  });

  it('refuses an unknown table, listing the ones there are', async () => {
    const { api } = await planApi();
    const result = await api.call('documents.tablesCsv', { table: 'budget' }, 'renderer');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('KEY_UNKNOWN');
    expect(result.error.message).toContain('"budget"');
    for (const id of ['stakeholders', 'testMatrix', 'roi']) expect(result.error.message).toContain(id);
  });

  it('leaves out the tenant’s tables before users are imported, and says why when one is asked for', async () => {
    const { api } = await planApi(false);
    const file = await api.invoke('documents.tablesCsv', {});
    const names = [...(await csvFiles(file)).keys()];
    expect(names).toContain('Stakeholders.csv');
    expect(names).not.toContain('Users without a covering license.csv');
    expect(file.files).toBe(names.length);
    const e = await refusal(api.invoke('documents.tablesCsv', { table: 'licenseUncovered' }));
    expect(e.code).toBe('KEY_UNKNOWN');
    expect(e.message).toContain('import the tenant');
  });
});

describe('file-writing variants', () => {
  it('are for trusted callers only', async () => {
    const { api, dir } = await planApi();
    for (const method of ['documents.planDocxTo', 'documents.cheatSheetTo', 'documents.tablesCsvTo']) {
      const result = await api.call(method, { out: path.join(dir, 'x.docx') }, 'renderer');
      expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
    }
  });

  it('write the files and name the path when writing fails', async () => {
    const { api, dir } = await planApi();
    const { out } = await api.invoke('documents.planDocxTo', { out: path.join(dir, 'plan.docx') });
    expect(out).toBe(path.join(dir, 'plan.docx'));
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const target = path.join(dir, 'missing-folder', 'sheet.docx');
    const e = await refusal(api.invoke('documents.cheatSheetTo', { out: target }));
    expect(e.code).toBe('FILE_WRITE_FAILED');
    expect(e.message).toContain(target);
    const { files } = await api.invoke('documents.tablesCsvTo', { out: path.join(dir, 'tables') });
    expect(files).toHaveLength(TABLE_IDS.length);
    expect(files).toContain(path.join(dir, 'tables', 'Stakeholders.csv'));
  });
});
