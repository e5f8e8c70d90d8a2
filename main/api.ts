import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { apiInputs, type ApiOutputs, type ApiParsedInput, type PlanState } from '../shared/api';
import { isApiMethod, isRendererMethod, type ApiMethod } from '../shared/api-methods';
import { ApiError, type ApiResult } from '../shared/errors';
import { createDefaultPlan } from '../shared/plan/defaults';
import { createDemoPlan } from '../shared/plan/demo';
import { createDemoTenant } from '../shared/plan/demoTenant';
import { getAtPath, keyToPath, parseCliValue, PathError, setAtPath, type JsonValue } from '../shared/plan/paths';
import { validatePlan } from '../shared/plan/rules';
import { PLAN_SECTION_KEYS, planSchema, type Plan, type TestRun } from '../shared/plan/schema';
import { EMPTY_TENANT, type Tenant } from '../shared/plan/tenant';
import { isAllowedExternalUrl } from '../shared/urls';
import { localToday } from '../shared/today';
import { acceptEvidence } from './evidence';
import { writeTextFile } from './files';
import { issuePath, planFromJson, planToJson, type PlanContents } from './plan-json';
import { RecentPlans } from './recent';
import { PlanStore, type StoreOptions } from './store/plan-store';
import { licenseReport } from '../shared/tenant/coverage';
import { tenantCounts } from '../shared/tenant/importSummary';
import { tenantCsv } from '../shared/tenant/tenantCsv';
import type { TenantFiles } from './tenant/import';
import { registrationView, sourceOnDisk, TenantImporter, tenantFiles } from './tenant/service';
import { Uploads } from './tenant/uploads';
import { simulatorHandlers } from './api-simulator';
import { forecastPlan } from '../shared/simulator/forecast';
import { commsExportHandlers } from './api-comms';
import { documentsHandlers } from './api-documents';
import { smtpHandlers } from './api-smtp';
import type { Keychain } from './smtp-settings';
import { settleSchedule } from '../shared/comms/schedule';

export interface ElectronCapabilities {
  pickOpenPath(): Promise<string | null>;
  pickNewPath(): Promise<string | null>;
  pickSaveJsonPath(defaultName: string): Promise<string | null>;
  openExternal(url: string): Promise<void>;
}

export interface ApiContext {
  mode: 'electron' | 'browser' | 'cli';
  dataDir: string;
  electron?: ElectronCapabilities;
  store?: StoreOptions;
  /** The OS keychain, only in the desktop app where one works; without it SMTP passwords are kept nowhere. */
  keychain?: Keychain;
}

export interface Api {
  /** Parses input with the method's zod schema; renderer callers may use only RENDERER_METHODS. Never throws. */
  call(method: string, input: unknown, caller: 'renderer' | 'trusted'): Promise<ApiResult<unknown>>;
  /** Typed call for trusted Node callers (CLI, host start-up); throws ApiError. */
  invoke<M extends ApiMethod>(method: M, input: unknown): Promise<ApiOutputs[M]>;
  currentPlanPath(): string | null;
  close(): void;
}

interface Session {
  store: PlanStore;
  plan: Plan;
  tenant: Tenant;
}

type Handlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutputs[M] | Promise<ApiOutputs[M]> };

/** Applies dotted-path changes and validates the result; the plan is untouched on any error. */
function applyChanges(plan: Plan, changes: { path: string; value: unknown }[]): Plan {
  let next = plan;
  for (const change of changes) {
    let parts: string[];
    try {
      parts = keyToPath(change.path);
      if (parts[0] === 'schemaVersion') throw new PathError('the schema version is set by the app');
      next = setAtPath(next, parts, change.value);
    } catch (e) {
      if (e instanceof PathError) throw new ApiError('KEY_UNKNOWN', `${change.path}: ${e.message}.`);
      throw e;
    }
  }
  const result = planSchema.safeParse(next);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ApiError('VALUE_INVALID', `${issuePath('', issue)}: ${issue?.message ?? 'invalid value'}; nothing was saved.`);
  }
  // Parsing copies every section; sections the changes did not touch keep their identity, so only
  // changed sections are saved and figures kept per section (license coverage) stay valid.
  // Sends that follow their phase move with it, so a new phase start can change the communications too.
  const settled = settleSchedule(plan, result.data);
  const kept = { ...settled };
  for (const key of PLAN_SECTION_KEYS) if (next[key] === plan[key] && settled[key] === result.data[key]) Object.assign(kept, { [key]: plan[key] });
  return kept;
}

