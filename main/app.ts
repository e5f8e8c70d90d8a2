import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
  type IpcMainInvokeEvent,
  type MenuItemConstructorOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
  type WebContents,
} from 'electron';
import { IPC_CHANNEL } from '../shared/api-methods';
import type { ApiResult } from '../shared/errors';
import { isAllowedExternalUrl } from '../shared/urls';
import { createApi, type Api, type ElectronCapabilities } from './api';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  PRIVILEGED_SCHEME,
  errorResult,
  isAllowedRequestUrl,
  isAppUrl,
  isTrustedSender,
  parseIpcRequest,
  planPathFromArgv,
  withPlanExtension,
} from './electron-security';
import { nativeBindingPath } from './native-binding';
import { ensureDemoPlan } from './paths';
import { keychainOf } from './smtp-settings';
import { defaultRendererRoot, serveRendererFile } from './static';

/**
 * Electron entry (bundled to dist/main/app.cjs). Every decision that can be a pure function lives
 * in electron-security.ts; this file wires those decisions into Electron's objects.
 */

const PRODUCT_NAME = 'SSPR Rollout Planner';
const PLAN_FILTER = { name: 'SSPR plan', extensions: ['ssprplan'] };
const JSON_FILTER = { name: 'JSON', extensions: ['json'] };

export interface StartedApp {
  window: BrowserWindow;
  api: Api;
}

/**
 * Starts the shell. Resolves with the window once it has loaded, or null when another instance
 * already runs (that instance receives our arguments through 'second-instance').
 */
export async function startApp(): Promise<StartedApp | null> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  // Lets tests and portable setups keep the demo plan and recent list out of the user's profile.
  const userDataOverride = process.env.SSPR_USER_DATA_DIR;
  if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

  // Both must happen before 'ready': Chromium reads them when it starts.
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([PRIVILEGED_SCHEME]);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());

  let window: BrowserWindow | null = null;
  let api: Api | null = null;
  let pendingPlan = planPathFromArgv(process.argv, process.cwd());

  // macOS hands double-clicked documents over here instead of in argv, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (api && window) void openPlanInWindow(api, window, filePath);
    else pendingPlan = filePath;
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const requested = planPathFromArgv(argv, workingDirectory);
    if (!api || !window) {
      pendingPlan = requested ?? pendingPlan;
      return;
    }
    if (window.isMinimized()) window.restore();
    window.focus();
    if (requested) void openPlanInWindow(api, window, requested);
  });

  await app.whenReady();
  lockDownSession();
  protocol.handle(APP_SCHEME, serveAppRequest);

  const getWindow = (): BrowserWindow | null => window;
  const dataDir = app.getPath('userData');
  const readyApi = createApi({
    mode: 'electron',
    dataDir,
    electron: electronCapabilities(getWindow),
    store: { nativeBinding: nativeBindingPath() },
    // Availability is asked on first use, after 'ready' (on Linux the backend is known only then).
    keychain: keychainOf(safeStorage, process.platform),
  });
  api = readyApi;
  // Closing the store checkpoints SQLite's write-ahead log into the plan file itself.
  app.on('will-quit', () => readyApi.close());
  ipcMain.handle(IPC_CHANNEL, (event, raw: unknown) => handleIpc(event, raw, readyApi, getWindow()));

  const startupProblem = await openStartupPlan(readyApi, pendingPlan, dataDir);
  const mainWindow = createMainWindow();
  window = mainWindow;
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(readyApi, getWindow, !app.isPackaged)));

  try {
    await mainWindow.loadURL(APP_ENTRY_URL);
  } catch (error) {
    console.error('The planner page did not load:', error);
  }
  if (startupProblem) showError(mainWindow, 'The plan could not be opened', startupProblem);
  return { window: mainWindow, api: readyApi };
}

function createMainWindow(): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: PRODUCT_NAME,
    // Electron's security checklist, spelled out even where it matches the default so a default
    // change cannot weaken us. Written here as a literal, not built elsewhere, so that the
    // security scan (npm run security) reads the values the window really gets.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      preload: path.join(__dirname, 'preload.cjs'),
    },
  });
}

/** Applied to every WebContents, including any a bug or an attacker manages to create. */
function hardenWebContents(contents: WebContents): void {
  // The page is a single-page app: any real navigation is either a bug or an attack.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to documentation and mail addresses open outside the app; nothing opens inside it.
    if (isAllowedExternalUrl(url)) {
      openExternalChecked(url).catch((error: unknown) => console.error('Could not open an external link:', error));
    }
    return { action: 'deny' };
  });
}

