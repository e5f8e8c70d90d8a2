import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from './serve';
import { launchChromium } from './shots';
import { collectErrors, newPlanFile, savedPlan as readSavedPlan } from './helpers';

let dataDir: string;
let planPath: string;
let server: Served;
let browser: Browser;
const consoleErrors: string[] = [];
/** Set SSPR_E2E_SHOTS to a folder to keep screenshots of the filled sections, light and dark. */
const shotsDir = process.env.SSPR_E2E_SHOTS;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'sspr-e2e-lsr-'));
  planPath = newPlanFile(dataDir, 'empty.ssprplan');
  server = await serve([planPath], { SSPR_PLANNER_DATA: dataDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function open(section: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme });
  collectErrors(page, consoleErrors);
  await page.goto(`${server.url}#/${section}`);
  await page.getByRole('heading', { level: 2 }).waitFor();
  return page;
}

const savedPlan = () => readSavedPlan(server);

/** Types into a control and leaves it, which is when text fields save. */
async function type(page: Page, name: string, text: string, role: 'textbox' | 'combobox' = 'textbox') {
  const box = page.getByRole(role, { name, exact: true });
  await box.fill(text);
  await box.press('Tab');
}

const inputValue = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true }).inputValue();

describe('Licensing, Support and Reporting on a new empty plan', () => {
  it('Licensing: seats (negative refused at the field), a custom SKU, a licensed group and the population', async () => {
    const page = await open('licensing');
    await page.getByText('SSPR-LICENSE-001').waitFor();

    await type(page, 'AAD_PREMIUM: seats owned', '-5');
    await page.getByText('Enter a whole number from 0 to 100000000.').waitFor();
    expect((await savedPlan()).licensing.skus[0].seatsOwned).toBe(0);
    await type(page, 'AAD_PREMIUM: seats owned', '250');
    await expect.poll(async () => (await savedPlan()).licensing.skus[0].seatsOwned).toBe(250);
    await expect.poll(() => page.getByText('SSPR-LICENSE-001').count()).toBe(0);

    const add = page.getByRole('group', { name: 'Add a SKU' });
    await add.getByRole('textbox', { name: 'Part number' }).fill('spe_e3');
    await add.getByRole('button', { name: 'Add SKU' }).click();
    await add.getByText('spe_e3 is already in the table.').waitFor();
    await add.getByRole('textbox', { name: 'Part number' }).fill('SPE_F1');
    await add.getByRole('textbox', { name: 'Name' }).fill('Microsoft 365 F1');
    await add.getByRole('button', { name: 'Add SKU' }).click();
    expect(await inputValue(page, 'Microsoft 365 F1: part number')).toBe('SPE_F1');
    await type(page, 'SPE_F1: seats owned', '30');

    await page.getByRole('textbox', { name: 'Group name' }).fill('LIC-Pilot');
    await page.getByRole('button', { name: 'Add group' }).click();
    await page.getByRole('combobox', { name: 'SKUs assigned by LIC-Pilot' }).click();
    await page.getByRole('option', { name: /^AAD_PREMIUM\b/ }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('listbox', { name: 'SKUs selected for LIC-Pilot' }).getByText('AAD_PREMIUM', { exact: true }).waitFor();

    await type(page, 'Users in scope', '400');
    // Cloud-only plan: AAD_PREMIUM (250) and SPE_F1 (30, cloud reset on by default) qualify.
    await page.getByText('120 seats short of the population in scope.').waitFor();
    await page.getByText('SSPR-LICENSE-002').waitFor();
    await page.getByRole('region', { name: 'Tenant data' }).getByText('no users from the tenant yet').waitFor();

    await expect.poll(async () => (await savedPlan()).licensing.inScopePopulation).toBe(400);
    const { licensing } = await savedPlan();
    expect(licensing.skus.at(-1)).toEqual({ skuPartNumber: 'SPE_F1', name: 'Microsoft 365 F1', cloudReset: true, hybridWriteback: false, seatsOwned: 30 });
    expect(licensing.licensedGroups).toEqual([{ group: 'LIC-Pilot', skus: ['AAD_PREMIUM'] }]);
    await page.close();
  });

  it('Support: edits a scenario\u2019s steps, adds a role and the network access, all on the cheat sheet', async () => {
    const page = await open('support');
    await page.getByRole('button', { name: /^1\. None of the registered methods is at hand/ }).click();
    const steps = page.getByRole('textbox', { name: 'Resolution steps' });
    await steps.fill('Check who is calling\nReset the password in the admin center\nHave the user add a second method');
    await steps.press('Tab');
    await page.getByRole('button', { name: /^1\. None of the registered methods is at hand.*3 steps/ }).waitFor();

    await page.getByRole('textbox', { name: 'Business role', exact: true }).fill('Service desk lead');
    await page.getByRole('combobox', { name: 'Entra role', exact: true }).selectOption('Helpdesk administrator');
    await page.getByRole('button', { name: 'Add role' }).click();
    expect(await inputValue(page, 'Business role 4')).toBe('Service desk lead');

    await type(page, 'Network access policy', 'Open from the corporate network and the internet\nProxy lets passwordreset.microsoftonline.com through');

    const sheet = page.getByRole('article', { name: 'Support cheat sheet preview' });
    await sheet.getByText('Open from the corporate network and the internet').waitFor();
    await sheet.getByText('Service desk lead: Helpdesk administrator').waitFor();
    const first = sheet.getByRole('list').filter({ hasText: 'Reset the password in the admin center' });
    expect(await first.getByRole('listitem').allInnerTexts()).toEqual([
      'Check who is calling',
      'Reset the password in the admin center',
      'Have the user add a second method',
    ]);

    await expect.poll(async () => (await savedPlan()).support.networkAccess).toContain('Proxy lets');
    const { support } = await savedPlan();
    expect(support.scenarios[0].resolution).toBe('Check who is calling\nReset the password in the admin center\nHave the user add a second method');
    expect(support.roles.at(-1)).toEqual({ businessRole: 'Service desk lead', entraRole: 'Helpdesk administrator' });
    if (shotsDir) await shoot(page, 'support-sheet', sheet);
    await page.close();
  });

  it('Reporting: retention and three rows; a 45-day interval against 30 days is flagged at its row and fixed', async () => {
    const page = await open('reporting');
    const table = page.getByRole('table', { name: 'Backup schedule' });
    expect(await table.getByText('SSPR-AUDIT-002').count()).toBe(3);

    await type(page, 'Days Entra ID keeps audit events', '0');
    await page.getByText('Enter a whole number from 1 to 3650.').waitFor();
    await type(page, 'Days Entra ID keeps audit events', '30');

    await page.getByRole('button', { name: 'Remove Reporting backup' }).click();
    await page.getByText('SSPR-AUDIT-003').waitFor();
    await page.getByRole('button', { name: 'Add Reporting backup row' }).click();
    await expect.poll(() => page.getByText('SSPR-AUDIT-003').count()).toBe(0);

    await type(page, 'Auditing backup: download every (days)', '1');
    await page.getByRole('combobox', { name: 'Auditing backup: target system' }).click();
    await page.getByRole('option', { name: 'Microsoft Sentinel' }).click();
    await type(page, 'Auditing backup: responsible party', 'Security operations');
    await type(page, 'Reporting backup: download every (days)', '7');
    await type(page, 'Reporting backup: target system', 'Splunk Cloud', 'combobox');
    await type(page, 'Reporting backup: responsible party', 'Identity team');
    await type(page, 'Disaster-recovery backup: download every (days)', '45');
    await type(page, 'Disaster-recovery backup: target system', 'Azure Storage account', 'combobox');
    await type(page, 'Disaster-recovery backup: responsible party', 'IT operations');

    const flagged = table.getByRole('row').filter({ hasText: 'SSPR-AUDIT-001' });
    await flagged.getByText('Disaster-recovery backup runs every 45 days').waitFor();
    // The last field's save is still on its way when the flag appears; the row is complete once it lands.
    await expect.poll(() => table.getByText('SSPR-AUDIT-002').count()).toBe(0);
    if (shotsDir) await shoot(page, 'reporting-flagged');
    await flagged.getByRole('button', { name: 'Download every 29 days' }).click();
    await expect.poll(() => page.getByText('SSPR-AUDIT-001').count()).toBe(0);
    expect(await inputValue(page, 'Disaster-recovery backup: download every (days)')).toBe('29');

    await expect.poll(async () => (await savedPlan()).reporting.backups[2].frequencyDays).toBe(29);
    expect((await savedPlan()).reporting).toEqual({
      auditRetentionDays: 30,
      backups: [
        { kind: 'auditing', frequencyDays: 1, targetSystem: 'Microsoft Sentinel', responsible: 'Security operations' },
        { kind: 'reporting', frequencyDays: 7, targetSystem: 'Splunk Cloud', responsible: 'Identity team' },
        { kind: 'disasterRecovery', frequencyDays: 29, targetSystem: 'Azure Storage account', responsible: 'IT operations' },
      ],
    });
    await page.close();
  });

  it('keeps everything over a reload', async () => {
    const page = await open('licensing');
    expect(await inputValue(page, 'AAD_PREMIUM: seats owned')).toBe('250');
    expect(await inputValue(page, 'SPE_F1: seats owned')).toBe('30');
    expect(await inputValue(page, 'Users in scope')).toBe('400');
    await page.getByRole('listbox', { name: 'SKUs selected for LIC-Pilot' }).getByText('AAD_PREMIUM', { exact: true }).waitFor();
    if (shotsDir) await shoot(page, 'licensing');

    await page.goto(`${server.url}#/support`);
    await page.getByRole('button', { name: /^1\. None of the registered methods is at hand.*3 steps/ }).click();
    expect(await page.getByRole('textbox', { name: 'Resolution steps' }).inputValue()).toContain('Reset the password in the admin center');
    expect(await inputValue(page, 'Business role 4')).toBe('Service desk lead');
    expect(await page.getByRole('textbox', { name: 'Network access policy' }).inputValue()).toContain('Proxy lets');
    if (shotsDir) await shoot(page, 'support');

    await page.goto(`${server.url}#/reporting`);
    expect(await inputValue(page, 'Days Entra ID keeps audit events')).toBe('30');
    expect(await page.getByRole('combobox', { name: 'Reporting backup: target system' }).inputValue()).toBe('Splunk Cloud');
    expect(await inputValue(page, 'Disaster-recovery backup: download every (days)')).toBe('29');
    if (shotsDir) await shoot(page, 'reporting');
    await page.close();
  });

  it('undoes and redoes a SKU rename, and removes a row', async () => {
    const page = await open('licensing');
    await type(page, 'Microsoft 365 F1: part number', 'SPE_F3');
    await expect.poll(async () => (await savedPlan()).licensing.skus.at(-1)?.skuPartNumber).toBe('SPE_F3');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => inputValue(page, 'Microsoft 365 F1: part number')).toBe('SPE_F1');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => inputValue(page, 'Microsoft 365 F1: part number')).toBe('SPE_F3');

    await page.getByRole('button', { name: 'Remove SPE_F3' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Microsoft 365 F1: part number' }).count()).toBe(0);
    await expect.poll(async () => (await savedPlan()).licensing.skus.map((s) => s.skuPartNumber)).not.toContain('SPE_F3');
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});

/** Full-length screenshots of what the page shows, light and dark (only with SSPR_E2E_SHOTS). */
async function shoot(page: Page, name: string, element?: Locator) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Let Fluent's colour transitions finish before the picture is taken.
    await page.waitForTimeout(500);
    // The main area scrolls inside the page: make the window as tall as the section instead.
    // A string, so this Node-side file needs no DOM types.
    const height = Number(
      await page.evaluate(`(() => {
        const main = document.querySelector('main');
        main.scrollTo(0, 0);
        return Math.ceil(main.firstElementChild.getBoundingClientRect().bottom);
      })()`),
    );
    await page.setViewportSize({ width: 1280, height: Math.max(800, height + 20) });
    const file = path.join(shotsDir, `${name}-${colorScheme}.png`);
    await (element ? element.screenshot({ path: file }) : page.screenshot({ path: file }));
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
