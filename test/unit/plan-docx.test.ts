import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cheatSheetDocx } from '../../main/export/cheatsheet-docx';
import { planDocx } from '../../main/export/plan-docx';
import { svgToPng } from '../../main/export/svg-png';
import { buildCheatSheet } from '../../shared/plan/cheatSheet';
import { createDemoPlan } from '../../shared/plan/demo';
import { createDemoTenant } from '../../shared/plan/demoTenant';
import { POLICY_AREAS, POLICY_SETTING_TEXT } from '../../shared/plan/policySettings';
import { validatePlan } from '../../shared/plan/rules';
import type { Plan, TestRun } from '../../shared/plan/schema';
import { EMPTY_TENANT } from '../../shared/plan/tenant';
import { planCharts } from '../../shared/report/charts';
import { reportData } from '../../shared/report/data';
import { reportStrings as S } from '../../shared/report/strings';
import { planTables, type ReportTable } from '../../shared/report/tables';
import { writeCsv } from '../../shared/plan/csv';
import { convertToPdf, LIBREOFFICE, PDFINFO, warnWithoutLibreOffice, wordText } from './office';

const TODAY = '2027-01-20';
const run = (id: string, caseId: string, result: TestRun['result'], tester: string, at: string): TestRun => ({
  id,
  caseId,
  result,
  tester,
  at,
  notes: '',
  evidence: [],
  supportScenarioId: '',
  leadNote: '',
});

/** The demo plan with a few recorded runs: TC-01 failed then passed, TC-03 failed. */
function demoPlan(): Plan {
  const plan = createDemoPlan();
  plan.testing.runs = [
    run('r1', 'TC-01', 'fail', 'Tom Berg', '2027-01-12T08:00:00Z'),
    run('r2', 'TC-01', 'pass', 'Priya Nair', '2027-01-12T09:30:00Z'),
    run('r3', 'TC-03', 'fail', 'Tom Berg', '2027-01-13T14:05:00Z'),
  ];
  return plan;
}

const tenant = createDemoTenant();
const plan = demoPlan();
const findings = validatePlan(plan, tenant, TODAY);
const data = reportData(plan, tenant, findings, TODAY, { forecastRuns: 100 });
const tables = new Map(planTables(data).map((t) => [t.id, t]));
const tableOf = (id: string): ReportTable => {
  const t = tables.get(id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};
const rowOf = (id: string, first: string) => tableOf(id).rows.find((r) => r[0] === first);


interface Opened {
  zip: JSZip;
  xml: string;
  text: string;
  headers: string;
  footers: string;
}

async function open(buffer: Buffer): Promise<Opened> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (re: RegExp) =>
    (await Promise.all(Object.keys(zip.files).filter((f) => re.test(f)).map((f) => (zip.file(f) as JSZip.JSZipObject).async('string')))).join('\n');
  const xml = await read(/^word\/document\.xml$/);
  return { zip, xml, text: wordText(xml), headers: await read(/^word\/header\d*\.xml$/), footers: await read(/^word\/footer\d*\.xml$/) };
}

