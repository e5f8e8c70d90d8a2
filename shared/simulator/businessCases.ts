import type { MethodId } from '../plan/methods';
import type { Plan, RunResult } from '../plan/schema';
import type { Tenant } from '../plan/tenant';
import { latestRuns } from '../plan/testMatrix';
import { runScenario, type ScenarioReport } from './scenario';
import type { Scenario, ScenarioStep } from './scenarioFormat';
import { AUDIT } from './vocabulary';

/** A business case run in the simulator, beside what the testers recorded. */
export interface CaseSimulation {
  caseId: string;
  /** False for cases the simulator has no built-in scenario for (cases a team added itself). */
  simulable: boolean;
  /** Why the case cannot be simulated, or what the built-in scenario exercises and leaves out. */
  note: string;
  /** The simulated result: pass when every expectation of the built-in scenario is met. */
  result: Extract<RunResult, 'pass' | 'fail'> | null;
  report: ScenarioReport | null;
  /** The testers' latest recorded result, or null when nobody ran the case. */
  testerResult: RunResult | null;
  /** The tester recorded pass or fail and the simulator says the opposite. */
  disagrees: boolean;
}

type Users = NonNullable<Scenario['users']>;
type ScenarioUser = Users[number];

/** The day the scenarios run on when the plan has no pilot date; any day works, a fixed one keeps reports stable. */
const FALLBACK_DAY = '2027-01-11';

const LOCK_SCREEN_DEVICE = { join: 'entra', windowsBuild: 19045, remote: false } as const;

/** What every built-in scenario needs to know about the plan, worked out once. */
interface Setting {
  plan: Plan;
  tenant: Tenant;
  day: string;
  pilotGroup: string;
  /** The methods a diligent pilot user registers: as many as the policy requires, from those it allows. */
  methods: MethodId[];
  upn(name: string): string;
}

function settingOf(plan: Plan, tenant: Tenant): Setting {
  const pilot = plan.rollout.phases.find((p) => p.kind === 'pilot');
  const pilotGroup = pilot?.group.trim() || plan.policy.group.trim();
  const account = plan.testing.testAccount.trim();
  const domain = (account.includes('@') ? account.split('@').pop() : '') || plan.overview.tenantDomain.trim() || 'contoso.com';
  // Questions go last: they are the weakest method and need answers, so nobody picks them first.
  const allowed = [...plan.policy.methods].sort((a, b) => Number(a === 'securityQuestions') - Number(b === 'securityQuestions'));
  return {
    plan,
    tenant,
    day: plan.overview.pilotStart ?? pilot?.start ?? FALLBACK_DAY,
    pilotGroup,
    methods: allowed.slice(0, Math.max(1, plan.policy.methodsToRegister)),
    upn: (name) => `${name}@${domain}`,
  };
}

function user(set: Setting, upn: string, opts: { inPilot: boolean; registered: boolean; licensed: boolean }): ScenarioUser {
  const registered: ScenarioUser['registered'] = {};
  if (opts.registered) for (const m of set.methods) registered[m] = m === 'securityQuestions' ? Math.min(5, set.plan.policy.questionsToRegister) : true; // a scenario file holds 0–5 answers
  const sku = set.plan.licensing.skus.find((s) => s.cloudReset)?.skuPartNumber ?? 'AAD_PREMIUM';
  return {
    upn,
    displayName: upn,
    groups: opts.inPilot && set.pilotGroup !== '' ? [set.pilotGroup] : [],
    roles: [],
    licenses: opts.licensed ? [sku] : [],
    synced: set.plan.overview.environment === 'hybrid',
    onPremAdmin: false,
    registered,
    registeredOn: opts.registered ? set.day : null,
  };
}

/**
 * The scenario's tenant: its own users, and the real tenant's groups so that a pilot group nested in
 * the policy's group counts as it does in Entra.
 */
function scenario(set: Setting, name: string, users: ScenarioUser[], steps: ScenarioStep[]): Scenario {
  return { name, policy: {}, users, groups: set.tenant.groups, steps };
}

const step = (set: Setting, s: Omit<ScenarioStep, 'on'>): ScenarioStep => ({ on: set.day, ...s });

interface BuiltIn {
  note: (set: Setting) => string;
  scenario: (set: Setting) => Scenario;
}

const NO_NETWORK = 'The simulator has no network, so whether the portal can be reached from';

function portalCase(where: string): BuiltIn {
  return {
    note: (set) =>
      `${NO_NETWORK} ${where} is not simulated: this runs the reset itself by a registered member of ${set.pilotGroup || 'the pilot group'}. Reachability stays a manual check.`,
    scenario: (set) => {
      const pilot = user(set, set.upn('sim.pilot'), { inPilot: true, registered: true, licensed: true });
      return scenario(set, `Reset by a registered pilot user (${where})`, [pilot], [step(set, { do: 'reset', user: pilot.upn, expect: { outcome: 'success' } })]);
    },
  };
}

