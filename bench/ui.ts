import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { serve } from '../test/e2e/serve';
import { launchChromium } from '../test/e2e/shots';

/** Section titles in navigation order, as the app shows them. */
const TITLES = ['Overview', 'Stakeholders', 'Licensing', 'Configuration', 'Support', 'Reporting', 'Rollout'];

// The in-page code is plain JavaScript text: tsx would otherwise wrap its inner functions in a
// naming helper that does not exist inside the page.
const NEXT_FRAME = 'new Promise((r) => requestAnimationFrame(r))';
const UNTIL = (condition: string) =>
  `new Promise((resolve) => { const check = () => (${condition} ? resolve() : requestAnimationFrame(check)); check(); })`;

/** Clicks a navigation entry inside the page and times it until the section's heading is painted. */
function switchTo(page: Page, title: string): Promise<number> {
  const wanted = JSON.stringify(title);
  return page.evaluate(`(async () => {
    const link = [...document.querySelectorAll('[role="navigation"] a')].find((a) => a.textContent.trim().startsWith(${wanted}));
    if (!link) throw new Error('no navigation entry ' + ${wanted});
    const t0 = performance.now();
    link.click();
    await ${UNTIL(`document.querySelector('main h2')?.textContent === ${wanted}`)};
    await ${NEXT_FRAME};
    return performance.now() - t0;
  })()`);
}

/**
 * Flips "methods required to reset" and times it until the header says the edit is saved and painted.
 * Checking starts a frame after the click, when the header already says "Saving…".
 */
function applyEdit(page: Page, value: '1' | '2'): Promise<number> {
  return page.evaluate(`(async () => {
    const groups = [...document.querySelectorAll('[role="radiogroup"]')];
    const reset = groups.find((g) => document.getElementById(g.getAttribute('aria-labelledby') || '')?.textContent === 'Methods required to reset');
    const radio = reset && reset.querySelector('input[type="radio"][value="${value}"]');
    if (!radio) throw new Error('no methods-to-reset radio');
    const t0 = performance.now();
    radio.click();
    await ${NEXT_FRAME};
    await ${UNTIL(`document.body.textContent.includes('All changes saved') && radio.checked`)};
    await ${NEXT_FRAME};
    return performance.now() - t0;
  })()`);
}

export interface UiTimings {
  switchMs: number[];
  editMs: number[];
}

/** Section switches and edits in Debian's Chromium against browser mode with the demo plan open. */
export async function measureUi(rounds = 60): Promise<UiTimings> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sspr-bench-ui-'));
  const server = await serve([], { SSPR_PLANNER_DATA: dataDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}#/configuration`);
    await page.getByRole('radiogroup', { name: 'Methods required to reset' }).waitFor();
    // Warm-up: the first visit to each section loads its code and styles.
    for (const t of TITLES) await switchTo(page, t);
    const switchMs: number[] = [];
    for (let i = 0; i < rounds; i++) switchMs.push(await switchTo(page, TITLES[i % TITLES.length]));
    await switchTo(page, 'Configuration');
    const editMs: number[] = [];
    for (let i = 0; i < rounds; i++) editMs.push(await applyEdit(page, i % 2 === 0 ? '2' : '1'));
    return { switchMs, editMs };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
