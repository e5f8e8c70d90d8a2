import type { Plan } from '../plan/schema';
import type { Tenant } from '../plan/tenant';
import { groupResolver, isAdmin, upnKeys } from './groups';
import { memoPerTenant } from './memo';

/** Users in no rollout phase show under this name in per-wave figures. */
export const NO_WAVE = 'No wave';

/** Per user, by position in `tenant.users`: arrays, because a 100,000-user tenant is asked for every user on every check. */
export interface Waves {
  /** The phase that first enables each user (the pilot before the waves), or NO_WAVE. */
  wave: string[];
  /** Whether the plan enables each user, now or in a later phase; admins always (sspr-domain.md §3). */
  planned: boolean[];
  plannedCount: number;
  /** Phase names in rollout order, then NO_WAVE when anyone planned falls outside every phase. */
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
  const keys = upnKeys(tenant);
  const phases = rollout.phases;
  const allPhase = phases.find((p) => p.kind === 'all');
  const byUpn = new Map<string, string>();
  for (const phase of phases) {
    if (phase.kind === 'all' || phase.group.trim() === '') continue;
    for (const upn of members(phase.group)) if (!byUpn.has(upn)) byUpn.set(upn, phase.name);
  }
  const { scope, group } = policy;
  const enabledNow = scope === 'selected' ? members(group) : null;
  const everyone = allPhase !== undefined || scope === 'all';
  const fallback = allPhase?.name ?? NO_WAVE;
  const wave: string[] = new Array<string>(keys.length);
  const planned: boolean[] = new Array<boolean>(keys.length);
  let plannedCount = 0;
  let outside = false;
  tenant.users.forEach((user, i) => {
    const phase = byUpn.get(keys[i]);
    wave[i] = phase ?? fallback;
    planned[i] = everyone || phase !== undefined || isAdmin(user) || (enabledNow !== null && enabledNow.has(keys[i]));
    if (planned[i]) {
      plannedCount++;
      if (wave[i] === NO_WAVE) outside = true;
    }
  });
  const names = phases.map((p) => p.name);
  if (outside) names.push(NO_WAVE);
  return { wave, planned, plannedCount, names };
});
