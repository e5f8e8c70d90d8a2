import { METHOD_IDS, type MethodId } from '../plan/methods';
import type { Plan } from '../plan/schema';
import type { Tenant, TenantUser } from '../plan/tenant';
import { isAdmin } from './groups';
import { memoPerTenant } from './memo';
import { wavesOf } from './waves';

type Policy = Pick<Plan['policy'], 'methods' | 'methodsToRegister' | 'questionsToRegister'>;

/**
 * Methods the user registered that the policy allows: never security questions for an admin, and
 * questions only with enough answers (sspr-domain.md §13, "usable methods").
 */
export function usableMethods(user: TenantUser, policy: Policy): MethodId[] {
  return METHOD_IDS.filter((id) => {
    const value = user.registered[id];
    if (value === undefined || value === false || !policy.methods.includes(id)) return false;
    if (id !== 'securityQuestions') return true;
    if (isAdmin(user)) return false;
    return value === true || (typeof value === 'number' && value >= policy.questionsToRegister);
  });
}

/** Registered for SSPR under this policy: enough usable methods (admins always need two). */
export function isRegistered(user: TenantUser, policy: Policy): boolean {
  return hasEnough(usableMethods(user, policy), user, policy);
}

/** The count check of isRegistered, for callers that already hold the user's usable methods. */
export function hasEnough(usable: readonly MethodId[], user: TenantUser, policy: Pick<Policy, 'methodsToRegister'>): boolean {
  return usable.length >= (isAdmin(user) ? 2 : policy.methodsToRegister);
}

export interface WaveRegistration {
  wave: string;
  users: number;
  registered: number;
  /** The wave's users who still need to register: the Reminder email's audience. */
  notRegistered: { upn: string; displayName: string }[];
}

/** Registered and not registered users per rollout wave, among the users the plan enables. */
export function registrationByWave(plan: Pick<Plan, 'policy' | 'rollout'>, tenant: Tenant): WaveRegistration[] {
  return cachedRegistration(tenant, plan.policy, plan.rollout);
}

const cachedRegistration = memoPerTenant((tenant: Tenant, policy: Plan['policy'], rollout: Plan['rollout']): WaveRegistration[] => {
  const plan = { policy, rollout };
  const waves = wavesOf(plan, tenant);
  const rows = new Map<string, WaveRegistration>(
    waves.names.map((wave) => [wave, { wave, users: 0, registered: 0, notRegistered: [] }]),
  );
  tenant.users.forEach((user, i) => {
    if (!waves.planned[i]) return;
    const row = rows.get(waves.wave[i]) as WaveRegistration;
    row.users++;
    if (isRegistered(user, plan.policy)) row.registered++;
    else row.notRegistered.push({ upn: user.upn, displayName: user.displayName });
  });
  return [...rows.values()];
});
