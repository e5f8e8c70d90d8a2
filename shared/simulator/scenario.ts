import { z } from 'zod';
import { methodIdSchema, policySchema } from '../plan/schema';
import type { Tenant, TenantUser } from '../plan/tenant';
import { tenantGroupSchema } from '../plan/tenant';
import { Simulation, UnknownUserError, type Decision, type SimPolicy, type SimStep } from './engine';
import { SIM_RULE_CODES, type SimRuleCode } from './ruleCodes';
import { ACTIONS, AUDIT_ACTIVITIES, NOTIFICATION_KINDS, OUTCOMES } from './vocabulary';

/** Scenario files (design.md "Scenario files"): a policy override, an optional tenant, and steps with expectations. */

const isoDay = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
const when = z.union([isoDay, z.iso.datetime({ offset: true })], { error: 'must be a date (YYYY-MM-DD) or a date and time (2026-02-01T09:30:00Z)' });
const upn = z.string().trim().min(3, 'must be a user principal name such as ann@contoso.com').max(320);

const policyOverride = policySchema
  .pick({
    scope: true,
    group: true,
    methods: true,
    methodsToRegister: true,
    methodsToReset: true,
    questionsToRegister: true,
    questionsToReset: true,
    requireRegistration: true,
    reconfirmDays: true,
    notifyUsers: true,
    notifyAdmins: true,
    helpdesk: true,
    writeback: true,
    unlockWithoutReset: true,
    lockScreenReset: true,
  })
  .partial()
  .strict();

const scenarioUser = z
  .object({
    upn,
    displayName: z.string().max(300).optional(),
    groups: z.array(z.string().max(300)).max(5000).default([]),
    roles: z.array(z.string().max(200)).max(100).default([]),
    licenses: z.array(z.string().max(100)).max(100).default([]),
    synced: z.boolean().default(false),
    onPremAdmin: z.boolean().default(false),
    registered: z.partialRecord(methodIdSchema, z.union([z.string().max(320), z.boolean(), z.number().int().min(0).max(5)])).default({}),
    registeredOn: isoDay.nullable().default(null),
  })
  .strict();

const device = z
  .object({
    join: z.enum(['entra', 'hybrid', 'domain', 'none']),
    windowsBuild: z.number().int().min(0).max(1_000_000),
    remote: z.boolean().default(false),
  })
  .strict();

const expectation = z
  .object({
    outcome: z.enum(OUTCOMES),
    rule: z.enum(SIM_RULE_CODES as [SimRuleCode, ...SimRuleCode[]]).optional(),
    notifications: z.array(z.enum(NOTIFICATION_KINDS)).max(2).optional(),
    audit: z.array(z.enum(AUDIT_ACTIVITIES as [string, ...string[]])).max(10).optional(),
  })
  .strict();

const step = z
  .object({
    on: when,
    do: z.enum(ACTIONS),
    user: upn,
    with: z.array(methodIdSchema).max(12).optional(),
    by: upn.optional(),
    device: device.optional(),
    password: z.string().max(1000).optional(),
    questions: z.number().int().min(0).max(5).optional(),
    expect: expectation.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.do === 'adminReset' && s.by === undefined) ctx.addIssue({ code: 'custom', path: ['by'], message: 'is required for adminReset: the UPN of the admin who resets' });
    if (s.do === 'lockScreenReset' && s.device === undefined)
      ctx.addIssue({ code: 'custom', path: ['device'], message: 'is required for lockScreenReset, e.g. { "join": "entra", "windowsBuild": 19045 }' });
  });

export const scenarioSchema = z
  .object({
    name: z.string().trim().min(1, 'give the scenario a name').max(300),
    description: z.string().max(5000).optional(),
    policy: policyOverride.default({}),
    users: z.array(scenarioUser).max(100_000).optional(),
    groups: z.array(tenantGroupSchema.strict()).max(10_000).optional(),
    steps: z.array(step).min(1, 'list at least one step').max(10_000),
  })
  .strict();

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioStep = Scenario['steps'][number];
export type Expectation = z.output<typeof expectation>;

/** Where a scenario is wrong: the dotted field, and the step it belongs to when there is one. */
export class ScenarioError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field || 'top level'}: ${problem}`);
  }
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)), '');
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): ScenarioError {
  const field = fieldOf(issue.path);
  let problem = issue.message;
  if (issue.code === 'unrecognized_keys') problem = `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value') problem = `must be one of ${issue.values.map(String).join(', ')}`;
  const stepIndex = issue.path[0] === 'steps' && typeof issue.path[1] === 'number' ? issue.path[1] : null;
  const steps = (raw as { steps?: unknown[] } | null)?.steps;
  const at = stepIndex !== null && Array.isArray(steps) ? stepLabel(stepIndex, steps[stepIndex]) : '';
  return new ScenarioError(field, at ? `${problem} (${at})` : problem);
}

function stepLabel(index: number, raw: unknown): string {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as { do?: unknown; on?: unknown };
  const what = typeof s.do === 'string' ? ` ${s.do}` : '';
  const on = typeof s.on === 'string' ? ` on ${s.on}` : '';
  return `step ${index + 1}${what}${on}`;
}

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
      if (e instanceof UnknownUserError) throw new ScenarioError(`steps[${index}].${e.field}`, `${e.message} (${stepLabel(index, step)})`);
      throw e;
    }
    return { index, step, decision, failures: unmetExpectations(step.expect, decision) };
  });
  const checked = steps.filter((s) => s.step.expect).length;
  const failed = steps.filter((s) => s.failures.length > 0).length;
  return { name: scenario.name, steps, passed: failed === 0, checked, failed };
}

