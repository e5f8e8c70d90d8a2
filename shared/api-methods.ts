/**
 * API method names and transport constants without zod, so the sandboxed preload and the renderer
 * can import them without bundling the schemas (shared/api.ts holds those).
 */
export const API_METHODS = [
  'session.info',
  'plan.get',
  'plan.update',
  'plan.validate',
  'plan.exportJson',
  'plan.importJson',
  'plan.getValue',
  'plan.setValues',
  'plan.open',
  'plan.create',
  'plan.exportJsonFile',
  'plan.importJsonFile',
  'recent.list',
  'recent.open',
  'app.openExternal',
  'app.openDialog',
  'app.newDialog',
  'app.saveJsonDialog',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

/** Methods the renderer may call; file paths never come from the renderer except through recent.open. */
export const RENDERER_METHODS = [
  'session.info',
  'plan.get',
  'plan.update',
  'plan.validate',
  'plan.exportJson',
  'plan.importJson',
  'recent.list',
  'recent.open',
  'app.openExternal',
  'app.openDialog',
  'app.newDialog',
  'app.saveJsonDialog',
] as const satisfies readonly ApiMethod[];

export type RendererMethod = (typeof RENDERER_METHODS)[number];

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}

export function isRendererMethod(name: string): name is RendererMethod {
  return (RENDERER_METHODS as readonly string[]).includes(name);
}

export const IPC_CHANNEL = 'sspr-api';
export const TOKEN_HEADER = 'x-sspr-token';
