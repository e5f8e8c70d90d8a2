import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectErrors, savedPlan as readSavedPlan, useDemoApp } from './helpers';

const app = useDemoApp('sspr-e2e-comms-');
const consoleErrors: string[] = [];
const savedPlan = () => readSavedPlan(app.server);

const SENTENCE = 'Bring your phone to the town hall on Thursday 4417.';

async function openCommunications(): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  collectErrors(page, consoleErrors);
  await page.goto(`${app.server.url}#/communications`);
  await page.getByRole('tab', { name: 'Emails' }).waitFor();
  return page;
}

const waitSaved = (page: Page) => page.getByText('All changes saved').first().waitFor();
const preview = (page: Page, name: string) => page.frameLocator(`iframe[title="Preview of ${name}"]`).locator('body');
const pick = (page: Page, name: string) => page.getByRole('navigation', { name: 'Campaign emails' }).getByRole('button', { name: new RegExp(`^${name},`) });

describe('Communications in browser mode', () => {
  it('edits the Registration Reminder, shows it in the preview and exports a send as an .eml draft holding the new text', async () => {
    const page = await openCommunications();
    await pick(page, 'Registration Reminder').click();
    const frame = preview(page, 'Registration Reminder');
    await expect.poll(() => frame.innerText()).toContain('Pilot');
    expect(await frame.innerText()).not.toContain(SENTENCE);

    const body = page.getByRole('textbox', { name: 'Body' });
    await body.click();
    await body.press('Control+End');
    await body.pressSequentially(`\n\n${SENTENCE}`);
    await body.blur();
    await expect.poll(() => frame.innerText()).toContain(SENTENCE);
    await waitSaved(page);
    // The shipped wording is now the plan's own copy, marked as edited in the list.
    await pick(page, 'Registration Reminder').getByText('Edited').waitFor();
    expect((await savedPlan()).communications.templates.find((t) => t.id === 'reminder')?.body).toContain(SENTENCE);

    await page.getByRole('tab', { name: 'Schedule' }).click();
    await page.getByRole('button', { name: 'Export Registration Reminder 1 (Pilot)' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Email draft (.eml)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.eml$/);
    const mail = await simpleParser(readFileSync(await download.path()));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.text).toContain(SENTENCE);
    expect(mail.html || '').toContain(SENTENCE);
    expect(mail.subject).toBeTruthy();
    await page.close();
  });

  it('restores our wording after asking, and the sentence leaves the preview', async () => {
    const page = await openCommunications();
    await pick(page, 'Registration Reminder').click();
    const frame = preview(page, 'Registration Reminder');
    await expect.poll(() => frame.innerText()).toContain(SENTENCE);
    await page.getByRole('button', { name: 'Restore our wording' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore our wording of Registration Reminder?' });
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => frame.innerText()).not.toContain(SENTENCE);
    expect(await page.getByRole('textbox', { name: 'Body' }).inputValue()).not.toContain(SENTENCE);
    await pick(page, 'Registration Reminder').getByText('Our wording').waitFor();
    await waitSaved(page);
    expect((await savedPlan()).communications.templates.some((t) => t.id === 'reminder')).toBe(false);
    await page.close();
  });

  it('adds a custom email with a schedule, then adds its missing sends to every phase', async () => {
    const page = await openCommunications();
    await page.getByRole('button', { name: 'New email' }).click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await expect.poll(() => name.inputValue()).toBe('New email');
    await name.fill('Last chance');
    await name.press('Enter');
    const schedule = page.getByRole('textbox', { name: 'Schedule' });
    await schedule.fill('12');
    await schedule.press('Enter');
    await page.getByText('For each phase: 12 days after launch.').waitFor();
    await pick(page, 'Last chance').getByText('Your own').waitFor();
    // A placeholder goes in at the cursor of the field last edited.
    const subject = page.getByRole('textbox', { name: 'Subject' });
    await subject.fill('Last chance before ');
    await subject.press('End');
    await page.getByRole('button', { name: 'Insert {{deadline}}' }).click();
    await expect.poll(() => subject.inputValue()).toBe('Last chance before {{deadline}}');
    await expect.poll(() => page.getByRole('group', { name: 'As it appears in the inbox' }).innerText()).toMatch(/Last chance before \w+day \d+ \w+ 2027/);

    await page.getByRole('tab', { name: 'Schedule' }).click();
    const addMissing = page.getByRole('button', { name: 'Add missing sends' });
    await page.getByText('4 sends the emails’ schedules ask for are not in the plan yet.').waitFor();
    await addMissing.click();
    for (const phase of ['Pilot', 'Wave 1', 'Wave 2', 'All users']) {
      const table = page.getByRole('table', { name: `Sends of ${phase}` });
      await table.getByRole('textbox', { name: `Name of Last chance (${phase})` }).waitFor();
    }
    // Nothing is missing any more, and the button says so instead of adding duplicates.
    await page.getByText('Every phase with a start date has the sends its emails’ schedules ask for.').waitFor();
    expect(await addMissing.isDisabled()).toBe(true);
    await waitSaved(page);
    const plan = await savedPlan();
    const custom = plan.communications.templates.find((t) => t.name === 'Last chance');
    expect(custom?.kind).toBe('custom');
    const sends = plan.communications.emails.filter((e) => e.templateId === custom?.id);
    expect(sends).toHaveLength(4);
    expect(sends.every((e) => e.offsetDays === 12 && e.sendDate !== null)).toBe(true);
    await page.close();
  });

  it('refuses a logo that is not an image and keeps the old one', async () => {
    const page = await openCommunications();
    await page.getByRole('tab', { name: 'Branding & sender' }).click();
    await page.getByRole('img', { name: 'Logo: contoso-logo.png' }).waitFor();
    const chooser = page.getByLabel('Choose a logo image');
    await chooser.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
    await page.getByRole('alert').getByText('notes.txt is not a PNG, JPEG or GIF image, so it was not used. The logo is unchanged.').waitFor();
    // A text file named like an image is refused too.
    await chooser.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('still not a picture') });
    await page.getByRole('alert').getByText('logo.png does not hold the image its name says').waitFor();
    await page.getByRole('img', { name: 'Logo: contoso-logo.png' }).waitFor();
    expect((await savedPlan()).communications.logo?.name).toBe('contoso-logo.png');
    await page.close();
  });

  it('previews at narrow width and in dark colours', async () => {
    const page = await openCommunications();
    const iframe = page.locator('iframe[title="Preview of Coming Soon"]');
    const body = preview(page, 'Coming Soon');
    await expect.poll(() => body.innerText()).toContain('Contoso');
    const width = async () => (await iframe.boundingBox())?.width ?? 0;
    const background = () => body.evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor);
    expect(await width()).toBeGreaterThan(600);
    expect(await background()).toBe('rgb(243, 244, 246)');

    await page.getByRole('radio', { name: 'Narrow' }).check();
    await expect.poll(width).toBeLessThan(400);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(background).toBe('rgb(18, 18, 18)');
    // The frame grows with its content instead of scrolling inside a small box.
    const frameHeight = (await iframe.boundingBox())?.height ?? 0;
    const contentHeight = await body.evaluate((el) => el.ownerDocument.documentElement.getBoundingClientRect().height);
    expect(frameHeight).toBeGreaterThanOrEqual(contentHeight - 2);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
