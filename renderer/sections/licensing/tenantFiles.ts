import type { MemberFile } from '../../state/tenantChoice';
import { licensingStrings } from './strings';

const s = licensingStrings.tenantImport.members;

const KB = 1024;
const MB = 1024 * 1024;

/** "0.8 / 3.2 MB", "12 / 40 KB": both numbers in the unit that suits the larger one. */
export function byteAmount(done: number, total: number): string {
  const fmt = (n: number, digits: number) => n.toLocaleString(undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (total >= MB) return `${fmt(done / MB, 1)} / ${fmt(total / MB, 1)} MB`;
  return `${fmt(Math.ceil(done / KB), 0)} / ${fmt(Math.max(1, Math.ceil(total / KB)), 0)} KB`;
}

/** One file's size for the list of chosen files. */
export function byteSize(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.ceil(bytes / KB)).toLocaleString()} KB`;
}

/**
 * Why a member file cannot be imported as it is named, keyed by the file's key: the import needs
 * one file per group, each with a name. Main checks the same; here the message sits at the field.
 */
export function memberProblems(members: readonly MemberFile[]): Map<string, string> {
  const problems = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const m of members) {
    const name = m.group.trim().toLowerCase();
    if (name !== '') seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  for (const m of members) {
    const name = m.group.trim();
    if (name === '') problems.set(m.key, s.groupRequired);
    else if ((seen.get(name.toLowerCase()) ?? 0) > 1) problems.set(m.key, s.groupTaken(name));
  }
  return problems;
}
