import type { TenantUser } from '../../shared/plan/tenant';
import type { SkuResolver } from '../../shared/tenant/skuNames';
import { streamCsv, tenantFileError, type Columns, type RowView } from './csv-stream';
import { registeredMethodsIn } from './registered-methods';
import type { SourceFile } from './text-source';
import { ON_PREM_ADMIN_GROUPS, roleKey } from './users-file';
import { detached } from '../../shared/text';
import { KEPT, keptList, keptText, parseDay, splitList } from './values';

/**
 * The optional files that add facts to users already read from the users file: licenses (per user
 * or per group), admin roles and registration details. A row about a user the users file does not
 * hold is counted, not refused: exports are taken at different moments.
 */

export interface Lookup {
  user(upn: string): TenantUser | undefined;
  onBytes(n: number): void;
}

export interface AssignmentsRead {
  rows: number;
  /** Rows naming a user the import does not hold. */
  unknown: number;
}

const upnColumn = { names: ['userPrincipalName', 'User principal name', 'UPN', 'User'], holds: 'the user principal name' };

const LICENSE_COLUMNS = {
  upn: upnColumn,
  group: { names: ['groupName', 'Group name', 'Group', 'groupDisplayName'], holds: 'the licensed group' },
  sku: {
    names: ['skuPartNumber', 'SKU part number', 'skuId', 'SKU', 'assignedLicenses', 'Licenses', 'License', 'Product name'],
    required: true,
    holds: 'the license (SKU part number, SKU id or product name)',
  },
} satisfies Columns<string>;

/** Licenses per user, or per group for group-based licensing (collected into `groupLicenses`). */
export async function readLicensesFile(
  file: SourceFile,
  lookup: Lookup,
  resolveSkus: SkuResolver,
  groupLicenses: Map<string, string[]>,
): Promise<AssignmentsRead> {
  let unknown = 0;
  const add = (held: string[], skus: string[]) => {
    for (const sku of skus) if (!held.includes(sku)) held.push(sku);
  };
  const rows = await streamCsv<keyof typeof LICENSE_COLUMNS>(file, {
    columns: LICENSE_COLUMNS,
    onBytes: lookup.onBytes,
    onHeader: (present) => {
      if (!present.has('upn') && !present.has('group')) {
        throw tenantFileError(
          `${file.label}: no column says who holds each license. The import looked for "userPrincipalName" (direct assignment) or "groupName" (group-based licensing).`,
        );
      }
    },
    onRow: (row) => {
      const skus = resolveSkus(row.get('sku'));
      if (skus.length === 0) throw tenantFileError(`${row.where('sku')}: the row names no license.`);
      const upn = row.get('upn');
      const group = row.get('group');
      if (upn !== '') {
        const user = lookup.user(upn);
        if (user) {
          add(user.licenses, skus);
          keptList(row, 'sku', user.licenses, KEPT.licenses, KEPT.license, 'license');
        } else unknown++;
      } else if (group !== '') {
        let held = groupLicenses.get(group);
        if (!held) groupLicenses.set(detached(keptText(row, 'group', group, KEPT.groupName, 'the group name')), (held = []));
        add(held, skus);
        keptList(row, 'sku', held, KEPT.licenses, KEPT.license, 'license');
      } else {
        throw tenantFileError(`${row.where('upn')}: the row names neither a user nor a group.`);
      }
    },
  });
  return { rows, unknown };
}

const ROLE_COLUMNS = {
  upn: { ...upnColumn, required: true },
  role: { names: ['role', 'roles', 'roleName', 'Role name', 'Assigned role', 'roleDisplayName'], required: true, holds: 'the role name' },
} satisfies Columns<string>;

/** Reads a file of one row per user, handing each row of a known user to `apply` and counting the others. */
async function readPerUser<F extends string>(
  file: SourceFile,
  columns: Columns<'upn' | F>,
  lookup: Lookup,
  apply: (user: TenantUser, row: RowView<'upn' | F>) => void,
): Promise<AssignmentsRead> {
  let unknown = 0;
  const rows = await streamCsv<'upn' | F>(file, {
    columns,
    onBytes: lookup.onBytes,
    onRow: (row) => {
      const user = lookup.user(row.get('upn'));
      if (user) apply(user, row);
      else unknown++;
    },
  });
  return { rows, unknown };
}

/** Entra admin roles per user; the on-premises admin groups mark a user whose reset writeback refuses. */
export function readRolesFile(file: SourceFile, lookup: Lookup): Promise<AssignmentsRead> {
  return readPerUser(file, ROLE_COLUMNS, lookup, (user, row) => {
    for (const role of splitList(row.get('role'), /[;,]/)) {
      if (ON_PREM_ADMIN_GROUPS.has(roleKey(role))) user.onPremAdmin = true;
      else if (!user.roles.includes(role)) user.roles.push(detached(role));
    }
    keptList(row, 'role', user.roles, KEPT.roles, KEPT.role, 'role');
  });
}

const REGISTRATION_COLUMNS = {
  upn: { ...upnColumn, required: true },
  methods: { names: ['methodsRegistered', 'Methods registered'], required: true, holds: 'the registered methods' },
  updated: { names: ['lastUpdatedDateTime', 'Last updated time', 'Last updated', 'lastUpdated'], holds: 'when the registration last changed' },
} satisfies Columns<string>;

/** Graph `userRegistrationDetails` or the portal's "User registration details" download. */
export function readRegistrationFile(file: SourceFile, lookup: Lookup): Promise<AssignmentsRead> {
  return readPerUser(file, REGISTRATION_COLUMNS, lookup, (user, row) => {
    const registered = registeredMethodsIn(row.get('methods'));
    user.registered = registered;
    user.registeredOn = Object.keys(registered).length === 0 ? null : parseDay(row, 'updated');
  });
}
