import type { TenantUser } from '../../shared/plan/tenant';
import { detached } from '../../shared/text';
import { streamCsv, tenantFileError, type Columns } from './csv-stream';
import { KEPT, keptText } from './values';
import type { SourceFile } from './text-source';

/** Entra's "Download members" (human-readable headers), Graph and PowerShell member exports. */
const MEMBER_COLUMNS = {
  upn: { names: ['User principal name', 'userPrincipalName', 'UPN', 'Email'], holds: 'the member’s user principal name' },
  id: { names: ['Object ID', 'id', 'objectId', 'Member ID'], holds: 'the member’s object id' },
  displayName: { names: ['Display name', 'displayName', 'Name'], holds: 'the member’s display name' },
  type: { names: ['Member type', 'memberType', 'Object type', 'objectType', 'Type', '@odata.type'], holds: 'the member type (User or Group)' },
} satisfies Columns<string>;

type MemberField = keyof typeof MEMBER_COLUMNS;

export interface MembersRead {
  /** Users by UPN as written in the users file where known, and nested groups as `group:NAME`. */
  members: string[];
  /** Members that are not among the imported users (outside the users file, or left out of it). */
  unknown: number;
  rows: number;
}

/** A group's member list cannot outgrow what a plan keeps per group. */
export const MAX_GROUP_MEMBERS = 1_000_000;

/** "Group", or Graph's "#microsoft.graph.group"; the common "User" is answered without a regex. */
const isGroupType = (type: string) => type !== 'User' && type !== '' && /group$/i.test(type);

/**
 * Reads one group's members. A member row of type Group names a nested group by its display name,
 * which is how the group files name their groups; other rows are users, found by UPN or object id.
 */
/**
 * Marks a user with the member file that last listed them, so a repeated row is skipped without a
 * set lookup per row (a symbol key, so it never reaches the stored JSON).
 */
const LISTED_IN = Symbol('listed in');
type Listed = TenantUser & { [LISTED_IN]?: SourceFile };

export async function readMembersFile(
  file: SourceFile,
  findUser: (upn: string, id: string) => TenantUser | undefined,
  onBytes: (n: number) => void,
): Promise<MembersRead> {
  const members: string[] = [];
  const nested = new Set<string>();
  let unknown = 0;
  const rows = await streamCsv<MemberField>(file, {
    columns: MEMBER_COLUMNS,
    onBytes,
    onHeader: (present) => {
      if (!present.has('upn') && !present.has('id')) {
        throw tenantFileError(
          `${file.label}: no column identifies the members. The import looked for "User principal name", "userPrincipalName", "UPN", "Object ID" or "id" (case and spaces do not matter).`,
        );
      }
    },
    onRow: (row) => {
      let member: string;
      if (isGroupType(row.get('type'))) {
        const name = row.get('displayName');
        if (name === '') throw tenantFileError(`${row.where('displayName')}: a nested group needs its display name, which names its own member file.`);
        member = detached(`group:${keptText(row, 'displayName', name, KEPT.groupName, 'the group name')}`);
        if (nested.has(member.toLowerCase())) return;
        nested.add(member.toLowerCase());
      } else {
        const upn = row.get('upn');
        const id = row.get('id');
        if (upn === '' && id === '') throw tenantFileError(`${row.where('upn')}: the row names no member; give a user principal name or an object id.`);
        const found: Listed | undefined = findUser(upn, id);
        if (found === undefined) {
          unknown++;
          return;
        }
        if (found[LISTED_IN] === file) return;
        found[LISTED_IN] = file;
        member = found.upn;
      }
      if (members.length === MAX_GROUP_MEMBERS) {
        throw tenantFileError(`${row.where('upn')}: a group may hold at most ${MAX_GROUP_MEMBERS.toLocaleString('en-US')} members.`);
      }
      members.push(member);
    },
  });
  return { members, unknown, rows };
}
