// Builds the Node side (esbuild → dist/main/*.cjs) and the renderer (Vite → dist/renderer).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const only = process.argv[2];
rmSync('dist/main', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Native addons load from node_modules (electron-builder packs production dependencies, asarUnpack frees *.node).
  external: ['electron', 'better-sqlite3', '@resvg/resvg-js'],
  sourcemap: 'linked',
  logLevel: 'warning',
};
await Promise.all([
  build({ ...common, entryPoints: { cli: 'main/cli-main.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { app: 'main/app.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  // Sandboxed preloads must be a single CommonJS file that requires nothing but electron.
  build({ ...common, entryPoints: { preload: 'main/preload.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' }, sourcemap: false }),
]);
if (only !== 'main') {
  const vite = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}
