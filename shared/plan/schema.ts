import { z } from 'zod';
import { METHOD_IDS } from './methods';
import { CHECKLIST_STEP_KEYS } from './checklist';
import { EMAIL } from './formats';

/**
 * The deployment plan, one schema per section of sspr-domain.md §5.
 * Bump PLAN_SCHEMA_VERSION together with a new store migration.
 */
export const PLAN_SCHEMA_VERSION = 2;

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
const optionalDate = isoDate.nullable();
const text = z.string().max(20_000);
const shortText = z.string().max(500);
const id = z.string().min(1).max(100);
const count = z.number().int().min(0).max(99);

export const methodIdSchema = z.enum(METHOD_IDS);

export const overviewSchema = z.object({
  organization: shortText,
  tenantDomain: shortText,
  environment: z.enum(['cloud', 'hybrid']),
  otherIdentitySystems: z.array(shortText).max(50),
  pilotStart: optionalDate,
  launch: optionalDate,
  fullRollout: optionalDate,
  landingPageUrl: shortText,
  helpdeskContact: shortText,
});

export const businessCaseSchema = z.object({
  passwordCallsPerMonth: z.number().int().min(0).max(10_000_000),
  costPerCall: z.number().min(0).max(100_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as USD'),
});

export const WORKSTREAMS = ['licensing', 'configuration', 'communications', 'testing', 'support', 'reporting'] as const;
export const raciSchema = z.enum(['R', 'A', 'C', 'I', '']);

export const stakeholderSchema = z.object({
  id,
  name: shortText,
  title: shortText,
  // Empty until known, otherwise a real address: the renderer refuses anything else at the field.
  email: z.union([z.literal(''), z.string().max(320).regex(EMAIL, 'must be an email address such as name@contoso.com')]),
  role: shortText,
  contributes: text,
  accountableFor: text,
  raci: z.object(Object.fromEntries(WORKSTREAMS.map((w) => [w, raciSchema])) as Record<
    (typeof WORKSTREAMS)[number],
    typeof raciSchema
  >),
  signOff: z.enum(['pending', 'signed', 'declined']),
  signOffDate: optionalDate,
});

export const skuSchema = z.object({
  skuPartNumber: z.string().min(1).max(100),
  name: shortText,
  /** Cloud-only users may reset a forgotten password. */
  cloudReset: z.boolean(),
  /** Hybrid users may reset with writeback to on-premises AD. */
  hybridWriteback: z.boolean(),
  seatsOwned: z.number().int().min(0).max(100_000_000),
});

export const licensingSchema = z.object({
  skus: z.array(skuSchema).max(200),
  licensedGroups: z.array(z.object({ group: shortText, skus: z.array(shortText).max(50) })).max(500),
  inScopePopulation: z.number().int().min(0).max(100_000_000),
});

export const policySchema = z.object({
  scope: z.enum(['none', 'selected', 'all']),
  group: shortText,
  methods: z.array(methodIdSchema).max(METHOD_IDS.length),
  // Counts are only bounded loosely here: the allowed ranges of §2 are validation findings, so a plan
  // that breaks them still opens and shows what to fix.
  methodsToRegister: count,
  methodsToReset: count,
  questionsToRegister: count,
  questionsToReset: count,
  predefinedQuestions: z.array(shortText).max(100),
  customQuestions: z.array(shortText).max(100),
  requireRegistration: z.boolean(),
  /** Set when an admin pre-populates authentication data, which makes enforced registration optional. */
  prepopulated: z.boolean(),
  reconfirmDays: z.number().int().min(0).max(100_000),
  notifyUsers: z.boolean(),
  notifyAdmins: z.boolean(),
  helpdesk: z.boolean(),
  helpdeskLink: shortText,
  writeback: z.boolean(),
  unlockWithoutReset: z.boolean(),
  lockScreenReset: z.enum(['off', 'intune', 'registry']),
});

export const EMAIL_KINDS = ['comingSoon', 'availableNow', 'reminder', 'custom'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** Text that ends up in a mail header: a line break there would let text into other headers. */
const headerText = (max: number) => z.string().max(max).regex(/^[^\r\n]*$/, 'must stay on one line');

/** Days from a phase's start to a send; negative is before the launch. */
const offsetDays = z.number().int().min(-365).max(365);

/**
 * The wording of one campaign email. The three campaign kinds ship in templates/; a plan keeps a
 * template here only once the team edits it (same id as its kind) or adds a custom one.
 */
export const emailTemplateSchema = z.object({
  id,
  kind: z.enum(EMAIL_KINDS),
  name: headerText(200),
  subject: headerText(300),
  /** The line mail clients show after the subject in the inbox list. */
  preheader: headerText(300),
  body: z.string().max(50_000),
  /** When this email goes out for each phase, in days from the phase's start. */
  offsets: z.array(offsetDays).max(10),
});

export const campaignEmailSchema = z.object({
  id,
  kind: z.enum(EMAIL_KINDS),
  name: shortText,
  phaseId: shortText,
  sendDate: optionalDate,
  /** The template whose wording this send uses; '' for the template of its kind. */
  templateId: shortText.default(''),
  /** Set when the send follows its phase's start: the send date moves with the phase. */
  offsetDays: offsetDays.nullable().default(null),
  /** Ticked once the email went out, so a passed send date is not reported as overdue. */
  sent: z.boolean().default(false),
});

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/gif'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];
export const MAX_LOGO_BYTES = 500 * 1024;

/** Bytes each logo type starts with, so a renamed file of another kind is refused. */
const LOGO_SIGNATURES: Record<LogoType, string> = {
  'image/png': '\x89PNG',
  'image/jpeg': '\xff\xd8\xff',
  'image/gif': 'GIF8',
};

/** Whether a file's first bytes (as a binary string, one character per byte) are those of `type`. */
export function startsLikeLogo(type: LogoType, head: string): boolean {
  return head.startsWith(LOGO_SIGNATURES[type]);
}

export const logoSchema = z
  .object({
    name: headerText(255),
    type: z.enum(LOGO_TYPES),
    dataBase64: z.base64().max(Math.ceil(MAX_LOGO_BYTES / 3) * 4, 'must be smaller than 500 KB'),
  })
  .refine((logo) => startsLikeLogo(logo.type, atob(logo.dataBase64.slice(0, 8))), {
    message: 'is not a PNG, JPEG or GIF image of the type it claims',
  });

export const communicationsSchema = z.object({
  senderName: headerText(200),
  senderEmail: shortText,
  brandColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #RRGGBB'),
  logo: logoSchema.nullable().default(null),
  templates: z.array(emailTemplateSchema).max(100).default([]),
  emails: z.array(campaignEmailSchema).max(500),
});

export const PHASE_KINDS = ['pilot', 'wave', 'all'] as const;

export const testCaseSchema = z.object({
  id,
  title: shortText,
  preconditions: text,
  steps: text,
  expected: text,
  network: z.enum(['inside', 'outside', 'any']),
  device: shortText,
  phase: z.enum(PHASE_KINDS),
  scenario: shortText,
});

export const RUN_RESULTS = ['pass', 'fail', 'blocked', 'notRun'] as const;
export type RunResult = (typeof RUN_RESULTS)[number];

/** A file kept inside the plan (SQLite table `evidence`); the run holds only this reference. */
export const evidenceRefSchema = z.object({
  id,
  name: z.string().min(1).max(255),
  type: z.string().max(100),
  size: z.number().int().min(0),
});

export const testRunSchema = z.object({
  id,
  caseId: id,
  result: z.enum(RUN_RESULTS),
  tester: z.string().trim().min(1, 'name the tester').max(200),
  /** When the run was recorded, ISO date and time. */
  at: z.iso.datetime({ offset: true, error: 'must be a date and time such as 2027-01-12T09:30:00Z' }),
  notes: text,
  evidence: z.array(evidenceRefSchema).max(20),
  /** For a failed run: the support scenario it relates to ('' for none). */
  supportScenarioId: shortText,
  /** For a failed run: a note for the project lead. */
  leadNote: text,
});

export const testingSchema = z.object({
  /** A non-admin account: admins get the stricter admin policy, so they cannot stand in for users. */
  testAccount: shortText,
  cases: z.array(testCaseSchema).max(1000),
  /** Every run ever recorded, oldest first; the latest run of a case is its status. Plans from before test runs have none. */
  runs: z.array(testRunSchema).max(100_000).default([]),
});

export const supportScenarioSchema = z.object({
  id,
  title: shortText,
  description: text,
  causes: text,
  resolution: text,
  handledBy: shortText,
});

export const supportSchema = z.object({
  networkAccess: text,
  scenarios: z.array(supportScenarioSchema).max(500),
  roles: z.array(z.object({ businessRole: shortText, entraRole: shortText })).max(100),
});

export const BACKUP_KINDS = ['auditing', 'reporting', 'disasterRecovery'] as const;

export const backupRowSchema = z.object({
  kind: z.enum(BACKUP_KINDS),
  frequencyDays: z.number().int().min(0).max(3650).nullable(),
  targetSystem: shortText,
  responsible: shortText,
});

export const reportingSchema = z.object({
  auditRetentionDays: z.number().int().min(1).max(3650),
  backups: z.array(backupRowSchema).max(50),
});

export const phaseSchema = z.object({
  id,
  name: shortText,
  kind: z.enum(PHASE_KINDS),
  group: shortText,
  start: optionalDate,
  end: optionalDate,
  exitCriteria: z.array(shortText).max(50),
});

export const checklistItemSchema = z.object({
  id,
  phaseId: id,
  /** A standard step of shared/plan/checklist.ts, or `custom` with its own title. */
  step: z.enum([...CHECKLIST_STEP_KEYS, 'custom']),
  title: shortText,
  owner: shortText,
  due: optionalDate,
  done: z.boolean(),
});

const rate = z.number().min(0).max(1);

/**
 * The adoption forecast's assumptions (Rollout → Forecast), each explained where it is edited. Plans
 * saved before the forecast existed read with these defaults (no migration: a missing section row
 * takes the default).
 */
export const forecastSettingsSchema = z.object({
  seed: z.number().int().min(0).max(2_147_483_647),
  runs: z.number().int().min(10).max(10_000),
  horizonDays: z.number().int().min(14).max(730),
  /** Daily chance that an enabled user signs in (and, with enforced registration, is prompted). */
  signInRate: rate,
  /** Chance that a prompted user completes registration at that sign-in rather than skipping it. */
  promptCompletion: rate,
  /** Share of a send's not-yet-registered audience who register because of that email. */
  sendResponse: rate,
  /** Days for a send's pull to halve. */
  responseHalfLifeDays: z.number().min(0.5).max(60),
  /** Daily chance that an enabled user registers unprompted (word of mouth, intranet, help desk). */
  baselineDaily: z.number().min(0).max(0.2),
  /** How far the rates above may be off, as a share of each, drawn per run: the width of the band. */
  uncertainty: rate,
  /** Share of password calls to the help desk that a registered user no longer makes. */
  callDeflection: rate,
});

export const DEFAULT_FORECAST_SETTINGS: z.infer<typeof forecastSettingsSchema> = {
  seed: 20_270_111,
  runs: 1000,
  horizonDays: 120,
  signInRate: 0.6,
  promptCompletion: 0.85,
  sendResponse: 0.2,
  responseHalfLifeDays: 2,
  baselineDaily: 0.003,
  uncertainty: 0.25,
  callDeflection: 0.7,
};

export const rolloutSchema = z.object({
  phases: z.array(phaseSchema).max(100),
  // Plans from before the checklist existed open with an empty one.
  checklist: z.array(checklistItemSchema).max(2000).default([]),
});

export const planSchema = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  overview: overviewSchema,
  businessCase: businessCaseSchema,
  stakeholders: z.array(stakeholderSchema).max(500),
  licensing: licensingSchema,
  policy: policySchema,
  communications: communicationsSchema,
  testing: testingSchema,
  support: supportSchema,
  reporting: reportingSchema,
  rollout: rolloutSchema,
  // Its own section so that editing an assumption leaves the figures kept per rollout section alone.
  forecast: forecastSettingsSchema.default(DEFAULT_FORECAST_SETTINGS),
});

