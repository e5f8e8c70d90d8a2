import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/plan/schema';
import { serve, type Served } from './serve';
import { launchChromium } from './shots';
import { collectErrors, newPlanFile, savedPlan as readSavedPlan } from './helpers';

let dataDir: string;
let planPath: string;
let server: Served;
let browser: Browser;
const consoleErrors: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'sspr-e2e-ovst-'));
  planPath = newPlanFile(dataDir, 'fabrikam.ssprplan');
  server = await serve([planPath], { SSPR_PLANNER_DATA: dataDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openSection(section: string, ready: (page: Page) => Promise<void>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US', acceptDownloads: true });
  collectErrors(page, consoleErrors);
  await page.goto(`${server.url}#/${section}`);
  await ready(page);
  return page;
}

const savedPlan = () => readSavedPlan(server);

/** Today in the browser's (here: the same machine's) time zone. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === el.ownerDocument.activeElement);
/** Presses Tab until `target` has the focus: in Chromium, Tab also steps through a date input's parts and its calendar button. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 6 && !(await isFocused(target)); i++) await page.keyboard.press('Tab');
  expect(await isFocused(target)).toBe(true);
}
const field = (page: Page, dotted: string) => page.locator(`[data-field="${dotted}"]`);
/** The people in table order, read from the names of their sign-off choices. */
const peopleNames = (page: Page) =>
  page
    .getByRole('table', { name: 'Stakeholders' })
    .getByRole('combobox', { name: /^Sign-off for / })
    .evaluateAll((selects) => selects.map((el) => (el.getAttribute('aria-label') ?? '').replace('Sign-off for ', '')));

describe('Overview and Stakeholders in browser mode, on a new plan', () => {
  it('fills the Overview with keyboard and mouse, and refuses a negative cost and an out-of-order date at the field', async () => {
    const page = await openSection('overview', (p) => p.getByRole('textbox', { name: 'Organization name' }).waitFor());

    // Keyboard: click into the first field, then type and Tab from field to field.
    await page.getByRole('textbox', { name: 'Organization name' }).click();
    await page.keyboard.type('Fabrikam');
    await page.keyboard.press('Tab');
    await page.keyboard.type('fabrikam.com');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await savedPlan()).overview).toMatchObject({ organization: 'Fabrikam', tenantDomain: 'fabrikam.com' });

    // Mouse: hybrid, which explains writeback and says it is still off.
    await page.getByRole('radio', { name: 'Hybrid' }).click();
    await page.getByText('Password writeback is off').waitFor();
    await expect.poll(async () => (await savedPlan()).overview.environment).toBe('hybrid');

    // Other identity systems: add two (Enter, then the Add button), remove one.
    await page.getByRole('textbox', { name: 'Identity system to add' }).fill('HR directory');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Identity system to add' }).fill('Payroll');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Remove Payroll' }).click();
    await expect.poll(async () => (await savedPlan()).overview.otherIdentitySystems).toEqual(['HR directory']);
    expect(await page.getByRole('textbox', { name: 'Identity system 1' }).inputValue()).toBe('HR directory');

    // Dates typed as a user would (month, day, year in en-US), Tab to the next date.
    // Focus lands on the month; a click would land on whichever part of the date is under the pointer.
    await page.getByRole('textbox', { name: 'Pilot start' }).focus();
    await page.keyboard.type('01112027');
    await tabTo(page, page.getByRole('textbox', { name: 'Launch' }));
    await page.keyboard.type('02012027');
    await tabTo(page, page.getByRole('textbox', { name: 'Full rollout' }));
    await page.getByRole('textbox', { name: 'Full rollout' }).fill('2027-03-15');
    await page.getByRole('textbox', { name: 'Full rollout' }).press('Enter');
    await expect
      .poll(async () => (await savedPlan()).overview)
      .toMatchObject({ pilotStart: '2027-01-11', launch: '2027-02-01', fullRollout: '2027-03-15' });

    // A launch before the pilot start is refused at the field, naming the pilot start, and not saved.
    const launch = page.getByRole('textbox', { name: 'Launch' });
    await launch.fill('2026-12-01');
    await launch.press('Enter');
    await field(page, 'overview.launch').getByText('This cannot come before the pilot start (2027-01-11).').waitFor();
    expect(await launch.getAttribute('aria-invalid')).toBe('true');
    // And a full rollout before the launch, naming the launch.
    const full = page.getByRole('textbox', { name: 'Full rollout' });
    await full.fill('2027-01-20');
    await tabTo(page, page.getByRole('textbox', { name: 'Password landing page' }));
    await field(page, 'overview.fullRollout').getByText('This cannot come before the launch (2027-02-01).').waitFor();
    expect((await savedPlan()).overview).toMatchObject({ launch: '2027-02-01', fullRollout: '2027-03-15' });

    // Landing page must be https; then a good one.
    const landing = page.getByRole('textbox', { name: 'Password landing page' });
    await landing.fill('http://passwords.fabrikam.com');
    await landing.press('Enter');
    await field(page, 'overview.landingPageUrl').getByText('Enter an address that starts with https://.').waitFor();
    await landing.fill('https://passwords.fabrikam.com');
    await landing.press('Tab');
    await page.keyboard.type('helpdesk@fabrikam.com');
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => (await savedPlan()).overview)
      .toMatchObject({ landingPageUrl: 'https://passwords.fabrikam.com', helpdeskContact: 'helpdesk@fabrikam.com' });

    // Business case: a negative cost is refused at the field and not saved.
    const calls = page.getByRole('textbox', { name: 'Password calls per month' });
    await calls.fill('900');
    await calls.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    await field(page, 'businessCase.costPerCall').getByText('Enter an amount from 0 to 100,000.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Cost per call' }).getAttribute('aria-invalid')).toBe('true');
    expect((await savedPlan()).businessCase).toMatchObject({ passwordCallsPerMonth: 900, costPerCall: 0 });
    await page.getByText('Enter the calls per month and the cost of one call').waitFor();

    await page.keyboard.press('Control+A');
    await page.keyboard.type('12.5');
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Currency' }).selectOption('EUR');
    await expect.poll(async () => (await savedPlan()).businessCase).toEqual({ passwordCallsPerMonth: 900, costPerCall: 12.5, currency: 'EUR' });
    expect(await page.getByRole('textbox', { name: 'Cost per call' }).getAttribute('aria-invalid')).not.toBe('true');
    await page.getByText('Password calls cost about €11,250 a month, or €135,000 a year, before self-service.').waitFor();
    await page.close();
  });

  it('adds two stakeholders, sets RACI and sign-offs, reorders, removes one and undoes the removal', async () => {
    const page = await openSection('stakeholders', (p) => p.getByRole('button', { name: 'Add stakeholder' }).waitFor());
    await page.getByText('No stakeholders yet.').waitFor();

    // Add: the details panel opens with the name focused; fields are filled with typing and Tab.
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    const panel = page.getByRole('dialog');
    await expect.poll(() => isFocused(panel.getByRole('textbox', { name: 'Name' }))).toBe(true);
    await page.keyboard.type('Ada Lovelace');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Chief Analyst');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ada@');
    await page.keyboard.press('Tab');
    await panel.getByText('Enter an email address such as name@contoso.com.').waitFor();
    // The title's save on Tab is a request of its own; the email's refusal shows before it returns.
    await expect.poll(async () => (await savedPlan()).stakeholders[0]).toMatchObject({ name: 'Ada Lovelace', title: 'Chief Analyst', email: '' });
    await panel.getByRole('textbox', { name: 'Email' }).fill('ada@fabrikam.com');
    await panel.getByRole('textbox', { name: 'Email' }).press('Tab');
    await page.keyboard.type('Project lead');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Runs the plan.');
    await panel.getByRole('button', { name: 'Done' }).click();
    await expect.poll(async () => (await savedPlan()).stakeholders[0]).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada@fabrikam.com',
      role: 'Project lead',
      contributes: 'Runs the plan.',
    });
    expect((await savedPlan()).stakeholders[0].id).toMatch(/^stk-/);

    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    await expect.poll(() => isFocused(page.getByRole('dialog').getByRole('textbox', { name: 'Name' }))).toBe(true);
    await page.keyboard.type('Grace Hopper');
    await page.keyboard.press('Escape'); // Escape drops what was typed in the field and closes the panel
    await expect.poll(async () => (await savedPlan()).stakeholders.length).toBe(2);
    expect((await savedPlan()).stakeholders[1].name).toBe('');
    await page.getByRole('button', { name: 'Edit Unnamed stakeholder 2' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Name' }).fill('Grace Hopper');
    await page.getByRole('dialog').getByRole('textbox', { name: 'Email' }).fill('grace@fabrikam.com');
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await page.getByRole('table', { name: 'Stakeholders' }).getByText('Grace Hopper').waitFor();

    // RACI: with the mouse for Ada, with the keyboard for Grace.
    await page.getByRole('combobox', { name: 'RACI for Ada Lovelace, licensing' }).selectOption('A');
    await page.getByRole('combobox', { name: 'RACI for Ada Lovelace, testing' }).selectOption('C');
    await page.getByRole('combobox', { name: 'RACI for Grace Hopper, testing' }).focus();
    await page.keyboard.press('a'); // type-ahead picks the option A
    await expect.poll(async () => (await savedPlan()).stakeholders.map((s) => [s.raci.licensing, s.raci.testing])).toEqual([
      ['A', 'C'],
      ['', 'A'],
    ]);

    // Sign-off: Signed fills in today's date; Declined leaves the date empty.
    await page.getByRole('combobox', { name: 'Sign-off for Ada Lovelace' }).selectOption('signed');
    await page.getByRole('combobox', { name: 'Sign-off for Grace Hopper' }).selectOption('declined');
    await expect.poll(() => page.getByRole('textbox', { name: 'Sign-off date for Ada Lovelace' }).inputValue()).toBe(today());
    expect(await page.getByRole('textbox', { name: 'Sign-off date for Grace Hopper' }).inputValue()).toBe('');
    const summary = page.getByRole('status', { name: 'Sign-off summary' });
    await summary.getByText('1 of 2 signed off').waitFor();
    expect(await summary.textContent()).toContain('1 declined');
    // The date stays editable.
    const adaDate = page.getByRole('textbox', { name: 'Sign-off date for Ada Lovelace' });
    await adaDate.fill('2026-12-01');
    await adaDate.press('Enter');
    await expect.poll(async () => (await savedPlan()).stakeholders[0]).toMatchObject({ signOff: 'signed', signOffDate: '2026-12-01' });

    // Reorder, then remove Ada and bring her back with Undo.
    await page.getByRole('button', { name: 'Move Grace Hopper up' }).click();
    await expect.poll(() => peopleNames(page)).toEqual(['Grace Hopper', 'Ada Lovelace']);
    await page.getByRole('button', { name: 'Remove Ada Lovelace' }).click();
    await expect.poll(async () => (await savedPlan()).stakeholders.map((s) => s.name)).toEqual(['Grace Hopper']);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await savedPlan()).stakeholders.map((s) => s.name)).toEqual(['Grace Hopper', 'Ada Lovelace']);
    await expect.poll(() => peopleNames(page)).toEqual(['Grace Hopper', 'Ada Lovelace']);
    await page.close();
  });

  it('keeps everything over a reload', async () => {
    const page = await openSection('overview', (p) => p.getByRole('textbox', { name: 'Organization name' }).waitFor());
    expect(await page.getByRole('textbox', { name: 'Organization name' }).inputValue()).toBe('Fabrikam');
    expect(await page.getByRole('radio', { name: 'Hybrid' }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Launch' }).inputValue()).toBe('2027-02-01');
    expect(await page.getByRole('textbox', { name: 'Cost per call' }).inputValue()).toBe('12.5');
    expect(await page.getByRole('combobox', { name: 'Currency' }).inputValue()).toBe('EUR');

    await page.goto(`${server.url}#/stakeholders`);
    await page.getByRole('table', { name: 'Stakeholders' }).waitFor();
    expect(await peopleNames(page)).toEqual(['Grace Hopper', 'Ada Lovelace']);
    expect(await page.getByRole('combobox', { name: 'RACI for Ada Lovelace, licensing' }).inputValue()).toBe('A');
    expect(await page.getByRole('combobox', { name: 'RACI for Grace Hopper, testing' }).inputValue()).toBe('A');
    expect(await page.getByRole('combobox', { name: 'Sign-off for Grace Hopper' }).inputValue()).toBe('declined');
    expect(await page.getByRole('textbox', { name: 'Sign-off date for Ada Lovelace' }).inputValue()).toBe('2026-12-01');
    await page.close();
  });

  it('exports the stakeholders as CSV, refuses a bad file without a change, and imports an edited copy (undoable)', async () => {
    const page = await openSection('stakeholders', (p) => p.getByRole('table', { name: 'Stakeholders' }).waitFor());
    const before = (await savedPlan()).stakeholders;

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('stakeholders.csv');
    const exported = path.join(dataDir, 'stakeholders.csv');
    await download.saveAs(exported);
    const text = readFileSync(exported, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'name,title,email,role,contributes,accountableFor,licensing,configuration,communications,testing,support,reporting,signOff,signOffDate',
    );
    expect(lines.slice(1)).toEqual([
      'Grace Hopper,,grace@fabrikam.com,,,,,,,A,,,declined,',
      'Ada Lovelace,Chief Analyst,ada@fabrikam.com,Project lead,Runs the plan.,,A,,,C,,,signed,2026-12-01',
    ]);

    // A bad email on line 3: refused with line and column, nothing changes.
    const bad = path.join(dataDir, 'bad.csv');
    writeFileSync(bad, `${lines[0]}\r\n${lines[1]}\r\n${lines[2].replace('ada@fabrikam.com', 'ada.fabrikam.com')}\r\n`);
    const chooser = page.getByLabel('Choose a stakeholder CSV file to import');
    await chooser.setInputFiles(bad);
    await page.getByText('Line 3, column 3 (email): "ada.fabrikam.com" is not an email address').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect((await savedPlan()).stakeholders).toEqual(before);

    // The export with one more row, imported back after confirming.
    const edited = path.join(dataDir, 'team.csv');
    writeFileSync(edited, `${text}Alan Turing,Cryptanalyst,alan@fabrikam.com,Test lead,,,,,,R,,,pending,\r\n`);
    await chooser.setInputFiles(edited);
    const dialog = page.getByRole('dialog', { name: 'Replace the stakeholder list?' });
    await dialog.getByText('The 3 stakeholders in team.csv will replace the 2 now in the plan.').waitFor();
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect.poll(async () => (await savedPlan()).stakeholders.map((s) => s.name)).toEqual(['Grace Hopper', 'Ada Lovelace', 'Alan Turing']);
    const after = (await savedPlan()).stakeholders;
    const withoutId = (list: Plan['stakeholders']) => list.map(({ id: _id, ...rest }) => rest);
    expect(withoutId(after.slice(0, 2))).toEqual(withoutId(before));
    expect(await page.getByRole('combobox', { name: 'RACI for Alan Turing, testing' }).inputValue()).toBe('R');

    // Import is one undoable step.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await savedPlan()).stakeholders).toEqual(before);
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
