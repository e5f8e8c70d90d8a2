import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { ApiError } from '../../shared/errors';
import { QUALIFYING_SKUS } from '../../shared/plan/defaults';
import type { Sku } from '../../shared/plan/schema';
import { readTenantFiles, type ImportResult, type TenantFiles } from '../../main/tenant/import';
import type { SourceFile } from '../../main/tenant/text-source';

/** Small tenant exports written to a temporary folder, in the shapes Entra and PowerShell write. */

export type Content = string | Buffer;

export const BOM = '\uFEFF';

/** Writes `content` as `name` under `dir` and returns it as the import's source file, labelled as the CLI labels it. */
export function put(dir: string, name: string, content: Content): SourceFile {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return { path: file, label: path.basename(name) };
}

/** Rows as a CSV the admin center writes: quoted only where needed, CRLF line ends. */
export function csv(rows: string[][], eol = '\r\n'): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(cell).join(',')).join(eol) + eol;
}

/** Windows PowerShell's Export-Csv: every value quoted, with or without the #TYPE line. */
export function exportCsv(rows: string[][], typeLine = true): string {
  const body = rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\r\n');
  return `${typeLine ? '#TYPE System.Management.Automation.PSCustomObject\r\n' : ''}${body}\r\n`;
}

export const utf16le = (text: string, bom = true) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
export const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

export interface ExportSpec {
  users: Content;
  /** Group name → its member export. */
  groups?: Record<string, Content>;
  licenses?: Content;
  roles?: Content;
  registration?: Content;
}

/** Writes the exports with conventional names and returns them as the import takes them. */
export function exportFiles(dir: string, spec: ExportSpec): TenantFiles {
  return {
    users: put(dir, 'users.csv', spec.users),
    groupMembers: Object.entries(spec.groups ?? {}).map(([group, content]) => ({ group, file: put(dir, `groups/${group}.csv`, content) })),
    licenses: spec.licenses === undefined ? undefined : put(dir, 'licenses.csv', spec.licenses),
    roles: spec.roles === undefined ? undefined : put(dir, 'roles.csv', spec.roles),
    registration: spec.registration === undefined ? undefined : put(dir, 'registration.csv', spec.registration),
  };
}

export function readExports(dir: string, spec: ExportSpec, skus: readonly Sku[] = QUALIFYING_SKUS): Promise<ImportResult> {
  return readTenantFiles(exportFiles(dir, spec), skus, () => undefined);
}

/** The ApiError an import of `spec` is refused with; fails the test when it is accepted. */
export async function refusalOf(dir: string, spec: ExportSpec): Promise<ApiError> {
  try {
    await readExports(dir, spec);
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('the import was accepted');
}

/** The header of the admin center's real "Download users" file (sspr-domain.md §12). */
export const ADMIN_CENTER_USER_HEADER = [
  'userPrincipalName',
  'displayName',
  'surname',
  'mail',
  'givenName',
  'id',
  'userType',
  'jobTitle',
  'department',
  'accountEnabled',
  'usageLocation',
  'mobilePhone',
  'alternateEmailAddress',
  'directorySynced',
  'createdDateTime',
];

/** A row of that file; the columns the import ignores hold plausible values. */
export function adminCenterUser(u: { upn: string; name: string; id?: string; type?: string; enabled?: string; synced?: string }): string[] {
  const [given, ...rest] = u.name.split(' ');
  return [u.upn, u.name, rest.join(' '), u.upn, given, u.id ?? '', u.type ?? 'Member', 'Engineer', 'IT', u.enabled ?? 'True', 'US', '+1 425 555 0100', '', u.synced ?? '', '8/19/2021 1:25:31 PM'];
}

export const MEMBER_HEADER = ['Object ID', 'User principal name', 'Display name', 'Member type'];
export const userMember = (upn: string, id = '') => [id, upn, upn.split('@')[0], 'User'];
export const groupMember = (name: string) => ['', '', name, 'Group'];