export type Plan = z.infer<typeof planSchema>;
export type Policy = z.infer<typeof policySchema>;
export type Stakeholder = z.infer<typeof stakeholderSchema>;
export type Sku = z.infer<typeof skuSchema>;
export type CampaignEmail = z.infer<typeof campaignEmailSchema>;
export type EmailTemplate = z.infer<typeof emailTemplateSchema>;
export type Logo = z.infer<typeof logoSchema>;
export type Communications = z.infer<typeof communicationsSchema>;
export type TestCase = z.infer<typeof testCaseSchema>;
export type TestRun = z.infer<typeof testRunSchema>;
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;
export type SupportScenario = z.infer<typeof supportScenarioSchema>;
export type BackupRow = z.infer<typeof backupRowSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type ForecastSettings = z.infer<typeof forecastSettingsSchema>;

/** The top-level keys of a plan that hold its sections; each is stored as one row. */
export const PLAN_SECTION_KEYS = [
  'overview',
  'businessCase',
  'stakeholders',
  'licensing',
  'policy',
  'communications',
  'testing',
  'support',
  'reporting',
  'rollout',
  'forecast',
] as const satisfies readonly Exclude<keyof Plan, 'schemaVersion'>[];

export type PlanSectionKey = (typeof PLAN_SECTION_KEYS)[number];
