import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, collectErrors, savedPlan, useDemoApp } from './helpers';

const app = useDemoApp('sspr-e2e-tm-sim-');
const consoleErrors: string[] = [];


async function openMatrix(): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  collectErrors(page, consoleErrors);
  await page.goto(`${app.server.url}#/testing`);
  await page.getByRole('table', { name: 'Test cases' }).waitFor();
  return page;
}

const table = (page: Page) => page.getByRole('table', { name: 'Test cases' });
const row = (page: Page, id: string): Locator => table(page).getByRole('row').filter({ hasText: id });
/** The simulated steps in the case panel (their audit entries are lists of their own). */
const simSteps = (panel: Locator): Locator => panel.getByRole('list', { name: 'Simulated steps' }).locator(':scope > li');

/** From the keyboard: the toolbar's button takes Enter like any other. */
async function runSimulator(page: Page): Promise<void> {
  await page.getByRole('toolbar', { name: 'Test matrix actions' }).getByRole('button', { name: 'Run in simulator' }).focus();
  await page.keyboard.press('Enter');
  await table(page).getByRole('columnheader', { name: 'Simulated' }).waitFor();
}

async function recordRun(page: Page, caseId: string, title: string, result: 'Pass' | 'Fail'): Promise<void> {
  await page.getByRole('button', { name: `Open ${caseId}: ${title}` }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('radio', { name: result }).check();
  await drawer.getByRole('textbox', { name: 'Tester' }).fill('Aisha Karim');
  await drawer.getByRole('button', { name: 'Record run' }).click();
  await page.getByText(`Recorded: ${caseId} ${result === 'Pass' ? 'passed' : 'failed'}.`).waitFor();
}

/** Escape closes the case panel, also right after a run was recorded (the busy button keeps the focus). */
async function closeCase(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

describe('Test matrix: the business cases in the simulator', () => {
  it('shows nine simulated passes for the demo, and flags a tester fail the simulator contradicts', async () => {
    const page = await openMatrix();
    // Nothing is simulated until someone asks: the column appears with the results.
    expect(await table(page).getByRole('columnheader', { name: 'Simulated' }).count()).toBe(0);
    await runSimulator(page);
    await page.getByRole('status').filter({ hasText: 'Simulator: 9 of 9 cases pass' }).waitFor();
    expect(await table(page).getByText('Simulated pass').count()).toBe(9);
    expect(await table(page).getByText('Disagrees with tester').count()).toBe(0);

    await recordRun(page, 'TC-03', 'A user outside the enabled group cannot reset', 'Fail');
    // The drawer's simulator block says so in words, with the step that decided.
    const drawer = page.getByRole('dialog');
    const panel = drawer.getByTestId('case-simulation');
    await panel.getByText('Disagrees with tester').waitFor();
    await panel.getByText(/The testers recorded \u201cFailed\u201d, but in the simulator the case passes/).waitFor();
    const step = simSteps(panel).first();
    expect(await step.getByText('SIM-RESET-001', { exact: true }).isVisible()).toBe(true);
    expect(await step.getByText('Not enabled for self-service reset (notEnabled)', { exact: true }).isVisible()).toBe(true);
    expect(await step.getByText('As expected', { exact: false }).isVisible()).toBe(true);
    await closeCase(page);

    await row(page, 'TC-03').getByText('Disagrees with tester').waitFor();
    await page.getByRole('status').filter({ hasText: 'Simulator: 9 of 9 cases pass · 1 disagreement with the testers' }).waitFor();
    expect(await table(page).getByText('Disagrees with tester').count()).toBe(1);
    // Simulated results are computed, never written to the plan.
    expect(JSON.stringify(await savedPlan(app.server))).not.toContain('Simulated');
    await page.close();
  });

  it('turns a case into a simulated fail when the policy changes, beside the tester pass', async () => {
    const page = await openMatrix();
    await recordRun(page, 'TC-08', 'Password reset from the Windows sign-in screen', 'Pass');
    await closeCase(page);
    await callApi(app.server, 'plan.update', { changes: [{ path: 'policy.lockScreenReset', value: 'off' }] });

    await page.reload();
    await table(page).waitFor();
    await runSimulator(page);
    await page.getByRole('status').filter({ hasText: 'Simulator: 8 of 9 cases pass · 2 disagreements with the testers' }).waitFor();
    const tc08 = row(page, 'TC-08');
    expect(await tc08.getByText('Simulated fail').isVisible()).toBe(true);
    expect(await tc08.getByText('Disagrees with tester').isVisible()).toBe(true);

    // Per case, from the drawer: the step that failed, its rule and what was expected.
    await page.getByRole('button', { name: 'Open TC-08: Password reset from the Windows sign-in screen' }).click();
    const panel = page.getByRole('dialog').getByTestId('case-simulation');
    await panel.getByRole('button', { name: 'Run in simulator' }).click();
    const steps = simSteps(panel);
    await steps.nth(1).getByText('SIM-DEVICE-001', { exact: true }).waitFor();
    expect(await steps.nth(0).getByText('User registered for self-service password reset').isVisible()).toBe(true);
    expect(await steps.nth(1).getByText(/Not as expected/).isVisible()).toBe(true);
    expect(await steps.nth(1).getByText('Lock-screen link not offered (deviceUnsupported)', { exact: true }).isVisible()).toBe(true);

    // Putting the policy back passes the case again on the next run.
    await closeCase(page);
    await callApi(app.server, 'plan.update', { changes: [{ path: 'policy.lockScreenReset', value: 'intune' }] });
    await page.reload();
    await table(page).waitFor();
    await runSimulator(page);
    await page.getByRole('status').filter({ hasText: 'Simulator: 9 of 9 cases pass · 1 disagreement with the testers' }).waitFor();
    expect(await row(page, 'TC-08').getByText('Disagrees with tester').count()).toBe(0);
    await page.close();
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
