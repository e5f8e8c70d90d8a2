import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions, CustomScheme, MenuItemConstructorOptions } from 'electron';
import { createApi, type Api, type ApiContext } from '../../main/api';
import type * as ApiModule from '../../main/api';
import { startApp, type StartedApp } from '../../main/app';
import { ensureDemoPlan } from '../../main/paths';
import { resolveNativeBinding } from '../../main/native-binding';
import { API_METHODS, IPC_CHANNEL, isRendererMethod, type ApiMethod, type RendererMethod } from '../../shared/api-methods';
import type { ApiResult } from '../../shared/errors';

/**
 * The Electron binary cannot run here, so Electron's modules are replaced by fakes that record
 * what main/app.ts asks of them; each test then drives the recorded handlers directly.
 */

type Listener = (...args: unknown[]) => unknown;
type PreventableEvent = { preventDefault: () => void };
type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;
type BeforeRequestHandler = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
type ProtocolHandler = (request: Request) => Promise<Response>;
interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}
interface FakeInvokeEvent {
  sender: { id: number };
  senderFrame: FakeFrame | null;
}
type IpcHandler = (event: FakeInvokeEvent, raw: unknown) => Promise<ApiResult<unknown>>;
type DialogResult = { canceled: boolean; filePaths?: string[]; filePath?: string };

const fakes = vi.hoisted(() => {
  class Emitter {
    readonly listeners = new Map<string, Listener[]>();
    on(name: string, listener: Listener): this {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener): this {
      return this.on(name, listener);
    }
    emit(name: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }

  let nextContentsId = 1;
  class FakeWebContents extends Emitter {
    readonly id = nextContentsId++;
    readonly mainFrame: FakeFrame = { url: 'app://planner/index.html', parent: null };
    windowOpenHandler: WindowOpenHandler | null = null;
    readonly reload = vi.fn();
    setWindowOpenHandler(handler: WindowOpenHandler): void {
      this.windowOpenHandler = handler;
    }
  }

  const calls: string[] = [];
  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async (url: string) => {
      calls.push(`loadURL ${url}`);
    });
    readonly focus = vi.fn();
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      windows.push(this);
    }
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
  }

  const state = {
    singleInstance: true,
    userData: '',
    privilegedSchemes: [] as CustomScheme[],
    protocolHandlers: new Map<string, ProtocolHandler>(),
    ipcHandlers: new Map<string, IpcHandler>(),
    permissionRequest: null as PermissionRequestHandler | null,
    permissionCheck: null as PermissionCheckHandler | null,
    devicePermission: null as (() => boolean) | null,
    beforeRequest: null as BeforeRequestHandler | null,
    menuTemplate: [] as MenuItemConstructorOptions[],
  };

  const appEvents = new Emitter();
  const app = Object.assign(appEvents, {
    requestSingleInstanceLock: vi.fn(() => state.singleInstance),
    quit: vi.fn(),
    exit: vi.fn(),
    setPath: vi.fn(),
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    isPackaged: false,
    whenReady: vi.fn(async () => {
      calls.push('whenReady');
    }),
    getPath: vi.fn((name: string) => (name === 'userData' ? state.userData : path.join(state.userData, name))),
  });

  const api = {
    call: vi.fn(async (method: string, _input: unknown, _caller: 'renderer' | 'trusted'): Promise<ApiResult<unknown>> => ({
      ok: true,
      value: { method },
    })),
    invoke: vi.fn(),
    currentPlanPath: vi.fn((): string | null => null),
    close: vi.fn(),
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn((schemes: CustomScheme[]) => {
        calls.push('registerSchemesAsPrivileged');
        state.privilegedSchemes.push(...schemes);
      }),
      handle: vi.fn((scheme: string, handler: ProtocolHandler) => state.protocolHandlers.set(scheme, handler)),
    },
    ipcMain: { handle: vi.fn((channel: string, handler: IpcHandler) => state.ipcHandlers.set(channel, handler)) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn((handler: PermissionRequestHandler) => (state.permissionRequest = handler)),
        setPermissionCheckHandler: vi.fn((handler: PermissionCheckHandler) => (state.permissionCheck = handler)),
        setDevicePermissionHandler: vi.fn((handler: () => boolean) => (state.devicePermission = handler)),
        webRequest: { onBeforeRequest: vi.fn((handler: BeforeRequestHandler) => (state.beforeRequest = handler)) },
      },
    },
    shell: { openExternal: vi.fn(async (_url: string) => {}) },
    safeStorage: {
      isAsyncEncryptionAvailable: vi.fn(async () => true),
      getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
      encryptStringAsync: vi.fn(async (text: string) => Buffer.from(`sealed:${text}`)),
      decryptStringAsync: vi.fn(async (data: Buffer) => ({ result: data.toString().replace(/^sealed:/, ''), shouldReEncrypt: false })),
    },
    dialog: {
      showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<DialogResult> => ({ canceled: false, filePaths: ['/plans/a.ssprplan'] })),
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<DialogResult> => ({ canceled: false, filePath: '/plans/new plan' })),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => {
        state.menuTemplate = template;
        return { template };
      }),
      setApplicationMenu: vi.fn(),
    },
  };

  return { electron, api, state, calls, windows, FakeWebContents, DEMO: '/data/Contoso demo.ssprplan' };
});

