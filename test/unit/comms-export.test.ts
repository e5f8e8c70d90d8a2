import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { simpleParser, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../main/api';
import { imageSize } from '../../main/export/image-size';
import { PORTALS } from '../../shared/comms/placeholders';
import { SHIPPED_TEMPLATES } from '../../shared/comms/templates';
import { DEMO_LOGO } from '../../shared/plan/demoLogo';
import type { CampaignEmail, EmailTemplate } from '../../shared/plan/schema';
import { refusal, useTempDir } from './helpers';
import { convertToPdf, LIBREOFFICE, warnWithoutLibreOffice } from './office';

const tempDir = useTempDir();

async function demo(): Promise<{ api: Api; dir: string }> {
  const dir = tempDir();
  const api = createApi({ mode: 'cli', dataDir: dir });
  await api.invoke('plan.create', { path: path.join(dir, 'contoso.ssprplan'), demo: true });
  return { api, dir };
}

async function emails(api: Api): Promise<CampaignEmail[]> {
  return (await api.invoke('plan.get', {})).plan.communications.emails;
}

/** The pilot's Available Now send: a heading, a button, the methods list and links. */
async function pilotAvailableNow(api: Api): Promise<CampaignEmail> {
  const send = (await emails(api)).find((e) => e.phaseId === 'phase-pilot' && e.kind === 'availableNow');
  if (!send) throw new Error('the demo has no Available Now send for the pilot');
  return send;
}

async function exported(api: Api, sendId: string, format: 'eml' | 'html' | 'docx' | 'txt') {
  const file = await api.invoke('comms.exportEmail', { sendId, format });
  return { ...file, data: Buffer.from(file.dataBase64, 'base64') };
}

async function docxXml(data: Buffer): Promise<{ document: string; rels: string; media: Record<string, Buffer> }> {
  const zip = await JSZip.loadAsync(data);
  const text = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`the .docx has no ${name}`);
    return f.async('string');
  };
  const media: Record<string, Buffer> = {};
  for (const f of zip.file(/^word\/media\//)) media[f.name] = await f.async('nodebuffer');
  return { document: await text('word/document.xml'), rels: await text('word/_rels/document.xml.rels'), media };
}

/** The visible text of document.xml, runs joined per paragraph. */
function paragraphsOf(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

const LOGO_BYTES = Buffer.from(DEMO_LOGO.dataBase64, 'base64');

/** What a browser shows of an HTML page: tags dropped, character references decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|title)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&(lt|gt|amp|quot|#39);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" })[e] ?? '');
}

describe('.eml export', () => {
  it('is an unsent draft from the plan’s sender with text and HTML alternatives and the inline logo', async () => {
    const { api } = await demo();
    const send = await pilotAvailableNow(api);
    const file = await exported(api, send.id, 'eml');
    expect(file.fileName).toBe('2027-01-11 Available Now (Pilot).eml');
    expect(file.type).toBe('message/rfc822');

    const raw = file.data.toString('utf8');
    expect(raw).toMatch(/^X-Unsent: 1\r?$/m);
    expect(raw).not.toMatch(/^To:/im);
    expect(raw).toMatch(/Content-Type: multipart\/alternative/);
    expect(raw).toMatch(/Content-Type: multipart\/related/);

    const mail: ParsedMail = await simpleParser(file.data, { keepCidLinks: true });
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.from?.value).toEqual([{ name: 'Contoso IT', address: 'it-communications@contoso.com' }]);
    expect(mail.subject).toBe('Set up password self-service today: it takes two minutes');
    expect(mail.to).toBeUndefined();

    expect(mail.text).toContain('From today, Pilot users at Contoso can reset a forgotten password');
    expect(mail.text).toContain('Set up my security info: https://aka.ms/ssprsetup');
    expect(mail.text).toContain('Friday 29 January 2027');
    const html = String(mail.html);
    expect(html).toContain('Pilot users at Contoso');
    expect(html).toContain(`href="${PORTALS.registration}"`);
    expect(html).toContain('a code sent to a personal email address');

    expect(mail.attachments).toHaveLength(1);
    const logo = mail.attachments[0];
    expect(logo.related).toBe(true);
    expect(logo.contentType).toBe('image/png');
    expect(Buffer.compare(logo.content, LOGO_BYTES)).toBe(0);
    expect(logo.cid).toBeTruthy();
    expect(html).toContain(`src="cid:${logo.cid}"`);
    api.close();
  });

  it('leaves out the From header while the sender address is not a valid address', async () => {
    const { api } = await demo();
    await api.invoke('plan.update', { changes: [{ path: 'communications.senderEmail', value: 'it-communications' }] });
    const mail = await simpleParser((await exported(api, (await pilotAvailableNow(api)).id, 'eml')).data);
    expect(mail.from).toBeUndefined();
    expect(mail.headers.get('x-unsent')).toBe('1');
    api.close();
  });
});

describe('.html and .txt export', () => {
  it('writes a standalone HTML page with the logo inside it and the filled text', async () => {
    const { api } = await demo();
    const file = await exported(api, (await pilotAvailableNow(api)).id, 'html');
    expect(file.fileName).toBe('2027-01-11 Available Now (Pilot).html');
    expect(file.type).toBe('text/html');
    const html = file.data.toString('utf8');
    expect(html).toContain(`src="data:image/png;base64,${DEMO_LOGO.dataBase64}"`);
    expect(html).toContain('<title>Set up password self-service today: it takes two minutes</title>');
    expect(html).toContain('Pilot users at Contoso');
    expect(html).toContain('prefers-color-scheme:dark');
    expect(html).not.toContain('cid:');
    api.close();
  });

  it('writes the subject, a blank line, then the plain-text email', async () => {
    const { api } = await demo();
    const file = await exported(api, (await pilotAvailableNow(api)).id, 'txt');
    expect(file.fileName).toBe('2027-01-11 Available Now (Pilot).txt');
    const text = file.data.toString('utf8');
    expect(text.startsWith('Subject: Set up password self-service today: it takes two minutes\n\nPASSWORD SELF-SERVICE IS HERE\n')).toBe(true);
    expect(text).toContain('  - a text message or call to your mobile phone');
    expect(text).toContain('Sent by Contoso IT for Contoso.');
    api.close();
  });
});

describe('.docx export', () => {
  it('holds the details table, the heading, paragraphs, real hyperlinks, bullets and the logo', async () => {
    const { api } = await demo();
    const file = await exported(api, (await pilotAvailableNow(api)).id, 'docx');
    expect(file.fileName).toBe('2027-01-11 Available Now (Pilot).docx');
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { document, rels, media } = await docxXml(file.data);
    const paragraphs = paragraphsOf(document);

    // The details table: label and value side by side.
    for (const [label, value] of [
      ['Subject', 'Set up password self-service today: it takes two minutes'],
      ['Preview text', 'Register your security info now so you can reset your own password whenever you need to.'],
      ['Send date', 'Monday 11 January 2027'],
      ['Audience', 'Pilot'],
      ['From', 'Contoso IT &lt;it-communications@contoso.com&gt;'],
    ]) {
      expect(paragraphs[paragraphs.indexOf(label) + 1]).toBe(value);
    }
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?Password self-service is here/);
    expect(paragraphs.some((p) => p.startsWith('From today, Pilot users at Contoso can reset a forgotten password'))).toBe(true);
    expect(paragraphs).toContain('Please finish this by Friday 29 January 2027. Next time you sign in, you may also be asked to do it.');
    expect(document).toMatch(/<w:b\/>[\s\S]*?Friday 29 January 2027/);

    // Links are hyperlinks to external targets, the button among them.
    const external = new Map(
      [...rels.matchAll(/<Relationship [^>]*\/>/g)]
        .filter((r) => r[0].includes('TargetMode="External"'))
        .map((r) => [/Target="([^"]*)"/.exec(r[0])?.[1], /Id="([^"]*)"/.exec(r[0])?.[1]] as const),
    );
    for (const target of [PORTALS.registration, PORTALS.reset, 'https://passwords.contoso.com']) {
      const id = external.get(target);
      expect(id, target).toBeTruthy();
      expect(document).toContain(`r:id="${id}"`);
    }
    expect(paragraphs).toContain('Set up my security info');

    // The methods as bullet items.
    const bullets = [...document.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:numPr>[\s\S]*?<\/w:p>/g)].map((m) => paragraphsOf(m[0])[0]);
    expect(bullets).toEqual([
      'approving a notification in the Microsoft Authenticator app',
      'a code from the Microsoft Authenticator app or another authenticator app',
      'a code sent to a personal email address (not your work address)',
      'a text message or call to your mobile phone',
      'answers to security questions you pick',
    ]);

    // The logo, its bytes unchanged, scaled into 200 × 48 px with its proportions (240 × 64 → 180 × 48).
    const images = Object.entries(media);
    expect(images).toHaveLength(1);
    expect(images[0][0]).toMatch(/\.png$/);
    expect(Buffer.compare(images[0][1], LOGO_BYTES)).toBe(0);
    expect(document).toContain(`<wp:extent cx="${180 * 9525}" cy="${48 * 9525}"/>`);
    api.close();
  });

  it('highlights a placeholder the plan has no value for', async () => {
    const { api } = await demo();
    await api.invoke('plan.update', { changes: [{ path: 'overview.landingPageUrl', value: '' }] });
    const { document } = await docxXml((await exported(api, (await pilotAvailableNow(api)).id, 'docx')).data);
    expect(document).toMatch(/<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>\{\{landingPage\}\}<\/w:t>/);
    api.close();
  });

  it('embeds a GIF logo as a GIF, sized from its header', async () => {
    const { api } = await demo();
    // A 1 × 1 GIF.
    const gif = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
    await api.invoke('plan.update', { changes: [{ path: 'communications.logo', value: { name: 'dot.gif', type: 'image/gif', dataBase64: gif } }] });
    const { document, media } = await docxXml((await exported(api, (await pilotAvailableNow(api)).id, 'docx')).data);
    const names = Object.keys(media);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/\.gif$/);
    expect(document).toContain(`<wp:extent cx="9525" cy="9525"/>`);
    api.close();
  });
});

describe('image sizes', () => {
  it('reads PNG, GIF and JPEG headers', () => {
    expect(imageSize(LOGO_BYTES, 'image/png')).toEqual({ width: 240, height: 64 });
    expect(imageSize(Buffer.from('R0lGODlhAwACAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'), 'image/gif')).toEqual({ width: 3, height: 2 });
    // SOI, an APP0 segment of 16 bytes, then a baseline frame header of 100 rows × 320 columns.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Array<number>(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x64, 0x01, 0x40, 0x03]);
    expect(imageSize(jpeg, 'image/jpeg')).toEqual({ width: 320, height: 100 });
    expect(imageSize(Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg')).toBeNull();
  });
});

/** The demo with a hostile organization name and an Available Now template with a javascript: link. */
async function hostilePlan() {
  const { api, dir } = await demo();
  const shipped = SHIPPED_TEMPLATES.find((t) => t.id === 'availableNow');
  if (!shipped) throw new Error('no shipped Available Now template');
  const template: EmailTemplate = {
    ...shipped,
    subject: 'Hello from {{organization}}',
    body: `${shipped.body}\n\nSee [x](javascript:alert(1)) and <b>bold</b> & more.\n\n[Click me](javascript:alert(1))\n`,
  };
  await api.invoke('plan.update', {
    changes: [
      { path: 'overview.organization', value: '<script>alert(1)</script> & Co' },
      { path: 'communications.templates', value: [template] },
      { path: 'communications.logo', value: null },
    ],
  });
  return { api, dir };
}

describe('escaping', () => {
  it('keeps markup in plan values as text and drops javascript: links in every format', async () => {
    const { api } = await hostilePlan();
    const id = (await pilotAvailableNow(api)).id;

    const html = (await exported(api, id, 'html')).data.toString('utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<b>/);
    expect(visibleText(html)).toContain('Sent by Contoso IT for <script>alert(1)</script> & Co.');
    expect(visibleText(html)).toMatch(/See x\)? and <b>bold<\/b> & more\./);
    expect(html).not.toMatch(/javascript:/i);

    const mail = await simpleParser((await exported(api, id, 'eml')).data);
    expect(mail.subject).toBe('Hello from <script>alert(1)</script> & Co');
    expect(String(mail.html)).not.toMatch(/<script/i);
    expect(String(mail.html)).not.toMatch(/javascript:/i);
    expect(mail.text).not.toMatch(/javascript:/i);
    expect(mail.text).toMatch(/See x\)? and <b>bold<\/b> & more\./);

    const txt = (await exported(api, id, 'txt')).data.toString('utf8');
    expect(txt).not.toMatch(/javascript:/i);

    const { document, rels } = await docxXml((await exported(api, id, 'docx')).data);
    expect(document).not.toMatch(/<script/i);
    expect(paragraphsOf(document)).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(`${document}${rels}`).not.toMatch(/javascript:/i);
    // The unsafe button is plain bold text, the unsafe inline link plain text.
    expect(paragraphsOf(document).some((p) => /^Click me\)?$/.test(p))).toBe(true);
    expect(paragraphsOf(document).some((p) => /^See x\)? and &lt;b&gt;bold&lt;\/b&gt; &amp; more\.$/.test(p))).toBe(true);
    api.close();
  });

  it('exports the landing page with the organization as text', async () => {
    const { api } = await hostilePlan();
    const zip = await JSZip.loadAsync(Buffer.from((await api.invoke('comms.exportLanding', {})).dataBase64, 'base64'));
    const html = (await zip.file('index.html')?.async('string')) ?? '';
    expect(html).not.toMatch(/<script/i);
    expect(visibleText(html)).toContain('<script>alert(1)</script> & Co password help');
    api.close();
  });

  it('refuses a subject with a line break, so nothing can slip into other mail headers', async () => {
    const { api } = await demo();
    const shipped = SHIPPED_TEMPLATES[0];
    const err = await refusal(
      api.invoke('plan.update', { changes: [{ path: 'communications.templates', value: [{ ...shipped, subject: 'Hello\r\nBcc: everyone@contoso.com' }] }] }),
    );
    expect(err.code).toBe('VALUE_INVALID');
    expect(err.message).toContain('subject');
    expect((await api.invoke('plan.get', {})).plan.communications.templates).toEqual([]);
    api.close();
  });
});

