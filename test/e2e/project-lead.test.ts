import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from './serve';
import { launchChromium } from './shots';
import { callApi, collectErrors, newPlanFile, savedPlan as readSavedPlan } from './helpers';

let dir: string;
let server: Served;
let browser: Browser;
const consoleErrors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sspr-e2e-lead-'));
  const planPath = newPlanFile(dir, 'northwind.ssprplan');
  server = await serve([planPath], { SSPR_PLANNER_DATA: dir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const savedPlan = () => readSavedPlan(server);

/** Opens a section through the navigation, as a user would. */
async function goTo(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: new RegExp(`^${title}`) }).click();
  await page.getByRole('heading', { name: title, level: 2 }).waitFor();
}

/** Types into a field found by its accessible name and leaves it with Tab, which saves it. */
async function typeInto(scope: Pick<Page, 'getByRole'>, name: string, text: string, role: 'textbox' | 'combobox' = 'textbox'): Promise<void> {
  const box = scope.getByRole(role, { name, exact: true });
  await box.fill(text);
  await box.press('Tab');
}

const recordPass = (caseId: string) => callApi(server, 'testing.recordRun', { caseId, result: 'pass', tester: 'Pilot tester' });

const verdict = (page: Page) => page.getByRole('region', { name: 'Go / no-go' }).getByRole('status');
const allSaved = (page: Page) => page.getByText('All changes saved').first().waitFor();

