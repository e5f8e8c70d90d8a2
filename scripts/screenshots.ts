// npm run shots: screenshots of every section, light and dark, wide and narrow, into shots/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SECTION_IDS } from '../shared/plan/findings';
import { serve } from '../test/e2e/serve';
import { launchChromium } from '../test/e2e/shots';

const out = process.argv[2] ?? 'shots';
mkdirSync(out, { recursive: true });
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sspr-shots-'));
const server = await serve([], { SSPR_PLANNER_DATA: dataDir });
const browser = await launchChromium();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 900]) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
      for (const section of SECTION_IDS) {
        await page.goto(`${server.url}#/${section}`);
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(out, `${section}-${scheme}-${width}.png`), fullPage: section === 'configuration' });
      }
      await page.close();
    }
  }
  console.log(`Screenshots in ${out}/`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
