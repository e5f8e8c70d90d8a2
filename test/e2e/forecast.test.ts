import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Forecast } from '../../shared/simulator/forecast/types';
import { localToday } from '../../shared/today';
import { callApi, collectErrors, savedPlan, useDemoApp } from './helpers';

const app = useDemoApp('sspr-e2e-forecast-');
const consoleErrors: string[] = [];
let page: Page;

/** The median curve as the chart carries it (data-p50), from the host's own forecast of the saved plan. */
const expectedCurve = async () => (await callApi<Forecast>(app.server, 'forecast.run', {})).registeredShare.p50.map((v) => v.toFixed(4)).join(' ');
const chart = () => page.getByTestId('forecast-chart');
const shownCurve = () => chart().getAttribute('data-p50');
const figure = (key: string) => page.getByRole('region', { name: 'Adoption forecast at a glance' }).locator(`[data-figure="${key}"] dd`).last();

async function openForecast(): Promise<void> {
  await page.evaluate("location.hash = '#/rollout'");
  await page.getByRole('tab', { name: 'Forecast' }).click();
  await chart().waitFor();
}

/** The chart follows the saved plan: wait until it shows what forecast.run answers now. */
async function chartMatchesHost(): Promise<string> {
  const expected = await expectedCurve();
  await expect.poll(shownCurve, { timeout: 10_000 }).toBe(expected);
  return expected;
}

afterAll(() => expect(consoleErrors).toEqual([]));

