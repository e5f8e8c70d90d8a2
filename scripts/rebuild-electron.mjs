#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node.
//
// The build happens on a copy in a temporary folder so node_modules/better-sqlite3 keeps its Node
// build: the CLI, the tests and browser mode load that one, and Electron loads this one through
// better-sqlite3's `nativeBinding` option (see main/native-binding.ts).
//
// Usage: npm run rebuild:electron
// Needs Electron's headers (downloaded by node-gyp from SSPR_ELECTRON_HEADERS_URL, default
// https://www.electronjs.org/headers) unless they are already in ~/.electron-gyp.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const MODULE = 'better-sqlite3';
const target = path.join(root, 'native', 'electron', 'better_sqlite3.node');
const headerURL = process.env.SSPR_ELECTRON_HEADERS_URL ?? 'https://www.electronjs.org/headers';

function fail(message) {
  console.error(`rebuild-electron: ${message}`);
  process.exitCode = 1;
}

function packageDir(name) {
  return path.dirname(require.resolve(`${name}/package.json`));
}

// `npm run` exports the user's npm config as npm_config_* and node-gyp lets those override its
// arguments: this machine's `nodedir=/usr` would silently build against Node's headers and
// produce an addon Electron refuses to load.
function withoutNodeGypOverrides() {
  const steering = /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch)$/i;
  for (const key of Object.keys(process.env)) {
    if (steering.test(key)) delete process.env[key];
  }
}

// node-gyp reports a failed header download only as a generic build failure, so the download is
// tried here first to be able to say what is wrong.
async function headersProblem(electronVersion) {
  const cached = path.join(os.homedir(), '.electron-gyp', electronVersion, 'include', 'node', 'node.h');
  if (existsSync(cached)) return null;
  const url = `${headerURL}/v${electronVersion}/node-v${electronVersion}-headers.tar.gz`;
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(20_000) });
    return response.ok ? null : `${url} answered HTTP ${response.status}.`;
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return `could not reach ${url} (${cause}).`;
  }
}

async function main() {
  let electronVersion;
  try {
    electronVersion = JSON.parse(readFileSync(path.join(packageDir('electron'), 'package.json'), 'utf8')).version;
  } catch {
    return fail('the electron package is not installed; run `npm ci` first.');
  }
  const problem = await headersProblem(electronVersion);
  if (problem) {
    return fail(
      [
        `the Electron ${electronVersion} headers are needed and cannot be downloaded: ${problem}`,
        '  Nothing was changed: node_modules keeps its Node build, so the CLI, the tests and browser mode work.',
        '  The desktop app needs this build: run this again with network access, or point',
        '  SSPR_ELECTRON_HEADERS_URL at a mirror of https://www.electronjs.org/headers.',
      ].join('\n'),
    );
  }
  const { rebuild } = await import('@electron/rebuild');
  const source = packageDir(MODULE);
  const sourceVersion = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')).version;

  const work = mkdtempSync(path.join(os.tmpdir(), 'sspr-electron-rebuild-'));
  try {
    // A minimal project that depends on the module, so @electron/rebuild finds exactly it.
    writeFileSync(
      path.join(work, 'package.json'),
      JSON.stringify({ name: 'sspr-electron-native', private: true, dependencies: { [MODULE]: sourceVersion } }, null, 2),
    );
    const copy = path.join(work, 'node_modules', MODULE);
    // build/ holds the Node ABI objects; leaving it out makes sure nothing of them is reused.
    cpSync(source, copy, { recursive: true, filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build' });

    withoutNodeGypOverrides();
    console.log(`rebuild-electron: building ${MODULE} ${sourceVersion} for Electron ${electronVersion} in ${work}`);
    try {
      await rebuild({
        buildPath: work,
        projectRootPath: work,
        electronVersion,
        onlyModules: [MODULE],
        force: true,
        // Prebuilt downloads would need prebuild-install's dependency tree in the copy; compiling
        // takes about a minute and needs only the headers.
        buildFromSource: true,
        headerURL,
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail(
        [
          `building ${MODULE} for Electron ${electronVersion} failed: ${detail.split('\n')[0]}`,
          '  node-gyp printed the details above (python3, make and a C++ compiler are needed).',
          '  node_modules is untouched: the CLI, the tests and browser mode keep working.',
        ].join('\n'),
      );
    }

    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) return fail(`the build finished but ${built} is missing.`);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(built, target);
    console.log(`rebuild-electron: wrote ${path.relative(root, target)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
