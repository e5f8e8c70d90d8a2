import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SweepReport } from '../../shared/simulator/sweep';
import { serve } from './serve';
import { callApi, collectErrors, newPlanFile, useDemoApp } from './helpers';

const app = useDemoApp('sspr-e2e-simulator-');
const consoleErrors: string[] = [];


/** The page's "today": the browser and this process share the machine's time zone. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** `refusals`: the API is expected to refuse a call (HTTP 400), which Chromium logs as a console error. */
async function openSimulator(tab: 'Whole tenant' | 'Try it' | 'Scenario file', refusals = false): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  collectErrors(page, errors);
  page.on('close', () => consoleErrors.push(...errors.filter((e) => !(refusals && e.includes('status of 400')))));
  await page.goto(`${app.server.url}#/simulator`);
  await page.getByRole('tab', { name: tab }).click();
  return page;
}

// Demo users (shared/plan/demoTenant.ts) under the demo policy (scope SSPR-Pilot, one method to reset):
/** Sales pilot volunteer: enabled, synced (writeback on), phone and personal email registered. */
const ISABEL = 'isabel.ferreira@contoso.com';
/** Sales, not in the pilot group: not enabled. */
const JONAH = 'jonah.whitaker@contoso.com';
/** Cloud-only Global administrator with app push, app code and phone: must verify with two. */
const ADMIN = 'adm.dmitri.volkov@contoso.com';

async function pickUser(page: Page, search: string, upn: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Find a user' });
  await box.fill('');
  await box.pressSequentially(search);
  await page.getByRole('option', { name: new RegExp(upn.replace(/\./g, '\\.')) }).click();
  await page.getByRole('region', { name: 'Simulated password reset portal' }).waitFor();
}

async function identify(page: Page, upn: string): Promise<void> {
  await page.getByRole('textbox', { name: 'User name' }).fill(upn);
  await page.getByRole('button', { name: 'Next' }).click();
}

