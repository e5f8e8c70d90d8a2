import type { JsonValue } from '../../../shared/plan/paths';
import { BACKUP_KINDS, type BackupRow } from '../../../shared/plan/schema';
import { reportingStrings } from './strings';

export const MAX_DAYS = 3650;

/** Kinds of the backup table that have no row. */
export function missingKinds(backups: readonly BackupRow[]): BackupRow['kind'][] {
  return BACKUP_KINDS.filter((kind) => !backups.some((b) => b.kind === kind));
}

/** The table with an empty row of `kind` added, rows kept in the table's usual order. */
export function withRow(backups: readonly BackupRow[], kind: BackupRow['kind']): BackupRow[] {
  const row: BackupRow = { kind, frequencyDays: null, targetSystem: '', responsible: '' };
  const rank = (b: BackupRow) => BACKUP_KINDS.indexOf(b.kind);
  // A stable sort: rows of the same kind (an imported plan may repeat one) keep their order.
  return [...backups, row].map((b, i) => ({ b, i })).sort((x, y) => rank(x.b) - rank(y.b) || x.i - y.i).map(({ b }) => b);
}

/** A download interval: empty while undecided, otherwise whole days from 1 to MAX_DAYS. */
export const frequencyProblem = (text: string): string | null => {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isInteger(n) && n >= 1 && n <= MAX_DAYS ? null : reportingStrings.backups.frequencyInvalid;
};

export const frequencyValue = (text: string): JsonValue => (text.trim() === '' ? null : Number(text.trim()));
