import type { Tenant, TenantGroup, TenantUser } from '../plan/tenant';

const GROUP_PREFIX = 'group:';

/** Resolvers per tenant snapshot: snapshots are never changed in place, and every check asks again. */
const resolvers = new WeakMap<Tenant, (group: string) => Set<string>>();

/**
 * A resolver of transitive group membership (lower-cased UPNs); nesting cycles end the walk instead
 * of looping. The same snapshot gets the same resolver, so groups are resolved once.
 */
export function groupResolver(tenant: Tenant): (group: string) => Set<string> {
  let resolver = resolvers.get(tenant);
  if (!resolver) {
    resolver = newResolver(tenant);
    resolvers.set(tenant, resolver);
  }
  return resolver;
}

function newResolver(tenant: Tenant): (group: string) => Set<string> {
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
}

export function groupExists(tenant: Tenant, name: string): boolean {
  const key = name.toLowerCase();
  return tenant.groups.some((g) => g.name.toLowerCase() === key) || tenant.users.some((u) => u.groups.some((g) => g.toLowerCase() === key));
}

const keysOf = new WeakMap<Tenant, string[]>();

/** Every user's UPN lower-cased, by position in `tenant.users`, worked out once per snapshot. */
export function upnKeys(tenant: Tenant): string[] {
  let keys = keysOf.get(tenant);
  if (!keys) {
    keys = tenant.users.map((u) => u.upn.toLowerCase());
    keysOf.set(tenant, keys);
  }
  return keys;
}

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
