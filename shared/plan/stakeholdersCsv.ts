import Papa from 'papaparse';
import { emptyRaci } from './defaults';
import { EMAIL } from './formats';
import { raciSchema, stakeholderSchema, WORKSTREAMS, type Stakeholder } from './schema';
import { randomId } from '../ids';

/**
 * The stakeholder list as CSV, for editing in a spreadsheet and reading back. Pure: the renderer
 * turns the text into a download and reads chosen files; nothing here touches files.
 */

type Workstream = (typeof WORKSTREAMS)[number];
type TextColumn = 'name' | 'title' | 'email' | 'role' | 'contributes' | 'accountableFor';

const TEXT_COLUMNS = ['name', 'title', 'email', 'role', 'contributes', 'accountableFor'] as const satisfies readonly TextColumn[];

/** The header row, in this order, of every exported file. */
export const STAKEHOLDER_CSV_COLUMNS = [...TEXT_COLUMNS, ...WORKSTREAMS, 'signOff', 'signOffDate'] as const;
type Column = (typeof STAKEHOLDER_CSV_COLUMNS)[number];

const SIGN_OFFS = stakeholderSchema.shape.signOff.options;
const MAX_ROWS = 500;

/** Spreadsheets run a cell that starts with one of these as a formula. */
const FORMULA_START = /^[=+\-@]/;

function escapeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export function stakeholdersToCsv(list: readonly Stakeholder[]): string {
  const rows = list.map((s) =>
    STAKEHOLDER_CSV_COLUMNS.map((column) => escapeCell(valueOf(s, column))),
  );
  return `${Papa.unparse({ fields: [...STAKEHOLDER_CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false })}\r\n`;
}

function valueOf(s: Stakeholder, column: Column): string {
  if (column === 'signOffDate') return s.signOffDate ?? '';
  if (column === 'signOff') return s.signOff;
  if ((WORKSTREAMS as readonly string[]).includes(column)) return s.raci[column as Workstream];
  return s[column as TextColumn];
}

export type StakeholdersCsvResult = { ok: true; stakeholders: Stakeholder[] } | { ok: false; error: string };

/** A fresh stakeholder id such as `stk-3f9a1c2e`. */
export function newStakeholderId(): string {
  return randomId('stk');
}

class CsvRefusal extends Error {}

const at = (line: number, column?: { index: number; name: string }) =>
  column ? `Line ${line}, column ${column.index + 1} (${column.name})` : `Line ${line}`;

interface Row {
  line: number;
  cells: string[];
}

/** Splits the text into rows, each with the line it starts on; a broken quote is refused here. */
function readRows(text: string): Row[] {
  const rows: Row[] = [];
  let rowStart = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    step: (result) => {
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        const index = Math.max(0, result.data.length - 1);
        const name = rows[0]?.cells[index]?.trim() || `column ${index + 1}`;
        throw new CsvRefusal(
          `${at(line, { index, name })}: a quoted value is not closed, or has a stray quote inside. Write a quote inside a quoted value as two quotes ("").`,
        );
      }
      rows.push({ line, cells: result.data });
      const end = result.meta.cursor;
      line += (text.slice(rowStart, end).match(/\n/g) ?? []).length;
      rowStart = end;
    },
  });
  return rows;
}