vi.mock('electron', () => fakes.electron);
vi.mock('../../main/api', () => ({ createApi: vi.fn((_ctx: ApiContext): Api => fakes.api) }));
vi.mock('../../main/paths', () => ({ ensureDemoPlan: vi.fn(async () => fakes.DEMO) }));

const { electron, api, state, calls } = fakes;
let tempRoot = '';
let started: StartedApp | null = null;
const createApiMock = vi.mocked(createApi);
const ensureDemoPlanMock = vi.mocked(ensureDemoPlan);

function mainWindow() {
  const window = fakes.windows[0];
  if (!window) throw new Error('no window was created');
  return window;
}

function ipcHandler(): IpcHandler {
  const handler = state.ipcHandlers.get(IPC_CHANNEL);
  if (!handler) throw new Error(`no handler for ${IPC_CHANNEL}`);
  return handler;
}

function goodEvent(): FakeInvokeEvent {
  const contents = mainWindow().webContents;
  return { sender: contents, senderFrame: contents.mainFrame };
}

/** The main frame of our own window, navigated to another URL. */
function mainFrameAt(url: string): FakeInvokeEvent {
  return { sender: mainWindow().webContents, senderFrame: { url, parent: null } };
}

function codeOf(result: ApiResult<unknown>): string {
  return result.ok ? 'ok' : result.error.code;
}

beforeAll(async () => {
  tempRoot = mkdtempSync(path.join(os.tmpdir(), 'sspr-electron-'));
  const renderer = path.join(tempRoot, 'renderer');
  mkdirSync(renderer);
  writeFileSync(path.join(renderer, 'index.html'), '<meta name="csp-nonce" content="__CSP_NONCE__"><title>SSPR Rollout Planner</title>');
  writeFileSync(path.join(tempRoot, 'secret.txt'), 'TOP SECRET');
  process.env.SSPR_RENDERER_DIR = renderer;
  state.userData = path.join(tempRoot, 'userData');

  api.currentPlanPath.mockReturnValue(fakes.DEMO);
  started = await startApp();
});

afterAll(() => {
  delete process.env.SSPR_RENDERER_DIR;
  rmSync(tempRoot, { recursive: true, force: true });
});