async function chooseMethods(page: Page, methods: string[]): Promise<void> {
  for (const m of methods) await page.getByRole('checkbox', { name: m }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** The six-digit code the simulated inbox or phone shows next to `from` (e.g. "Inbox of …"). */
async function codeFrom(page: Page, from: RegExp): Promise<string> {
  const item = page.getByRole('region', { name: 'Simulated inbox and phone' }).getByRole('listitem').filter({ hasText: from });
  const text = await item.innerText();
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  expect(code, text).toBeDefined();
  return code as string;
}

async function setPassword(page: Page, password: string): Promise<void> {
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Confirm new password').fill(password);
  await page.getByRole('button', { name: 'Reset password' }).click();
}

const result = (page: Page) => page.getByRole('region', { name: 'Simulated password reset portal' }).locator('section[aria-label="What the simulator decided"]');

describe('Simulator in browser mode on the demo plan', () => {
  it('Whole tenant: the figures are the API\u2019s sweep for today, and the CSV has every user', async () => {
    const page = await openSimulator('Whole tenant');
    const on = today();
    expect(await page.getByLabel('Simulate on').inputValue()).toBe(on);
    const sweep = await callApi<SweepReport>(app.server, 'simulator.sweep', { on });
    const figures = page.getByRole('region', { name: 'The whole tenant at a glance' });
    await figures.waitFor();
    const figure = async (key: string) => Number((await figures.locator(`[data-figure="${key}"] dd`).innerText()).replace(/\D/g, ''));
    expect(await figure('users')).toBe(sweep.users);
    expect(await figure('enabled')).toBe(sweep.enabled);
    expect(await figure('promptRegister')).toBe(sweep.promptRegister);
    expect(await figure('promptReconfirm')).toBe(sweep.promptReconfirm);
    expect(await figure('canReset')).toBe(sweep.canReset);
    expect(await figure('cannotReset')).toBe(sweep.enabled - sweep.canReset);
    // The demo's pilot tester has not registered yet: the one reason on the list.
    expect(sweep.reasons.length).toBeGreaterThan(0);
    const reasons = page.getByRole('table', { name: 'Reasons enabled users cannot reset' });
    for (const r of sweep.reasons) await reasons.getByRole('row').filter({ hasText: r.rule }).filter({ hasText: String(r.users) }).waitFor();
    await page.getByRole('table', { name: 'Users who need attention' }).getByText('sspr.pilot.tester@contoso.com').waitFor();
    await page.getByRole('heading', { name: 'Outcome by wave' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`-sweep-${on}\\.csv$`));
    const file = path.join(app.dataDir, download.suggestedFilename());
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('userPrincipalName,displayName,wave,enabled,signIn,reset,rule,why');
    expect(lines).toHaveLength(sweep.users + 1);
    expect(lines.find((l) => l.startsWith('sspr.pilot.tester@contoso.com,'))).toContain('notRegistered,SIM-RESET-004');

    // Another date runs the sweep again: by the full rollout every wave has started.
    await page.getByLabel('Simulate on').fill('2027-04-01');
    const later = await callApi<SweepReport>(app.server, 'simulator.sweep', { on: '2027-04-01' });
    expect(later.enabled).toBeGreaterThan(sweep.enabled);
    await expect.poll(() => figure('enabled')).toBe(later.enabled);
    await page.close();
  });

  it('Try it: an enabled user resets with an emailed code after a wrong code and a weak password', async () => {
    const page = await openSimulator('Try it');
    await page.getByText('no code, email, text message or notification is ever sent').waitFor();
    await pickUser(page, 'isabel', ISABEL);
    const facts = page.getByRole('definition').filter({ hasText: 'Email' });
    await facts.waitFor();

    await identify(page, 'someone.else@contoso.com');
    await page.getByText(`This walk-through is for ${ISABEL}`).waitFor();
    await identify(page, ISABEL);

    // A wrong code leaves email out of the step: the engine finds too few methods verified.
    await chooseMethods(page, ['Email']);
    const code = await codeFrom(page, /Inbox of isabel\.ferreira@example\.net/);
    await page.getByRole('textbox', { name: 'Code from Email' }).fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('alert').filter({ hasText: 'Verification failed: Not enough methods verified' }).getByText('SIM-RESET-005').waitFor();
    await page.getByRole('list', { name: 'Earlier attempts' }).getByText('Self-service password reset flow activity progress').waitFor();

    await chooseMethods(page, ['Email']);
    await page.getByRole('textbox', { name: 'Code from Email' }).fill(await codeFrom(page, /Inbox of/));
    await page.getByRole('button', { name: 'Verify' }).click();

    await setPassword(page, 'short');
    await page.getByText('Too short: use at least 8 characters.').waitFor();
    await setPassword(page, 'Blue-Kettle-42');

    const decided = result(page);
    await decided.getByText('Password reset (success)').waitFor();
    await decided.getByText('SIM-RESET-008').waitFor();
    expect(await decided.locator('li[data-kind]').allInnerTexts()).toEqual([`The user is told of the reset: ${ISABEL}`]);
    await decided.getByText('Reset password (self-service)', { exact: true }).waitFor();
    await page.close();
  });

  it('Try it: a user outside the scope is refused once identified; a domain-joined PC shows no link', async () => {
    const page = await openSimulator('Try it');
    await pickUser(page, 'whitaker', JONAH);
    await identify(page, JONAH);
    await result(page).getByText('Not enabled for self-service reset (notEnabled)').waitFor();
    await result(page).getByText('SIM-RESET-001').waitFor();
    await result(page).getByText('Nobody is notified.').waitFor();

    await pickUser(page, 'isabel', ISABEL);
    await page.getByRole('radio', { name: 'Windows lock screen' }).check();
    await page.getByRole('combobox', { name: 'Device join' }).selectOption('domain');
    await identify(page, ISABEL);
    await result(page).getByText('Lock-screen link not offered (deviceUnsupported)').waitFor();
    await result(page).getByText('SIM-DEVICE-002').waitFor();
    await page.close();
  });

  it('Try it: an administrator needs two methods, and the other admins are told of the reset', async () => {
    const page = await openSimulator('Try it');
    await pickUser(page, 'volkov', ADMIN);
    await page.getByRole('term').filter({ hasText: 'Methods a reset needs' }).waitFor();
    expect(await page.locator('dl[aria-label^="Who Dmitri Volkov"] div').filter({ hasText: 'Methods a reset needs' }).locator('dd').innerText()).toBe('2');
    await identify(page, ADMIN);

    await chooseMethods(page, ['Mobile phone (text message)']);
    await page.getByRole('textbox', { name: 'Code from Mobile phone (text message)' }).fill(await codeFrom(page, /Text message to/));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('alert').filter({ hasText: 'Not enough methods verified' }).getByText('SIM-RESET-005').waitFor();

    await chooseMethods(page, ['Mobile phone (text message)', 'Authenticator app code']);
    await page.getByRole('textbox', { name: 'Code from Mobile phone (text message)' }).fill(await codeFrom(page, /Text message to/));
    await page.getByRole('textbox', { name: 'Code from Authenticator app code' }).fill(await codeFrom(page, /Authenticator app/));
    await page.getByRole('button', { name: 'Verify' }).click();
    await setPassword(page, 'Blue-Kettle-42');

    const decided = result(page);
    await decided.getByText('Password reset (success)').waitFor();
    const told = await decided.locator('li[data-kind="allAdmins"]').innerText();
    // Password administrators come first in the notification order, and the demo has two.
    expect(told).toBe('All administrators are told: farid.haddad@contoso.com, grace.nakamura@contoso.com');
    await decided.locator('li[data-kind="user"]').getByText(ADMIN).waitFor();
    await page.close();
  });

  it('Scenario file: a file that passes shows each step met; a malformed one shows the API\u2019s message', async () => {
    const page = await openSimulator('Scenario file', true);
    const scenario = {
      name: 'Pilot smoke test',
      steps: [
        { on: '2026-12-03', do: 'reset', user: ISABEL, with: ['email'], expect: { outcome: 'success', notifications: ['user'], audit: ['Reset password (self-service)'] } },
        { on: '2026-12-03', do: 'reset', user: JONAH, expect: { outcome: 'notEnabled' } },
        { on: '2026-12-03', do: 'lockScreenReset', user: ISABEL, device: { join: 'domain', windowsBuild: 19045 }, expect: { outcome: 'deviceUnsupported', rule: 'SIM-DEVICE-002' } },
      ],
    };
    const file = path.join(app.dataDir, 'pilot.json');
    writeFileSync(file, JSON.stringify(scenario, null, 2));
    await page.getByLabel('Choose a scenario file').setInputFiles(file);
    await page.getByText('Pilot smoke test: every expectation met (3 steps checked).').waitFor();
    const steps = page.getByRole('table', { name: 'Scenario steps and their results' });
    expect(await steps.getByRole('row').count()).toBe(4);
    expect(await steps.getByText('Met', { exact: true }).count()).toBe(3);
    await steps.getByText('SIM-DEVICE-002').waitFor();

    // An expectation the engine does not meet is named with what came instead.
    const wrong = { ...scenario, name: 'Wrong hope', steps: [{ ...scenario.steps[1], expect: { outcome: 'success' } }] };
    await page.getByRole('textbox', { name: 'Scenario JSON' }).fill(JSON.stringify(wrong));
    await page.getByRole('button', { name: 'Run scenario' }).click();
    await page.getByText('Wrong hope: 1 of 1 checked step did not go as expected.').waitFor();
    await steps.getByText('outcome: expected success, got notEnabled (SIM-RESET-001)').waitFor();

    const malformed = JSON.stringify({ name: 'Bad', steps: [{ on: '2026-12-03', do: 'reset', user: ISABEL }, { on: '2026-12-03', do: 'fly', user: ISABEL }] });
    const apiMessage = await callApi(app.server, 'simulator.runScenario', { json: malformed, source: 'the pasted scenario' }).then(
      () => '',
      (e: Error) => e.message.replace(/^simulator\.runScenario: SCENARIO_INVALID /, ''),
    );
    expect(apiMessage).toContain('steps[1].do');
    await page.getByRole('textbox', { name: 'Scenario JSON' }).fill(malformed);
    await page.getByRole('button', { name: 'Run scenario' }).click();
    await page.getByRole('alert').getByText(apiMessage).waitFor();
    expect(await page.getByRole('table', { name: 'Scenario steps and their results' }).count()).toBe(0);

    await page.getByRole('textbox', { name: 'Scenario JSON' }).fill('{ "name": "cut off", ');
    await page.getByRole('button', { name: 'Run scenario' }).click();
    await page.getByRole('alert').getByText(/the pasted scenario is not valid JSON/).waitFor();
    await page.close();
  });

  it('a plan without imported users points to Licensing \u2192 Tenant data', async () => {
    const emptyDir = mkdtempSync(path.join(os.tmpdir(), 'sspr-e2e-simulator-empty-'));
    const empty = await serve([newPlanFile(emptyDir, 'empty.ssprplan')], { SSPR_PLANNER_DATA: emptyDir });
    try {
      const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
      collectErrors(page, consoleErrors);
      await page.goto(`${empty.url}#/simulator`);
      await page.getByText('No users imported yet').waitFor();
      await page.getByRole('tab', { name: 'Try it' }).click();
      await page.getByRole('button', { name: 'Open Tenant data' }).click();
      await page.getByRole('tab', { name: 'Tenant data', selected: true }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/licensing');
      await page.close();
    } finally {
      await empty.stop();
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
