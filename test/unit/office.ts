import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

/** LibreOffice and poppler, for the tests that render exported Word files; either may be missing. */
export const LIBREOFFICE = ['/usr/bin/libreoffice', '/usr/local/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));
export const PDFINFO = ['/usr/bin/pdfinfo', '/usr/local/bin/pdfinfo'].find((p) => existsSync(p));

/** Says once, for the suite named, which check is skipped because LibreOffice is not installed. */
export function warnWithoutLibreOffice(suite: string, check: string): void {
  if (!LIBREOFFICE) console.warn(`${suite}: LibreOffice is not installed (apt-get install libreoffice-writer), so ${check} is skipped.`);
}

/** Converts Word files to PDF beside `outDir`; a profile folder of its own keeps a LibreOffice running elsewhere from swallowing the job. */
export function convertToPdf(files: readonly string[], outDir: string, timeoutMs: number): void {
  execFileSync(LIBREOFFICE ?? 'libreoffice', [`-env:UserInstallation=file://${path.join(outDir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    stdio: 'ignore',
    timeout: timeoutMs,
  });
}

/** word/document.xml of a .docx. */
export async function documentXmlOf(docx: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('the .docx has no word/document.xml');
  return xml;
}

/** The visible text of a WordprocessingML part, paragraph by paragraph. */
export function wordText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}
