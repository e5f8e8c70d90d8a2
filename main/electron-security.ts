import path from 'node:path';
import type { CustomScheme } from 'electron';
import type { ApiResult, ErrorCode } from '../shared/errors';

/**
 * The Electron shell's security decisions as pure functions, so each one is unit-tested without
 * an Electron binary. Only `import type` from 'electron' here: this module must load under Node.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'planner';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * `standard` gives the scheme a real origin (storage, relative URLs); `secure` makes it a secure
 * context; `supportFetchAPI` lets the renderer load modules. `corsEnabled` stays off on purpose:
 * it would make responses readable cross-origin.
 */
export const PRIVILEGED_SCHEME: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/**
 * True for URLs the app itself serves. Compared by parts because Node's URL gives non-special
 * schemes the opaque origin "null", so `url.origin === 'app://planner'` would never match.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && url.port === '' && url.username === '' && url.password === ''
  );
}

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * An IPC message is trusted only from the main frame of our own window showing our own page:
 * a subframe, another window or a page that somehow navigated elsewhere gets nothing.
 * A null frame means it navigated or was destroyed after sending, so it is refused too.
 */
export function isTrustedSender(frame: SenderFrame | null, senderContentsId: number, windowContentsId: number | null): boolean {
  if (frame === null || windowContentsId === null) return false;
  if (senderContentsId !== windowContentsId) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

export interface IpcRequest {
  method: string;
  input: unknown;
}

/** The envelope the preload sends; anything else means a renderer that is not ours. */
export function parseIpcRequest(raw: unknown): IpcRequest | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const keys = Object.keys(raw);
  if (keys.some((key) => key !== 'method' && key !== 'input')) return null;
  const { method, input } = raw as { method?: unknown; input?: unknown };
  if (typeof method !== 'string' || method.length === 0 || method.length > 100) return null;
  return { method, input };
}

export function errorResult(code: ErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

export const PLAN_EXTENSION = '.ssprplan';

/**
 * The plan the OS asked us to open: the first argument that is not a flag and names a plan file.
 * Scans everything after argv[0] because Electron puts the app path there in development but not
 * when packaged; neither ends in .ssprplan.
 */
export function planPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(PLAN_EXTENSION)) return path.resolve(cwd, arg);
  }
  return null;
}

/**
 * Requests the session may make. Everything the page needs comes from our scheme or is inline
 * (data:/blob: images); devtools: keeps the developer tools working. Nothing goes to the network.
 */
export function isAllowedRequestUrl(raw: string): boolean {
  if (isAppUrl(raw)) return true;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'devtools:';
}

/** Gives a save-dialog result the plan extension when the user typed a bare name. */
export function withPlanExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(PLAN_EXTENSION) ? filePath : `${filePath}${PLAN_EXTENSION}`;
}