const DEMO = path.resolve('demo/contoso');
const shiftDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('Rollout → Forecast in browser mode', () => {
  it('shows the headline figures and the registration chart of the demo plan', async () => {
    page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    collectErrors(page, consoleErrors);
    await page.goto(`${app.server.url}#/rollout`);
    await openForecast();
    const forecast = await callApi<Forecast>(app.server, 'forecast.run', {});
    expect(await figure('users').innerText()).toBe(forecast.users.toLocaleString('en-US'));
    expect(await figure('atEnd').innerText()).toBe(`${Math.round(forecast.registeredShare.p50.at(-1)! * 100)}%`);
    await page.getByRole('img', { name: /^Line chart, All waves, from .* campaign sends? marked/ }).waitFor();
    await chartMatchesHost();
    // The wave selector redraws the chart for one wave.
    await page.getByLabel('Wave shown').selectOption('Wave 1');
    await page.getByRole('heading', { name: 'Registered share per day, Wave 1' }).waitFor();
    const wave1 = forecast.waves.find((w) => w.wave === 'Wave 1')!;
    await expect.poll(shownCurve).toBe(wave1.registeredShare.p50.map((v) => v.toFixed(4)).join(' '));
    await page.getByLabel('Wave shown').selectOption({ label: 'All waves' });
    await chartMatchesHost();
    // The money saved is shown with its assumptions.
    await page.getByRole('region', { name: 'Return on investment' }).getByText(/password calls a month/).first().waitFor();
  });

  it('saves an edited assumption and redraws; refuses an out-of-range value with a message', async () => {
    const before = await shownCurve();
    const signIn = page.getByRole('textbox', { name: 'Daily sign-in chance (%)' });
    expect(await signIn.inputValue()).toBe('60');
    await signIn.fill('15');
    await signIn.press('Enter');
    await expect.poll(async () => (await savedPlan(app.server)).forecast.signInRate).toBe(0.15);
    const after = await chartMatchesHost();
    expect(after).not.toBe(before);

    await signIn.fill('150');
    await signIn.press('Enter');
    await page.getByText('Enter a percentage from 0 to 100.').waitFor();
    expect((await savedPlan(app.server)).forecast.signInRate).toBe(0.15);
    expect(await shownCurve()).toBe(after);
    // Putting a valid value back clears the message.
    await signIn.fill('60');
    await signIn.press('Enter');
    await expect.poll(async () => (await savedPlan(app.server)).forecast.signInRate).toBe(0.6);
    await expect.poll(() => page.getByText('Enter a percentage from 0 to 100.').count()).toBe(0);
    expect(await chartMatchesHost()).toBe(before);
  });

  it('moves the curve when a send date moves later', async () => {
    const before = await shownCurve();
    await page.getByRole('tab', { name: 'Phases' }).click();
    const date = page.getByRole('region', { name: 'Wave 1' }).getByLabel('Send date of Available Now (Wave 1)');
    const was = await date.inputValue();
    expect(was).toBe('2027-02-01');
    await date.fill('2027-03-08');
    await date.press('Enter');
    const sendDate = async () => (await savedPlan(app.server)).communications.emails.find((e) => e.name === 'Available Now (Wave 1)')?.sendDate;
    await expect.poll(sendDate).toBe('2027-03-08');

    await page.getByRole('tab', { name: 'Forecast' }).click();
    const after = await chartMatchesHost();
    expect(after).not.toBe(before);
    // The send's marker moved with it.
    await page.getByText(/Available Now \(Wave 1\), Mar 8, 2027/).waitFor();
  });

  it('lowers the registered share at the end of the horizon when registration is no longer required', async () => {
    const endBefore = Number(await chart().getAttribute('data-p50-end'));
    await page.evaluate("location.hash = '#/configuration'");
    const required = page.getByRole('switch', { name: 'Require users to register when signing in' });
    expect(await required.isChecked()).toBe(true);
    await required.click();
    await expect.poll(async () => (await savedPlan(app.server)).policy.requireRegistration).toBe(false);

    await openForecast();
    await chartMatchesHost();
    const endAfter = Number(await chart().getAttribute('data-p50-end'));
    expect(endAfter).toBeLessThan(endBefore);
    expect(await figure('atEnd').innerText()).toBe(`${Math.round(endAfter * 100)}%`);
  });

  it('flags a started wave that lags its forecast and adds the suggested reminder to the campaign', async () => {
    await callApi(app.server, 'plan.update', { changes: [{ path: 'policy.requireRegistration', value: true }] });
    // The pilot started five weeks ago; the registration details say who has registered since.
    const today = localToday();
    const plan = await savedPlan(app.server);
    const pilot = plan.rollout.phases.find((p) => p.name === 'Pilot')!;
    const emails = plan.communications.emails.map((e, i) => ({ e, i })).filter(({ e }) => e.phaseId === pilot.id);
    await callApi(app.server, 'plan.update', {
      changes: [
        { path: 'rollout.phases.0.start', value: shiftDays(today, -35) },
        ...emails.map(({ e, i }) => ({ path: `communications.emails.${i}.sendDate`, value: shiftDays(today, e.kind === 'comingSoon' ? -42 : e.kind === 'availableNow' ? -35 : -28) })),
      ],
    });
    await page.goto(`${app.server.url}#/licensing`);
    await page.getByRole('tab', { name: 'Tenant data' }).click();
    await page.getByLabel('Choose the users file').setInputFiles(path.join(DEMO, 'users.csv'));
    await page.getByLabel('Choose group member files').setInputFiles(readdirSync(path.join(DEMO, 'groups')).map((f) => path.join(DEMO, 'groups', f)));
    await page.getByLabel('Choose the registration details file').setInputFiles(path.join(DEMO, 'registration.csv'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Import finished').waitFor();

    await openForecast();
    const forecast = await callApi<Forecast>(app.server, 'forecast.run', {});
    const behind = forecast.waves.find((w) => w.wave === 'Pilot')!;
    expect(behind.behind).toBe(true);
    expect(behind.suggestedReminder).not.toBeNull();
    const warnings = page.getByRole('list', { name: 'Waves behind the forecast' });
    await warnings.getByText(/^Pilot: \d+% registered, the forecast expected at least \d+%\./).waitFor();
    const status = page.getByRole('region', { name: 'Adoption forecast at a glance' }).getByRole('status');
    expect(await status.innerText()).toMatch(/Pilot is behind the forecast/);

    await warnings.getByRole('button', { name: /^Add a reminder on .* for Pilot$/ }).click();
    await warnings.getByText(/A reminder for Pilot on .* is in the plan/).waitFor();
    const added = (await savedPlan(app.server)).communications.emails.at(-1);
    expect(added).toMatchObject({ kind: 'reminder', name: 'Extra reminder (Pilot)', phaseId: pilot.id, sendDate: behind.suggestedReminder });
    // The new send is marked on the chart, and the button is gone so it cannot be added twice.
    await page.getByText(/Extra reminder \(Pilot\)/).waitFor();
    expect(await warnings.getByRole('button').count()).toBe(0);
    await page.close();
  });
});
