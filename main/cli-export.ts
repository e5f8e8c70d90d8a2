import { EMAIL_FORMATS, type EmailFormat } from '../shared/api';
import type { Finding } from '../shared/plan/findings';
import { counted } from '../shared/text';

/** What the export commands check and print; the files come from the API. */

/** The formats of `--format eml,html`; a string is the usage error to show. */
export function emailFormatsOf(raw: string | true | undefined): EmailFormat[] | string {
  if (raw === undefined) return [...EMAIL_FORMATS];
  if (raw === true) return `--format needs a value: one or more of ${EMAIL_FORMATS.join(', ')}.`;
  const asked = raw
    .split(',')
    .map((f) => f.trim().toLowerCase().replace(/^\./, ''))
    .filter((f) => f !== '');
  const unknown = asked.filter((f) => !(EMAIL_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0) return `unknown format ${unknown.map((f) => `"${f}"`).join(', ')}: use one or more of ${EMAIL_FORMATS.join(', ')}, separated by commas.`;
  if (asked.length === 0) return `--format needs one or more of ${EMAIL_FORMATS.join(', ')}.`;
  return EMAIL_FORMATS.filter((f) => asked.includes(f));
}

/**
 * The communications findings worth reading before the files go out (an empty placeholder shows as
 * {{name}} in every exported email), for stderr so that stdout stays the list of files.
 */
export function commsWarnings(findings: readonly Finding[]): string[] {
  const relevant = findings.filter((f) => f.section === 'communications' && f.severity !== 'info');
  if (relevant.length === 0) return [];
  return [
    `Check before sending: ${counted(relevant.length, 'communications finding')}.`,
    ...relevant.map((f) => `  ${f.severity.toUpperCase()} ${f.code}: ${f.message}`),
  ];
}

/** The file of `export-plan --out FILE.docx`; a string starting "--out" is the usage error to show. */
export function docxOut(raw: string | true | undefined): { file: string } | { error: string } {
  if (typeof raw !== 'string') return { error: '--out FILE.docx is required: the Word document to write.' };
  if (!/\.docx$/i.test(raw)) return { error: `--out must name a Word document ending in .docx, not "${raw}"; for example --out plan.docx.` };
  return { file: raw };
}
