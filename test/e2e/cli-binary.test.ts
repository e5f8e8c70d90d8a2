import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sspr-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The installed `sspr-planner` entry point, run as a user would. */
function planner(...args: string[]) {
  const r = spawnSync(process.execPath, [path.resolve('bin/sspr-planner.cjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, SSPR_PLANNER_DATA: path.join(dir, 'data') },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('sspr-planner binary', () => {
  it('new --demo then validate --json prints the demo findings as one JSON document', () => {
    expect(planner('new', 'x.ssprplan', '--demo').code).toBe(0);
    const r = planner('validate', 'x.ssprplan', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.findings.map((f: { code: string }) => f.code)).toContain('SSPR-METHODS-007');
    expect(doc.counts).toEqual({
      error: 0,
      warning: doc.findings.filter((f: { severity: string }) => f.severity === 'warning').length,
      info: doc.findings.filter((f: { severity: string }) => f.severity === 'info').length,
    });
  });

  it('refuses a text file renamed to .ssprplan with exit 2 and a message naming it', () => {
    writeFileSync(path.join(dir, 'renamed.ssprplan'), 'meeting notes\n');
    const r = planner('validate', 'renamed.ssprplan', '--json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(path.join(dir, 'renamed.ssprplan'));
    expect(r.err).toContain('PLAN_NOT_SQLITE');
  });

  it('sets a value that a later get reads back', () => {
    expect(planner('set', 'x.ssprplan', 'methodsToReset=2').code).toBe(0);
    expect(planner('get', 'x.ssprplan', 'methodsToReset').out.trim()).toBe('2');
    const v = planner('validate', 'x.ssprplan', '--json');
    expect(JSON.parse(v.out).findings.map((f: { code: string }) => f.code)).toContain('SSPR-METHODS-003');
  });
});
