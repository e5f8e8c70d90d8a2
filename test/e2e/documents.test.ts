import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { reportStrings as S } from '../../shared/report/strings';
import { collectErrors, useDemoApp } from './helpers';

const app = useDemoApp('sspr-e2e-documents-');
const consoleErrors: string[] = [];

async function openAt(route: string): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  collectErrors(page, consoleErrors);
  await page.goto(`${app.server.url}#/${route}`);
  return page;
}

async function unzipped(download: Download): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(await download.path()));
}

async function documentXml(download: Download): Promise<string> {
  const xml = await (await unzipped(download)).file('word/document.xml')?.async('string');
  if (!xml) throw new Error(`${download.suggestedFilename()} has no word/document.xml`);
  return xml;
}

describe('Plan documents in browser mode', () => {
  it('exports the deployment plan from Rollout → Readiness, with the organization and every chapter', async () => {
    const page = await openAt('rollout');
    const verdict = page.getByRole('region', { name: 'Go / no-go' });
    const button = verdict.getByRole('button', { name: 'Export plan (.docx)' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/ deployment plan\.docx$/);
    const xml = await documentXml(download);
    expect(xml).toContain('Contoso');
    for (const chapter of Object.values(S.chapters)) expect(xml).toContain(chapter);
    await page.getByText(/^Saved the deployment plan as .+\.docx\.$/).waitFor();
    // The button is usable again once the file is made.
    await expect.poll(() => button.getAttribute('aria-busy')).toBe('false');
    await page.close();
  });

  it('downloads every table as CSV in a zip, next to the plan export', async () => {
    const page = await openAt('rollout');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tables as CSV (.zip)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/ tables\.zip$/);
    const zip = await unzipped(download);
    const names = Object.keys(zip.files);
    expect(names).toContain('Stakeholders.csv');
    expect(names).toContain('Test matrix.csv');
    const stakeholders = (await zip.file('Stakeholders.csv')?.async('string')) ?? '';
    expect(stakeholders.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(S.tables.stakeholders.columns.join(','));
    expect(stakeholders).toContain('Dana Whitfield');
    await page.getByText(/^Saved .+ tables\.zip with \d+ tables as CSV files\.$/).waitFor();
    await page.close();
  });

  it('exports the plan from the File menu too', async () => {
    const page = await openAt('overview');
    await page.getByRole('button', { name: 'File' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Export plan (.docx)' }).click()]);
    expect(await documentXml(download)).toContain(S.chapters.forecast);
    await page.close();
  });

  it('downloads the help desk’s cheat sheet from Support, holding the scenarios the preview shows', async () => {
    const page = await openAt('support');
    const sheet = page.getByRole('region', { name: 'Support cheat sheet' });
    const firstScenario = (await sheet.getByRole('heading', { level: 5 }).filter({ hasText: /^1\. / }).innerText()).replace(/^1\.\s*/, '');
    const [download] = await Promise.all([page.waitForEvent('download'), sheet.getByRole('button', { name: 'Download cheat sheet (.docx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/ help-desk cheat sheet\.docx$/);
    const xml = await documentXml(download);
    expect(xml).toContain(S.cheatSheetTitle);
    expect(xml).toContain(firstScenario.replace(/&/g, '&amp;'));
    await page.close();
  });

  it('logged no errors in the console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
