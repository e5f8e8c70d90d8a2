// npx tsx scripts/email-shots.ts DIR: pictures of the demo plan's exported emails and landing page.
// Every HTML email and the landing page in Chromium at 700 and 375 px, light and dark; with
// LibreOffice and pdftoppm present, also the first .docx of each email kind as PDF pages.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApi } from '../main/api';
import { launchChromium } from '../test/e2e/shots';

const out = path.resolve(process.argv[2] ?? 'email-shots');
const exported = path.join(out, 'export');
mkdirSync(out, { recursive: true });

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sspr-email-shots-'));
const api = createApi({ mode: 'cli', dataDir });
await api.invoke('plan.create', { path: path.join(dataDir, 'contoso.ssprplan'), demo: true });
const emails = await api.invoke('comms.exportEmailsTo', { out: exported, formats: ['html', 'docx'] });
const landing = await api.invoke('comms.exportLandingTo', { out: path.join(exported, 'landing') });
api.close();
rmSync(dataDir, { recursive: true, force: true });

const pages = [...emails.files.filter((f) => f.endsWith('.html')), ...landing.files.filter((f) => f.endsWith('index.html'))];
const nameOf = (file: string) =>
  file.endsWith('index.html')
    ? 'landing'
    : path
        .basename(file, path.extname(file))
        .replace(/[^A-Za-z0-9-]+/g, '-')
        .replace(/-+$/, '');

const browser = await launchChromium();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [700, 375]) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const file of pages) {
        await page.goto(pathToFileURL(file).href);
        const shot = path.join(out, `${nameOf(file)}-${width}-${scheme}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        console.log(shot);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}

const has = (bin: string) => ['/usr/bin', '/usr/local/bin'].some((d) => existsSync(path.join(d, bin)));
if (has('libreoffice') && has('pdftoppm')) {
  const docxDir = path.join(exported, 'docx');
  const firstOfKind = ['Coming Soon', 'Available Now', 'Registration Reminder'].flatMap((kind) => {
    const f = readdirSync(docxDir).find((n) => n.includes(kind));
    return f ? [path.join(docxDir, f)] : [];
  });
  const pdfDir = path.join(out, 'pdf');
  mkdirSync(pdfDir, { recursive: true });
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...firstOfKind], { stdio: 'ignore' });
  for (const f of firstOfKind) {
    const pdf = path.join(pdfDir, `${path.basename(f, '.docx')}.pdf`);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(out, `docx-${nameOf(f)}`)]);
    console.log(pdf);
  }
} else console.log('LibreOffice or pdftoppm is missing: no pictures of the .docx files.');
