import type { ApiOutputs, ApiParsedInput } from '../shared/api';
import type { ApiMethod } from '../shared/api-methods';
import { ApiError } from '../shared/errors';
import { writeCsv } from '../shared/plan/csv';
import { safeFileName } from '../shared/text';
import type { Finding } from '../shared/plan/findings';
import type { Plan } from '../shared/plan/schema';
import type { Tenant } from '../shared/plan/tenant';
import { reportData } from '../shared/report/data';
import { planTables, TABLE_IDS, type ReportTable } from '../shared/report/tables';
import type { OutFile } from './export/email-files';
import { FORMAT_TYPES, ZIP_TYPE } from './export/file-types';
import { exportCode } from './export/lazy';
import { writeTextFile } from './files';
import { APP_VERSION } from './version';

type DocumentMethod = Extract<ApiMethod, `documents.${string}`>;
type DocumentHandlers = { [M in DocumentMethod]: (input: ApiParsedInput<M>) => ApiOutputs[M] | Promise<ApiOutputs[M]> };

/** What the plan document, the cheat sheet and the table CSVs are made from: the open plan as the app shows it. */
export interface DocumentsView {
  plan: Plan;
  tenant: Tenant;
  findings: readonly Finding[];
  /** YYYY-MM-DD: the documents' date, and the day readiness and the simulator are judged on. */
  today: string;
  /** ISO time of the plan's last save. */
  savedAt: string;
  /** The forecast's "as of" day, as the app's Forecast tab uses it (the last tenant import). */
  asOf: string;
  /** The plan file's name without folder or extension, for export file names. */
  baseName: string;
}

const DOCX_TYPE = FORMAT_TYPES.docx;
const CSV_TYPE = 'text/csv;charset=utf-8';

const toExported = (file: OutFile) => ({ fileName: file.name, type: file.type, dataBase64: file.data.toString('base64') });

async function planDocument(v: DocumentsView): Promise<Buffer> {
  const { planDocx } = await exportCode.planDocx();
  return planDocx({ plan: v.plan, tenant: v.tenant, findings: v.findings, today: v.today, savedAt: v.savedAt, appVersion: APP_VERSION, asOf: v.asOf });
}

async function cheatSheetOf(v: DocumentsView): Promise<Buffer> {
  const { cheatSheetDocx } = await exportCode.cheatSheet();
  return cheatSheetDocx(v.plan, v.today);
}

/** The table's title as a file name ("Readiness - what blocks the rollout.csv"): titles are fixed words, so names stay the same from plan to plan. */
function tableFileName(t: ReportTable): string {
  const base = safeFileName(t.title.replace(/\s*:\s*/g, ' - '));
  return `${base}.csv`;
}

/** One table as a CSV file; the byte-order mark makes Excel read it as UTF-8 (en dashes, accented names). */
function csvFile(t: ReportTable): OutFile {
  return { name: tableFileName(t), type: CSV_TYPE, data: Buffer.from(`\uFEFF${writeCsv(t.columns, t.rows)}`, 'utf8') };
}

/** Every table of the plan document, in its order; the tenant's tables only when users are imported. */
function tablesOf(v: DocumentsView): ReportTable[] {
  return planTables(reportData(v.plan, v.tenant, v.findings, v.today, { asOf: v.asOf }));
}

function oneTable(tables: readonly ReportTable[], id: string): ReportTable {
  const found = tables.find((t) => t.id === id);
  if (found) return found;
  const available = tables.map((t) => t.id).join(', ');
  if ((TABLE_IDS as readonly string[]).includes(id)) {
    throw new ApiError('KEY_UNKNOWN', `The table "${id}" needs the organization's users; import the tenant first. Tables this plan has: ${available}.`);
  }
  throw new ApiError('KEY_UNKNOWN', `There is no table "${id}". The tables are: ${available}.`);
}

/** The plan document, the help desk's cheat sheet and every table as CSV; `view` throws NO_PLAN_OPEN when no plan is open. */
export function documentsHandlers(view: () => DocumentsView): DocumentHandlers {
  return {
    'documents.planDocx': async () => {
      const v = view();
      return toExported({ name: `${v.baseName} deployment plan.docx`, type: DOCX_TYPE, data: await planDocument(v) });
    },
    'documents.cheatSheet': async () => {
      const v = view();
      return toExported({ name: `${v.baseName} help-desk cheat sheet.docx`, type: DOCX_TYPE, data: await cheatSheetOf(v) });
    },
    'documents.tablesCsv': async ({ table }) => {
      const v = view();
      const tables = tablesOf(v);
      if (table !== undefined) {
        const file = csvFile(oneTable(tables, table));
        return { ...toExported({ ...file, name: `${v.baseName} ${file.name}` }), files: 1 };
      }
      const files = tables.map(csvFile);
      const { zipOf } = await exportCode.files();
      return { ...toExported({ name: `${v.baseName} tables.zip`, type: ZIP_TYPE, data: await zipOf(files) }), files: files.length };
    },
    'documents.planDocxTo': async ({ out }) => ({ out: writeTextFile(out, await planDocument(view())) }),
    'documents.cheatSheetTo': async ({ out }) => {
      const v = view();
      return { out: writeTextFile(out, await cheatSheetOf(v)) };
    },
    'documents.tablesCsvTo': async ({ out }) => {
      const { writeFilesTo } = await exportCode.files();
      return { files: writeFilesTo(out, tablesOf(view()).map(csvFile)) };
    },
  };
}
