import type { TenantUser } from '../../shared/plan/tenant';
import type { SkuResolver } from '../../shared/tenant/skuNames';
import { streamCsv, tenantFileError, type Columns } from './csv-stream';
import type { SourceFile } from './text-source';
import { detached } from '../../shared/text';
import { KEPT, keptList, keptText, parseFlag, splitList } from './values';

/** Admin-center "Download users" (documented and real headers), Graph and PowerShell exports. */
const USER_COLUMNS = {
  upn: { names: ['userPrincipalName', 'User principal name', 'UPN', 'User name', 'Sign-in name'], required: true, holds: 'the user principal name' },
  displayName: { names: ['displayName', 'Display name', 'Name'], holds: 'the display name' },
  id: { names: ['id', 'objectId', 'Object ID'], holds: 'the object id' },
  userType: { names: ['userType', 'User type'], holds: 'the user type' },
  enabled: { names: ['accountEnabled', 'Account enabled', 'Enabled'], holds: 'whether the account is enabled' },
  blocked: { names: ['Block credential', 'blockCredential', 'Block sign in', 'Sign-in blocked'], holds: 'whether sign-in is blocked' },
  synced: {
    names: ['directorySynced', 'Directory synced', 'DirSyncEnabled', 'onPremisesSyncEnabled', 'On-premises sync enabled', 'synced'],
    holds: 'whether the account is synced from on-premises',
  },
  licenses: { names: ['assignedLicenses', 'Licenses', 'skuPartNumber', 'License'], holds: 'the licenses' },
  roles: { names: ['roles', 'Admin roles', 'Roles'], holds: 'the admin roles' },
  onPremAdmin: { names: ['onPremAdmin', 'onPremisesAdmin', 'On-premises admin'], holds: 'whether it is an on-premises domain or enterprise admin' },
  authEmail: { names: ['authenticationEmail', 'Authentication email'], holds: 'the authentication email' },
  authPhone: { names: ['authenticationPhoneNumber', 'Authentication phone'], holds: 'the authentication phone' },
} satisfies Columns<string>;

type UserField = keyof typeof USER_COLUMNS;

/** Administrators' on-premises groups: writeback refuses them (§3), so a role of this name marks an on-premises admin. */
export const ON_PREM_ADMIN_GROUPS = new Set(['domainadmins', 'enterpriseadmins', 'schemaadmins', 'administrators']);
export const roleKey = (role: string) => role.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface UsersRead {
  /** By lower-cased UPN. */
  users: Map<string, TenantUser>;
  /** Object id → UPN, so member lists that give only ids still find their users; built when first asked. */
  upnById(): Map<string, string>;
  /** Accounts left out: SSPR does not serve them. */
  left: { disabled: number; guests: number };
  rows: number;
}

const UPN = /^[^\s@]+@[^\s@]+$/;

export async function readUsersFile(file: SourceFile, resolveSkus: SkuResolver, onBytes: (n: number) => void): Promise<UsersRead> {
  const users = new Map<string, TenantUser>();
  // One map for every row, kept and left out alike: each lookup in a map of 100,000 keys counts.
  const lineOf = new Map<string, number>();
  const ids: string[] = [];
  const left = { disabled: 0, guests: 0 };
  const rows = await streamCsv<UserField>(file, {
    columns: USER_COLUMNS,
    onBytes,
    onRow: (row) => {
      const upn = detached(row.get('upn'));
      if (!UPN.test(upn) || upn.length > 320) {
        throw tenantFileError(`${row.where('upn')}: "${upn}" is not a user principal name (name@domain). Every user needs one.`);
      }
      const key = upn.toLowerCase();
      const seen = lineOf.get(key);
      if (seen !== undefined) {
        throw tenantFileError(
          `${row.where('upn')}: ${upn} appears again (first on line ${seen}). Each user may appear once; remove the repeated row or export the users again.`,
        );
      }
      lineOf.set(key, row.line);
      const id = row.get('id');
      if (id !== '') ids.push(detached(id), upn);
      const enabled = parseFlag(row, 'enabled', true) && !parseFlag(row, 'blocked', false);
      if (!enabled) {
        left.disabled++;
        return;
      }
      if (row.get('userType').toLowerCase() === 'guest') {
        left.guests++;
        return;
      }
      const displayName = detached(row.get('displayName'));
      if (displayName.length > 300) throw tenantFileError(`${row.where('displayName')}: the name is longer than 300 characters.`);
      const roles: string[] = [];
      let onPremAdmin = parseFlag(row, 'onPremAdmin', false);
      for (const role of splitList(row.get('roles'), /[;,]/)) {
        if (ON_PREM_ADMIN_GROUPS.has(roleKey(role))) onPremAdmin = true;
        else if (!roles.includes(role)) roles.push(detached(role));
      }
      keptList(row, 'roles', roles, KEPT.roles, KEPT.role, 'role');
      const licenses = resolveSkus(row.get('licenses'));
      keptList(row, 'licenses', licenses, KEPT.licenses, KEPT.license, 'license');
      const registered: TenantUser['registered'] = {};
      const authEmail = keptText(row, 'authEmail', row.get('authEmail'), KEPT.contact, 'the authentication email');
      const authPhone = keptText(row, 'authPhone', row.get('authPhone'), KEPT.contact, 'the authentication phone');
      if (authEmail !== '') registered.email = authEmail;
      if (authPhone !== '') registered.mobilePhone = authPhone;
      users.set(key, {
        upn,
        displayName,
        groups: [],
        roles,
        licenses,
        synced: parseFlag(row, 'synced', false),
        onPremAdmin,
        registered,
        registeredOn: null,
      });
    },
  });
  if (rows === 0) throw tenantFileError(`${file.label} names its columns but lists no users.`);
  let byId: Map<string, string> | null = null;
  const upnById = () => {
    if (!byId) {
      byId = new Map();
      for (let i = 0; i < ids.length; i += 2) byId.set(ids[i].toLowerCase(), ids[i + 1]);
    }
    return byId;
  };
  return { users, upnById, left, rows };
}