describe('report tables', () => {
  it('give each stakeholder their sign-off state and date, and their RACI per workstream', () => {
    for (const s of plan.stakeholders) {
      expect(rowOf('stakeholders', s.name)).toEqual([s.name, s.title, s.role, s.email, s.accountableFor, S.signOff[s.signOff], s.signOffDate ?? '']);
      expect(rowOf('raci', s.name)?.slice(1)).toEqual(Object.values(s.raci));
    }
    expect(tableOf('raci').columns).toEqual(['Name', 'Licensing', 'Configuration', 'Communications', 'Testing', 'Support', 'Reporting']);
  });

  it('take the latest run of each case, with its tester and time', () => {
    expect(rowOf('testMatrix', 'TC-01')?.slice(4)).toEqual(['Passed', 'Priya Nair', '2027-01-12 09:30']);
    expect(rowOf('testMatrix', 'TC-03')?.slice(4)).toEqual(['Failed', 'Tom Berg', '2027-01-13 14:05']);
    expect(rowOf('testMatrix', 'TC-02')?.slice(4)).toEqual(['Not run', '', '']);
    expect(tableOf('testMatrix').rows).toHaveLength(plan.testing.cases.length);
  });

  it('list every policy setting with the plan value, the same recommendation as the Configuration section and its open findings', () => {
    const config = tableOf('configuration');
    expect(config.rows).toHaveLength(POLICY_AREAS.flatMap((a) => a.settings).length);
    const register = config.rows.find((r) => r[1] === POLICY_SETTING_TEXT.methodsToRegister.name);
    // The demo asks for two methods to register, which the plan recommends raising to three.
    expect(register?.slice(2, 4)).toEqual(['2', POLICY_SETTING_TEXT.methodsToRegister.recommended]);
    expect(register?.[4]).toContain('SSPR-METHODS-007');
    const writeback = config.rows.find((r) => r[1] === POLICY_SETTING_TEXT.writeback.name);
    expect(writeback?.[3]).toBe("Yes: this plan's users are synced from on-premises");
    expect(config.rows.find((r) => r[1] === POLICY_SETTING_TEXT.scope.name)?.[2]).toBe('Selected: SSPR-Pilot');
  });

  it('put the campaign in send order with template names, phases and offsets in words', () => {
    const comms = tableOf('communications');
    expect(comms.rows).toHaveLength(plan.communications.emails.length);
    const dates = comms.rows.map((r) => r[0]);
    expect(dates).toEqual([...dates].sort());
    expect(comms.rows[0]).toEqual(['2026-12-28', 'Coming Soon (Pilot)', 'Coming Soon', 'Pilot', '14 days before launch', 'No']);
  });

  it('count license coverage per wave with a total that matches the license report', () => {
    const total = rowOf('licenseCoverage', 'All waves');
    expect(total).toEqual(['All waves', '61', '56', '5', '91.8 %']);
    expect(tableOf('licenseUncovered').rows.map((r) => r[0])).toContain('da.hugo.brennan@contoso.com');
    expect(rowOf('licenseSkus', 'SPE_E3')).toEqual(['SPE_E3', 'Microsoft 365 E3', 'Yes', 'Yes', '4,600', '54', '54']);
  });

  it('give each support scenario its numbered steps, and each phase its dates and exit criteria', () => {
    const steps = tableOf('supportSteps').rows.filter((r) => r[0] === 'SUP-01');
    expect(steps.map((r) => r[1])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(steps[0][2]).toMatch(/^Confirm who the caller is/);
    expect(rowOf('phases', 'Wave 1')?.slice(0, 5)).toEqual(['Wave 1', 'Wave', 'SSPR-Wave-1', '2027-02-01', '2027-02-19']);
    expect(rowOf('backups', 'Auditing backup')?.[1]).toBe('Every day');
  });

  it('state why the rollout is no-go, one row per blocker', () => {
    expect(data.readiness.verdict).toBe('no-go');
    const reasons = tableOf('blockers').rows.map((r) => r[1]);
    expect(reasons).toHaveLength(data.readiness.blockers.length);
    expect(reasons).toContain('Lena Fischer has not signed off yet.');
    expect(reasons).toContain('TC-03 A user outside the enabled group cannot reset: failed in its latest run.');
  });

  it('add the simulator per wave and the forecast with ROI per month from the tenant', () => {
    expect(tableOf('sweepWaves').rows.map((r) => r[0])).toEqual(['Pilot', 'Wave 1', 'Wave 2', 'All users']);
    expect(tableOf('forecastWaves').rows).toHaveLength(4);
    expect(tableOf('roi').rows.map((r) => r[0])).toEqual(data.forecast?.roi.months.map((m) => m.month));
  });

  it('leave out what needs the tenant when none is imported', () => {
    const bare = planTables(reportData(plan, EMPTY_TENANT, findings, TODAY)).map((t) => t.id);
    expect(bare).not.toContain('licenseCoverage');
    expect(bare).not.toContain('sweepWaves');
    expect(bare).not.toContain('roi');
    expect(bare).toContain('licenseSkus');
  });

  it('are plain text that the CSV writer escapes where a spreadsheet would run a formula', () => {
    for (const t of tables.values()) {
      for (const r of t.rows) {
        expect(r).toHaveLength(t.columns.length);
        for (const cell of r) expect(typeof cell).toBe('string');
      }
    }
    const hostile = demoPlan();
    hostile.stakeholders[0].name = '=HYPERLINK("http://evil.example","x")';
    const csv = writeCsv(tableOf('stakeholders').columns, planTables(reportData(hostile, tenant, findings, TODAY)).find((t) => t.id === 'stakeholders')?.rows ?? []);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });
});

describe('charts', () => {
  it('draw every chart in the brand colour with labelled axes, and rasterize at twice the size', async () => {
    const charts = planCharts(data);
    expect(Object.keys(charts).sort()).toEqual(['coverage', 'forecast', 'registration', 'roi', 'timeline']);
    for (const chart of Object.values(charts)) {
      expect(chart?.svg).toContain(plan.communications.brandColor);
      expect(chart?.svg).toMatch(/<text[^>]*>[^<]+<\/text>/);
    }
    expect(charts.timeline?.svg).toContain('>Wave 1<');
    expect(charts.roi?.svg).toContain('Jan 2027');
    const png = await svgToPng(charts.coverage?.svg ?? '');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1600);
  });
});