describe('a project lead fills a new plan from scratch', () => {
  it('goes through every section, keeps everything over a reload, and turns the verdict from NO-GO to GO', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    collectErrors(page, consoleErrors);
    await page.goto(`${server.url}#/rollout`);
    await verdict(page).getByText('NO-GO', { exact: true }).waitFor();

    // Overview, mostly with the keyboard.
    await goTo(page, 'Overview');
    await page.getByRole('textbox', { name: 'Organization name' }).click();
    await page.keyboard.type('Northwind Traders');
    await page.keyboard.press('Tab');
    await page.keyboard.type('northwind.com');
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: 'Hybrid' }).click();
    await typeInto(page, 'Pilot start', '2027-03-01');
    await typeInto(page, 'Launch', '2027-04-05');
    await typeInto(page, 'Full rollout', '2027-05-03');
    await typeInto(page, 'Password landing page', 'https://passwords.northwind.com');
    await typeInto(page, 'Help-desk contact', 'helpdesk@northwind.com');
    await typeInto(page, 'Password calls per month', '600');
    await typeInto(page, 'Cost per call', '18');
    await allSaved(page);

    // Stakeholders: one sponsor, accountable for every workstream, signed off.
    await goTo(page, 'Stakeholders');
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('textbox', { name: 'Name' }).waitFor();
    await page.keyboard.type('Mia Wong');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Chief Information Officer');
    await page.keyboard.press('Tab');
    await page.keyboard.type('mia@northwind.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sponsor');
    await page.keyboard.press('Tab');
    await panel.getByRole('button', { name: 'Done' }).click();
    for (const workstream of ['licensing', 'configuration', 'communications', 'testing', 'support', 'reporting']) {
      await page.getByRole('combobox', { name: `RACI for Mia Wong, ${workstream}` }).selectOption('A');
    }
    await page.getByRole('combobox', { name: 'Sign-off for Mia Wong' }).selectOption('signed');
    await allSaved(page);

    // Licensing: seats, a licensed group and the population.
    await goTo(page, 'Licensing');
    await typeInto(page, 'AAD_PREMIUM: seats owned', '500');
    await page.getByRole('textbox', { name: 'Group name' }).fill('SSPR-Pilot');
    await page.getByRole('button', { name: 'Add group' }).click();
    await page.getByRole('combobox', { name: 'SKUs assigned by SSPR-Pilot' }).click();
    await page.getByRole('option', { name: /^AAD_PREMIUM\b/ }).click();
    await page.keyboard.press('Escape');
    await typeInto(page, 'Users in scope', '450');
    await allSaved(page);

    // Configuration: the pilot group and the help-desk link; writeback stays off for now.
    await goTo(page, 'Configuration');
    await typeInto(page, 'Group name', 'SSPR-Pilot');
    await typeInto(page, 'Email address or https link', 'https://support.northwind.com/passwords');
    await allSaved(page);

    // Support: where the portal can be reached from.
    await goTo(page, 'Support');
    await typeInto(page, 'Network access policy', 'Open from the corporate network and from the internet.');

    // Reporting: all three backups inside the 30-day retention.
    await goTo(page, 'Reporting');
    for (const [kind, days, target, who] of [
      ['Auditing backup', '7', 'Microsoft Sentinel', 'Security operations'],
      ['Reporting backup', '14', 'Azure Storage account', 'Identity team'],
      ['Disaster-recovery backup', '28', 'Azure Storage account', 'IT operations'],
    ]) {
      await typeInto(page, `${kind}: download every (days)`, days);
      await typeInto(page, `${kind}: target system`, target, 'combobox');
      await typeInto(page, `${kind}: responsible party`, who);
    }
    await allSaved(page);

    // Rollout: a pilot and an all-users phase with dates and exit criteria.
    await goTo(page, 'Rollout');
    await page.getByRole('tab', { name: 'Phases' }).click();
    for (const [kind, group, start, end] of [
      ['Pilot', 'SSPR-Pilot', '2027-03-01', '2027-03-26'],
      ['All users', '', '2027-05-03', '2027-06-30'],
    ]) {
      await page.getByRole('button', { name: 'Add phase' }).click();
      await page.getByRole('menuitem', { name: kind }).click();
      const phase = page.getByRole('region', { name: kind });
      await phase.waitFor();
      if (group) await typeInto(phase, 'Group', group);
      await phase.getByLabel('Start', { exact: true }).fill(start);
      await phase.getByLabel('Start', { exact: true }).press('Tab');
      await phase.getByLabel('End', { exact: true }).fill(end);
      await phase.getByLabel('End', { exact: true }).press('Tab');
      await phase.getByRole('button', { name: 'Add the usual criteria' }).click();
      await allSaved(page);
    }

    // Meanwhile the testers pass the nine pilot cases (recorded through the API, as the Test matrix does).
    await page.getByRole('tab', { name: 'Readiness' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Test cases not passed' }).getByRole('listitem').count()).toBe(9);
    for (const c of (await savedPlan()).testing.cases) await recordPass(c.id);
    await page.reload();

    // The readiness verdict names the one error left: hybrid without writeback.
    await verdict(page).getByText('NO-GO', { exact: true }).waitFor();
    const errors = page.getByRole('list', { name: 'Errors in the plan' });
    await expect.poll(() => errors.getByRole('listitem').count()).toBe(1);
    await errors.getByText('SSPR-ONPREM-001').waitFor();
    expect(await page.getByRole('list', { name: 'Test cases not passed' }).count()).toBe(0);

    // Go to the field and fix it from the keyboard.
    await errors.getByRole('button', { name: 'Go to field' }).click();
    const writeback = page.getByRole('switch', { name: 'Write back passwords to on-premises AD' });
    await expect.poll(() => writeback.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await allSaved(page);
    await expect.poll(async () => (await savedPlan()).policy.writeback).toBe(true);

    await goTo(page, 'Rollout');
    await verdict(page).getByText('GO', { exact: true }).waitFor();
    await page.getByText('Nothing blocks the rollout.').waitFor();

    // Everything is in the file: a reload shows the same plan and the same verdict.
    const before = await savedPlan();
    await page.reload();
    await verdict(page).getByText('GO', { exact: true }).waitFor();
    expect(await savedPlan()).toEqual(before);
    await goTo(page, 'Overview');
    expect(await page.getByRole('textbox', { name: 'Organization name' }).inputValue()).toBe('Northwind Traders');
    expect(await page.getByRole('textbox', { name: 'Launch' }).inputValue()).toBe('2027-04-05');
    await goTo(page, 'Stakeholders');
    expect(await page.getByRole('combobox', { name: 'Sign-off for Mia Wong' }).inputValue()).toBe('signed');
    await goTo(page, 'Reporting');
    expect(await page.getByRole('textbox', { name: 'Disaster-recovery backup: download every (days)', exact: true }).inputValue()).toBe('28');
    expect(before).toMatchObject({
      overview: { organization: 'Northwind Traders', tenantDomain: 'northwind.com', environment: 'hybrid', launch: '2027-04-05' },
      businessCase: { passwordCallsPerMonth: 600, costPerCall: 18 },
      licensing: { inScopePopulation: 450, licensedGroups: [{ group: 'SSPR-Pilot', skus: ['AAD_PREMIUM'] }] },
      policy: { group: 'SSPR-Pilot', helpdeskLink: 'https://support.northwind.com/passwords', writeback: true },
      support: { networkAccess: 'Open from the corporate network and from the internet.' },
    });
    expect(before.rollout.phases.map((p) => [p.name, p.group, p.start, p.end, p.exitCriteria.length > 0])).toEqual([
      ['Pilot', 'SSPR-Pilot', '2027-03-01', '2027-03-26', true],
      ['All users', '', '2027-05-03', '2027-06-30', true],
    ]);
    expect(before.rollout.checklist.length).toBeGreaterThan(10);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
