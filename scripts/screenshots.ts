// npm run shots: screenshots of every section, light and dark, wide and narrow, into shots/.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SECTION_IDS } from '../shared/plan/findings';
import { serve } from '../test/e2e/serve';
import { launchChromium } from '../test/e2e/shots';
import type { Page } from 'playwright-core';

const out = process.argv[2] ?? 'shots';
mkdirSync(out, { recursive: true });
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sspr-shots-'));
const server = await serve([], { SSPR_PLANNER_DATA: dataDir });
const browser = await launchChromium();

/** The app scrolls inside <main>: the window grows to the content so one picture holds the whole view. */
async function wholeView(page: Page, file: string, width: number): Promise<void> {
  const height = await page.evaluate('(() => { const m = document.querySelector("main"); return m ? m.scrollHeight + m.getBoundingClientRect().top : 800; })()');
  await page.setViewportSize({ width, height: Math.max(800, Math.ceil(Number(height))) });
  // Responsive charts redraw after the resize, and buttons finish their colour transitions.
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, file) });
  await page.setViewportSize({ width, height: 800 });
}

const demo = path.resolve('demo/contoso');
const memberFiles = readdirSync(path.join(demo, 'groups')).map((f) => path.join(demo, 'groups', f));
const badUsers = path.join(dataDir, 'users-without-upn.csv');
writeFileSync(badUsers, 'displayName,mail\nAnn Lee,ann.lee@contoso.com\n');

/** Licensing's Tenant data and Coverage views, and Rollout's registration per wave: before, after and a refused import. */
async function tenantScreens(page: Page, tag: string, width: number): Promise<void> {
  await page.goto(`${server.url}#/licensing`);
  await page.getByRole('tab', { name: 'Tenant data' }).click();
  await page.locator('dl[aria-label="Counts of the tenant snapshot"]').waitFor();
  await wholeView(page, `licensing-tenant-${tag}.png`, width);
  await page.getByLabel('Choose the users file').setInputFiles(path.join(demo, 'users.csv'));
  await page.getByLabel('Choose group member files').setInputFiles(memberFiles);
  await page.getByLabel('Choose the licenses file').setInputFiles(path.join(demo, 'licenses.csv'));
  await page.getByLabel('Choose the roles file').setInputFiles(path.join(demo, 'roles.csv'));
  await page.getByLabel('Choose the registration details file').setInputFiles(path.join(demo, 'registration.csv'));
  await wholeView(page, `licensing-tenant-chosen-${tag}.png`, width);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText('Import finished').waitFor();
  await wholeView(page, `licensing-tenant-imported-${tag}.png`, width);
  await page.getByLabel('Choose the users file').setInputFiles(badUsers);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const refusal = page.getByRole('alert');
  await refusal.waitFor();
  // No hover state on the Import button, and the whole message in the picture.
  await page.mouse.move(0, 0);
  await refusal.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, `licensing-tenant-refused-${tag}.png`) });
  await page.getByRole('tab', { name: 'Coverage by user' }).click();
  await page.getByRole('heading', { name: 'Coverage by wave' }).waitFor();
  await wholeView(page, `licensing-coverage-${tag}.png`, width);
  await page.goto(`${server.url}#/rollout`);
  const registration = page.getByRole('region', { name: 'Registration per wave' });
  await registration.getByRole('list').waitFor();
  await registration.screenshot({ path: path.join(out, `rollout-registration-${tag}.png`) });
}

const SCENARIO = {
  name: 'Pilot smoke test',
  steps: [
    { on: '2027-01-12', do: 'reset', user: 'isabel.ferreira@contoso.com', with: ['email'], expect: { outcome: 'success', notifications: ['user'] } },
    { on: '2027-01-12', do: 'reset', user: 'jonah.whitaker@contoso.com', expect: { outcome: 'success' } },
    { on: '2027-01-12', do: 'lockScreenReset', user: 'isabel.ferreira@contoso.com', device: { join: 'domain', windowsBuild: 19045 }, expect: { outcome: 'deviceUnsupported' } },
  ],
};

