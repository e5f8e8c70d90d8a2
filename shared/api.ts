import { z } from 'zod';
import type { ApiMethod, RendererMethod } from './api-methods';
import type { ApiResult } from './errors';
import type { Finding } from './plan/findings';
import type { JsonValue } from './plan/paths';
import { EMAIL } from './plan/formats';
import { forecastSettingsSchema, methodIdSchema, RUN_RESULTS, type Plan } from './plan/schema';
import type { Forecast } from './simulator/forecast/types';
import type { CaseSimulation } from './simulator/businessCases';
import type { ScenarioReport } from './simulator/scenario';
import type { SweepReport } from './simulator/sweep';
import type { TryItResult } from './simulator/tryIt';
import { ACTIONS } from './simulator/vocabulary';
import type { LicenseReport } from './tenant/coverage';
import type { TenantCounts, TenantImportSummary } from './tenant/importSummary';

/** How far a running tenant import has read. */
export interface ImportProgress {
  file: string;
  bytesDone: number;
  bytesTotal: number;
}

/** The API contract: one zod schema per method input; outputs are typed here and produced only by main/api.ts. */

const planPath = z
  .string()
  .min(1, 'give the path of a plan file')
  .max(4096)
  .refine((p) => !p.includes('\0'), 'a file path cannot contain a NUL character');

/** No plan field nests this deep; zod's json check recurses per level and overflows the stack past ~1,500. */
const MAX_VALUE_DEPTH = 64;
const nestsWithin = (v: unknown, levels: number): boolean =>
  typeof v !== 'object' || v === null || (levels > 0 && Object.values(v).every((x) => nestsWithin(x, levels - 1)));

const change = z.object({
  path: z.string().min(1).max(500),
  value: z
    .unknown()
    .refine((v) => nestsWithin(v, MAX_VALUE_DEPTH), `nests deeper than ${MAX_VALUE_DEPTH} levels`)
    .pipe(z.json()),
});

const uploadId = z.string().regex(/^[a-f0-9-]{36}$/, 'is not an upload id');
/** One upload per file of a tenant export: the users file is required, the rest optional. */
const tenantUploads = z
  .object({
    users: uploadId,
    groupMembers: z.array(z.object({ group: z.string().trim().min(1, 'name the group').max(300), upload: uploadId })).max(5000).default([]),
    licenses: uploadId.optional(),
    roles: uploadId.optional(),
    registration: uploadId.optional(),
  })
  .strict();

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

/** A step of the try-it portal: a scenario step for the chosen user, without expectations. */
const tryItStep = z
  .object({
    on: isoDate,
    do: z.enum(ACTIONS),
    with: z.array(methodIdSchema).max(12).optional(),
    by: z.string().max(320).optional(),
    device: z.object({ join: z.enum(['entra', 'hybrid', 'domain', 'none']), windowsBuild: z.number().int().min(0).max(1_000_000), remote: z.boolean() }).strict().optional(),
    password: z.string().max(1000).optional(),
    questions: z.number().int().min(0).max(5).optional(),
  })
  .strict();

/** The formats campaign emails export to. */
export const EMAIL_FORMATS = ['eml', 'html', 'docx', 'txt'] as const;
export type EmailFormat = (typeof EMAIL_FORMATS)[number];
const emailFormats = z.array(z.enum(EMAIL_FORMATS)).min(1, 'name at least one format').max(4).default([...EMAIL_FORMATS]);

/** The team's SMTP server for test sends; kept per computer, never in the plan. */
export const smtpSettingsInput = z
  .object({
    host: z.string().trim().min(1, 'name the SMTP server').max(255).regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or IP address'),
    port: z.number().int().min(1).max(65_535),
    /** starttls: plain connection upgraded to TLS (port 587); tls: TLS from the start (465); none: no encryption. */
    security: z.enum(['starttls', 'tls', 'none']),
    user: z.string().max(320).regex(/^[^\r\n]*$/, 'must stay on one line'),
  })
  .strict();
export type SmtpSettings = z.infer<typeof smtpSettingsInput>;