describe('Electron shell: start-up', () => {
  it('registers the app scheme as privileged before ready, enables the sandbox, then loads app://planner', () => {
    expect(started).not.toBeNull();
    expect(state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(calls.indexOf('whenReady'));
    expect(calls.indexOf('enableSandbox')).toBeLessThan(calls.indexOf('whenReady'));
    expect(fakes.windows).toHaveLength(1);
    expect(mainWindow().loadURL).toHaveBeenCalledWith('app://planner/index.html');
  });

  it('creates the window with every security-relevant webPreference set', () => {
    const prefs = mainWindow().options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
    expect(prefs?.preload).toBe(path.join(path.resolve(__dirname, '../../main'), 'preload.cjs'));
    expect(path.isAbsolute(prefs?.preload ?? '')).toBe(true);
  });

  it('creates the API in electron mode with the user-data folder and native dialogs', () => {
    expect(createApiMock).toHaveBeenCalledTimes(1);
    const ctx = createApiMock.mock.calls[0]?.[0];
    expect(ctx?.mode).toBe('electron');
    expect(ctx?.dataDir).toBe(state.userData);
    expect(ctx?.electron).toBeDefined();
  });

  it('gives the API the OS keychain through safeStorage, asked only when first needed', async () => {
    const keychain = createApiMock.mock.calls[0]?.[0]?.keychain;
    if (!keychain) throw new Error('no keychain was passed to the API');
    // Asked lazily: opening the window must not make the OS prompt for keychain access.
    expect(electron.safeStorage.isAsyncEncryptionAvailable).not.toHaveBeenCalled();
    expect(await keychain.available()).toBe(true);
    expect(await keychain.decrypt(await keychain.encrypt('pw'))).toBe('pw');
    expect(electron.safeStorage.encryptStringAsync).toHaveBeenCalledWith('pw');
  });

  it('opens the demo plan when no plan was named on the command line', () => {
    expect(ensureDemoPlanMock).toHaveBeenCalledWith(api, state.userData);
    // ensureDemoPlan already opened it, so the shell does not open it a second time.
    expect(api.call).not.toHaveBeenCalledWith('plan.open', expect.anything(), expect.anything());
  });

  it('installs a small menu whose File > Open… goes through the trusted API and reloads the page', async () => {
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const file = state.menuTemplate.find((item) => item.label === '&File');
    const items = (file?.submenu ?? []) as MenuItemConstructorOptions[];
    expect(items.map((item) => item.label ?? item.role ?? item.type)).toEqual(['New plan…', 'Open…', 'separator', process.platform === 'darwin' ? 'close' : 'quit']);
    const open = items.find((item) => item.label === 'Open…');
    api.call.mockResolvedValueOnce({ ok: true, value: { path: '/plans/a.ssprplan' } });
    (open?.click as () => void)();
    await vi.waitFor(() => expect(mainWindow().webContents.reload).toHaveBeenCalled());
    expect(api.call).toHaveBeenCalledWith('app.openDialog', {}, 'trusted');
  });

  it('closes the plan store when the app quits', () => {
    api.close.mockClear();
    electron.app.emit('will-quit', {});
    expect(api.close).toHaveBeenCalledTimes(1);
  });

  it('refuses to run a second instance', async () => {
    state.singleInstance = false;
    await expect(startApp()).resolves.toBeNull();
    expect(electron.app.quit).toHaveBeenCalled();
    state.singleInstance = true;
  });
});

describe('Electron shell: navigation and new windows', () => {
  function hardenedContents() {
    const contents = new fakes.FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    return contents;
  }

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s on every web contents', (name) => {
    const contents = hardenedContents();
    const event: PreventableEvent = { preventDefault: vi.fn() };
    contents.emit(name, event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('denies every window.open and hands only https and mailto links to the OS', () => {
    const contents = hardenedContents();
    const open = contents.windowOpenHandler;
    if (!open) throw new Error('no window open handler');
    electron.shell.openExternal.mockClear();
    const allowed = ['https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks', 'mailto:helpdesk@contoso.com'];
    const refused = ['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com/', 'app://planner/index.html', 'https://user:pw@example.com/'];
    for (const url of [...allowed, ...refused]) expect(open({ url })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal.mock.calls.map(([url]) => url)).toEqual(allowed);
  });
});

describe('Electron shell: session', () => {
  it('denies every permission request and check', () => {
    const request = state.permissionRequest;
    const check = state.permissionCheck;
    if (!request || !check || !state.devicePermission) throw new Error('permission handlers missing');
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'hid']) {
      const callback = vi.fn();
      request(mainWindow().webContents, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check(mainWindow().webContents, permission)).toBe(false);
    }
    expect(state.devicePermission()).toBe(false);
  });

  it('cancels every request that would leave the machine', () => {
    const handler = state.beforeRequest;
    if (!handler) throw new Error('no onBeforeRequest handler');
    const cancelled = (url: string) => {
      let decision: boolean | undefined;
      handler({ url }, (response) => (decision = response.cancel));
      return decision;
    };
    expect(cancelled('app://planner/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('https://example.com/tracker.js')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled('wss://example.com/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://evil/index.html')).toBe(true);
  });
});

describe('Electron shell: IPC', () => {
  it('passes a well-formed call from the main frame to the API as a renderer call', async () => {
    api.call.mockClear();
    const result = await ipcHandler()(goodEvent(), { method: 'plan.get', input: {} });
    expect(api.call).toHaveBeenCalledWith('plan.get', {}, 'renderer');
    expect(result).toEqual({ ok: true, value: { method: 'plan.get' } });
  });

  it.each<[string, () => FakeInvokeEvent]>([
    ['another origin', () => ({ sender: mainWindow().webContents, senderFrame: { url: 'https://evil.example/', parent: null } })],
    ['a file: page', () => ({ sender: mainWindow().webContents, senderFrame: { url: 'file:///tmp/x.html', parent: null } })],
    ['another app host', () => ({ sender: mainWindow().webContents, senderFrame: { url: 'app://evil/index.html', parent: null } })],
    [
      'a subframe of our page',
      () => ({ sender: mainWindow().webContents, senderFrame: { url: 'app://planner/index.html', parent: mainWindow().webContents.mainFrame } }),
    ],
    ['another web contents', () => ({ sender: { id: 9999 }, senderFrame: { url: 'app://planner/index.html', parent: null } })],
    ['a frame that is gone', () => ({ sender: mainWindow().webContents, senderFrame: null })],
    ['a look-alike host', () => mainFrameAt('app://planner.evil.example/index.html')],
    ['our host with credentials', () => mainFrameAt('app://user:pw@planner/index.html')],
    ['our host on a port', () => mainFrameAt('app://planner:8080/index.html')],
    ['about:blank', () => mainFrameAt('about:blank')],
    ['a data: page', () => mainFrameAt('data:text/html,<script>parent.ssprApi</script>')],
    ['the developer tools', () => mainFrameAt('devtools://devtools/bundled/inspector.html')],
    ['a local web server', () => mainFrameAt('http://127.0.0.1:5173/index.html')],
    ['an unparsable URL', () => mainFrameAt('not a url')],
  ])('refuses a call from %s with FORBIDDEN without calling the API', async (_label, event) => {
    api.call.mockClear();
    const result = await ipcHandler()(event(), { method: 'plan.get', input: {} });
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(api.call).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['a string', 'plan.get'],
    ['null', null],
    ['an array', ['plan.get', {}]],
    ['a numeric method', { method: 5, input: {} }],
    ['an empty method', { method: '', input: {} }],
    ['an extra key', { method: 'plan.get', input: {}, caller: 'trusted' }],
  ])('refuses %s as a message with INPUT_INVALID', async (_label, message) => {
    api.call.mockClear();
    const result = await ipcHandler()(goodEvent(), message);
    expect(codeOf(result)).toBe('INPUT_INVALID');
    expect(api.call).not.toHaveBeenCalled();
  });

  it('with the real API: refuses every trusted-only method from the window and touches no file', async () => {
    const { createApi: realCreateApi } = await vi.importActual<typeof ApiModule>('../../main/api');
    const dir = mkdtempSync(path.join(tempRoot, 'real-api-'));
    const out = path.join(dir, 'out');
    mkdirSync(out);
    const plan = path.join(dir, 'plan.ssprplan');
    const real = realCreateApi({ mode: 'electron', dataDir: dir });
    await real.invoke('plan.create', { path: plan, demo: true });
    const file = (name: string) => path.join(out, name);
    // Typed against every trusted method, so a new one cannot be added without a case here.
    const hostile = {
      'plan.getValue': {},
      'plan.setValues': { assignments: [{ key: 'overview.organization', raw: 'Hijacked' }] },
      'plan.open': { path: '/etc/passwd' },
      'plan.create': { path: file('new.ssprplan'), demo: true },
      'plan.exportJsonFile': { out: file('plan.json') },
      'plan.importJsonFile': { file: file('plan.json'), path: file('imported.ssprplan') },
      'tenant.importFiles': { users: '/etc/passwd' },
      'simulator.runScenarioFiles': { files: ['/etc/passwd'] },
      'comms.exportEmailsTo': { out, formats: ['eml'] },
      'comms.exportLandingTo': { out },
      'documents.planDocxTo': { out: file('plan.docx') },
      'documents.cheatSheetTo': { out: file('cheat.docx') },
      'documents.tablesCsvTo': { out },
    } satisfies Record<Exclude<ApiMethod, RendererMethod>, unknown>;
    expect(Object.keys(hostile).sort()).toEqual(API_METHODS.filter((m) => !isRendererMethod(m)).sort());
    api.call.mockImplementation(real.call);
    try {
      for (const [method, input] of Object.entries(hostile)) {
        const result = await ipcHandler()(goodEvent(), { method, input });
        expect(codeOf(result), method).toBe('FORBIDDEN');
      }
      // Well-formed envelopes whose input breaks the method's schema stop at the zod parse.
      expect(codeOf(await ipcHandler()(goodEvent(), { method: 'plan.update', input: 'overview.organization=X' }))).toBe('INPUT_INVALID');
      expect(codeOf(await ipcHandler()(goodEvent(), { method: 'plan.update', input: { changes: [], caller: 'trusted' } }))).toBe('INPUT_INVALID');
      expect(codeOf(await ipcHandler()(goodEvent(), { method: 'no.such', input: {} }))).toBe('UNKNOWN_METHOD');
      // And the window's own methods still work through the same path.
      const got = await ipcHandler()(goodEvent(), { method: 'plan.get', input: {} });
      expect(got.ok && (got.value as { plan: { overview: { organization: string } } }).plan.overview.organization).toBe('Contoso');
    } finally {
      api.call.mockReset();
      api.call.mockImplementation(async (method: string) => ({ ok: true, value: { method } }));
      real.close();
    }
    expect(readdirSync(out)).toEqual([]);
  });

  it('turns an unexpected throw into INTERNAL instead of a rejected promise', async () => {
    api.call.mockRejectedValueOnce(new Error('boom'));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await ipcHandler()(goodEvent(), { method: 'plan.get', input: {} });
    spy.mockRestore();
    expect(codeOf(result)).toBe('INTERNAL');
  });
});

describe('Electron shell: app:// protocol', () => {
  function serve(url: string, method = 'GET') {
    const handler = state.protocolHandlers.get('app');
    if (!handler) throw new Error('no app: protocol handler');
    return handler(new Request(url, { method }));
  }

  it('serves index.html with a CSP carrying a fresh nonce', async () => {
    const response = await serve('app://planner/index.html');
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    const body = await response.text();
    expect(body).toContain(`content="${nonce}"`);
    expect(body).not.toContain('__CSP_NONCE__');
  });

  it.each(['app://planner/..%2Fsecret.txt', 'app://planner/%2e%2e/secret.txt', 'app://planner/../secret.txt', 'app://planner/assets/..%2F..%2Fsecret.txt'])(
    'does not serve files outside the renderer folder: %s',
    async (url) => {
      const response = await serve(url);
      expect(response.status).not.toBe(200);
      expect(await response.text()).not.toContain('TOP SECRET');
    },
  );

  it('answers only for the planner host and only GET/HEAD', async () => {
    expect((await serve('app://other/index.html')).status).toBe(404);
    expect((await serve('app://planner/index.html', 'POST')).status).toBe(405);
  });
});

describe('Electron shell: native capabilities given to the API', () => {
  function capabilities() {
    const ctx = createApiMock.mock.calls[0]?.[0];
    if (!ctx?.electron) throw new Error('no electron capabilities');
    return ctx.electron;
  }

  it('opens *.ssprplan files through the native dialog', async () => {
    await expect(capabilities().pickOpenPath()).resolves.toBe('/plans/a.ssprplan');
    const options = electron.dialog.showOpenDialog.mock.calls.at(-1)?.at(-1);
    expect(options).toMatchObject({ filters: [{ name: 'SSPR plan', extensions: ['ssprplan'] }], properties: ['openFile'] });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(capabilities().pickOpenPath()).resolves.toBeNull();
  });

  it('adds the plan extension to a new plan name and offers JSON for exports', async () => {
    await expect(capabilities().pickNewPath()).resolves.toBe('/plans/new plan.ssprplan');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/out/plan.json' });
    await expect(capabilities().pickSaveJsonPath('../../etc/plan.json')).resolves.toBe('/out/plan.json');
    const options = electron.dialog.showSaveDialog.mock.calls.at(-1)?.at(-1) as { defaultPath: string; filters: unknown };
    expect(options.filters).toEqual([{ name: 'JSON', extensions: ['json'] }]);
    expect(path.basename(options.defaultPath)).toBe('plan.json');
    expect(options.defaultPath).not.toContain('..');
  });

  it('opens only https and mailto links, even when called directly', async () => {
    electron.shell.openExternal.mockClear();
    await capabilities().openExternal('https://aka.ms/ssprsetup');
    await expect(capabilities().openExternal('javascript:alert(1)')).rejects.toThrow(/Refused/);
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://aka.ms/ssprsetup']]);
  });
});

describe('native binding for better-sqlite3', () => {
  const addon = path.join('native', 'electron', 'better_sqlite3.node');

  it('leaves Node (CLI, tests) on better-sqlite3 own build', () => {
    expect(resolveNativeBinding({ electronVersion: undefined, resourcesPath: '/res', codeDir: '/repo/dist/main', exists: () => true })).toBeUndefined();
  });

  it('prefers the packaged resources folder inside Electron', () => {
    const found = resolveNativeBinding({ electronVersion: '45.4.1', resourcesPath: '/res', codeDir: '/repo/dist/main', exists: () => true });
    expect(found).toBe(path.join('/res', addon));
  });

  it('falls back to the checkout when running dist/main from a repository', () => {
    const expected = path.resolve('/repo', addon);
    const found = resolveNativeBinding({
      electronVersion: '45.4.1',
      resourcesPath: '/electron/resources',
      codeDir: '/repo/dist/main',
      exists: (file) => file === expected,
    });
    expect(found).toBe(expected);
  });

  it('answers undefined when the Electron build is missing', () => {
    expect(resolveNativeBinding({ electronVersion: '45.4.1', resourcesPath: '/res', codeDir: '/repo/dist/main', exists: () => false })).toBeUndefined();
  });
});
