import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRows } from '../../shared/plan/csv';
import { reportStrings as S } from '../../shared/report/strings';
import { TABLE_IDS } from '../../shared/report/table';
import { cli, useTempDir } from './helpers';
import { convertToPdf, documentXmlOf, LIBREOFFICE, warnWithoutLibreOffice } from './office';

const tempDir = useTempDir();


async function demoPlan(): Promise<{ plan: string; dir: string }> {
  const dir = tempDir();
  const plan = path.join(dir, 'contoso.ssprplan');
  expect((await cli('new', plan, '--demo')).code).toBe(0);
  return { plan, dir };
}

const documentXml = (file: string) => documentXmlOf(readFileSync(file));

warnWithoutLibreOffice('documents-cli', 'the export-plan .docx-to-PDF check');

describe('sspr-planner export-plan', () => {
  it.skipIf(!LIBREOFFICE)(
    'writes the plan as a .docx that LibreOffice converts to PDF',
    async () => {
      const { plan, dir } = await demoPlan();
      const out = path.join(dir, 'Contoso plan.docx');
      const r = await cli('export-plan', plan, '--out', out);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`Wrote ${out}.`);
      const xml = await documentXml(out);
      for (const chapter of Object.values(S.chapters)) expect(xml).toContain(chapter);
      convertToPdf([out], dir, 150_000);
      expect(readFileSync(path.join(dir, 'Contoso plan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    },
    180_000,
  );

  it('refuses an --out that is not a .docx, or none, with exit code 2 and writes nothing', async () => {
    const { plan, dir } = await demoPlan();
    const pdf = await cli('export-plan', plan, '--out', path.join(dir, 'plan.pdf'));
    expect(pdf.code).toBe(2);
    expect(pdf.err).toContain('--out must name a Word document ending in .docx');
    expect(pdf.err).toContain('plan.pdf');
    expect(existsSync(path.join(dir, 'plan.pdf'))).toBe(false);
    const none = await cli('export-plan', plan);
    expect(none.code).toBe(2);
    expect(none.err).toContain('--out FILE.docx is required');
    expect((await cli('export-cheatsheet', plan, '--out', path.join(dir, 'sheet.doc'))).code).toBe(2);
  });

  it('names the file it cannot write, with exit code 2', async () => {
    const { plan, dir } = await demoPlan();
    const target = path.join(dir, 'no-such-folder', 'plan.docx');
    const r = await cli('export-plan', plan, '--out', target);
    expect(r.code).toBe(2);
    expect(r.err).toContain(target);
    expect(r.err).toContain('[FILE_WRITE_FAILED]');
  });
});

describe('sspr-planner export-cheatsheet', () => {
  it('writes the help desk’s cheat sheet', async () => {
    const { plan, dir } = await demoPlan();
    const out = path.join(dir, 'sheet.docx');
    const r = await cli('export-cheatsheet', plan, '--out', out);
    expect(r.code).toBe(0);
    const xml = await documentXml(out);
    expect(xml).toContain(S.cheatSheetTitle);
    expect(xml).toContain(S.cheatSheet.escalation);
  });
});

describe('sspr-planner export-csv', () => {
  it('writes one CSV per table, prints each file, and the files hold the plan', async () => {
    const { plan, dir } = await demoPlan();
    const out = path.join(dir, 'tables');
    const r = await cli('export-csv', plan, '--out', out);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(TABLE_IDS.length);
    expect(readdirSync(out)).toHaveLength(TABLE_IDS.length);
    expect(lines.every((f) => existsSync(f) && f.startsWith(out) && f.endsWith('.csv'))).toBe(true);
    const stakeholders = readRows(readFileSync(path.join(out, 'Stakeholders.csv'), 'utf8')).map((row) => row.cells);
    expect(stakeholders[0]).toEqual(S.tables.stakeholders.columns);
    expect(stakeholders.map((row) => row[0])).toContain('Dana Whitfield');
  });

  it('needs --out DIR', async () => {
    const { plan } = await demoPlan();
    const r = await cli('export-csv', plan);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--out DIR is required');
  });
});