/** The one place a URL is handed to the OS, so the https/mailto check cannot be skipped by a new caller. */
async function openExternalChecked(url: string): Promise<void> {
  if (!isAllowedExternalUrl(url)) throw new Error(`Refused to open ${url}: only https and mailto links are allowed.`);
  await shell.openExternal(url);
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  // The planner needs no camera, notifications, clipboard reads, USB or anything else a site can ask for.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Backs up the CSP: no request leaves the machine even if a policy were loosened by mistake.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}

async function serveAppRequest(request: Request): Promise<Response> {
  if (!isAppUrl(request.url)) return new Response('Not found', { status: 404 });
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
  const file = await serveRendererFile(path.resolve(defaultRendererRoot()), new URL(request.url).pathname);
  // Copied into a plain Uint8Array: Response wants an ArrayBuffer-backed view, a Buffer may share a pool.
  const body = request.method === 'HEAD' ? null : typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
  return new Response(body, { status: file.status, headers: file.headers });
}

async function handleIpc(
  event: IpcMainInvokeEvent,
  raw: unknown,
  api: Api,
  window: BrowserWindow | null,
): Promise<ApiResult<unknown>> {
  const windowContentsId = window && !window.isDestroyed() ? window.webContents.id : null;
  if (!isTrustedSender(event.senderFrame, event.sender.id, windowContentsId)) {
    return errorResult('FORBIDDEN', 'This request did not come from the planner window.');
  }
  const request = parseIpcRequest(raw);
  if (!request) return errorResult('INPUT_INVALID', 'An API request must be an object { method, input }.');
  try {
    return await api.call(request.method, request.input, 'renderer');
  } catch (error) {
    // api.call is documented never to throw; this keeps a bug from becoming an unhandled rejection in the page.
    console.error(`API method ${request.method} threw:`, error);
    return errorResult('INTERNAL', 'The request failed unexpectedly. Details are in the application log.');
  }
}

/** Opens the plan named on the command line, or the demo plan; returns a message when that failed. */
async function openStartupPlan(api: Api, requested: string | null, dataDir: string): Promise<string | null> {
  // A plan the user asked for that fails to open is reported, not replaced by the demo: editing
  // the demo by mistake would look like losing their work.
  if (requested) {
    const result = await api.call('plan.open', { path: requested }, 'trusted');
    return result.ok ? null : `${requested}\n\n${result.error.message}`;
  }
  try {
    const demo = await ensureDemoPlan(api, dataDir);
    if (api.currentPlanPath() === demo) return null;
    const result = await api.call('plan.open', { path: demo }, 'trusted');
    return result.ok ? null : `${demo}\n\n${result.error.message}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function openPlanInWindow(api: Api, window: BrowserWindow, filePath: string): Promise<void> {
  await runPlanAction(window, api.call('plan.open', { path: filePath }, 'trusted'));
}

/** After the main process switches plans the page reloads, so every section starts from the new plan. */
async function runPlanAction(window: BrowserWindow | null, pending: Promise<ApiResult<unknown>>): Promise<void> {
  const result = await pending;
  if (!result.ok) {
    showError(window, 'The plan could not be opened', result.error.message);
    return;
  }
  if (result.value !== null && window && !window.isDestroyed()) window.webContents.reload();
}

function showError(window: BrowserWindow | null, message: string, detail: string): void {
  const options = { type: 'error' as const, title: PRODUCT_NAME, message, detail, buttons: ['OK'] };
  const shown = window && !window.isDestroyed() ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
  shown.catch((error: unknown) => console.error(message, detail, error));
}

function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    // Some Linux desktops define no documents folder.
    return app.getPath('home');
  }
}

function electronCapabilities(getWindow: () => BrowserWindow | null): ElectronCapabilities {
  const open = (options: OpenDialogOptions) => {
    const window = getWindow();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };
  const save = (options: SaveDialogOptions) => {
    const window = getWindow();
    return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
  };
  return {
    async pickOpenPath() {
      const result = await open({ title: 'Open a plan', properties: ['openFile'], filters: [PLAN_FILTER] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickNewPath() {
      const result = await save({
        title: 'New plan',
        defaultPath: path.join(documentsFolder(), 'New plan.ssprplan'),
        filters: [PLAN_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : withPlanExtension(result.filePath);
    },
    async pickSaveJsonPath(defaultName: string) {
      const result = await save({
        title: 'Export plan as JSON',
        // basename: the suggested name derives from the plan's name and must not steer the folder.
        defaultPath: path.join(documentsFolder(), path.basename(defaultName)),
        filters: [JSON_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    // The API checks first; checking again keeps this capability safe to call from anywhere.
    openExternal: openExternalChecked,
  };
}

function menuTemplate(api: Api, getWindow: () => BrowserWindow | null, development: boolean): MenuItemConstructorOptions[] {
  const isMac = process.platform === 'darwin';
  const developerItems: MenuItemConstructorOptions[] = development
    ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        {
          label: 'New plan…',
          accelerator: 'CmdOrCtrl+N',
          click: () => void runPlanAction(getWindow(), api.call('app.newDialog', { demo: false }, 'trusted')),
        },
        {
          label: 'Open…',
          accelerator: 'CmdOrCtrl+O',
          click: () => void runPlanAction(getWindow(), api.call('app.openDialog', {}, 'trusted')),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}

// Runs only inside Electron, so tests can import this module and call startApp() against mocks.
if (process.versions.electron) {
  startApp().catch((error: unknown) => {
    console.error(`${PRODUCT_NAME} failed to start:`, error);
    app.exit(1);
  });
}
