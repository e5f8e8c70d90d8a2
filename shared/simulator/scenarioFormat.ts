import { z } from 'zod';
import { methodIdSchema, policySchema } from '../plan/schema';
import { tenantGroupSchema } from '../plan/tenant';
import { SIM_RULE_CODES, type SimRuleCode } from './ruleCodes';
import { ACTIONS, AUDIT_ACTIVITIES, NOTIFICATION_KINDS, OUTCOMES } from './vocabulary';

/** Scenario files (design.md "Scenario files"): a policy override, an optional tenant, and steps with expectations. */

const isoDay = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
const when = z.union([isoDay, z.iso.datetime({ offset: true })], { error: 'must be a date (YYYY-MM-DD) or a date and time (2026-02-01T09:30:00Z)' });
const upn = z.string().trim().min(3, 'must be a user principal name such as ann@contoso.com').max(320);

export const policyOverride = policySchema
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

export const scenarioUser = z
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

export const device = z
  .object({
    join: z.enum(['entra', 'hybrid', 'domain', 'none']),
    windowsBuild: z.number().int().min(0).max(1_000_000),
    remote: z.boolean().default(false),
  })
  .strict();

export const expectation = z
  .object({
    outcome: z.enum(OUTCOMES),
    rule: z.enum(SIM_RULE_CODES as [SimRuleCode, ...SimRuleCode[]]).optional(),
    notifications: z.array(z.enum(NOTIFICATION_KINDS)).max(2).optional(),
    audit: z.array(z.enum(AUDIT_ACTIVITIES as [string, ...string[]])).max(10).optional(),
  })
  .strict();

export const stepFields = z
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
  .strict();

const step = stepFields.superRefine((s, ctx) => {
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