warnWithoutLibreOffice('comms-export', 'the .docx-to-PDF check');

describe('.docx in LibreOffice', () => {
  it.skipIf(!LIBREOFFICE)(
    'converts to a PDF that reads like the email, hostile organization name included',
    async () => {
      const { api, dir } = await hostilePlan();
      const docx = path.join(dir, 'email.docx');
      writeFileSync(docx, (await exported(api, (await pilotAvailableNow(api)).id, 'docx')).data);
      api.close();
      convertToPdf([docx], dir, 90_000);
      const pdf = path.join(dir, 'email.pdf');
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      if (existsSync('/usr/bin/pdftotext')) {
        const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
        expect(text).toContain('Hello from <script>alert(1)</script> & Co');
        expect(text).toContain('Password self-service is here');
        expect(text).toContain('answers to security questions you pick');
      }
    },
    120_000,
  );
});

describe('campaign and landing-page exports', () => {
  it('zips every send in the asked formats, one folder per format', async () => {
    const { api } = await demo();
    const sends = await emails(api);
    const result = await api.invoke('comms.exportAll', { formats: ['eml', 'txt'] });
    expect(result.fileName).toBe('contoso emails.zip');
    expect(result.type).toBe('application/zip');
    expect(result.files).toBe(sends.length * 2);
    const zip = await JSZip.loadAsync(Buffer.from(result.dataBase64, 'base64'));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(names).toHaveLength(sends.length * 2);
    expect(names.filter((n) => /^eml\/[^/]+\.eml$/.test(n))).toHaveLength(sends.length);
    expect(names.filter((n) => /^txt\/[^/]+\.txt$/.test(n))).toHaveLength(sends.length);
    expect(names).toContain('eml/2026-12-28 Coming Soon (Pilot).eml');
    expect(names).toContain('txt/2027-03-29 Registration Reminder 2 (All users).txt');
    api.close();
  });

  it('keeps two sends with the same date and name apart', async () => {
    const { api } = await demo();
    const sends = await emails(api);
    const twin = { ...sends[0], id: 'email-twin' };
    await api.invoke('plan.update', { changes: [{ path: 'communications.emails', value: [...sends, twin] }] });
    const zip = await JSZip.loadAsync(Buffer.from((await api.invoke('comms.exportAll', { formats: ['txt'] })).dataBase64, 'base64'));
    const base = `txt/${sends[0].sendDate} ${sends[0].name}`;
    expect(zip.file(`${base}.txt`)).not.toBeNull();
    expect(zip.file(`${base} (2).txt`)).not.toBeNull();
    api.close();
  });

  it('zips the landing page: index.html with the three portal links, style.css in the brand colour, the logo', async () => {
    const { api } = await demo();
    const result = await api.invoke('comms.exportLanding', {});
    expect(result.fileName).toBe('contoso landing page.zip');
    expect(result.files).toBe(3);
    const zip = await JSZip.loadAsync(Buffer.from(result.dataBase64, 'base64'));
    expect(Object.keys(zip.files).sort()).toEqual(['index.html', 'logo.png', 'style.css']);
    const html = (await zip.file('index.html')?.async('string')) ?? '';
    for (const link of [PORTALS.reset, PORTALS.registration, PORTALS.change]) expect(html).toContain(`href="${link}"`);
    expect(html).toContain('<link rel="stylesheet" href="style.css">');
    expect(html).toContain('src="logo.png"');
    expect((await zip.file('style.css')?.async('string')) ?? '').toContain('--brand: #0F4C81');
    expect(Buffer.compare((await zip.file('logo.png')?.async('nodebuffer')) ?? Buffer.alloc(0), LOGO_BYTES)).toBe(0);
    api.close();
  });

  it('writes into a folder it creates, replaces only its own files and leaves the rest alone', async () => {
    const { api, dir } = await demo();
    const out = path.join(dir, 'exports', 'campaign');
    const first = await api.invoke('comms.exportEmailsTo', { out, formats: ['html', 'docx'] });
    const count = (await emails(api)).length;
    expect(first.files).toHaveLength(count * 2);
    expect(first.files.every((f) => path.isAbsolute(f) && existsSync(f))).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['docx', 'html']);
    writeFileSync(path.join(out, 'html', 'notes.txt'), 'mine');
    const again = await api.invoke('comms.exportEmailsTo', { out, formats: ['html'] });
    expect(again.files).toEqual(first.files.filter((f) => f.endsWith('.html')));
    expect(readFileSync(path.join(out, 'html', 'notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(path.join(out, 'docx'))).toHaveLength(count);

    const landing = await api.invoke('comms.exportLandingTo', { out: path.join(dir, 'site') });
    expect(landing.files.map((f) => path.basename(f)).sort()).toEqual(['index.html', 'logo.png', 'style.css']);
    api.close();
  });

  it('names the path it cannot write', async () => {
    const { api, dir } = await demo();
    const blocker = path.join(dir, 'taken');
    writeFileSync(blocker, 'a file, not a folder');
    const err = await refusal(api.invoke('comms.exportEmailsTo', { out: blocker, formats: ['txt'] }));
    expect(err.code).toBe('FILE_WRITE_FAILED');
    expect(err.message).toContain(blocker);
    expect(readFileSync(blocker, 'utf8')).toBe('a file, not a folder');
    mkdirSync(path.join(dir, 'site'));
    writeFileSync(path.join(dir, 'site', 'index.html'), 'old');
    // A folder where style.css should go: the page before it is written, then the refusal names style.css.
    mkdirSync(path.join(dir, 'site', 'style.css'));
    const landing = await refusal(api.invoke('comms.exportLandingTo', { out: path.join(dir, 'site') }));
    expect(landing.code).toBe('FILE_WRITE_FAILED');
    expect(landing.message).toContain(path.join(dir, 'site', 'style.css'));
    api.close();
  });

  it('refuses an unknown send and a send whose template is gone, naming them', async () => {
    const { api } = await demo();
    const unknown = await refusal(api.invoke('comms.exportEmail', { sendId: 'email-nope', format: 'html' }));
    expect(unknown.code).toBe('KEY_UNKNOWN');
    expect(unknown.message).toContain('email-nope');

    const sends = await emails(api);
    const broken = sends.map((s, i) => (i === 0 ? { ...s, templateId: 'retired-template' } : s));
    await api.invoke('plan.update', { changes: [{ path: 'communications.emails', value: broken }] });
    const gone = await refusal(api.invoke('comms.exportEmail', { sendId: sends[0].id, format: 'eml' }));
    expect(gone.code).toBe('KEY_UNKNOWN');
    expect(gone.message).toContain('retired-template');
    expect(gone.message).toContain(sends[0].name);
    const all = await refusal(api.invoke('comms.exportAll', { formats: ['txt'] }));
    expect(all.message).toContain('retired-template');
    api.close();
  });

  it('needs an open plan', async () => {
    const api = createApi({ mode: 'cli', dataDir: tempDir() });
    expect((await refusal(api.invoke('comms.exportLanding', {}))).code).toBe('NO_PLAN_OPEN');
    api.close();
  });
});
