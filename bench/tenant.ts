// Tenant import benchmark: a seeded 100,000-user, 500,000-membership export, imported through the
// API in a child process, against papaparse's bare streaming parse of the same files in this run.
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { generateTenantFiles, type GeneratedTenant } from './tenant-data';

export interface TenantBench {
  files: GeneratedTenant;
  bareParseMs: number;
  importMs: number;
  peakRssMb: number;
  /** Median autosave of 50 edits with the imported tenant in the plan. */
  editMs: number;
  readMs: number;
  reportMs: number;
  users: number;
  memberships: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The CSV library alone: every file streamed through papaparse, rows counted and dropped. */
async function bareParse(files: GeneratedTenant): Promise<number> {
  const all = [files.users, ...files.groupMembers.map((g) => g.file), files.registration];
  const start = performance.now();
  for (const file of all) {
    await new Promise<void>((resolve, reject) =>
      Papa.parse(createReadStream(file, { encoding: 'utf8' }), { chunk: () => undefined, complete: () => resolve(), error: reject }),
    );
  }
  return performance.now() - start;
}

export async function measureTenant(dir: string): Promise<TenantBench> {
  const files = generateTenantFiles(path.join(dir, 'tenant'), { users: 100_000, memberships: 500_000, seed: 1 });
  const bare: number[] = [];
  const runs: Omit<TenantBench, 'files' | 'bareParseMs'>[] = [];
  // Alternate the two so a busy moment on the machine does not land on one side only.
  for (let i = 0; i < 3; i++) {
    bare.push(await bareParse(files));
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'bench/tenant-child.ts', dir, path.join(dir, `tenant-${i}.ssprplan`), JSON.stringify(files)],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    runs.push(JSON.parse(out.trim().split('\n').pop() as string));
  }
  const pick = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
  return {
    files,
    bareParseMs: median(bare),
    importMs: pick('importMs'),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    editMs: pick('editMs'),
    readMs: pick('readMs'),
    reportMs: pick('reportMs'),
    users: runs[0].users,
    memberships: runs[0].memberships,
  };
}