/** The built-in scenarios of the plan's nine cases (shared/plan/businessCases.ts), keyed by case id. */
const BUILT_IN: Record<string, BuiltIn> = {
  'TC-01': portalCase('inside the corporate network'),
  'TC-02': portalCase('outside the corporate network'),
  'TC-03': {
    note: (set) => `A registered user who holds no admin role and is not in ${set.pilotGroup || 'the pilot group'} tries to reset.`,
    scenario: (set) => {
      const outsider = user(set, set.upn('sim.outsider'), { inPilot: false, registered: true, licensed: true });
      return scenario(set, 'Reset by a user outside the enabled group', [outsider], [step(set, { do: 'reset', user: outsider.upn, expect: { outcome: 'notEnabled' } })]);
    },
  },
  'TC-04': {
    note: (set) => `A member of ${set.pilotGroup || 'the pilot group'} with no methods on file tries to reset.`,
    scenario: (set) => {
      const fresh = user(set, set.upn('sim.unregistered'), { inPilot: true, registered: false, licensed: true });
      return scenario(set, 'Reset by an enabled user who never registered', [fresh], [step(set, { do: 'reset', user: fresh.upn, expect: { outcome: 'notRegistered' } })]);
    },
  },
  'TC-05': {
    note: (set) => `A member of ${set.pilotGroup || 'the pilot group'} who has not registered signs in.`,
    scenario: (set) => {
      const fresh = user(set, set.upn('sim.unregistered'), { inPilot: true, registered: false, licensed: true });
      return scenario(set, 'Sign-in before registering', [fresh], [step(set, { do: 'signIn', user: fresh.upn, expect: { outcome: 'promptRegister' } })]);
    },
  },
  'TC-06': {
    note: (set) => `A pilot user registers ${set.methods.join(', ') || 'no method'} (what the policy requires) and then signs in.`,
    scenario: (set) => {
      const fresh = user(set, set.upn('sim.unregistered'), { inPilot: true, registered: false, licensed: true });
      return scenario(set, 'Sign-in after registering', [fresh], [
        step(set, { do: 'register', user: fresh.upn, with: set.methods, expect: { outcome: 'registered' } }),
        step(set, { do: 'signIn', user: fresh.upn, expect: { outcome: 'noPrompt' } }),
      ]);
    },
  },
  'TC-07': {
    note: () =>
      'A registered pilot user with no license resets. The simulator, like Microsoft, does not check licenses, so this passes whenever the reset works; the licensing section shows who is not covered.',
    scenario: (set) => {
      const unlicensed = user(set, set.upn('sim.unlicensed'), { inPilot: true, registered: true, licensed: false });
      return scenario(set, 'Reset by a pilot user without a license', [unlicensed], [
        step(set, { do: 'reset', user: unlicensed.upn, expect: { outcome: 'success' } }),
      ]);
    },
  },
  'TC-08': {
    note: () =>
      `A pilot user registers and then resets from the sign-in screen of an Entra-joined Windows PC (build ${LOCK_SCREEN_DEVICE.windowsBuild}, not a remote session).`,
    scenario: (set) => {
      const fresh = user(set, set.upn('sim.lockscreen'), { inPilot: true, registered: false, licensed: true });
      return scenario(set, 'Reset from the Windows sign-in screen', [fresh], [
        step(set, { do: 'register', user: fresh.upn, with: set.methods, expect: { outcome: 'registered' } }),
        step(set, { do: 'lockScreenReset', user: fresh.upn, device: { ...LOCK_SCREEN_DEVICE }, expect: { outcome: 'success' } }),
      ]);
    },
  },
  'TC-09': {
    note: () => 'A pilot user registers and resets; each step must write its audit entry. How soon the entries show in Entra is not simulated.',
    scenario: (set) => {
      const fresh = user(set, set.upn('sim.audit'), { inPilot: true, registered: false, licensed: true });
      return scenario(set, 'Registration and reset in the audit log', [fresh], [
        step(set, { do: 'register', user: fresh.upn, with: set.methods, expect: { outcome: 'registered', audit: [AUDIT.registered] } }),
        step(set, { do: 'reset', user: fresh.upn, expect: { outcome: 'success', audit: [AUDIT.reset] } }),
      ]);
    },
  },
};

/** A tester's pass or fail that the simulated result contradicts; blocked and not run contradict nothing. */
export function disagreesWith(testerResult: RunResult | null, simulated: CaseSimulation['result']): boolean {
  return simulated !== null && (testerResult === 'pass' || testerResult === 'fail') && testerResult !== simulated;
}

export const NOT_SIMULABLE_NOTE = 'Your team added this case, so the simulator has no built-in scenario for it. Test it by hand, or write a scenario file for the Simulator section.';

/** The built-in scenario of a case over this plan, or null for a case the simulator does not know. */
export function builtInScenario(caseId: string, plan: Plan, tenant: Tenant): Scenario | null {
  const builtIn = Object.hasOwn(BUILT_IN, caseId) ? BUILT_IN[caseId] : undefined;
  return builtIn ? builtIn.scenario(settingOf(plan, tenant)) : null;
}

/**
 * Runs each business case's built-in scenario over the plan's policy. The synthetic users follow the
 * policy (its pilot group, the methods it requires, synced in a hybrid plan), so the verdict says
 * whether the policy lets the case pass, not whether the imported users happen to be ready.
 */
export function simulateBusinessCases(plan: Plan, tenant: Tenant): CaseSimulation[] {
  const set = settingOf(plan, tenant);
  const latest = latestRuns(plan.testing.runs);
  return plan.testing.cases.map((c) => {
    const testerResult = latest.get(c.id)?.result ?? null;
    const builtIn = Object.hasOwn(BUILT_IN, c.id) ? BUILT_IN[c.id] : undefined;
    if (!builtIn) return { caseId: c.id, simulable: false, note: NOT_SIMULABLE_NOTE, result: null, report: null, testerResult, disagrees: false };
    const report = runScenario(builtIn.scenario(set), plan.policy, tenant);
    const result = report.passed ? 'pass' : 'fail';
    return { caseId: c.id, simulable: true, note: builtIn.note(set), result, report, testerResult, disagrees: disagreesWith(testerResult, result) };
  });
}
