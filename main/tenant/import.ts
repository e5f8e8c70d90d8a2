import type { ImportProgress } from '../../shared/api';
import type { Tenant, TenantGroup, TenantUser } from '../../shared/plan/tenant';
import type { Sku } from '../../shared/plan/schema';
import { counted, listSome } from '../../shared/text';
import { tenantCounts, type ImportedFile, type TenantImportSummary } from '../../shared/tenant/importSummary';
import { skuResolver } from '../../shared/tenant/skuNames';
import { readLicensesFile, readRegistrationFile, readRolesFile, type Lookup } from './assignment-files';
import { tenantFileError } from './csv-stream';
import { readMembersFile } from './members-file';
import { fileSize, type SourceFile } from './text-source';
import { readUsersFile } from './users-file';

export interface TenantFiles {
  users: SourceFile;
  groupMembers: { group: string; file: SourceFile }[];
  licenses?: SourceFile;
  roles?: SourceFile;
  registration?: SourceFile;
}


export type ImportResult = Omit<TenantImportSummary, 'changes' | 'importedAt'> & { tenant: Tenant };

/** Nesting loops among groups, each as "A → B → A"; resolution already stops at them, so they only warn. Names ignore case. */
function nestingCycles(groups: TenantGroup[]): string[] {
  const spelled = new Map(groups.map((g) => [g.name.toLowerCase(), g.name]));
  const nested = new Map(
    groups.map((g) => [
      g.name,
      g.members.filter((m) => m.startsWith('group:')).map((m) => spelled.get(m.slice(6).toLowerCase()) ?? m.slice(6)),
    ]),
  );
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const walk = (name: string, path: string[]) => {
    state.set(name, 'open');
    for (const child of nested.get(name) ?? []) {
      if (state.get(child) === 'open') cycles.push([...path.slice(path.indexOf(child)), child].join(' → '));
      else if (!state.has(child)) walk(child, [...path, child]);
    }
    state.set(name, 'done');
  };
  for (const name of nested.keys()) if (!state.has(name)) walk(name, [name]);
  return cycles;
}

/**
 * Reads a whole tenant export into memory, file by file, streaming each one. Nothing is written:
 * the caller stores the result in one transaction, so a refused file leaves the plan as it was.
 */
export async function readTenantFiles(files: TenantFiles, skus: readonly Sku[], onProgress: (p: ImportProgress) => void): Promise<ImportResult> {
  const every = [files.users, ...files.groupMembers.map((m) => m.file), files.licenses, files.roles, files.registration].filter(
    (f): f is SourceFile => f !== undefined,
  );
  const names = new Set<string>();
  for (const { group } of files.groupMembers) {
    if (group.trim() === '') throw tenantFileError('A group member file needs the name of its group (NAME=FILE).');
    if (names.has(group.toLowerCase())) throw tenantFileError(`Two member files are given for the group "${group}"; give one file per group.`);
    names.add(group.toLowerCase());
  }
  const bytesTotal = every.reduce((sum, f) => sum + fileSize(f), 0);
  let bytesDone = 0;
  const reading = (file: SourceFile) => (n: number) => {
    bytesDone += n;
    onProgress({ file: file.label, bytesDone, bytesTotal });
  };

  const resolveSkus = skuResolver(skus);
  const usersRead = await readUsersFile(files.users, resolveSkus, reading(files.users));
  const { users, upnById, left } = usersRead;
  const imported: ImportedFile[] = [{ kind: 'users', name: files.users.label, rows: usersRead.rows }];
  const warnings: string[] = [];
  const findUser = (upn: string, id: string): TenantUser | undefined => {
    const byUpn = upn === '' ? undefined : (users.get(upn) ?? users.get(upn.toLowerCase()));
    if (byUpn !== undefined) return byUpn;
    const viaId = id === '' ? undefined : upnById().get(id.toLowerCase());
    return viaId !== undefined ? users.get(viaId.toLowerCase()) : undefined;
  };

  const groups: TenantGroup[] = [];
  for (const { group, file } of files.groupMembers) {
    const read = await readMembersFile(file, findUser, reading(file));
    groups.push({ name: group, members: read.members });
    imported.push({ kind: 'groupMembers', name: file.label, group, rows: read.rows });
    if (read.unknown > 0) {
      warnings.push(`${file.label}: ${counted(read.unknown, 'member')} of ${group} ${read.unknown === 1 ? 'is' : 'are'} not among the imported users (disabled, guests or missing from the users file) and ${read.unknown === 1 ? 'was' : 'were'} left out.`);
    }
  }

  const lookup: Lookup = { user: (upn) => users.get(upn.toLowerCase()), onBytes: () => undefined };
  const unknownRows = (file: SourceFile, unknown: number) => {
    if (unknown > 0) warnings.push(`${file.label}: ${counted(unknown, 'row')} name${unknown === 1 ? 's' : ''} users not among the imported users and ${unknown === 1 ? 'was' : 'were'} skipped.`);
  };
  const groupLicenses = new Map<string, string[]>();
  if (files.licenses) {
    const file = files.licenses;
    const read = await readLicensesFile(file, { ...lookup, onBytes: reading(file) }, resolveSkus, groupLicenses);
    imported.push({ kind: 'licenses', name: file.label, rows: read.rows });
    unknownRows(file, read.unknown);
  }
  if (files.roles) {
    const file = files.roles;
    const read = await readRolesFile(file, { ...lookup, onBytes: reading(file) });
    imported.push({ kind: 'roles', name: file.label, rows: read.rows });
    unknownRows(file, read.unknown);
  }
  if (files.registration) {
    const file = files.registration;
    const read = await readRegistrationFile(file, { ...lookup, onBytes: reading(file) });
    imported.push({ kind: 'registration', name: file.label, rows: read.rows });
    unknownRows(file, read.unknown);
  }

  for (const [name, licenses] of groupLicenses) {
    const group = groups.find((g) => g.name.toLowerCase() === name.toLowerCase());
    if (group) group.licenses = licenses;
    else {
      groups.push({ name, members: [], licenses });
      warnings.push(`The license file assigns licenses to the group "${name}", but no member file lists its members, so nobody is covered through it.`);
    }
  }
  const known = new Set(groups.map((g) => g.name.toLowerCase()));
  const missing = [...new Set(groups.flatMap((g) => g.members.filter((m) => m.startsWith('group:')).map((m) => m.slice(6))))].filter(
    (n) => !known.has(n.toLowerCase()),
  );
  if (missing.length > 0) {
    warnings.push(`${counted(missing.length, 'nested group')} ${missing.length === 1 ? 'has' : 'have'} no member file, so ${missing.length === 1 ? 'its' : 'their'} members do not count: ${listSome(missing)}.`);
  }
  for (const cycle of nestingCycles(groups)) warnings.push(`Groups nest in a loop (${cycle}); each member counts once.`);

  const tenant: Tenant = { users: [...users.values()] satisfies TenantUser[], groups };
  return { tenant, files: imported, counts: tenantCounts(tenant), leftOut: left, warnings };
}
