import { contextBridge, ipcRenderer } from 'electron';
import type { ApiInput, ApiOutputs, RendererApi } from '../shared/api';
import { IPC_CHANNEL, isApiMethod, isRendererMethod, type RendererMethod } from '../shared/api-methods';
import type { ApiResult } from '../shared/errors';

/**
 * Runs in the sandboxed preload, bundled to CommonJS: only 'electron' may be required at run time.
 * The page gets exactly one function; no ipcRenderer, no channel names, no Node.
 */

const api = {
  call<M extends RendererMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<ApiOutputs[M]>> {
    // Refused here as well as in the main process so a page bug shows up without an IPC round trip.
    if (!isRendererMethod(method)) {
      const name = String(method);
      const refused: ApiResult<never> = isApiMethod(name)
        ? { ok: false, error: { code: 'FORBIDDEN', message: `"${name}" is not available to the app window.` } }
        : { ok: false, error: { code: 'UNKNOWN_METHOD', message: `"${name}" is not an API method.` } };
      return Promise.resolve(refused);
    }
    // The main process checks the sender frame and parses `input`; the cast restates the contract for invoke's untyped result.
    return ipcRenderer.invoke(IPC_CHANNEL, { method, input }) as Promise<ApiResult<ApiOutputs[M]>>;
  },
} satisfies RendererApi;

contextBridge.exposeInMainWorld('ssprApi', api);
