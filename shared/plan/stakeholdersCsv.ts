import { cellsOf, checkedRow, CsvRefusal, readCsv, readTable, writeCsv, type CsvRow } from './csv';
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

export function stakeholdersToCsv(list: readonly Stakeholder[]): string {
  return writeCsv(
    STAKEHOLDER_CSV_COLUMNS,
    list.map((s) => STAKEHOLDER_CSV_COLUMNS.map((column) => valueOf(s, column))),
  );
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

function rowToStakeholder(row: CsvRow, columns: Column[], newId: () => string): Stakeholder {
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
  for (const { column, value, where } of cellsOf(row, columns)) readCell(s, column, value, where);
  return checkedRow(stakeholderSchema, s, row, columns);
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
  const result = readCsv(() => {
    const { columns, body } = readTable(text, {
      columns: STAKEHOLDER_CSV_COLUMNS,
      required: ['name'],
      requiredHint: 'starting with name',
      noun: { one: 'stakeholder', many: 'stakeholders' },
      maxRows: MAX_ROWS,
    });
    return body.map((row) => rowToStakeholder(row, columns, newId));
  });
  return result.ok ? { ok: true, stakeholders: result.value } : result;
}