describe('plan document', () => {
  let doc: Opened;
  let buffer: Buffer;
  beforeAll(async () => {
    buffer = await planDocx({ plan, tenant, findings, today: TODAY, savedAt: '2027-01-19T16:42:10.000Z', appVersion: '0.1.0' });
    doc = await open(buffer);
  });

  it('opens with a title page: organization, title, version with the save time, date and the verdict in words', () => {
    expect(doc.text).toContain('Contoso');
    expect(doc.text).toContain(S.documentTitle);
    expect(doc.text).toContain('SSPR Rollout Planner 0.1.0, plan saved 2027-01-19 16:42');
    expect(doc.text).toContain('Wednesday 20 January 2027');
    expect(doc.text).toContain(S.titlePage.noGo(data.readiness.blockers.length));
    expect(Object.keys(doc.zip.files).filter((f) => f.startsWith('word/media/'))).not.toHaveLength(0);
  });

  it('has a contents page linking to a bookmark at every chapter', () => {
    const chapters = Object.values(S.chapters);
    chapters.forEach((title, i) => expect(doc.text).toContain(`${i + 1}  ${title}`));
    for (const id of Object.keys(S.chapters)) {
      expect(doc.xml).toContain(`w:anchor="chapter-${id}"`);
      expect(doc.xml).toMatch(new RegExp(`<w:bookmarkStart [^>]*w:name="chapter-${id}"`));
    }
  });

  it('renders every table with a repeated brand header row and rows that do not split', () => {
    for (const t of tables.values()) {
      for (const column of t.columns) expect(doc.text).toContain(column);
    }
    const tableCount = (doc.xml.match(/<w:tbl>/g) ?? []).length;
    expect(tableCount).toBeGreaterThanOrEqual(tables.size);
    expect((doc.xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(tables.size);
    expect(doc.xml).toContain('<w:cantSplit/>');
    expect(doc.xml).toContain('w:fill="0F4C81"');
  });

  it("carries the plan's values: people and sign-offs, test results and testers, phases and dates, SKUs, verdict", () => {
    for (const s of plan.stakeholders) expect(doc.text).toContain(s.name);
    expect(doc.text).toContain('2026-11-20');
    expect(doc.text).toContain('Priya Nair');
    expect(doc.text).toContain('2027-01-13 14:05');
    for (const p of plan.rollout.phases) expect(doc.text).toContain(p.start ?? '');
    for (const s of plan.licensing.skus) expect(doc.text).toContain(s.skuPartNumber);
    expect(doc.text).toContain('NO-GO');
    expect(doc.text).toContain('Lena Fischer has not signed off yet.');
    for (const s of plan.support.scenarios) expect(doc.text).toContain(s.title);
    expect(doc.text).toContain('Microsoft Sentinel (continuous export through diagnostic settings)');
    expect(doc.text).toContain('56 of 61 users the plan enables hold a license that covers SSPR (91.8 %).');
  });

  it('embeds the five charts as PNG images', () => {
    const media = Object.keys(doc.zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    // Five charts and the demo logo.
    expect(media.length).toBe(6);
    expect((doc.xml.match(/<w:drawing>/g) ?? []).length).toBe(6);
  });

  it('has a running header and a "Page X of Y" footer', () => {
    expect(wordText(doc.headers)).toContain('Contoso · SSPR deployment plan');
    expect(doc.footers).toMatch(/PAGE/);
    expect(doc.footers).toMatch(/NUMPAGES/);
    expect(wordText(doc.footers)).toContain('Page');
    expect(doc.xml).toContain('<w:titlePg/>');
  });
});

describe('help-desk cheat sheet', () => {
  it('lists who is enabled, methods, portals, network access, every scenario with its steps and the escalation roles', async () => {
    const sheet = buildCheatSheet(plan);
    const doc = await open(await cheatSheetDocx(plan, TODAY));
    expect(doc.text).toContain(S.cheatSheetTitle);
    expect(doc.text).toContain(sheet.whoIsEnabled);
    for (const m of sheet.methods) expect(doc.text).toContain(m.legacyName);
    for (const p of sheet.portals) expect(doc.text).toContain(p.url);
    expect(doc.text).toContain('without TLS inspection');
    for (const s of sheet.scenarios) {
      expect(doc.text).toContain(s.title);
      expect(doc.text).toContain(s.steps[0]);
    }
    for (const r of sheet.escalation) {
      expect(doc.text).toContain(r.businessRole);
      expect(doc.text).toContain(r.entraRole);
    }
    expect(doc.text).toContain('https://support.contoso.com/passwords');
    expect(doc.footers).toMatch(/NUMPAGES/);
  });
});

warnWithoutLibreOffice('plan-docx', 'the .docx-to-PDF check');
if (!PDFINFO) console.warn('plan-docx: pdfinfo is not installed (apt-get install poppler-utils), so page counts are not checked.');

describe('documents in LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sspr-plan-docx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!LIBREOFFICE)(
    'convert to PDF; the cheat sheet fits on two pages',
    async () => {
      writeFileSync(path.join(dir, 'plan.docx'), await planDocx({ plan, tenant, findings, today: TODAY, savedAt: '2027-01-19T16:42:10.000Z', appVersion: '0.1.0' }));
      writeFileSync(path.join(dir, 'cheat.docx'), await cheatSheetDocx(plan, TODAY));
      convertToPdf([path.join(dir, 'plan.docx'), path.join(dir, 'cheat.docx')], dir, 150_000);
      for (const name of ['plan.pdf', 'cheat.pdf']) expect(readFileSync(path.join(dir, name)).subarray(0, 5).toString()).toBe('%PDF-');
      const pdfinfo = PDFINFO;
      if (!pdfinfo) return;
      const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync(pdfinfo, [path.join(dir, file)], { encoding: 'utf8' }))?.[1]);
      expect(pages('cheat.pdf')).toBeLessThanOrEqual(2);
      // Title, contents and eleven chapters: more than a handful of pages, far from one page per table.
      expect(pages('plan.pdf')).toBeGreaterThanOrEqual(8);
      expect(pages('plan.pdf')).toBeLessThanOrEqual(25);
      if (existsSync('/usr/bin/pdftotext')) {
        const text = execFileSync('pdftotext', [path.join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' });
        // No page of the plan is left empty (a header and footer only).
        for (const page of text.split('\f').slice(0, -1)) expect(page.replace(/Contoso · SSPR deployment plan|Page \d+ of \d+|Wednesday 20 January 2027/g, '').trim()).not.toBe('');
        expect(text).toContain(`Page 2 of ${pages('plan.pdf')}`);
      }
    },
    180_000,
  );
});
