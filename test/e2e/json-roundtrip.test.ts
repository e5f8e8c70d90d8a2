import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from './serve';
import { launchChromium } from './shots';

let dir: string;
let server: Served;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sspr-e2e-json-'));
  server = await serve([], { SSPR_PLANNER_DATA: dir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('JSON export and import in browser mode', () => {
  it('downloads the plan, imports an edited copy, and refuses a broken one without changing the plan', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${server.url}#/configuration`);
    await page.getByRole('radiogroup', { name: 'Methods required to reset' }).waitFor();

    await page.getByRole('button', { name: 'File' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Export JSON' }).click()]);
    const exported = path.join(dir, 'exported.json');
    await download.saveAs(exported);
    const doc = JSON.parse(readFileSync(exported, 'utf8'));
    expect(doc.format).toBe('sspr-rollout-plan');
    expect(doc.plan.overview.organization).toBe('Contoso');
    expect(doc.tenant.users.length).toBeGreaterThan(50);

    doc.plan.overview.organization = 'Northwind Traders';
    doc.plan.policy.methodsToReset = 2;
    const edited = path.join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(doc));
    await page.getByLabel('Choose a plan JSON file to import').setInputFiles(edited);
    await page.getByRole('banner').getByText('Northwind Traders').waitFor();
    expect(await page.getByRole('radiogroup', { name: 'Methods required to reset' }).getByRole('radio', { name: '2' }).isChecked()).toBe(true);

    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...doc, plan: { ...doc.plan, policy: { ...doc.plan.policy, scope: 'everyone' } } }));
    await page.getByLabel('Choose a plan JSON file to import').setInputFiles(broken);
    await page.getByText(/plan\.policy\.scope/).first().waitFor();
    expect(await page.getByRole('banner').getByText('Northwind Traders').count()).toBeGreaterThan(0);
    await page.close();
  });
});
