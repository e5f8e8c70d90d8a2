import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 is a native addon and Electron has its own ABI, so the copy that `npm ci` builds
 * for Node cannot load inside Electron. `npm run rebuild:electron` (or electron-builder when
 * packaging) puts an Electron build in native/electron/; the store passes the path found here to
 * better-sqlite3's `nativeBinding` option. Under plain Node (CLI, tests, browser mode) the
 * answer is undefined and better-sqlite3 finds its own build as usual.
 */

export const ELECTRON_ADDON = path.join('native', 'electron', 'better_sqlite3.node');

export interface NativeBindingEnvironment {
  /** process.versions.electron: set only inside Electron. */
  electronVersion: string | undefined;
  /** process.resourcesPath: where extraResources land in a packaged app. */
  resourcesPath: string | undefined;
  /** Folder of the running code: dist/main when bundled, main/ when run from source. */
  codeDir: string;
  exists(file: string): boolean;
}

export function resolveNativeBinding(env: NativeBindingEnvironment): string | undefined {
  if (!env.electronVersion) return undefined;
  const candidates: string[] = [];
  // Packaged first: an installed app must not pick up a stray checkout's build.
  if (env.resourcesPath) candidates.push(path.join(env.resourcesPath, ELECTRON_ADDON));
  // dist/main → repository root; main/ (running from source) → repository root.
  candidates.push(path.resolve(env.codeDir, '..', '..', ELECTRON_ADDON), path.resolve(env.codeDir, '..', ELECTRON_ADDON));
  return candidates.find((file) => env.exists(file));
}

export function nativeBindingPath(): string | undefined {
  return resolveNativeBinding({
    electronVersion: process.versions.electron,
    resourcesPath: (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath,
    codeDir: __dirname,
    exists: existsSync,
  });
}
