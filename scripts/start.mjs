// npm start: the desktop app where Electron's binary runs, otherwise browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

if (!existsSync('dist/main/cli.cjs') || !existsSync('dist/renderer/index.html')) {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// Reads where the electron package put its binary instead of require('electron'), which would try to
// download a missing binary on the spot.
function electronBinary() {
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return { reason: "Electron's binary has not been downloaded" };
  const bin = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(bin)) return { reason: "Electron's binary has not been downloaded" };
  const probe = spawnSync(bin, ['--version'], { timeout: 10_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  if (probe.status !== 0) return { reason: `the Electron binary does not run (${probe.error?.message ?? `exit ${probe.status}`})` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { reason: 'there is no display' };
  return { bin };
}

const electron = electronBinary();
const child = electron.bin
  ? spawn(electron.bin, ['dist/main/app.cjs', ...args], { stdio: 'inherit' })
  : (console.log(`Electron is unavailable (${electron.reason}); starting browser mode instead.`),
    spawn(process.execPath, ['dist/main/cli.cjs', 'serve', ...args], { stdio: 'inherit' }));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