function headerColumns(cells: string[]): Column[] {
  const known = new Map(STAKEHOLDER_CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const seen = new Set<Column>();
  const columns = cells.map((raw, index) => {
    const name = raw.trim();
    const column = known.get(name.toLowerCase());
    if (!column) {
      throw new CsvRefusal(
        `${at(1, { index, name: name || 'empty' })}: "${name}" is not a stakeholder column. The columns are ${STAKEHOLDER_CSV_COLUMNS.join(', ')}.`,
      );
    }
    if (seen.has(column)) throw new CsvRefusal(`${at(1, { index, name: column })}: the column ${column} appears twice.`);
    seen.add(column);
    return column;
  });
  if (!seen.has('name')) throw new CsvRefusal('Line 1: the header has no name column. The first line must name the columns, starting with name.');
  return columns;
}

function rowToStakeholder(row: Row, columns: Column[], newId: () => string): Stakeholder {
  if (row.cells.length > columns.length) {
    throw new CsvRefusal(
      `${at(row.line, { index: columns.length, name: 'extra' })}: the row has ${row.cells.length} values but the header names ${columns.length} columns.`,
    );
  }
  if (row.cells.length < columns.length) {
    const index = row.cells.length;
    throw new CsvRefusal(
      `${at(row.line, { index, name: columns[index] })}: the row ends after ${row.cells.length} values but the header names ${columns.length} columns.`,
    );
  }
  const s: Stakeholder = {
    id: newId(),
    name: '',
    title: '',
    email: '',
    role: '',
    contributes: '',
    accountableFor: '',
    raci: emptyRaci(),
    signOff: 'pending',
    signOffDate: null,
  };
  columns.forEach((column, index) => {
    const value = unescapeCell(row.cells[index]).trim();
    const where = at(row.line, { index, name: column });
    readCell(s, column, value, where);
  });
  const checked = stakeholderSchema.safeParse(s);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const name = String(issue.path[0] ?? 'name') as Column;
    const index = Math.max(0, columns.indexOf(name));
    const problem = issue.code === 'too_big' ? `the value is longer than ${issue.maximum} characters` : issue.message;
    throw new CsvRefusal(`${at(row.line, { index, name })}: ${problem}.`);
  }
  return checked.data;
}

function readCell(s: Stakeholder, column: Column, value: string, where: string): void {
  if (column === 'email') {
    if (value !== '' && !EMAIL.test(value)) throw new CsvRefusal(`${where}: "${value}" is not an email address such as name@contoso.com.`);
    s.email = value;
  } else if (column === 'signOff') {
    const signOff = value === '' ? 'pending' : SIGN_OFFS.find((o) => o === value.toLowerCase());
    if (!signOff) throw new CsvRefusal(`${where}: "${value}" is not a sign-off state; write pending, signed or declined.`);
    s.signOff = signOff;
  } else if (column === 'signOffDate') {
    if (value !== '' && !stakeholderSchema.shape.signOffDate.safeParse(value).success) {
      throw new CsvRefusal(`${where}: "${value}" is not a date written YYYY-MM-DD, such as 2027-01-31.`);
    }
    s.signOffDate = value === '' ? null : value;
  } else if ((WORKSTREAMS as readonly string[]).includes(column)) {
    const raci = raciSchema.safeParse(value.toUpperCase());
    if (!raci.success) throw new CsvRefusal(`${where}: "${value}" is not R, A, C, I or empty.`);
    s.raci[column as Workstream] = raci.data;
  } else {
    s[column as TextColumn] = value;
  }
}

/**
 * Reads a stakeholder list written by `stakeholdersToCsv` or by hand in a spreadsheet. The header
 * names the columns in any order and case (name is required); the first bad value refuses the
 * whole file with its line and column. Every row gets a new id.
 */
export function stakeholdersFromCsv(text: string, newId: () => string = newStakeholderId): StakeholdersCsvResult {
  try {
    const rows = readRows(text.replace(/^\uFEFF/, '')).filter((r) => r.cells.some((c) => c.trim() !== ''));
    if (rows.length === 0) throw new CsvRefusal('Line 1: the file is empty. The first line must name the columns, starting with name.');
    const [header, ...body] = rows;
    const columns = headerColumns(header.cells);
    if (body.length === 0) throw new CsvRefusal('Line 2: the file names the columns but lists no stakeholders.');
    if (body.length > MAX_ROWS) throw new CsvRefusal(`${at(body[MAX_ROWS].line)}: a plan holds at most ${MAX_ROWS} stakeholders.`);
    return { ok: true, stakeholders: body.map((row) => rowToStakeholder(row, columns, newId)) };
  } catch (error) {
    if (error instanceof CsvRefusal) return { ok: false, error: error.message };
    throw error;
  }
}
