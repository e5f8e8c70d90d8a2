import type { Tenant } from '../plan/tenant';

/**
 * Remembers the last result per tenant snapshot and plan parts. Snapshots and plan sections are
 * replaced, never changed in place, so identity says whether anything changed; validation asks
 * for the same figures on every edit, and a large tenant makes them worth keeping.
 */
export function memoPerTenant<D extends readonly unknown[], T>(compute: (tenant: Tenant, ...deps: D) => T): (tenant: Tenant, ...deps: D) => T {
  const memo = new WeakMap<Tenant, { deps: D; value: T }>();
  return (tenant, ...deps) => {
    const last = memo.get(tenant);
    if (last && last.deps.every((d, i) => d === deps[i])) return last.value;
    const value = compute(tenant, ...deps);
    memo.set(tenant, { deps, value });
    return value;
  };
}
