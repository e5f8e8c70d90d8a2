import type { Plan } from '../plan/schema';
import type { Tenant } from '../plan/tenant';
import { licenseReport } from './coverage';
import { isAdmin } from './groups';
import { memoPerTenant } from './memo';
import { isRegistered } from './registration';

/** What one tenant import read, kept in the plan so the Tenant panel can show it later. */

export const TENANT_FILE_KINDS = ['users', 'groupMembers', 'licenses', 'roles', 'registration'] as const;
export type TenantFileKind = (typeof TENANT_FILE_KINDS)[number];

export interface ImportedFile {
  kind: TenantFileKind;
  /** The file's name as the user gave it. */
  name: string;
  /** For a member file, the group it lists. */
  group?: string;
  rows: number;
}

export interface TenantCounts {
  users: number;
  groups: number;
  memberships: number;
  admins: number;
  /** Users holding at least one license directly. */
  licensed: number;
  /** Users with at least one registered method. */
  withMethods: number;
}

/** A list of users that may be long: the count, and the first few to show. */
export interface UserSample {
  count: number;
  first: string[];
}

export interface TenantChanges {
  added: UserSample;
  removed: UserSample;
  /** Users in both snapshots whose licenses now cover them and did not before. */
  newlyLicensed: UserSample;
  /** Users in both snapshots now registered under the plan's policy and not before. */
  newlyRegistered: UserSample;
}

export interface TenantImportSummary {
  importedAt: string;
  files: ImportedFile[];
  counts: TenantCounts;
  /** Accounts in the users file that SSPR does not serve, left out of the snapshot. */
  leftOut: { disabled: number; guests: number };
  warnings: string[];
  /** Null on the first import into the plan. */
  changes: TenantChanges | null;
}

const SAMPLE = 20;

function sample(upns: string[]): UserSample {
  return { count: upns.length, first: upns.slice(0, SAMPLE) };
}

/**
 * Direct memberships: a group's member list and the users who name the group state the same fact
 * twice in the scenario format, so those count once. Imports only fill the groups' lists.
 */
function membershipCount(tenant: Tenant): number {
  let listed = 0;
  for (const g of tenant.groups) listed += g.members.length;
  if (!tenant.users.some((u) => u.groups.length > 0)) return listed;
  const pairs = new Set<string>();
  for (const g of tenant.groups) for (const m of g.members) pairs.add(`${g.name.toLowerCase()}\n${m.toLowerCase()}`);
  for (const u of tenant.users) for (const g of u.groups) pairs.add(`${g.toLowerCase()}\n${u.upn.toLowerCase()}`);
  return pairs.size;
}

/** The snapshot's counts; the import works them out and the Tenant data tab asks again, so they are kept per snapshot. */
export const tenantCounts = memoPerTenant(
  (tenant: Tenant): TenantCounts => ({
    users: tenant.users.length,
    groups: tenant.groups.length,
    memberships: membershipCount(tenant),
    admins: tenant.users.filter(isAdmin).length,
    licensed: tenant.users.filter((u) => u.licenses.length > 0).length,
    withMethods: tenant.users.filter((u) => Object.keys(u.registered).length > 0).length,
  }),
);

/** What a re-import changed: users added and removed, and users newly covered or registered. */
export function tenantChanges(before: Tenant, after: Tenant, plan: Pick<Plan, 'policy' | 'rollout' | 'licensing'>): TenantChanges {
  const key = (upn: string) => upn.toLowerCase();
  const old = new Map(before.users.map((u) => [key(u.upn), u]));
  const now = new Set(after.users.map((u) => key(u.upn)));
  const uncoveredBefore = new Set(licenseReport(plan, before).uncovered.map((u) => key(u.upn)));
  const uncoveredAfter = new Set(licenseReport(plan, after).uncovered.map((u) => key(u.upn)));
  const added: string[] = [];
  const newlyLicensed: string[] = [];
  const newlyRegistered: string[] = [];
  for (const user of after.users) {
    const previous = old.get(key(user.upn));
    if (!previous) {
      added.push(user.upn);
      continue;
    }
    if (uncoveredBefore.has(key(user.upn)) && !uncoveredAfter.has(key(user.upn))) newlyLicensed.push(user.upn);
    if (!isRegistered(previous, plan.policy) && isRegistered(user, plan.policy)) newlyRegistered.push(user.upn);
  }
  const removed = before.users.filter((u) => !now.has(key(u.upn))).map((u) => u.upn);
  return { added: sample(added), removed: sample(removed), newlyLicensed: sample(newlyLicensed), newlyRegistered: sample(newlyRegistered) };
}
