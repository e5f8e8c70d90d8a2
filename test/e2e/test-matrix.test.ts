import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_CSV_COLUMNS, runsFromCsv } from '../../shared/plan/testingCsv';
import { serve, type Served } from './serve';
import { launchChromium } from './shots';
import { callApi, collectErrors, newPlanFile, savedPlan as readSavedPlan } from './helpers';

let dataDir: string;
let planPath: string;
let server: Served;
let browser: Browser;
const consoleErrors: string[] = [];
/** One browser context per tester: each is its own "machine" with its own remembered name. */
const testers: Record<'aisha' | 'ben', BrowserContext | null> = { aisha: null, ben: null };

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'sspr-e2e-tm-'));
  planPath = newPlanFile(dataDir, 'northwind.ssprplan');
  server = await serve([planPath], { SSPR_PLANNER_DATA: dataDir });
  browser = await launchChromium();
  testers.aisha = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', acceptDownloads: true });
  testers.ben = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openMatrix(who: keyof typeof testers): Promise<Page> {
  const context = testers[who];
  if (!context) throw new Error('no browser context');
  const page = await context.newPage();
  collectErrors(page, consoleErrors);
  await page.goto(`${server.url}#/testing`);
  await page.getByRole('table', { name: 'Test cases' }).waitFor();
  return page;
}

const savedPlan = () => readSavedPlan(server);

/** Waits until the focused mode shows the given position, i.e. the previous key press was handled. */
const atPosition = (page: Page, n: number, of: number) => page.getByText(`Case ${n} of ${of} not passed when you started`).waitFor();
const tester = (page: Page) => page.getByRole('textbox', { name: 'Tester' });
const notes = (page: Page) => page.getByRole('textbox', { name: 'Notes' });

