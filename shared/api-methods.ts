/**
 * API method names and transport constants without zod, so the sandboxed preload and the renderer
 * can import them without bundling the schemas (shared/api.ts holds those).
 */
/** Every API method, and whether the app window may call it or only trusted Node callers (CLI, main). */
const METHOD_CALLERS = {
  'session.info': 'renderer',
  'plan.get': 'renderer',
  'plan.update': 'renderer',
  'plan.validate': 'renderer',
  'plan.exportJson': 'renderer',
  'plan.importJson': 'renderer',
  'plan.getValue': 'trusted',
  'plan.setValues': 'trusted',
  'plan.open': 'trusted',
  'plan.create': 'trusted',
  'plan.exportJsonFile': 'trusted',
  'plan.importJsonFile': 'trusted',
  'testing.recordRun': 'renderer',
  'testing.evidence': 'renderer',
  'tenant.upload': 'renderer',
  'tenant.importUploads': 'renderer',
  'tenant.discardUploads': 'renderer',
  'tenant.importFiles': 'trusted',
  'tenant.importProgress': 'renderer',
  'tenant.summary': 'renderer',
  'tenant.licenses': 'renderer',
  'tenant.registration': 'renderer',
  'tenant.exportCsv': 'renderer',
  'simulator.runScenarioFiles': 'trusted',
  'simulator.runScenario': 'renderer',
  'simulator.businessCases': 'renderer',
  'simulator.sweep': 'renderer',
  'simulator.sweepCsv': 'renderer',
  'simulator.findUsers': 'renderer',
  'simulator.tryIt': 'renderer',
  'forecast.run': 'renderer',
  'comms.exportEmail': 'renderer',
  'comms.exportAll': 'renderer',
  'comms.exportLanding': 'renderer',
  'comms.exportEmailsTo': 'trusted',
  'comms.exportLandingTo': 'trusted',
  'comms.smtpSettings': 'renderer',
  'comms.sendTest': 'renderer',
  'comms.forgetSmtpPassword': 'renderer',
  'documents.planDocx': 'renderer',
  'documents.cheatSheet': 'renderer',
  'documents.tablesCsv': 'renderer',
  'documents.planDocxTo': 'trusted',
  'documents.cheatSheetTo': 'trusted',
  'documents.tablesCsvTo': 'trusted',
  'recent.list': 'renderer',
  // The renderer may name a path here only because the handler accepts nothing outside the recent list.
  'recent.open': 'renderer',
  'app.openExternal': 'renderer',
  'app.openDialog': 'renderer',
  'app.newDialog': 'renderer',
  'app.saveJsonDialog': 'renderer',
} as const satisfies Record<string, 'renderer' | 'trusted'>;

export type ApiMethod = keyof typeof METHOD_CALLERS;
export type RendererMethod = { [M in ApiMethod]: (typeof METHOD_CALLERS)[M] extends 'renderer' ? M : never }[ApiMethod];

export const API_METHODS = Object.keys(METHOD_CALLERS) as ApiMethod[];

/** Methods the renderer may call; file paths never come from the renderer except through recent.open. */
export const RENDERER_METHODS = API_METHODS.filter((m): m is RendererMethod => METHOD_CALLERS[m] === 'renderer');

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(METHOD_CALLERS, name);
}

export function isRendererMethod(name: string): name is RendererMethod {
  return isApiMethod(name) && METHOD_CALLERS[name] === 'renderer';
}

export const IPC_CHANNEL = 'sspr-api';
export const TOKEN_HEADER = 'x-sspr-token';