/** The Simulator's three views on the demo plan: the sweep, a walk through the portal, a scenario run and a refused file. */
async function simulatorScreens(page: Page, tag: string, width: number): Promise<void> {
  await page.goto(`${server.url}#/simulator`);
  await page.getByRole('region', { name: 'The whole tenant at a glance' }).waitFor();
  await page.getByRole('heading', { name: 'Outcome by wave' }).waitFor();
  await wholeView(page, `simulator-sweep-${tag}.png`, width);

  await page.getByRole('tab', { name: 'Try it' }).click();
  await page.getByRole('combobox', { name: 'Find a user' }).pressSequentially('isabel');
  await page.getByRole('option', { name: /isabel\.ferreira/ }).click();
  await page.getByRole('textbox', { name: 'User name' }).fill('isabel.ferreira@contoso.com');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: 'Email' }).check();
  await page.getByRole('checkbox', { name: 'Mobile phone (text message)' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('textbox', { name: 'Code from Email' }).waitFor();
  await page.mouse.move(0, 0);
  await wholeView(page, `simulator-tryit-verify-${tag}.png`, width);
  const devices = page.getByRole('region', { name: 'Simulated inbox and phone' });
  const code = async (from: RegExp) => /\b(\d{6})\b/.exec(await devices.getByRole('listitem').filter({ hasText: from }).innerText())?.[1] ?? '';
  await page.getByRole('textbox', { name: 'Code from Email' }).fill(await code(/Inbox of/));
  await page.getByRole('textbox', { name: 'Code from Mobile phone (text message)' }).fill('123');
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByLabel('New password', { exact: true }).fill('Blue-Kettle-42');
  await page.getByLabel('Confirm new password').fill('Blue-Kettle-42');
  await page.getByRole('button', { name: 'Reset password' }).click();
  await page.getByText('Password reset (success)').waitFor();
  await page.mouse.move(0, 0);
  await wholeView(page, `simulator-tryit-result-${tag}.png`, width);
  // An admin at the lock screen verifying with one method: the device fields, the refusal and the attempt log.
  await page.getByRole('radio', { name: 'Windows lock screen' }).check();
  await page.getByRole('combobox', { name: 'Find a user' }).fill('');
  await page.getByRole('combobox', { name: 'Find a user' }).pressSequentially('volkov');
  await page.getByRole('option', { name: /adm\.dmitri\.volkov/ }).click();
  await page.getByRole('textbox', { name: 'User name' }).fill('adm.dmitri.volkov@contoso.com');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: 'Mobile phone (text message)' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('textbox', { name: 'Code from Mobile phone (text message)' }).fill(await code(/Text message to/));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('list', { name: 'Earlier attempts' }).waitFor();
  await page.mouse.move(0, 0);
  await wholeView(page, `simulator-tryit-failed-${tag}.png`, width);

  await page.getByRole('tab', { name: 'Scenario file' }).click();
  await page.getByRole('textbox', { name: 'Scenario JSON' }).fill(JSON.stringify(SCENARIO, null, 2));
  await page.getByRole('button', { name: 'Run scenario' }).click();
  await page.getByRole('table', { name: 'Scenario steps and their results' }).waitFor();
  await page.mouse.move(0, 0);
  await wholeView(page, `simulator-scenario-${tag}.png`, width);
  await page.getByRole('textbox', { name: 'Scenario JSON' }).fill('{ "name": "Bad", "steps": [ { "on": "2027-02-30", "do": "reset", "user": "ann@contoso.com" } ] }');
  await page.getByRole('button', { name: 'Run scenario' }).click();
  await page.getByRole('alert').waitFor();
  await page.mouse.move(0, 0);
  await wholeView(page, `simulator-scenario-refused-${tag}.png`, width);
}

/** Communications: each tab, the email preview at phone width in dark colours, and a refused logo. */
async function communicationsScreens(page: Page, tag: string, width: number): Promise<void> {
  await page.goto(`${server.url}#/communications`);
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });
  const preview = page.frameLocator('iframe[title^="Preview of"]').locator('body');
  await preview.getByText('Contoso').first().waitFor();
  await page.mouse.move(0, 0);
  await wholeView(page, `communications-emails-${tag}.png`, width);
  await page.getByRole('navigation', { name: 'Campaign emails' }).getByRole('button', { name: /^Registration Reminder,/ }).click();
  await page.getByRole('radio', { name: 'Narrow' }).check();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.mouse.move(0, 0);
  await wholeView(page, `communications-preview-narrow-dark-${tag}.png`, width);
  await tab('Schedule').click();
  await page.getByRole('table', { name: /^Sends of / }).first().waitFor();
  await wholeView(page, `communications-schedule-${tag}.png`, width);
  await tab('Branding & sender').click();
  await page.getByLabel('Choose a logo image').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await page.getByRole('alert').waitFor();
  await page.mouse.move(0, 0);
  await wholeView(page, `communications-branding-refused-${tag}.png`, width);
  await tab('Landing page').click();
  await page.frameLocator('iframe[title="Preview of the landing page"]').getByRole('heading').first().waitFor();
  await wholeView(page, `communications-landing-${tag}.png`, width);
  await tab('Test send').click();
  await page.getByRole('button', { name: 'Send test email' }).waitFor();
  await page.waitForLoadState('networkidle');
  await wholeView(page, `communications-testsend-${tag}.png`, width);
}

