import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles test/fixtures/fault-child.ts into one CommonJS file that plain node runs in about a
 * quarter of a second (a TypeScript loader takes several times that, per child). The bundle lives
 * in node_modules/.cache so that it finds better-sqlite3 and the other packages it leaves out.
 * Returns its path and a function that removes it.
 */
export async function bundleFaultChild(): Promise<{ script: string; remove: () => void }> {
  const script = path.resolve('node_modules/.cache/sspr-faults', `child-${process.pid}-${Date.now()}.cjs`);
  await build({
    entryPoints: ['test/fixtures/fault-child.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile: script,
    logLevel: 'warning',
  });
  return { script, remove: () => rmSync(script, { force: true }) };
}
