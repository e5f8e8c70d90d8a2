import Papa from 'papaparse';
import { ApiError } from '../../shared/errors';
import { at } from '../../shared/plan/csv';
import { csvText, type SourceFile } from './text-source';

/** A column the import understands: the names it goes by in Entra's exports; the first is the one messages use. */
export interface ColumnSpec {
  names: readonly string[];
  required?: boolean;
  /** What the column holds, for the message when it is missing ("the user principal name"). */
  holds: string;
}

export type Columns<F extends string> = Record<F, ColumnSpec>;

/** Header names compare without case, spaces, dots, hyphens or underscores: "User principal name" = userPrincipalName. */
export const headerKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9@]/g, '');

/** One row of a file, read by field; the same object is reused for every row, so keep values, not the view. */
export interface RowView<F extends string> {
  line: number;
  /** The trimmed cell of the field, '' when the file has no such column. */
  get(field: F): string;
  /** "users.csv: Line 4, column 2 (userPrincipalName)", for messages about one cell. */
  where(field: F): string;
}

export function tenantFileError(message: string): ApiError {
  return new ApiError('TENANT_FILE_INVALID', message);
}

function matchHeader<F extends string>(file: SourceFile, header: string[], columns: Columns<F>): Map<F, { index: number; name: string }> {
  const byKey = new Map<string, number>();
  header.forEach((name, index) => {
    const key = headerKey(name);
    if (key !== '' && !byKey.has(key)) byKey.set(key, index);
  });
  const found = new Map<F, { index: number; name: string }>();
  for (const field of Object.keys(columns) as F[]) {
    const spec = columns[field];
    const index = spec.names.map((n) => byKey.get(headerKey(n))).find((i) => i !== undefined);
    if (index !== undefined) found.set(field, { index, name: header[index].trim() });
    else if (spec.required) {
      throw tenantFileError(
        `${file.label}: no column holds ${spec.holds}. The import looked for a header named ${spec.names.map((n) => `"${n}"`).join(', ')} (case and spaces do not matter). Check that the file is the right export and that its first line names the columns.`,
      );
    }
  }
  return found;
}

/** Lines a row spans: one, plus one per line break inside its quoted cells. */
function linesIn(cells: string[], lineBreak: string): number {
  const mark = lineBreak === '\r' ? '\r' : '\n';
  let lines = 1;
  for (const cell of cells) {
    for (let i = cell.indexOf(mark); i !== -1; i = cell.indexOf(mark, i + 1)) lines++;
  }
  return lines;
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

export interface StreamOptions<F extends string> {
  columns: Columns<F>;
  /** Called once with the fields the header names, before any row. */
  onHeader?: (present: ReadonlySet<F>) => void;
  onRow: (row: RowView<F>) => void;
  onBytes: (bytes: number) => void;
}

/**
 * Streams a CSV export through papaparse and hands each row to `onRow` with the line it starts on.
 * Skips the `#TYPE` line Windows PowerShell writes and blank lines; refuses a broken quote or a row
 * whose width differs from the header, naming the file, line and column. Resolves with the row count.
 */
export async function streamCsv<F extends string>(file: SourceFile, options: StreamOptions<F>): Promise<number> {
  const { columns, onHeader, onRow, onBytes } = options;
  const { input, delimiter, newline } = await csvText(file, onBytes);
  return new Promise((resolve, reject) => {
    let failure: unknown = null;
    let line = 1;
    let header: string[] | null = null;
    let found = new Map<F, { index: number; name: string }>();
    // Field → column index, looked up on every cell of every row.
    let indexOf: Partial<Record<F, number>> = {};
    let cells: string[] = [];
    let rows = 0;
    const view: RowView<F> = {
      line: 0,
      get: (field) => {
        const index = indexOf[field];
        return index === undefined ? '' : cells[index].trim();
      },
      where: (field) => {
        const column = found.get(field);
        return `${file.label}: ${at(view.line, column ? { index: column.index, name: column.name } : undefined)}`;
      },
    };

    const takeHeader = (row: string[]) => {
      header = row.map((c) => c.trim());
      found = matchHeader(file, header, columns);
      indexOf = Object.fromEntries([...found].map(([field, c]) => [field, c.index])) as Partial<Record<F, number>>;
      onHeader?.(new Set(found.keys()));
    };

    const takeRow = (row: string[]) => {
      if (header === null) {
        // Windows PowerShell's Export-Csv starts with "#TYPE System.Management.Automation.PSCustomObject".
        if (line === 1 && row[0]?.startsWith('#TYPE')) return;
        takeHeader(row);
        return;
      }
      if (row.length !== header.length) {
        const index = Math.min(row.length, header.length);
        const name = row.length > header.length ? 'extra' : header[index];
        throw tenantFileError(
          `${file.label}: ${at(line, { index, name })}: the row has ${row.length} values but the header names ${header.length} columns. A value with a comma, quote or line break must be in double quotes.`,
        );
      }
      cells = row;
      view.line = line;
      rows++;
      onRow(view);
    };

    Papa.parse<string[]>(input, {
      delimiter,
      newline,
      chunk: (result, parser) => {
        if (failure) return;
        try {
          const lineBreak = result.meta.linebreak;
          const quoteError = result.errors.find((e) => e.type === 'Quotes');
          result.data.forEach((row, i) => {
            if (quoteError && quoteError.row === i) {
              throw tenantFileError(
                `${file.label}: ${at(line)}: a quoted value is not closed, or has a stray quote inside. Write a quote inside a quoted value as two quotes ("").`,
              );
            }
            const span = linesIn(row, lineBreak);
            if (!isBlank(row)) takeRow(row);
            line += span;
          });
        } catch (e) {
          failure = e;
          parser.abort();
          if (typeof input !== 'string') input.destroy();
        }
      },
      complete: () => {
        if (failure) reject(failure);
        else if (header === null) reject(tenantFileError(`${file.label} is empty: its first line must name the columns.`));
        else resolve(rows);
      },
      error: (e: Error) => reject(e instanceof ApiError ? e : tenantFileError(`${file.label}: ${e.message}`)),
    });
  });
}
