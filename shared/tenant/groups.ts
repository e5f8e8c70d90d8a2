import type { Tenant, TenantGroup, TenantUser } from '../plan/tenant';
import { memoPerTenant } from './memo';

const GROUP_PREFIX = 'group:';

/**
 * A resolver of transitive group membership (lower-cased UPNs); nesting cycles end the walk instead
 * of looping. The same snapshot gets the same resolver, so groups are resolved once.
 */
export const groupResolver = memoPerTenant((tenant: Tenant): ((group: string) => Set<string>) => {
  const groups = new Map<string, TenantGroup[]>();
  const listOf = <T>(map: Map<string, T[]>, key: string): T[] => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  };
  // Entra group names are not case-sensitive, and exports and plans do not always agree on case.
  for (const g of tenant.groups) listOf(groups, g.name.toLowerCase()).push(g);
  // A user's own `groups` list also states direct membership (the scenario format allows both).
  const fromUsers = new Map<string, string[]>();
  const keys = upnKeys(tenant);
  tenant.users.forEach((u, i) => {
    for (const g of u.groups) listOf(fromUsers, g.toLowerCase()).push(keys[i]);
  });
  const cache = new Map<string, Set<string>>();
  return (group: string) => {
    const cached = cache.get(group);
    if (cached) return cached;
    const users = new Set<string>();
    const seen = new Set<string>([group.toLowerCase()]);
    const queue = [group.toLowerCase()];
    for (let i = 0; i < queue.length; i++) {
      const name = queue[i];
      for (const upn of fromUsers.get(name) ?? []) users.add(upn);
      for (const g of groups.get(name) ?? []) {
        for (const m of g.members) {
          if (!m.startsWith(GROUP_PREFIX)) users.add(m.toLowerCase());
          else {
            const nested = m.slice(GROUP_PREFIX.length).toLowerCase();
            if (!seen.has(nested)) {
              seen.add(nested);
              queue.push(nested);
            }
          }
        }
      }
    }
    cache.set(group, users);
    return users;
  };
});

export function groupExists(tenant: Tenant, name: string): boolean {
  const key = name.toLowerCase();
  return tenant.groups.some((g) => g.name.toLowerCase() === key) || tenant.users.some((u) => u.groups.some((g) => g.toLowerCase() === key));
}

/** Every user's UPN lower-cased, by position in `tenant.users`, worked out once per snapshot. */
export const upnKeys = memoPerTenant((tenant: Tenant) => tenant.users.map((u) => u.upn.toLowerCase()));

/** Holds any Entra admin role (sspr-domain.md §13). */
export function isAdmin(user: TenantUser): boolean {
  return user.roles.length > 0;
}

export type Scope = 'none' | 'selected' | 'all';

/** Users enabled for SSPR: the scope's users plus every admin, whatever the scope (§3). */
export function enabledUsers(tenant: Tenant, scope: Scope, group: string): TenantUser[] {
  const inGroup = scope === 'selected' ? groupResolver(tenant)(group) : new Set<string>();
  const keys = upnKeys(tenant);
  return tenant.users.filter((u, i) => isAdmin(u) || scope === 'all' || (scope === 'selected' && inGroup.has(keys[i])));
}