describe('Test matrix: two testers on one plan file', () => {
  it('first tester: works through five cases with the keyboard and fails one, typing letters that are shortcuts', async () => {
    const page = await openMatrix('aisha');
    const table = page.getByRole('table', { name: 'Test cases' });
    expect(await table.getByRole('row').count()).toBe(10); // header + the nine business cases
    expect(await page.getByText('0 of 9 cases passed').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Start testing' }).click();
    await atPosition(page, 1, 9);
    await page.getByRole('heading', { name: 'Reset portal works from the corporate network' }).waitFor();
    // Pass without a name is refused at the field: every run says who ran it.
    await page.keyboard.press('p');
    await page.getByText('Type your name first: every run says who ran it.').waitFor();
    await tester(page).fill('Aisha Karim');
    await page.keyboard.press('Escape'); // leaves the field; the mode stays
    await page.keyboard.press('p');
    await atPosition(page, 2, 9);
    await page.keyboard.press('p');
    await atPosition(page, 3, 9);

    // Typing in the notes never triggers the shortcuts (the text is full of p, f, b and n).
    await page.getByRole('heading', { name: 'A user outside the enabled group cannot reset' }).waitFor();
    await notes(page).fill('');
    await notes(page).pressSequentially('Portal offered the reset flow: fails open, bypass found');
    await page.getByRole('combobox', { name: 'Related support scenario' }).selectOption({ index: 1 });
    await page.getByRole('textbox', { name: 'Note for the project lead' }).fill('Check the SSPR group membership before the wave.');
    expect(await page.getByText('Case 3 of 9 not passed when you started').isVisible()).toBe(true);
    expect((await savedPlan()).testing.runs).toHaveLength(2);
    await page.keyboard.press('Escape');
    await page.keyboard.press('f');
    await atPosition(page, 4, 9);
    expect(await notes(page).inputValue()).toBe(''); // the next case starts with empty notes

    await page.getByRole('button', { name: 'Pass' }).click();
    await atPosition(page, 5, 9);
    await page.keyboard.press('p');
    await atPosition(page, 6, 9);
    await page.keyboard.press('Escape'); // leaves the mode
    await page.getByRole('button', { name: 'Start testing' }).waitFor();
    expect(await page.getByText('4 of 9 cases passed').isVisible()).toBe(true);

    const runs = (await savedPlan()).testing.runs;
    expect(runs.map((r) => [r.caseId, r.result, r.tester])).toEqual([
      ['TC-01', 'pass', 'Aisha Karim'],
      ['TC-02', 'pass', 'Aisha Karim'],
      ['TC-03', 'fail', 'Aisha Karim'],
      ['TC-04', 'pass', 'Aisha Karim'],
      ['TC-05', 'pass', 'Aisha Karim'],
    ]);
    const failed = runs[2];
    expect(failed.notes).toBe('Portal offered the reset flow: fails open, bypass found');
    expect(failed.supportScenarioId).not.toBe('');
    expect(failed.leadNote).toBe('Check the SSPR group membership before the wave.');
    expect(runs[3].supportScenarioId).toBe('');
    await page.close();

    // The name is remembered on this machine.
    const again = await openMatrix('aisha');
    await again.getByRole('button', { name: 'Start testing' }).click();
    expect(await tester(again).inputValue()).toBe('Aisha Karim');
    await again.close();
  });

  it('second tester: re-runs the failed case as passed with a PNG and finishes the rest', async () => {
    const page = await openMatrix('ben');
    await page.getByRole('switch', { name: 'Only cases not passed' }).check();
    expect(await page.getByText('5 of 9 cases shown').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Start testing' }).click();
    await atPosition(page, 1, 5);
    await page.getByRole('heading', { name: 'A user outside the enabled group cannot reset' }).waitFor();
    expect(await tester(page).inputValue()).toBe(''); // another machine, another tester
    await tester(page).fill('Ben Ode');
    await notes(page).fill('Fixed: the portal now refuses the user.');

    // A file over 5 MB is refused before upload, with a clear message; a screenshot is kept.
    const chooser = page.getByLabel('Choose evidence files');
    await chooser.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(6 * 1024 * 1024) });
    await page.getByText('huge.png is 6.0 MB; an evidence file can be at most 5 MB.').waitFor();
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } });
    await chooser.setInputFiles({ name: 'portal-refused.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Remove portal-refused.png' }).waitFor();
    expect(await page.getByText('huge.png', { exact: true }).count()).toBe(0);

    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    await atPosition(page, 2, 5);
    await page.keyboard.press('p');
    await atPosition(page, 3, 5);
    // Skip a case with → and come back to it with ←.
    await page.keyboard.press('ArrowRight');
    await atPosition(page, 4, 5);
    await page.keyboard.press('ArrowLeft');
    await atPosition(page, 3, 5);
    await page.getByRole('heading', { name: 'A user without a license can still reach the portal' }).waitFor();
    await page.keyboard.press('p');
    await atPosition(page, 4, 5);
    await page.keyboard.press('p');
    await atPosition(page, 5, 5);
    await page.keyboard.press('p');
    await page.getByText('You reached the end of the queue').first().waitFor();
    await page.getByText('Every case in the queue has passed.').waitFor();
    await page.getByRole('button', { name: 'Back to the matrix' }).click();
    await page.getByText('9 of 9 cases passed').waitFor();

    const runs = (await savedPlan()).testing.runs;
    expect(runs).toHaveLength(10);
    const rerun = runs[5];
    expect(rerun).toMatchObject({ caseId: 'TC-03', result: 'pass', tester: 'Ben Ode', notes: 'Fixed: the portal now refuses the user.' });
    expect(rerun.evidence).toEqual([{ id: expect.any(String), name: 'portal-refused.png', type: 'image/png', size: png.length }]);
    expect(runs.slice(6).map((r) => [r.caseId, r.result, r.tester])).toEqual([
      ['TC-06', 'pass', 'Ben Ode'],
      ['TC-07', 'pass', 'Ben Ode'],
      ['TC-08', 'pass', 'Ben Ode'],
      ['TC-09', 'pass', 'Ben Ode'],
    ]);
    await page.close();
  });

  it('shows both runs of the re-run case with names, times, the scenario, the lead note and the screenshot', async () => {
    const page = await openMatrix('aisha');
    const runs = (await savedPlan()).testing.runs.filter((r) => r.caseId === 'TC-03');
    const when = await page.evaluate(
      (times) => times.map((t) => new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })),
      runs.map((r) => r.at),
    );
    const row = page.getByRole('row').filter({ hasText: 'TC-03' });
    expect(await row.getByText('Passed').isVisible()).toBe(true);
    expect(await row.getByText('Ben Ode').isVisible()).toBe(true);
    expect((await row.getByRole('cell').last().textContent())?.trim()).toBe('2');

    await page.getByRole('button', { name: 'Open TC-03: A user outside the enabled group cannot reset' }).click();
    const history = page.getByRole('list', { name: 'Runs of TC-03, newest first' });
    await history.waitFor();
    const entries = history.locator(':scope > li');
    expect(await entries.count()).toBe(2);
    expect(await entries.nth(0).textContent()).toContain(`Ben Ode · ${when[1]}`);
    expect(await entries.nth(0).textContent()).toContain('Passed');
    expect(await entries.nth(1).textContent()).toContain(`Aisha Karim · ${when[0]}`);
    expect(await entries.nth(1).textContent()).toContain('Failed');
    expect(await entries.nth(1).textContent()).toContain('Check the SSPR group membership before the wave.');
    expect(await entries.nth(1).getByRole('button', { name: /^Open support scenario: / }).isVisible()).toBe(true);

    // The screenshot is shown as a thumbnail from the plan file, and opens larger.
    const thumb = entries.nth(0).getByRole('button', { name: 'View portal-refused.png' });
    await thumb.waitFor();
    await thumb.click();
    const viewer = page.getByRole('dialog', { name: 'portal-refused.png' });
    const full = viewer.getByRole('img', { name: 'portal-refused.png' });
    await full.waitFor();
    expect(await full.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(100);
    await viewer.getByRole('button', { name: 'Close' }).click();
    await page.close();
  });

  it('exports every run as CSV and reads it back; a broken quote or an unknown result is refused and nothing changes', async () => {
    const page = await openMatrix('ben');
    const before = await savedPlan();

    await page.getByRole('button', { name: 'Export CSV' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Runs' }).click()]);
    expect(download.suggestedFilename()).toBe('test-runs.csv');
    const exported = path.join(dataDir, 'test-runs.csv');
    await download.saveAs(exported);
    const text = readFileSync(exported, 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(RUN_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(11);
    expect(lines.filter((l) => l.includes(',Aisha Karim,'))).toHaveLength(5);
    expect(lines.filter((l) => l.includes(',Ben Ode,'))).toHaveLength(5);
    expect(lines.some((l) => l.endsWith(',portal-refused.png'))).toBe(true);
    const read = runsFromCsv(text, before.testing);
    expect(read.ok && read.value).toEqual(before.testing.runs);

    const chooser = page.getByLabel('Choose a test run CSV file to import');
    const notice = page.getByText(/was not imported, and the plan is unchanged/);

    // A quote left open in the notes of the second run (line 3).
    const broken = [...lines];
    broken[2] = broken[2].replace(/,Aisha Karim,([^,]+),/, ',Aisha Karim,$1,"unclosed note,');
    writeFileSync(path.join(dataDir, 'broken.csv'), `${broken.join('\r\n')}\r\n`);
    await chooser.setInputFiles(path.join(dataDir, 'broken.csv'));
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Line 3, column 6 (notes): a quoted value is not closed');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await savedPlan()).toEqual(before);

    // An unknown result value on line 2.
    const unknown = [...lines];
    unknown[1] = unknown[1].replace(',pass,', ',passed-ish,');
    writeFileSync(path.join(dataDir, 'unknown.csv'), `${unknown.join('\r\n')}\r\n`);
    await chooser.setInputFiles(path.join(dataDir, 'unknown.csv'));
    await page.getByText('Line 2, column 3 (result): "passed-ish" is not a result; write pass, fail, blocked or notRun.', { exact: false }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await savedPlan()).toEqual(before);

    // The export itself imports after a confirmation, evidence and all, and undo puts the list back.
    await chooser.setInputFiles(exported);
    const dialog = page.getByRole('dialog', { name: 'Replace the run history?' });
    await dialog.getByText('The 10 test runs in test-runs.csv will replace the 10 now in the plan.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await page.getByText('Imported 10 test runs from test-runs.csv.', { exact: false }).waitFor();
    expect((await savedPlan()).testing.runs).toEqual(before.testing.runs);
    await page.close();
  });

  it('edits, adds, moves and removes cases, imports a cases CSV, and undo puts each change back', async () => {
    const page = await openMatrix('aisha');
    const waitSaved = () => page.getByText('All changes saved').first().waitFor();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const ids = async () => (await savedPlan()).testing.cases.map((c) => c.id);

    // The organization's decision goes into the expected result; saved on leaving the field, undoable.
    await page.getByRole('button', { name: /^Open TC-01: / }).click();
    await page.getByRole('tab', { name: 'Edit case' }).click();
    const expected = page.getByRole('textbox', { name: 'Expected result' });
    await expected.fill('The portal opens from the office network without extra prompts.');
    await page.getByRole('textbox', { name: 'Device' }).focus();
    await expect.poll(async () => (await savedPlan()).testing.cases[0].expected).toBe('The portal opens from the office network without extra prompts.');
    await page.getByRole('button', { name: 'Close the case' }).click();
    await waitSaved();
    await undo.click();
    await expect.poll(async () => (await savedPlan()).testing.cases[0].expected).toMatch(/^Organization decides/);

    // A new case opens on its fields; an empty title is refused at the field.
    await page.getByRole('button', { name: 'Add case' }).click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.waitFor();
    await title.fill(' ');
    await title.press('Enter');
    await page.getByText('Give the case a title.').waitFor();
    await title.fill('Reset from a shared kiosk PC');
    await title.press('Enter');
    await page.getByRole('combobox', { name: 'Network' }).selectOption({ label: 'Outside the corporate network' });
    await page.getByRole('combobox', { name: 'Phase' }).selectOption({ label: 'Wave' });
    await expect.poll(async () => (await savedPlan()).testing.cases.at(-1)).toMatchObject({
      id: 'TC-10',
      title: 'Reset from a shared kiosk PC',
      network: 'outside',
      phase: 'wave',
    });
    await page.getByRole('button', { name: 'Move TC-10 up' }).click();
    await expect.poll(ids).toEqual(['TC-01', 'TC-02', 'TC-03', 'TC-04', 'TC-05', 'TC-06', 'TC-07', 'TC-08', 'TC-10', 'TC-09']);
    await page.getByRole('button', { name: 'Remove TC-10' }).click();
    await expect.poll(async () => (await ids()).length).toBe(9);
    await undo.click();
    await expect.poll(async () => (await ids()).length).toBe(10);

    // A case with runs asks before it goes.
    await page.getByRole('button', { name: /^Open TC-03: / }).click();
    await page.getByRole('tab', { name: 'Edit case' }).click();
    await page.getByRole('button', { name: 'Remove TC-03' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove TC-03?' });
    await confirm.getByText('The case has 2 recorded runs.', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Close the case' }).click();
    expect(await ids()).toContain('TC-03');

    // Cases CSV: a bad network value is refused with line and column; a good file replaces the list, undoably.
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Cases' }).click()]);
    const exported = path.join(dataDir, 'test-cases.csv');
    await download.saveAs(exported);
    const text = readFileSync(exported, 'utf8');
    const before = await savedPlan();
    const chooser = page.getByLabel('Choose a test case CSV file to import');
    writeFileSync(path.join(dataDir, 'bad-cases.csv'), `${text}TC-11,Badge reader,,,,office,,pilot,\r\n`);
    await chooser.setInputFiles(path.join(dataDir, 'bad-cases.csv'));
    // Steps and preconditions span several lines each, so the new row's line is counted, not guessed.
    const newLine = (text.match(/\n/g) ?? []).length + 1;
    await page.getByText(`Line ${newLine}, column 6 (network): "office" is not a network; write inside, outside or any.`, { exact: false }).waitFor();
    expect(await savedPlan()).toEqual(before);
    writeFileSync(path.join(dataDir, 'more-cases.csv'), `${text}TC-11,Badge reader,,,,inside,,pilot,\r\n`);
    await chooser.setInputFiles(path.join(dataDir, 'more-cases.csv'));
    const dialog = page.getByRole('dialog', { name: 'Replace the test cases?' });
    await dialog.getByText('The 11 test cases in more-cases.csv will replace the 10 now in the plan.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect.poll(async () => (await ids()).length).toBe(11);
    await waitSaved();
    await undo.click();
    await expect.poll(async () => (await savedPlan()).testing.cases).toEqual(before.testing.cases);
    await page.close();
  });

  it('opens the case a readiness blocker names, with the keyboard focus inside the case panel', async () => {
    await callApi(server, 'testing.recordRun', { caseId: 'TC-05', result: 'blocked', tester: 'Ben Ode', notes: 'No unregistered pilot account left.' });
    const page = await openMatrix('ben');
    await page.getByRole('navigation').getByText('Rollout', { exact: true }).click();
    await page.getByRole('tab', { name: 'Readiness' }).click();
    await page.getByRole('button', { name: 'Go to test case TC-05' }).click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('list', { name: 'Runs of TC-05, newest first' }).waitFor();
    expect(await panel.getByText('No unregistered pilot account left.').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate('document.activeElement?.closest("[role=dialog]") !== null')).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('table', { name: 'Test cases' }).waitFor();
    await expect.poll(() => panel.count()).toBe(0);
    await page.close();
  });

  it('prints a matrix that shows every case with its status and history, and logs no console errors', async () => {
    const page = await openMatrix('aisha');
    await page.getByRole('figure', { name: 'Results by phase' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#root').isVisible()).toBe(false);
    const sheet = page.locator('[data-print-sheet]');
    expect(await sheet.isVisible()).toBe(true);
    expect(await sheet.getByRole('heading', { level: 3 }).count()).toBe(10); // the nine and the kiosk case
    expect(await sheet.getByText('TC-03 · A user outside the enabled group cannot reset · Passed').isVisible()).toBe(true);
    expect(await sheet.getByText('TC-05 · An unregistered user is asked to register at sign-in · Blocked').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(path.join(dataDir, 'matrix.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });
    expect(await sheet.isVisible()).toBe(false);
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
