import type { MethodId } from '../plan/methods';
import type { Tenant } from '../plan/tenant';
import { isAdmin } from '../tenant/groups';
import { hasEnough, usableMethods } from '../tenant/registration';
import { ADMIN_METHODS } from './decide';
import { inScopeFor, Simulation, type Decision, type SimPolicy, type SimStep } from './engine';

/** What the try-it portal shows about the chosen user before the first step. */
export interface TryItUser {
  upn: string;
  displayName: string;
  enabled: boolean;
  admin: boolean;
  synced: boolean;
  registered: boolean;
  /** Methods the user registered that the policy lets this user verify with. */
  usable: MethodId[];
  /** How many of them a reset asks for. */
  required: number;
  /** The registered phone number or address per method, for the simulated inbox and phone. */
  contacts: Partial<Record<MethodId, string>>;
}

export interface TryItResult {
  user: TryItUser;
  decisions: Decision[];
}

/**
 * Walks one user through the steps the portal has taken so far, from the imported state each time,
 * so the portal holds no engine state of its own and sees exactly what the engine decides.
 */
export function tryIt(policy: SimPolicy, tenant: Tenant, upn: string, steps: Omit<SimStep, 'user'>[]): TryItResult {
  const sim = new Simulation(policy, tenant);
  const user = sim.userState(upn);
  const usable = usableMethods(user, policy);
  const contacts: Partial<Record<MethodId, string>> = {};
  for (const [method, value] of Object.entries(user.registered) as [MethodId, unknown][]) if (typeof value === 'string') contacts[method] = value;
  const summary: TryItUser = {
    upn: user.upn,
    displayName: user.displayName,
    enabled: inScopeFor(policy, tenant)(user),
    admin: isAdmin(user),
    synced: user.synced,
    registered: hasEnough(usable, user, policy),
    usable,
    required: isAdmin(user) ? ADMIN_METHODS : policy.methodsToReset,
    contacts,
  };
  return { user: summary, decisions: steps.map((s) => sim.run({ ...s, user: user.upn })) };
}
