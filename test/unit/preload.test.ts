import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { RendererApi } from '../../shared/api';
import { IPC_CHANNEL, type RendererMethod } from '../../shared/api-methods';
import type { ApiResult } from '../../shared/errors';
// Imported for its side effect: exposing the API through the mocked contextBridge.
import '../../main/preload';

/** The preload is the whole surface the page sees, so the test pins down exactly what it exposes. */

const fakes = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  return {
    exposed,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)) },
    ipcRenderer: {
      invoke: vi.fn(async (_channel: string, _message: unknown): Promise<ApiResult<unknown>> => ({ ok: true, value: 'from main' })),
    },
  };
});

vi.mock('electron', () => ({ contextBridge: fakes.contextBridge, ipcRenderer: fakes.ipcRenderer }));


function exposedApi(): RendererApi {
  const api = fakes.exposed.get('ssprApi');
  if (typeof api !== 'object' || api === null) throw new Error('ssprApi was not exposed');
  return api as RendererApi;
}

describe('preload', () => {
  it('exposes one object, ssprApi, holding only call', () => {
    expect(fakes.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...fakes.exposed.keys()]).toEqual(['ssprApi']);
    expect(Object.keys(exposedApi())).toEqual(['call']);
    expect(typeof exposedApi().call).toBe('function');
  });

  it('refuses a method the window may not use without touching IPC', async () => {
    fakes.ipcRenderer.invoke.mockClear();
    // plan.open takes a file path, so only trusted callers may use it; the cast plays a hostile page.
    const result = await exposedApi().call('plan.open' as RendererMethod, { path: '/etc/passwd' } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const unknown = await exposedApi().call('no.such' as RendererMethod, {} as never);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(fakes.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('forwards a renderer method over the one IPC channel as { method, input }', async () => {
    fakes.ipcRenderer.invoke.mockClear();
    const result = await exposedApi().call('plan.get', {});
    expect(fakes.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNEL, { method: 'plan.get', input: {} });
    expect(result).toEqual({ ok: true, value: 'from main' });
  });

  // A sandboxed preload can require only a few built-ins; anything else must be bundled in.
  const built = path.resolve(__dirname, '../../dist/main/preload.cjs');
  if (!existsSync(built)) console.log(`[skip] preload bundle check: ${path.relative(process.cwd(), built)} is not built yet (npm run build)`);
  it.skipIf(!existsSync(built))('the built preload requires nothing but electron', () => {
    const required = [...readFileSync(built, 'utf8').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});
