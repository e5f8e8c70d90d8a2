import type { Plan } from '../plan/schema';
import type { Tenant, TenantUser } from '../plan/tenant';
import { groupResolver, isAdmin, upnKey } from './groups';
import { memoPerTenant } from './memo';

/** Users in no rollout phase show under this name in per-wave figures. */
export const NO_WAVE = 'No wave';

export interface Waves {
  /** The phase that first enables the user (the pilot before the waves), or NO_WAVE. */
  of(user: TenantUser): string;
  /** Every user the plan enables, now or in a later phase; admins always (sspr-domain.md §3). */
  planned: TenantUser[];
  /** Phase names in rollout order, then NO_WAVE when anyone falls outside every phase. */
  names: string[];
}

/**
 * Places each user in the first rollout phase whose group holds them (directly or nested); an
 * "all" phase takes everyone left. Users the policy enables today count even outside every phase.
 */
export function wavesOf(plan: Pick<Plan, 'policy' | 'rollout'>, tenant: Tenant): Waves {
  return cachedWaves(tenant, plan.policy, plan.rollout);
}

const cachedWaves = memoPerTenant((tenant: Tenant, policy: Plan['policy'], rollout: Plan['rollout']): Waves => {
  const members = groupResolver(tenant);
  const phases = rollout.phases;
  const allPhase = phases.find((p) => p.kind === 'all');
  const byUpn = new Map<string, string>();
  for (const phase of phases) {
    if (phase.kind === 'all' || phase.group.trim() === '') continue;
    for (const upn of members(phase.group)) if (!byUpn.has(upn)) byUpn.set(upn, phase.name);
  }
  const { scope, group } = policy;
  const enabledNow = scope === 'selected' ? members(group) : null;
  const of = (user: TenantUser) => byUpn.get(upnKey(user)) ?? allPhase?.name ?? NO_WAVE;
  const planned = tenant.users.filter(
    (u) =>
      allPhase !== undefined ||
      scope === 'all' ||
      isAdmin(u) ||
      byUpn.has(upnKey(u)) ||
      (enabledNow !== null && enabledNow.has(upnKey(u))),
  );
  const names = phases.map((p) => p.name);
  if (planned.some((u) => of(u) === NO_WAVE)) names.push(NO_WAVE);
  return { of, planned, names };
});
