import type { ApiInput, ApiOutputs, RendererApi } from '../../shared/api';
import { TOKEN_HEADER, type RendererMethod } from '../../shared/api-methods';
import { ApiError, type ApiResult } from '../../shared/errors';
import { clientStrings } from './strings';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    ssprApi?: RendererApi;
  }
}

const TOKEN_KEY = 'sspr-token';

/**
 * The browser-mode token arrives once in the page URL (`?token=…`). It is kept in sessionStorage so a
 * reload still works, and taken out of the address bar so it does not end up in screenshots or history.
 */
function readToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function isApiResult(body: unknown): body is ApiResult<unknown> {
  return typeof body === 'object' && body !== null && 'ok' in body && typeof body.ok === 'boolean';
}

function createHttpApi(): RendererApi {
  const token = readToken();
  return {
    async call<M extends RendererMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<ApiOutputs[M]>> {
      if (!token) return { ok: false, error: { code: 'UNAUTHORIZED', message: clientStrings.noToken } };
      let response: Response;
      try {
        response = await fetch(`./api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input),
        });
      } catch {
        return { ok: false, error: { code: 'NOT_AVAILABLE', message: clientStrings.hostUnreachable } };
      }
      // The host answers every call, 4xx included, with an ApiResult body.
      const body: unknown = await response.json().catch(() => null);
      if (!isApiResult(body)) return { ok: false, error: { code: 'INTERNAL', message: clientStrings.badAnswer(response.status) } };
      return body as ApiResult<ApiOutputs[M]>;
    },
  };
}

let api: RendererApi | null = null;

function getApi(): RendererApi {
  api ??= window.ssprApi ?? createHttpApi();
  return api;
}

/** True in the desktop app, where native dialogs and the OS browser are reachable. */
export function isDesktop(): boolean {
  return window.ssprApi !== undefined;
}

/** Calls one API method; resolves with its value or rejects with an ApiError carrying `{ code, message }`. */
export async function call<M extends RendererMethod>(method: M, input: ApiInput<M>): Promise<ApiOutputs[M]> {
  const result = await getApi().call(method, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
}

/** The message to show for anything a call or an action threw. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : clientStrings.unexpected;
}

export function errorCode(error: unknown): string | null {
  return error instanceof ApiError ? error.code : null;
}