/** The host's API with the launch token, for setting up a state the screenshots need. */
async function api<T>(method: string, body: unknown): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sspr-token': server.token },
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!answer.ok) throw new Error(`${method}: ${answer.error?.message}`);
  return answer.value;
}

const shiftDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function openForecast(page: Page): Promise<void> {
  await page.goto(`${server.url}#/rollout`);
  await page.getByRole('tab', { name: 'Forecast' }).click();
  await page.getByTestId('forecast-chart').waitFor();
  await page.getByRole('heading', { name: 'Saved per month' }).waitFor();
  await page.mouse.move(0, 0);
}

/**
 * Rollout → Forecast on the demo plan (after the tenant import), then with the pilot moved five weeks
 * into the past so that it lags its forecast and the reminder suggestion shows; the plan is put back after.
 */
async function forecastScreens(page: Page, tag: string, width: number): Promise<void> {
  await openForecast(page);
  await wholeView(page, `rollout-forecast-${tag}.png`, width);

  const { plan } = await api<{ plan: { rollout: { phases: { id: string; start: string | null }[] }; communications: { emails: { phaseId: string; kind: string; sendDate: string | null }[] } } }>('plan.get', {});
  const pilot = plan.rollout.phases[0];
  const today = new Date().toISOString().slice(0, 10);
  const shift = { comingSoon: -42, availableNow: -35, reminder: -28, custom: -28 } as Record<string, number>;
  const sends = plan.communications.emails.flatMap((e, i) => (e.phaseId === pilot.id ? [{ i, e }] : []));
  await api('plan.update', {
    changes: [
      { path: 'rollout.phases.0.start', value: shiftDays(today, -35) },
      ...sends.map(({ i, e }) => ({ path: `communications.emails.${i}.sendDate`, value: shiftDays(today, shift[e.kind]) })),
    ],
  });
  try {
    await openForecast(page);
    await page.getByRole('list', { name: 'Waves behind the forecast' }).waitFor();
    await wholeView(page, `rollout-forecast-behind-${tag}.png`, width);
  } finally {
    await api('plan.update', {
      changes: [
        { path: 'rollout.phases.0.start', value: pilot.start },
        ...sends.map(({ i, e }) => ({ path: `communications.emails.${i}.sendDate`, value: e.sendDate })),
      ],
    });
  }
}

/** Where the plan's documents are exported: Rollout's verdict, the File menu, Support's cheat sheet. */
async function documentsScreens(page: Page, tag: string): Promise<void> {
  await page.goto(`${server.url}#/rollout`);
  const verdict = page.getByRole('region', { name: 'Go / no-go' });
  await verdict.getByRole('button', { name: 'Export plan (.docx)' }).waitFor();
  await page.screenshot({ path: path.join(out, `rollout-exports-${tag}.png`) });
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Export plan (.docx)' }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, `file-menu-documents-${tag}.png`) });
  await page.keyboard.press('Escape');
  await page.goto(`${server.url}#/support`);
  const sheet = page.getByRole('region', { name: 'Support cheat sheet' });
  await sheet.getByRole('button', { name: 'Download cheat sheet (.docx)' }).waitFor();
  await sheet.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, `support-cheatsheet-download-${tag}.png`) });
}

/** SSPR_SHOTS_ONLY=communications (or documents) takes only those pictures, for a quick look while working on it. */
const only = process.env.SSPR_SHOTS_ONLY;

try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 900]) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
      if (only === 'communications') {
        await communicationsScreens(page, `${scheme}-${width}`, width);
        await page.close();
        continue;
      }
      if (only === 'documents') {
        await documentsScreens(page, `${scheme}-${width}`);
        await page.close();
        continue;
      }
      for (const section of SECTION_IDS) {
        await page.goto(`${server.url}#/${section}`);
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(out, `${section}-${scheme}-${width}.png`), fullPage: section === 'configuration' });
      }
      await communicationsScreens(page, `${scheme}-${width}`, width);
      await simulatorScreens(page, `${scheme}-${width}`, width);
      await tenantScreens(page, `${scheme}-${width}`, width);
      await forecastScreens(page, `${scheme}-${width}`, width);
      await documentsScreens(page, `${scheme}-${width}`);
      await page.close();
    }
  }
  console.log(`Screenshots in ${out}/`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
