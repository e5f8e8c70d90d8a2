import Papa from 'papaparse';
import type { z } from 'zod';

/**
 * What every CSV of the plan shares: writing cells a spreadsheet will not run as formulas, reading
 * rows with the line each starts on, matching the header, and refusing a file with the line and
 * column of its first problem ("Line 4, column 2 (email): …"). Pure: no files, no DOM.
 */

/** Spreadsheets run a cell that starts with one of these as a formula. */
const FORMULA_START = /^[=+\-@]/;

/** Puts an apostrophe before a cell that a spreadsheet would run as a formula. */
export function escapeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Takes off the apostrophe `escapeCell` added; an apostrophe before ordinary text is the user's own. */
export function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** A CSV file: the header row, then one row per item, CRLF line ends, formula-looking cells escaped. */
export function writeCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const data = rows.map((row) => row.map(escapeCell));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', quotes: false })}\r\n`;
}

/** Thrown inside a reader to refuse the whole file; `readCsv` turns it into `{ ok: false, error }`. */
export class CsvRefusal extends Error {}

export interface CellRef {
  index: number;
  name: string;
}

/** "Line 4" or "Line 4, column 2 (email)": where a refusal points, lines and columns counted from 1. */
export const at = (line: number, column?: CellRef) =>
  column ? `Line ${line}, column ${column.index + 1} (${column.name})` : `Line ${line}`;

export interface CsvRow {
  /** The line of the file the row starts on (a quoted value may span several lines). */
  line: number;
  cells: string[];
}

/**
 * The index of the first cell of the row at the start of `raw` whose quotes are broken: a quoted
 * value that never closes, or text straight after its closing quote. -1 when none is found.
 */
function badQuoteCell(raw: string, delimiter: string): number {
  const endsCell = (c: string | undefined) => c === undefined || c === delimiter || c === '\r' || c === '\n';
  let i = 0;
  for (let index = 0; ; index++) {
    if (raw[i] === '"') {
      let from = i + 1;
      for (;;) {
        const q = raw.indexOf('"', from);
        if (q < 0) return index;
        if (raw[q + 1] === '"') {
          from = q + 2;
          continue;
        }
        if (!endsCell(raw[q + 1])) return index;
        i = q + 1;
        break;
      }
    } else {
      while (!endsCell(raw[i])) i++;
    }
    if (raw[i] !== delimiter) return -1;
    i += delimiter.length;
  }
}

/**
 * Splits the text into rows, each with the line it starts on, skipping blank rows. A byte-order
 * mark is dropped; comma, semicolon and tab separators are recognized; a broken quote is refused.
 */
export function readRows(text: string): CsvRow[] {
  const source = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let rowStart = 0;
  let line = 1;
  Papa.parse<string[]>(source, {
    delimitersToGuess: [',', ';', '\t'],
    step: (result) => {
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        // Papaparse notices a bad quote where parsing fails, which can be cells later; name the cell it opens in.
        const opened = badQuoteCell(source.slice(rowStart), result.meta.delimiter);
        const index = opened >= 0 ? opened : Math.max(0, result.data.length - 1);
        const name = rows[0]?.cells[index]?.trim() || `column ${index + 1}`;
        throw new CsvRefusal(
          `${at(line, { index, name })}: a quoted value is not closed, or has a stray quote inside. Write a quote inside a quoted value as two quotes ("").`,
        );
      }
      rows.push({ line, cells: result.data });
      const end = result.meta.cursor;
      line += (source.slice(rowStart, end).match(/\n/g) ?? []).length;
      rowStart = end;
    },
  });
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

export interface TableSpec<C extends string> {
  /** Every column a file may name, in the order files are written. */
  columns: readonly C[];
  /** Columns the header must name. */
  required: readonly C[];
  /** Ends "The first line must name the columns, …" e.g. "starting with name". */
  requiredHint: string;
  /** What one row is, singular and plural: "stakeholder", "stakeholders". */
  noun: { one: string; many: string };
  maxRows: number;
}

export interface Table<C extends string> {
  columns: C[];
  body: CsvRow[];
}

/** Matches the header to known columns case-insensitively, in any order; unknown or repeated ones are refused. */
function headerColumns<C extends string>(cells: string[], spec: TableSpec<C>): C[] {
  const known = new Map(spec.columns.map((c) => [c.toLowerCase(), c]));
  const seen = new Set<C>();
  const columns = cells.map((raw, index) => {
    const name = raw.trim();
    const column = known.get(name.toLowerCase());
    if (!column) {
      throw new CsvRefusal(
        `${at(1, { index, name: name || 'empty' })}: "${name}" is not a ${spec.noun.one} column. The columns are ${spec.columns.join(', ')}.`,
      );
    }
    if (seen.has(column)) throw new CsvRefusal(`${at(1, { index, name: column })}: the column ${column} appears twice.`);
    seen.add(column);
    return column;
  });
  const missing = spec.required.find((c) => !seen.has(c));
  if (missing) {
    throw new CsvRefusal(`Line 1: the header has no ${missing} column. The first line must name the columns, ${spec.requiredHint}.`);
  }
  return columns;
}

/** Reads the header and checks the body is there and not too long; rows are checked one by one later. */
export function readTable<C extends string>(text: string, spec: TableSpec<C>): Table<C> {
  const rows = readRows(text);
  if (rows.length === 0) throw new CsvRefusal(`Line 1: the file is empty. The first line must name the columns, ${spec.requiredHint}.`);
  const [header, ...body] = rows;
  const columns = headerColumns(header.cells, spec);
  if (body.length === 0) throw new CsvRefusal(`Line 2: the file names the columns but lists no ${spec.noun.many}.`);
  if (body.length > spec.maxRows) throw new CsvRefusal(`${at(body[spec.maxRows].line)}: a plan holds at most ${spec.maxRows} ${spec.noun.many}.`);
  return { columns, body };
}

/** Refuses a row with more or fewer values than the header names. */
export function checkWidth(row: CsvRow, columns: readonly string[]): void {
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
}

/** The row's cells by column: unescaped and trimmed, with where each one is for messages. */
export function cellsOf<C extends string>(row: CsvRow, columns: readonly C[]): { column: C; value: string; where: string }[] {
  checkWidth(row, columns);
  return columns.map((column, index) => ({
    column,
    value: unescapeCell(row.cells[index]).trim(),
    where: at(row.line, { index, name: column }),
  }));
}

/** Refuses a row whose item the plan schema does not accept, at the column of the first problem. */
export function checkedRow<T>(schema: z.ZodType<T>, value: unknown, row: CsvRow, columns: readonly string[]): T {
  const checked = schema.safeParse(value);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  const name = String(issue.path[0] ?? columns[0]);
  const index = Math.max(0, columns.indexOf(name));
  const problem = issue.code === 'too_big' ? `the value is longer than ${String(issue.maximum)} characters` : issue.message;
  throw new CsvRefusal(`${at(row.line, { index, name })}: ${problem}.`);
}

/** Finds `value` among `options` ignoring case, spaces, hyphens and underscores ("Not run" → notRun). */
export function matchOption<T extends string>(value: string, options: readonly T[]): T | undefined {
  const key = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
  return options.find((o) => key(o) === key(value));
}

export type CsvResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs a reader; a CsvRefusal becomes `{ ok: false, error }`, anything else is a bug and propagates. */
export function readCsv<T>(read: () => T): CsvResult<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof CsvRefusal) return { ok: false, error: error.message };
    throw error;
  }
}