/** Everything a whole-plan export holds, evidence files included. */
function contentsOf(s: Session): PlanContents {
  return { plan: s.plan, tenant: s.tenant, evidence: s.store.allEvidence() };
}

function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError('INTERNAL', `Unexpected error: ${(e as Error)?.message ?? String(e)}`);
}

export function createApi(ctx: ApiContext): Api {
  let session: Session | null = null;
  const recent = new RecentPlans(ctx.dataDir);
  const importer = new TenantImporter();
  const uploads = new Uploads();

  const current = (): Session => {
    if (!session) throw new ApiError('NO_PLAN_OPEN', 'No plan is open. Open or create a plan first.');
    return session;
  };

  const state = (s: Session): PlanState => ({
    path: s.store.path,
    plan: s.plan,
    findings: validatePlan(s.plan, s.tenant, localToday()),
    savedAt: s.store.savedAt,
    tenantUsers: s.tenant.users.length,
  });

  const adopt = (store: PlanStore): PlanState => {
    const { plan, tenant } = store.read();
    session?.store.close();
    session = { store, plan, tenant };
    if (ctx.mode !== 'cli') recent.remember(store.path, plan.overview.organization || path.basename(store.path));
    return state(session);
  };

  const openPath = (p: string) => adopt(PlanStore.open(path.resolve(p), ctx.store));

  const update = (changes: { path: string; value: unknown }[]): PlanState => {
    const s = current();
    const next = applyChanges(s.plan, changes);
    s.store.saveSections(s.plan, next);
    s.plan = next;
    return state(s);
  };

  const importTenant = async (files: TenantFiles) => {
    const s = current();
    const summary = await importer.run(s, files, () => session === s);
    return { summary, state: state(s) };
  };

  /** The day of the last tenant import: the forecast's "as of" in the app and in the plan document alike. */
  const importedOn = (s: Session): string | null => s.store.readImportSummary()?.importedAt.slice(0, 10) ?? null;

  const planBaseName = (s: Session) => path.basename(s.store.path, path.extname(s.store.path));

  const commsView = () => {
    const s = current();
    return { plan: s.plan, baseName: planBaseName(s) };
  };

  const electron = (): ElectronCapabilities => {
    if (!ctx.electron) throw new ApiError('NOT_AVAILABLE', 'File dialogs exist only in the desktop app.');
    return ctx.electron;
  };

  const handlers: Handlers = {
    'session.info': () => ({
      mode: ctx.mode,
      planPath: session?.store.path ?? null,
      planName: session ? session.plan.overview.organization || path.basename(session.store.path) : null,
      dialogs: ctx.electron !== undefined,
    }),
    'plan.get': () => state(current()),
    'plan.update': ({ changes }) => update(changes),
    'plan.validate': () => {
      const s = current();
      return validatePlan(s.plan, s.tenant, localToday());
    },
    'plan.exportJson': () => {
      const s = current();
      return { fileName: `${planBaseName(s)}.json`, json: planToJson(contentsOf(s)) };
    },
    'plan.importJson': ({ json }) => {
      const s = current();
      const { plan, tenant, evidence } = planFromJson(json, 'The imported JSON');
      s.store.replaceAll(plan, tenant, evidence);
      s.plan = plan;
      s.tenant = tenant;
      return state(s);
    },
    'plan.getValue': ({ key }) => {
      const s = current();
      if (key === undefined) return s.plan as unknown as JsonValue;
      try {
        return getAtPath(s.plan, keyToPath(key)) as JsonValue;
      } catch (e) {
        if (e instanceof PathError) throw new ApiError('KEY_UNKNOWN', `${key}: ${e.message}.`);
        throw e;
      }
    },
    'plan.setValues': ({ assignments }) => {
      const s = current();
      // A value that parses as JSON but does not fit (group=123) is retried as the text typed.
      let plan = s.plan;
      for (const { key, raw } of assignments) {
        const parsed = parseCliValue(raw);
        try {
          plan = applyChanges(plan, [{ path: key, value: parsed }]);
        } catch (e) {
          if (!(e instanceof ApiError) || e.code !== 'VALUE_INVALID' || typeof parsed === 'string') throw e;
          plan = applyChanges(plan, [{ path: key, value: raw }]);
        }
      }
      s.store.saveSections(s.plan, plan);
      s.plan = plan;
      return state(s);
    },
    'plan.open': ({ path: p }) => openPath(p),
    'plan.create': ({ path: p, demo, organization }) => {
      const plan = demo ? createDemoPlan(organization ?? 'Contoso') : createDefaultPlan(organization ?? '');
      const tenant = demo ? createDemoTenant() : EMPTY_TENANT;
      const target = path.resolve(p);
      return adopt(PlanStore.create(target, plan, tenant, ctx.store));
    },
    'plan.exportJsonFile': ({ out }) => {
      return { out: writeTextFile(out, planToJson(contentsOf(current()))) };
    },
    'plan.importJsonFile': ({ file, path: p }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw new ApiError('FILE_UNREADABLE', `Cannot read ${file}: ${(e as Error).message}`);
      }
      const { plan, tenant, evidence } = planFromJson(text, file);
      const target = path.resolve(p);
      try {
        return adopt(PlanStore.create(target, plan, tenant, ctx.store, evidence));
      } catch (e) {
        if (!(e instanceof ApiError) || e.code !== 'PLAN_EXISTS') throw e;
      }
      const store = PlanStore.open(target, ctx.store);
      try {
        store.replaceAll(plan, tenant, evidence);
      } catch (e) {
        store.close();
        throw e;
      }
      return adopt(store);
    },
    'testing.recordRun': ({ evidence, ...run }) => {
      const s = current();
      if (!s.plan.testing.cases.some((c) => c.id === run.caseId)) {
        throw new ApiError('VALUE_INVALID', `There is no test case "${run.caseId}" in the plan.`);
      }
      const { refs, blobs } = acceptEvidence(evidence);
      const recorded: TestRun = { id: `run-${randomUUID()}`, at: new Date().toISOString(), ...run, evidence: refs };
      const next = applyChanges(s.plan, [{ path: 'testing.runs', value: [...s.plan.testing.runs, recorded] }]);
      s.store.saveSections(s.plan, next, blobs);
      s.plan = next;
      return state(s);
    },
    'testing.evidence': ({ id }) => {
      const s = current();
      const ref = s.plan.testing.runs.flatMap((r) => r.evidence).find((e) => e.id === id);
      const data = ref ? s.store.readEvidence(id) : null;
      if (!ref || !data) throw new ApiError('KEY_UNKNOWN', `The plan holds no evidence file "${id}".`);
      return { name: ref.name, type: ref.type, dataBase64: data.toString('base64') };
    },
    'tenant.upload': ({ uploadId, name, offset, dataBase64 }) => uploads.append(uploadId, name, offset, Buffer.from(dataBase64, 'base64')),
    'tenant.importUploads': async (input) => {
      const ids = [input.users, ...input.groupMembers.map((m) => m.upload), input.licenses, input.roles, input.registration];
      const refs = { ...input, groupMembers: input.groupMembers.map((m) => ({ group: m.group, ref: m.upload })) };
      try {
        return await importTenant(tenantFiles(refs, (id) => uploads.source(id)));
      } finally {
        uploads.discard(ids.filter((id): id is string => id !== undefined));
      }
    },
    'tenant.discardUploads': ({ uploadIds }) => ({ discarded: uploads.discard(uploadIds) }),
    'tenant.importFiles': (input) =>
      importTenant(tenantFiles({ ...input, groupMembers: input.groupMembers.map((m) => ({ group: m.group, ref: m.file })) }, sourceOnDisk)),
    'tenant.importProgress': () => importer.progress,
    'tenant.summary': () => {
      const s = current();
      return { counts: tenantCounts(s.tenant), lastImport: s.store.readImportSummary() };
    },
    'tenant.licenses': ({ limit }) => {
      const s = current();
      const report = licenseReport(s.plan, s.tenant);
      return limit === undefined ? report : { ...report, uncovered: report.uncovered.slice(0, limit) };
    },
    'tenant.registration': () => {
      const s = current();
      return registrationView(s.plan, s.tenant);
    },
    'tenant.exportCsv': ({ list }) => {
      const s = current();
      const suffix = list === 'uncovered' ? 'unlicensed-users' : 'not-registered-users';
      return { fileName: `${planBaseName(s)}-${suffix}.csv`, csv: tenantCsv(list, s.plan, s.tenant) };
    },
    ...simulatorHandlers(() => {
      const s = current();
      return { plan: s.plan, tenant: s.tenant, baseName: planBaseName(s) };
    }),
    ...commsExportHandlers(commsView),
    ...smtpHandlers(commsView, ctx.dataDir, ctx.keychain),
    ...documentsHandlers(() => {
      const s = current();
      const today = localToday();
      return {
        plan: s.plan,
        tenant: s.tenant,
        findings: validatePlan(s.plan, s.tenant, today),
        today,
        savedAt: s.store.savedAt,
        asOf: importedOn(s) ?? today,
        baseName: planBaseName(s),
      };
    }),
    'forecast.run': ({ settings }) => {
      const s = current();
      return forecastPlan({ ...s.plan, forecast: { ...s.plan.forecast, ...settings } }, s.tenant, importedOn(s) ?? localToday());
    },
    'recent.list': () => recent.list(),
    'recent.open': ({ path: p }) => {
      // The renderer may only reopen what the user opened before, never name an arbitrary file.
      if (!recent.has(p)) throw new ApiError('FORBIDDEN', `${p} is not in the recent plans list.`);
      return openPath(p);
    },
    'app.openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw new ApiError('URL_REFUSED', `Only https and mailto links can be opened; "${url}" was refused.`);
      await electron().openExternal(url);
      return { opened: true };
    },
    'app.openDialog': async () => {
      const p = await electron().pickOpenPath();
      return p === null ? null : openPath(p);
    },
    'app.newDialog': async ({ demo }) => {
      const p = await electron().pickNewPath();
      return p === null ? null : handlers['plan.create']({ path: p, demo });
    },
    'app.saveJsonDialog': async () => {
      const s = current();
      const p = await electron().pickSaveJsonPath(`${planBaseName(s)}.json`);
      return p === null ? null : handlers['plan.exportJsonFile']({ out: p });
    },
  };

  const invoke = async <M extends ApiMethod>(method: M, input: unknown): Promise<ApiOutputs[M]> => {
    const parsed = apiInputs[method].safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiError('INPUT_INVALID', `${method}: ${issuePath('', issue) || 'input'} ${issue?.message ?? 'is invalid'}`);
    }
    const handler = handlers[method] as (i: unknown) => ApiOutputs[M] | Promise<ApiOutputs[M]>;
    return handler(parsed.data);
  };

  return {
    async call(method, input, caller) {
      try {
        if (!isApiMethod(method)) {
          throw new ApiError('UNKNOWN_METHOD', `There is no API method "${method}".`);
        }
        if (caller === 'renderer' && !isRendererMethod(method)) {
          throw new ApiError('FORBIDDEN', `"${method}" cannot be called from the window.`);
        }
        return { ok: true, value: await invoke(method, input) };
      } catch (e) {
        const err = toApiError(e);
        return { ok: false, error: { code: err.code, message: err.message } };
      }
    },
    invoke: async (method, input) => {
      try {
        return await invoke(method, input);
      } catch (e) {
        throw toApiError(e);
      }
    },
    currentPlanPath: () => session?.store.path ?? null,
    close() {
      uploads.close();
      session?.store.close();
      session = null;
    },
  };
}
