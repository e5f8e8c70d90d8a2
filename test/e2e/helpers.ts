import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Plan } from '../../shared/plan/schema';
import { serve, type Served } from './serve';
import { launchChromium } from './shots';

export interface DemoApp {
  dataDir: string;
  server: Served;
  browser: Browser;
}

/**
 * For one test file: a fresh data folder, the built `serve` with no plan named (so it creates and
 * opens the Contoso demo plan, as npm start does) and Chromium; all three go away after the file.
 */
export function useDemoApp(prefix: string): DemoApp {
  const app = {} as DemoApp;
  beforeAll(async () => {
    app.dataDir = mkdtempSync(path.join(os.tmpdir(), prefix));
    app.server = await serve([], { SSPR_PLANNER_DATA: app.dataDir });
    app.browser = await launchChromium();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
    rmSync(app.dataDir, { recursive: true, force: true });
  });
  return app;
}

/** Calls the running host's API as the page would, with the launch token; fails the test on a refusal. */
export async function callApi<T>(server: Served, method: string, body: unknown = {}): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sspr-token': server.token },
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

/** The plan as the host has saved it, so "not saved" means not in the file. */
export async function savedPlan(server: Served): Promise<Plan> {
  return (await callApi<{ plan: Plan }>(server, 'plan.get')).plan;
}

/** A new, empty plan file made with the real CLI, as a user would start one. */
export function newPlanFile(dataDir: string, name: string): string {
  const planPath = path.join(dataDir, name);
  const created = spawnSync(process.execPath, ['bin/sspr-planner.cjs', 'new', planPath], {
    env: { ...process.env, SSPR_PLANNER_DATA: dataDir },
    encoding: 'utf8',
  });
  expect(created.status, created.stderr).toBe(0);
  return planPath;
}

/** Collects the page's console errors and uncaught exceptions into `errors`. */
export function collectErrors(page: Page, errors: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
}
