import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlanState } from '../../shared/api';
import { callApi, collectErrors, useDemoApp } from './helpers';

const app = useDemoApp('sspr-e2e-');
const consoleErrors: string[] = [];


async function openApp(): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
  collectErrors(page, consoleErrors);
  await page.goto(`${app.server.url}#/configuration`);
  await page.getByRole('radiogroup', { name: 'Methods required to reset' }).waitFor();
  return page;
}

const waitSaved = (page: Page) => page.getByText('All changes saved').first().waitFor();

describe('Configuration in browser mode', () => {
  it('saves "methods required to reset" = 2, keeps it over a reload, flags register ≥ reset and fixes it', async () => {
    const page = await openApp();
    const reset = page.getByRole('radiogroup', { name: 'Methods required to reset' });
    expect(await reset.getByRole('radio', { name: '1' }).isChecked()).toBe(true);
    await expect.poll(() => page.getByText('SSPR-METHODS-003').count()).toBe(0);

    await reset.getByRole('radio', { name: '2' }).check();
    await waitSaved(page);
    await page.reload();
    const afterReload = page.getByRole('radiogroup', { name: 'Methods required to reset' });
    await afterReload.waitFor();
    expect(await afterReload.getByRole('radio', { name: '2' }).isChecked()).toBe(true);
    const finding = page.getByText('SSPR-METHODS-003');
    await finding.first().waitFor();

    await page.getByRole('button', { name: 'Require 3 methods to register' }).first().click();
    await waitSaved(page);
    await expect.poll(() => page.getByText('SSPR-METHODS-003').count()).toBe(0);
    const register = page.getByRole('radiogroup', { name: 'Methods required to register' });
    expect(await register.getByRole('radio', { name: '3' }).isChecked()).toBe(true);
    await page.close();
  });

  it('stores the edits in the plan file itself', async () => {
    const state = await callApi<PlanState>(app.server, 'plan.get');
    expect(state.path).toBe(path.join(app.dataDir, 'Contoso demo.ssprplan'));
    expect(state.plan.policy).toMatchObject({ methodsToReset: 2, methodsToRegister: 3 });
  });

  it('shows every section with its findings count and logs no errors (CSP included)', async () => {
    const page = await openApp();
    for (const name of ['Overview', 'Stakeholders', 'Licensing', 'Configuration', 'Communications', 'Test matrix', 'Support', 'Reporting', 'Rollout', 'Simulator']) {
      expect(await page.getByRole('navigation').getByText(name, { exact: true }).count(), name).toBeGreaterThan(0);
    }
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