export const apiInputs = {
  'session.info': z.object({}).strict(),
  'plan.get': z.object({}).strict(),
  'plan.update': z.object({ changes: z.array(change).min(1).max(500) }).strict(),
  'plan.validate': z.object({}).strict(),
  'plan.exportJson': z.object({}).strict(),
  'plan.importJson': z.object({ json: z.string().max(50_000_000) }).strict(),
  'plan.getValue': z.object({ key: z.string().max(500).optional() }).strict(),
  'plan.setValues': z
    .object({ assignments: z.array(z.object({ key: z.string().min(1).max(500), raw: z.string().max(1_000_000) })).min(1) })
    .strict(),
  'plan.open': z.object({ path: planPath }).strict(),
  'plan.create': z
    .object({ path: planPath, demo: z.boolean().default(false), organization: z.string().max(500).optional() })
    .strict(),
  'plan.exportJsonFile': z.object({ out: planPath }).strict(),
  'plan.importJsonFile': z.object({ file: planPath, path: planPath }).strict(),
  'testing.recordRun': z
    .object({
      caseId: z.string().min(1).max(100),
      result: z.enum(RUN_RESULTS),
      tester: z.string().trim().min(1, 'name the tester').max(200),
      notes: z.string().max(20_000).default(''),
      supportScenarioId: z.string().max(100).default(''),
      leadNote: z.string().max(20_000).default(''),
      evidence: z
        .array(z.object({ name: z.string().trim().min(1).max(255), type: z.string().max(100), dataBase64: z.base64() }))
        .max(20)
        .default([]),
    })
    .strict(),
  'testing.evidence': z.object({ id: z.string().min(1).max(100) }).strict(),
  'tenant.upload': z
    .object({
      /** Absent on a file's first piece; the answer gives the id for the rest. */
      uploadId: uploadId.optional(),
      name: z.string().trim().min(1).max(255),
      offset: z.number().int().min(0),
      dataBase64: z.base64().max(12_000_000),
    })
    .strict(),
  'tenant.importUploads': tenantUploads,
  'tenant.discardUploads': z.object({ uploadIds: z.array(uploadId).max(10_000) }).strict(),
  'tenant.importFiles': z
    .object({
      users: planPath,
      groupMembers: z.array(z.object({ group: z.string().trim().min(1, 'name the group').max(300), file: planPath })).max(5000).default([]),
      licenses: planPath.optional(),
      roles: planPath.optional(),
      registration: planPath.optional(),
    })
    .strict(),
  'tenant.importProgress': z.object({}).strict(),
  'tenant.summary': z.object({}).strict(),
  'tenant.licenses': z.object({ limit: z.number().int().min(0).max(1_000_000).optional() }).strict(),
  'tenant.registration': z.object({}).strict(),
  'tenant.exportCsv': z.object({ list: z.enum(['uncovered', 'notRegistered']) }).strict(),
  'simulator.runScenarioFiles': z.object({ files: z.array(planPath).min(1, 'name at least one scenario file').max(1000) }).strict(),
  'simulator.runScenario': z.object({ json: z.string().max(20_000_000), source: z.string().max(300).default('the scenario') }).strict(),
  'simulator.businessCases': z.object({}).strict(),
  'simulator.sweep': z.object({ on: isoDate }).strict(),
  'simulator.sweepCsv': z.object({ on: isoDate }).strict(),
  'simulator.findUsers': z.object({ query: z.string().max(320), limit: z.number().int().min(1).max(200).default(20) }).strict(),
  'simulator.tryIt': z.object({ user: z.string().min(1).max(320), steps: z.array(tryItStep).max(100) }).strict(),
  'forecast.run': z.object({ settings: forecastSettingsSchema.partial().strict().default({}) }).strict(),
  'comms.exportEmail': z.object({ sendId: z.string().min(1).max(100), format: z.enum(EMAIL_FORMATS) }).strict(),
  'comms.exportAll': z.object({ formats: emailFormats }).strict(),
  'comms.exportLanding': z.object({}).strict(),
  'comms.exportEmailsTo': z.object({ out: planPath, formats: emailFormats }).strict(),
  'comms.exportLandingTo': z.object({ out: planPath }).strict(),
  'comms.smtpSettings': z.object({}).strict(),
  'comms.sendTest': z
    .object({
      sendId: z.string().min(1).max(100),
      to: z.string().trim().max(320).regex(EMAIL, 'must be an email address such as name@contoso.com'),
      smtp: smtpSettingsInput,
      /** Empty to use the password kept in the OS keychain, if any. */
      password: z.string().max(1000).default(''),
      /** Keep the password in the OS keychain (desktop app only). */
      remember: z.boolean().default(false),
    })
    .strict(),
  'comms.forgetSmtpPassword': z.object({}).strict(),
  'documents.planDocx': z.object({}).strict(),
  'documents.cheatSheet': z.object({}).strict(),
  /** One table's id (TABLE_IDS of shared/report/table.ts) for its CSV alone; without it, a zip of every table. */
  'documents.tablesCsv': z.object({ table: z.string().min(1).max(100).optional() }).strict(),
  'documents.planDocxTo': z.object({ out: planPath }).strict(),
  'documents.cheatSheetTo': z.object({ out: planPath }).strict(),
  'documents.tablesCsvTo': z.object({ out: planPath }).strict(),
  'recent.list': z.object({}).strict(),
  'recent.open': z.object({ path: planPath }).strict(),
  'app.openExternal': z.object({ url: z.string().max(2048) }).strict(),
  'app.openDialog': z.object({}).strict(),
  'app.newDialog': z.object({ demo: z.boolean().default(false) }).strict(),
  'app.saveJsonDialog': z.object({}).strict(),
} as const satisfies Record<ApiMethod, z.ZodType>;

