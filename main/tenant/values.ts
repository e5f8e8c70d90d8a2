import { tenantFileError, type RowView } from './csv-stream';

/**
 * Cell values as Entra, the admin centers and PowerShell write them. Each parser reads the field
 * from the row and names the cell only when it refuses a value: building that text for every cell
 * of a 100,000-row file would cost more than the parsing.
 */

const TRUE = new Set(['true', 'yes', 'y', '1', 'registered', 'capable', 'enabled']);
const FALSE = new Set(['false', 'no', 'n', '0', 'notregistered', 'notcapable', 'disabled']);

/** True/False, Yes/No, 1/0 and the portal's "Registered / Not Registered"; empty gives `fallback`. */
export function parseFlag<F extends string>(row: RowView<F>, field: F, fallback: boolean): boolean {
  const value = row.get(field);
  // Exports nearly always write True/False; those skip the normalizing below.
  if (value === '') return fallback;
  if (value === 'True') return true;
  if (value === 'False') return false;
  const key = value.toLowerCase().replace(/[\s_-]/g, '');
  if (TRUE.has(key)) return true;
  if (FALSE.has(key)) return false;
  throw tenantFileError(`${row.where(field)}: "${value}" is not a yes/no value. Use True or False.`);
}

/**
 * What a plan file keeps per user and group (tenantUserSchema, tenantGroupSchema). A longer value
 * would be imported but stop the plan from opening again, so the import refuses it at its cell.
 */
export const KEPT = { role: 200, roles: 100, license: 100, licenses: 100, contact: 320, groupName: 300 } as const;

/** The value, refused when it is longer than a plan keeps; `what` names it ("the group name"). */
export function keptText<F extends string>(row: RowView<F>, field: F, value: string, max: number, what: string): string {
  if (value.length > max) throw tenantFileError(`${row.where(field)}: ${what} is ${value.length} characters long; a plan keeps at most ${max}.`);
  return value;
}

/** The list, refused when it or one of its values is longer than a plan keeps; `what` names one value ("role"). */
export function keptList<F extends string>(row: RowView<F>, field: F, list: readonly string[], max: number, itemMax: number, what: string): void {
  if (list.length > max) throw tenantFileError(`${row.where(field)}: the user would hold ${list.length} ${what}s; a plan keeps at most ${max} per user.`);
  for (const item of list) keptText(row, field, item, itemMax, `the ${what} "${item.slice(0, 40)}…"`);
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
/** "8/19/2021 1:25:31 PM" (US admin-center style) or "19/08/2021 13:25" (day first, when the first number cannot be a month). */
const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:,?\s.*)?$/;

/** Days already read, by the cell's date part: a registration report holds a few hundred distinct days. */
const days = new Map<string, string>();

/** An ISO or locale-formatted date or date-time as `YYYY-MM-DD`; empty gives null. */
export function parseDay<F extends string>(row: RowView<F>, field: F): string | null {
  const value = row.get(field);
  if (value === '') return null;
  const datePart = value.length > 10 && value[10] === 'T' ? value.slice(0, 10) : value;
  const known = days.get(datePart);
  if (known !== undefined) return known;
  const iso = ISO.exec(value);
  let day: string | null = null;
  if (iso) day = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const slashed = SLASHED.exec(value);
  if (slashed) {
    const [a, b, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
    day = a > 12 ? isoDate(year, b, a) : isoDate(year, a, b);
  }
  if (day === null) throw tenantFileError(`${row.where(field)}: "${value}" is not a date. Use 2026-10-04 or 10/4/2026.`);
  if (datePart !== value) days.set(datePart, day);
  return day;
}

/** Several values in one cell, as exports join them: "SPE_E3;AAD_PREMIUM", "A, B" or "Microsoft 365 E3+Entra ID P2". */
export function splitList(value: string, separators: RegExp = /[;,+]/): string[] {
  if (value === '') return [];
  return value
    .split(separators)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
