import type { Tenant, TenantUser } from '../plan/tenant';
import { Simulation, UnknownUserError, type Decision, type SimPolicy, type SimStep } from './engine';
import { scenarioSchema, type Expectation, type Scenario, type ScenarioStep } from './scenarioFormat';
import { describeIssue, ScenarioError, stepLabel } from './scenarioIssues';

/** Parses a scenario already read as JSON; throws ScenarioError naming the first wrong field. */
export function parseScenario(raw: unknown): Scenario {
  const result = scenarioSchema.safeParse(raw);
  if (!result.success) throw describeIssue(result.error.issues[0], raw);
  const scenario = result.data;
  if (scenario.users) {
    const seen = new Set<string>();
    scenario.users.forEach((u, i) => {
      const key = u.upn.toLowerCase();
      if (seen.has(key)) throw new ScenarioError(`users[${i}].upn`, `${u.upn} is listed twice`);
      seen.add(key);
    });
  }
  return scenario;
}

export interface StepResult {
  index: number;
  step: ScenarioStep;
  decision: Decision;
  /** Unmet expectations in words; empty when the step met them or expected nothing. */
  failures: string[];
}

export interface ScenarioReport {
  name: string;
  steps: StepResult[];
  passed: boolean;
  /** Steps that carry an `expect`, and how many of them failed. */
  checked: number;
  failed: number;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

const listed = (items: readonly string[]) => (items.length === 0 ? 'none' : items.join(', '));

/** What an expectation asked for that the decision did not give. */
export function unmetExpectations(expect: Expectation | undefined, d: Decision): string[] {
  if (!expect) return [];
  const out: string[] = [];
  if (expect.outcome !== d.outcome) out.push(`outcome: expected ${expect.outcome}, got ${d.outcome} (${d.rule})`);
  if (expect.rule !== undefined && expect.rule !== d.rule) out.push(`rule: expected ${expect.rule}, got ${d.rule}`);
  const kinds = d.notifications.map((n) => n.kind);
  if (expect.notifications && !sameSet(expect.notifications, kinds)) out.push(`notifications: expected ${listed(expect.notifications)}, got ${listed(kinds)}`);
  if (expect.audit && !sameSet(expect.audit, d.audit)) out.push(`audit: expected ${listed(expect.audit)}, got ${listed(d.audit)}`);
  return out;
}

function tenantOf(scenario: Scenario, base: Tenant): Tenant {
  if (!scenario.users && !scenario.groups) return base;
  const users: TenantUser[] = (scenario.users ?? base.users).map((u) => ({ ...u, displayName: u.displayName ?? u.upn }));
  return { users, groups: scenario.groups ?? (scenario.users ? [] : base.groups) };
}

/** Runs a parsed scenario over the plan's policy and tenant; `users`/`groups` in the file replace the tenant. */
export function runScenario(scenario: Scenario, basePolicy: SimPolicy, baseTenant: Tenant): ScenarioReport {
  const policy: SimPolicy = { ...basePolicy, ...scenario.policy };
  const sim = new Simulation(policy, tenantOf(scenario, baseTenant));
  const steps = scenario.steps.map((step, index): StepResult => {
    let decision: Decision;
    try {
      decision = sim.run(step as SimStep);
    } catch (e) {
      if (e instanceof UnknownUserError) {
        const where = scenario.users ? 'is not among the scenario\'s users: add it to "users"' : 'is not in the plan\'s tenant: add "users" to the scenario or import the tenant';
        throw new ScenarioError(`steps[${index}].${e.field}`, `${e.upn} ${where} (${stepLabel(index, step)})`);
      }
      throw e;
    }
    return { index, step, decision, failures: unmetExpectations(step.expect, decision) };
  });
  const checked = steps.filter((s) => s.step.expect).length;
  const failed = steps.filter((s) => s.failures.length > 0).length;
  return { name: scenario.name, steps, passed: failed === 0, checked, failed };
}