export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputs)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiInputs)[M]>;

export interface SessionInfo {
  mode: 'electron' | 'browser' | 'cli';
  /** Absolute path of the open plan, or null when none is open. */
  planPath: string | null;
  planName: string | null;
  /** Native open/save dialogs exist only in the desktop app. */
  dialogs: boolean;
}

export interface PlanState {
  path: string;
  plan: Plan;
  findings: Finding[];
  /** ISO timestamp of the last committed write. */
  savedAt: string;
  tenantUsers: number;
}

export interface TenantImportResult {
  summary: TenantImportSummary;
  state: PlanState;
}

export interface TenantOverview {
  counts: TenantCounts;
  /** The last import, or null when the snapshot did not come from an import (the demo, a JSON import). */
  lastImport: TenantImportSummary | null;
}

/** Registration per wave; long lists of who has not registered come whole only in the CSV export. */
export interface WaveRegistrationView {
  wave: string;
  users: number;
  registered: number;
  notRegistered: number;
  firstNotRegistered: string[];
}

export interface ScenarioFileReport {
  file: string;
  report: ScenarioReport;
}

/** A file made for the user to save, e.g. one exported email or a zip of them. */
export interface ExportedFile {
  fileName: string;
  /** MIME type of the file. */
  type: string;
  dataBase64: string;
}

export interface SmtpState {
  /** The last settings used on this computer, or null before the first test send. */
  settings: SmtpSettings | null;
  /** A password is kept in the OS keychain for these settings. */
  passwordSaved: boolean;
  /** The OS keychain can be used here (desktop app with a working keychain). */
  keychain: boolean;
}

export interface RecentPlan {
  path: string;
  name: string;
  openedAt: string;
}

export interface ApiOutputs {
  'session.info': SessionInfo;
  'plan.get': PlanState;
  'plan.update': PlanState;
  'plan.validate': Finding[];
  'plan.exportJson': { fileName: string; json: string };
  'plan.importJson': PlanState;
  'plan.getValue': JsonValue;
  'plan.setValues': PlanState;
  'plan.open': PlanState;
  'plan.create': PlanState;
  'plan.exportJsonFile': { out: string };
  'plan.importJsonFile': PlanState;
  'testing.recordRun': PlanState;
  'testing.evidence': { name: string; type: string; dataBase64: string };
  'tenant.upload': { uploadId: string; received: number };
  'tenant.importUploads': TenantImportResult;
  'tenant.discardUploads': { discarded: number };
  'tenant.importFiles': TenantImportResult;
  'tenant.importProgress': ImportProgress | null;
  'tenant.summary': TenantOverview;
  'tenant.licenses': LicenseReport;
  'tenant.registration': WaveRegistrationView[];
  'tenant.exportCsv': { fileName: string; csv: string };
  'simulator.runScenarioFiles': ScenarioFileReport[];
  'simulator.runScenario': ScenarioReport;
  'simulator.businessCases': CaseSimulation[];
  'simulator.sweep': SweepReport;
  'simulator.sweepCsv': { fileName: string; csv: string };
  'simulator.findUsers': { upn: string; displayName: string }[];
  'simulator.tryIt': TryItResult;
  'forecast.run': Forecast;
  'comms.exportEmail': ExportedFile;
  'comms.exportAll': ExportedFile & { files: number };
  'comms.exportLanding': ExportedFile & { files: number };
  'comms.exportEmailsTo': { files: string[] };
  'comms.exportLandingTo': { files: string[] };
  'comms.smtpSettings': SmtpState;
  'comms.sendTest': { accepted: string[]; rejected: string[]; response: string };
  'comms.forgetSmtpPassword': SmtpState;
  'documents.planDocx': ExportedFile;
  'documents.cheatSheet': ExportedFile;
  'documents.tablesCsv': ExportedFile & { files: number };
  'documents.planDocxTo': { out: string };
  'documents.cheatSheetTo': { out: string };
  'documents.tablesCsvTo': { files: string[] };
  'recent.list': RecentPlan[];
  'recent.open': PlanState;
  'app.openExternal': { opened: boolean };
  'app.openDialog': PlanState | null;
  'app.newDialog': PlanState | null;
  'app.saveJsonDialog': { out: string } | null;
}

/** What the preload exposes as `window.ssprApi` and the browser client implements over fetch. */
export interface RendererApi {
  call<M extends RendererMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<ApiOutputs[M]>>;
}
