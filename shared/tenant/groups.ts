import type { Tenant, TenantUser } from '../plan/tenant';

const GROUP_PREFIX = 'group:';

/**
 * Direct members of every group: the union of each group's `members` and each user's `groups`,
 * as the scenario format defines it.
 */
function directMembers(tenant: Tenant): Map<string, { users: Set<string>; groups: Set<string> }> {
  const direct = new Map<string, { users: Set<string>; groups: Set<string> }>();
  const entry = (name: string) => {
    let e = direct.get(name);
    if (!e) {
      e = { users: new Set(), groups: new Set() };
      direct.set(name, e);
    }
    return e;
  };
  for (const g of tenant.groups) {
    const e = entry(g.name);
    for (const m of g.members) {
      if (m.startsWith(GROUP_PREFIX)) e.groups.add(m.slice(GROUP_PREFIX.length));
      else e.users.add(m.toLowerCase());
    }
  }
  for (const u of tenant.users) for (const g of u.groups) entry(g).users.add(u.upn.toLowerCase());
  return direct;
}

/** A resolver of transitive group membership; nesting cycles end the walk instead of looping. */
export function groupResolver(tenant: Tenant): (group: string) => Set<string> {
  const direct = directMembers(tenant);
  const cache = new Map<string, Set<string>>();
  return (group: string) => {
    const cached = cache.get(group);
    if (cached) return cached;
    const users = new Set<string>();
    const seen = new Set<string>([group]);
    const queue = [group];
    while (queue.length > 0) {
      const e = direct.get(queue.shift() as string);
      if (!e) continue;
      for (const u of e.users) users.add(u);
      for (const g of e.groups) {
        if (!seen.has(g)) {
          seen.add(g);
          queue.push(g);
        }
      }
    }
    cache.set(group, users);
    return users;
  };
}

export function groupExists(tenant: Tenant, name: string): boolean {
  return tenant.groups.some((g) => g.name === name) || tenant.users.some((u) => u.groups.includes(name));
}

/** Holds any Entra admin role (sspr-domain.md §13). */
export function isAdmin(user: TenantUser): boolean {
  return user.roles.length > 0;
}

export type Scope = 'none' | 'selected' | 'all';

/** Users enabled for SSPR: the scope's users plus every admin, whatever the scope (§3). */
export function enabledUsers(tenant: Tenant, scope: Scope, group: string): TenantUser[] {
  const inGroup = scope === 'selected' ? groupResolver(tenant)(group) : new Set<string>();
  return tenant.users.filter(
    (u) => isAdmin(u) || scope === 'all' || (scope === 'selected' && inGroup.has(u.upn.toLowerCase())),
  );
}
