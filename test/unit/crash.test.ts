import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoPlan } from '../../shared/plan/demo';
import { createDemoTenant } from '../../shared/plan/demoTenant';
import { PlanStore } from '../../main/store/plan-store';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

/** Runs the edit loop until it has acknowledged `target` edits, then kills it with SIGKILL. */
function editThenKill(planPath: string, dataDir: string, target: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/edit-loop.ts', planPath, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = 0;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      buffer += c.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) last = Number(line.replace('ack ', ''));
      if (last >= target) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`edit loop ended on its own: ${stderr}`))));
  });
}

describe('kill -9 during editing', () => {
  it('keeps every acknowledged edit and an intact file', async () => {
    const dir = tempDir();
    const planPath = path.join(dir, 'crash.ssprplan');
    PlanStore.create(planPath, createDemoPlan(), createDemoTenant()).close();
    for (const target of [1, 37, 250]) {
      const acked = await editThenKill(planPath, dir, target);
      const db = new Database(planPath, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      const store = PlanStore.open(planPath);
      const { plan } = store.read();
      store.close();
      // The edit in flight when the kill landed may or may not be there; every acknowledged one is.
      expect(plan.businessCase.passwordCallsPerMonth).toBeGreaterThanOrEqual(acked);
      expect(plan.businessCase.passwordCallsPerMonth).toBeLessThanOrEqual(acked + 1);
      expect(plan.overview.otherIdentitySystems).toEqual([`system ${plan.businessCase.passwordCallsPerMonth}`]);
    }
  }, 60_000);
});
