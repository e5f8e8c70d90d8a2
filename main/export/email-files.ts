import { mkdirSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { EmailFormat } from '../../shared/api';
import { emailFileBase, type ComposedEmail } from '../../shared/comms/compose';
import { emailHtml } from '../../shared/comms/html';
import { landingPage } from '../../shared/comms/landing';
import { emailText } from '../../shared/comms/text';
import { ApiError } from '../../shared/errors';
import type { Logo, Plan } from '../../shared/plan/schema';
import { emailDocx } from './email-docx';
import { emailEml } from './eml';
import { writeFileWhole } from '../files';
import { FORMAT_TYPES, LOGO_EXTENSIONS } from './file-types';

/** One file of an export; `name` may hold a folder, always with forward slashes. */
export interface OutFile {
  name: string;
  type: string;
  data: Buffer;
}



export function logoDataUrl(logo: Logo | null): string | null {
  return logo ? `data:${logo.type};base64,${logo.dataBase64}` : null;
}

/** A standalone HTML file: the logo travels inside it, so it opens anywhere and pastes into a mail editor. */
export function emailHtmlFile(email: ComposedEmail): string {
  return emailHtml(email, { inline: true, scheme: 'auto', logoSrc: logoDataUrl(email.logo) });
}

/** Plain text for a mail tool that takes no HTML: the subject first, then the words. */
export function emailTextFile(email: ComposedEmail): string {
  return `Subject: ${email.filled.subject}\n\n${emailText(email)}`;
}

async function emailData(email: ComposedEmail, format: EmailFormat): Promise<Buffer> {
  switch (format) {
    case 'eml':
      return emailEml(email);
    case 'html':
      return Buffer.from(emailHtmlFile(email), 'utf8');
    case 'docx':
      return emailDocx(email);
    case 'txt':
      return Buffer.from(emailTextFile(email), 'utf8');
  }
}

export async function emailFile(email: ComposedEmail, format: EmailFormat, base = emailFileBase(email)): Promise<OutFile> {
  return { name: `${base}.${format}`, type: FORMAT_TYPES[format], data: await emailData(email, format) };
}

/** Names made unique within one export, case-insensitively as Windows and macOS compare them. */
function uniqueBases(emails: readonly ComposedEmail[]): string[] {
  const seen = new Set<string>();
  return emails.map((e) => {
    const base = emailFileBase(e);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** Every email in every format asked for, one folder per format (eml/, html/, docx/, txt/). */
export async function campaignFiles(emails: readonly ComposedEmail[], formats: readonly EmailFormat[]): Promise<OutFile[]> {
  const bases = uniqueBases(emails);
  const files: OutFile[] = [];
  for (const format of formats) {
    for (const [i, email] of emails.entries()) {
      const file = await emailFile(email, format, bases[i]);
      files.push({ ...file, name: `${format}/${file.name}` });
    }
  }
  return files;
}

/** The landing page as its web server should hold it: index.html, style.css and the logo beside them. */
export function landingFiles(plan: Plan): OutFile[] {
  const logo = plan.communications.logo;
  const logoName = logo ? `logo.${LOGO_EXTENSIONS[logo.type]}` : null;
  const page = landingPage(plan, logoName);
  const files: OutFile[] = [
    { name: 'index.html', type: 'text/html', data: Buffer.from(page.html, 'utf8') },
    { name: 'style.css', type: 'text/css', data: Buffer.from(page.css, 'utf8') },
  ];
  if (logo && logoName) files.push({ name: logoName, type: logo.type, data: Buffer.from(logo.dataBase64, 'base64') });
  return files;
}

export async function zipOf(files: readonly OutFile[]): Promise<Buffer> {
  const zip = new JSZip();
  // A fixed date keeps the same plan's export byte-for-byte the same, whatever the clock says.
  const date = new Date(Date.UTC(2000, 0, 1));
  for (const f of files) zip.file(f.name, f.data, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * Writes the files into `dir`, creating it and its format folders. Files of the same name are
 * replaced; nothing else in the folder is touched. Returns the absolute paths written.
 */
export function writeFilesTo(dir: string, files: readonly OutFile[]): string[] {
  const root = path.resolve(dir);
  const written: string[] = [];
  for (const f of files) {
    const target = path.join(root, ...f.name.split('/'));
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileWhole(target, f.data);
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'EEXIST' || (e as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'a file is in the way of a folder' : (e as Error).message;
      throw new ApiError('FILE_WRITE_FAILED', `Cannot write ${target}: ${reason}.${written.length > 0 ? ` ${written.length} files were written before it.` : ''}`);
    }
    written.push(target);
  }
  return written;
}
