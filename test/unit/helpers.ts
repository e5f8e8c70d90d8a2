import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { ApiError } from '../../shared/errors';
import { runCli } from '../../main/cli';

/** A fresh temporary folder per test, removed afterwards. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'sspr-test-'));
    dirs.push(d);
    return d;
  };
}

/** The ApiError a call is refused with; fails the test when the call succeeds. */
export async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('the call succeeded');
}

/** Runs the `sspr-planner` command in this process and collects what it prints; commands that serve are refused. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const result = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  if (result.code === 'serving') throw new Error(`${argv[0]} must not serve`);
  return { code: result.code, out: out.join('\n'), err: err.join('\n') };
}
