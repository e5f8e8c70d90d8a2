import path from 'node:path';
import { Parser } from 'htmlparser2';
import JSZip from 'jszip';
import { simpleParser } from 'mailparser';
import sax from 'sax';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../main/api';
import { SHIPPED_TEMPLATES } from '../../shared/comms/templates';
import { readRows } from '../../shared/plan/csv';
import type { Plan } from '../../shared/plan/schema';
import { useTempDir } from './helpers';

/**
 * One hostile plan through every export the app offers, with real HTML and XML parsers: whatever a
 * user (or an imported file) types into a plan must come out as text, never as markup or a link.
 */

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const BREAKOUT = '"><svg onload=alert(1)>';
const SENDER = 'Eve "IT" <eve@evil.example> \'\u0022';
const FRAME = '<iframe src="javascript:alert(1)"></iframe>';
const HOSTILE_BODY = [
  '',
  SCRIPT,
  `[a link](javascript:alert(1)) and [another](  JaVaScRiPt:alert(1)) and [data](data:text/html,${SCRIPT})`,
  `Plain ${IMG} and ${BREAKOUT} & more.`,
  '',
].join('\n\n');

/** The hostile body as plain text: the script tag verbatim, the javascript: link reduced to its words. */
const SCRIPT_THEN_LINK_WORDS = /<script>alert\(1\)<\/script>\s+a link and /;

/** Elements that run code or pull in other documents; none may appear in an export. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'base', 'form', 'input', 'button', 'link', 'meta']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'srcset', 'data', 'cite']);

interface HtmlCheck {
  problems: string[];
  text: string;
}

/** Walks the HTML as a browser-grade tokenizer sees it, entities decoded. */
function inspectHtml(html: string): HtmlCheck {
  const problems: string[] = [];
  let text = '';
  let inStyle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'style') inStyle = true;
        // The landing page and emails may carry a <meta charset> / viewport; nothing that refreshes or redirects.
        if (name === 'meta' && !('http-equiv' in attributes)) return checkAttributes(name, attributes);
        if (name === 'link' && attributes.rel === 'stylesheet' && !/^[a-z][a-z0-9+.-]*:/i.test(attributes.href ?? '')) return checkAttributes(name, attributes);
        if (ACTIVE_ELEMENTS.has(name)) problems.push(`<${name}> element`);
        checkAttributes(name, attributes);
      },
      onclosetag(name) {
        if (name === 'style') inStyle = false;
      },
      ontext(data) {
        if (inStyle) {
          if (/expression\s*\(|javascript:|@import|behavior\s*:/i.test(data)) problems.push(`active CSS: ${data.slice(0, 80)}`);
        } else text += data;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  function checkAttributes(name: string, attributes: Record<string, string>): void {
    for (const [attribute, value] of Object.entries(attributes)) {
      if (attribute.startsWith('on')) problems.push(`<${name} ${attribute}>`);
      if (attribute === 'srcdoc' || attribute === 'style' && /expression\s*\(|javascript:|url\s*\(\s*['"]?\s*javascript:/i.test(value)) {
        problems.push(`<${name} ${attribute}="${value.slice(0, 60)}">`);
      }
      if (URL_ATTRIBUTES.has(attribute)) {
        // Browsers ignore control characters and spaces inside a scheme, so compare without them.
        const scheme = [...value].filter((c) => c.charCodeAt(0) > 0x20).join('').toLowerCase();
        const image = name === 'img' && attribute === 'src' && /^data:image\/(png|jpeg|gif);base64,/.test(scheme);
        if (/^(javascript|vbscript|data|file):/.test(scheme) && !image) problems.push(`<${name} ${attribute}="${value.slice(0, 60)}">`);
      }
    }
  }
  parser.write(html);
  parser.end();
  return { problems, text };
}

interface XmlParse {
  errors: string[];
  /** The text of every w:t run, one a line: what Word would show. */
  text: string;
}

/** A strict, namespace-aware XML parse: any well-formedness error is reported, not repaired. */
function parseXml(source: string): XmlParse {
  const parser = sax.parser(true, { xmlns: true });
  const errors: string[] = [];
  let text = '';
  let inText = false;
  parser.onerror = (error) => {
    errors.push(error.message.split('\n')[0] ?? String(error));
    // sax stops at the first error unless told to go on; every error is worth reporting.
    parser.resume();
  };
  parser.onopentag = (tag) => (inText = tag.name === 'w:t');
  parser.onclosetag = (name) => {
    if (name === 'w:t') {
      inText = false;
      text += '\n';
    }
  };
  parser.ontext = (data) => {
    if (inText) text += data;
  };
  parser.write(source).close();
  return { errors, text };
}

/** Every XML part of a .docx must parse strictly; returns the problems and each part's source. */
async function inspectDocx(data: Buffer): Promise<{ problems: string[]; xml: Record<string, string> }> {
  const zip = await JSZip.loadAsync(data);
  const problems: string[] = [];
  const xml: Record<string, string> = {};
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(entry.name)) continue;
    const source = await entry.async('string');
    xml[entry.name] = source;
    for (const error of parseXml(source).errors) problems.push(`${entry.name}: ${error}`);
    if (/<(script|svg|img|iframe|html)\b/i.test(source)) problems.push(`${entry.name}: raw markup from the plan`);
    if (/Target="\s*(javascript|vbscript|data|file):/i.test(source)) problems.push(`${entry.name}: dangerous hyperlink target`);
  }
  return { problems, xml };
}

const docxText = (documentXml: string): string => parseXml(documentXml).text;

const tempDir = useTempDir();
let api: Api;
let dir = '';
let plan: Plan;

beforeAll(async () => {
  dir = tempDir();
  api = createApi({ mode: 'browser', dataDir: dir });
  await api.invoke('plan.create', { path: path.join(dir, 'hostile.ssprplan'), demo: true });
  const demo = (await api.invoke('plan.get', {})).plan;
  const [firstStakeholder, ...stakeholders] = demo.stakeholders;
  const [firstCase, ...cases] = demo.testing.cases;
  const [firstScenario, ...scenarios] = demo.support.scenarios;
  const [firstPhase, ...phases] = demo.rollout.phases;
  if (!firstStakeholder || !firstCase || !firstScenario || !firstPhase) throw new Error('the demo plan lacks a stakeholder, test case, scenario or phase');
  const result = await api.call(
    'plan.update',
    {
      changes: [
        { path: 'overview.organization', value: SCRIPT },
        { path: 'overview.landingPageUrl', value: 'javascript:alert(1)' },
        { path: 'overview.helpdeskContact', value: BREAKOUT },
        { path: 'communications.senderName', value: SENDER },
        { path: 'communications.logo', value: null },
        {
          path: 'communications.templates',
          value: SHIPPED_TEMPLATES.map((t) => ({ ...t, subject: `${t.subject} {{organization}} ${BREAKOUT}`, body: `${t.body}${HOSTILE_BODY}` })),
        },
        { path: 'stakeholders', value: [{ ...firstStakeholder, name: IMG, title: BREAKOUT, role: FRAME }, ...stakeholders] },
        { path: 'testing.cases', value: [{ ...firstCase, title: IMG, steps: `${BREAKOUT}\n${SCRIPT}`, expected: FRAME }, ...cases] },
        { path: 'support.scenarios', value: [{ ...firstScenario, title: BREAKOUT, description: IMG, resolution: `${SCRIPT} [x](javascript:alert(1))` }, ...scenarios] },
        { path: 'rollout.phases', value: [{ ...firstPhase, name: `${FRAME} pilot` }, ...phases] },
      ],
    },
    'renderer',
  );
  if (!result.ok) throw new Error(`the hostile plan was refused: ${result.error.message}`);
  plan = (await api.invoke('plan.get', {})).plan;
});

afterAll(() => api.close());

const fromWindow = async <T>(method: string, input: unknown = {}): Promise<T> => {
  const result = await api.call(method, input, 'renderer');
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
};
const bytes = (file: { dataBase64: string }) => Buffer.from(file.dataBase64, 'base64');
const counts: Record<string, number> = {};
const count = (kind: string) => (counts[kind] = (counts[kind] ?? 0) + 1);

describe('the inspectors', () => {
  // Without this, a parser that saw nothing would pass every export below.
  it('catch the markup and links they look for', async () => {
    const bad = [
      `<p>${SCRIPT}</p>`,
      `<p>${IMG}</p>`,
      `<a href="x${BREAKOUT}">`,
      '<a href=" jav&#x09;ascript:alert(1)">x</a>',
      '<a href="&#106;avascript:alert(1)">x</a>',
      '<img src="data:text/html,x">',
      '<meta http-equiv="refresh" content="0;url=https://evil.example">',
      '<div style="background:url(javascript:alert(1))">',
    ];
    for (const html of bad) expect(inspectHtml(html).problems, html).not.toEqual([]);
    expect(inspectHtml('<p>&lt;script&gt; <a href="https://aka.ms/sspr">x</a><img src="data:image/png;base64,AA"></p>')).toEqual({ problems: [], text: '<script> x' });
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document><w:t>a & b</w:t></w:document>');
    zip.file('word/_rels/document.xml.rels', '<Relationships><Relationship Target="javascript:alert(1)"/></Relationships>');
    const { problems } = await inspectDocx(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(problems.some((p) => p.startsWith('word/document.xml'))).toBe(true);
    expect(problems.some((p) => p.includes('dangerous hyperlink'))).toBe(true);
  });
});

describe('escaping across every export, from one hostile plan', () => {
  it('campaign emails: .html and the .eml HTML part hold no active markup or unsafe link; the text keeps the values', async () => {
    const zip = await JSZip.loadAsync(bytes(await fromWindow<{ dataBase64: string }>('comms.exportAll', { formats: ['eml', 'html', 'docx', 'txt'] })));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
    expect(names.filter((n) => n.endsWith('.eml')).length).toBe(plan.communications.emails.length);
    for (const name of names) {
      const entry = zip.file(name);
      if (!entry) continue;
      const data = await entry.async('nodebuffer');
      if (name.endsWith('.html')) {
        const { problems, text } = inspectHtml(data.toString('utf8'));
        expect(problems, name).toEqual([]);
        expect(text, name).toContain(SCRIPT);
        expect(text, name).toContain(IMG);
        count('html');
      } else if (name.endsWith('.eml')) {
        const mail = await simpleParser(data);
        expect(inspectHtml(String(mail.html)).problems, name).toEqual([]);
        // Plain text runs nothing: values are kept as typed, an unsafe link as its words.
        expect(mail.text ?? '', name).toMatch(SCRIPT_THEN_LINK_WORDS);
        // The display name is text: it cannot smuggle in another address or header.
        expect(mail.from?.value.map((a) => a.address), name).toEqual([plan.communications.senderEmail]);
        expect(mail.from?.value[0]?.name, name).toBe(SENDER);
        expect(mail.subject, name).toContain(`${SCRIPT} ${BREAKOUT}`);
        expect(mail.headers.get('bcc'), name).toBeUndefined();
        count('eml');
      } else if (name.endsWith('.txt')) {
        const txt = data.toString('utf8');
        expect(txt, name).toMatch(SCRIPT_THEN_LINK_WORDS);
        expect(txt, name).not.toContain('](javascript:');
        count('txt');
      } else if (name.endsWith('.docx')) {
        const { problems, xml } = await inspectDocx(data);
        expect(problems, name).toEqual([]);
        expect(docxText(xml['word/document.xml'] ?? ''), name).toContain(SCRIPT);
        count('email docx');
      }
    }
    expect(counts.html).toBeGreaterThan(0);
    expect(counts.eml).toBe(counts.html);
  });

  it('the plan check tells the user about each unsafe link the exports turned into text', async () => {
    const findings = await fromWindow<{ code: string; field: string }[]>('plan.validate');
    const unsafe = findings.filter((f) => f.code === 'SSPR-COMMS-010').map((f) => f.field);
    expect(unsafe).toContain('overview.landingPageUrl');
    expect(unsafe.filter((f) => f.startsWith('communications.templates')).length).toBeGreaterThan(0);
    expect(findings.some((f) => f.code === 'SSPR-OVERVIEW-004')).toBe(true);
  });

  it('landing page: index.html holds no active markup and no javascript: landing link', async () => {
    const zip = await JSZip.loadAsync(bytes(await fromWindow<{ dataBase64: string }>('comms.exportLanding')));
    const pages = Object.keys(zip.files).filter((n) => n.endsWith('.html'));
    expect(pages).toContain('index.html');
    for (const page of pages) {
      const { problems, text } = inspectHtml((await zip.file(page)?.async('string')) ?? '');
      expect(problems, page).toEqual([]);
      expect(text, page).toContain(SCRIPT);
      count('landing html');
    }
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.css'))) {
      expect((await zip.file(name)?.async('string')) ?? '', name).not.toMatch(/javascript:|expression\s*\(/i);
    }
  });

  it.each([
    ['plan document', 'documents.planDocx'],
    ['cheat sheet', 'documents.cheatSheet'],
  ])('%s: every XML part is well-formed and the hostile values are escaped text', async (label, method) => {
    const { problems, xml } = await inspectDocx(bytes(await fromWindow<{ dataBase64: string }>(method)));
    expect(problems, label).toEqual([]);
    const document = xml['word/document.xml'] ?? '';
    const text = docxText(document);
    expect(text).toContain(SCRIPT);
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    if (method === 'documents.planDocx') {
      for (const value of [IMG, BREAKOUT]) expect(text, value).toContain(value);
    } else {
      expect(text).toContain(BREAKOUT);
    }
    count(label);
  });

  it('CSV tables: every hostile value round-trips as one cell', async () => {
    const zip = await JSZip.loadAsync(bytes(await fromWindow<{ dataBase64: string }>('documents.tablesCsv')));
    const cells = new Set<string>();
    for (const entry of Object.values(zip.files)) {
      const rows = readRows(await entry.async('string')).map((r) => r.cells);
      const width = rows[0]?.length ?? 0;
      for (const row of rows) expect(row.length, entry.name).toBe(width);
      for (const row of rows) for (const cell of row) cells.add(cell);
      count('csv');
    }
    for (const value of [IMG, BREAKOUT]) expect(cells.has(value), value).toBe(true);
  });

  it('JSON export: parses and gives back exactly the values typed', async () => {
    const { json } = await fromWindow<{ json: string }>('plan.exportJson');
    const back = JSON.parse(json) as { plan?: Plan } & Partial<Plan>;
    const exported = back.plan ?? (back as Plan);
    expect(exported.overview.organization).toBe(SCRIPT);
    expect(exported.communications.senderName).toBe(SENDER);
    expect(exported.testing.cases[0]?.title).toBe(IMG);
    expect(exported.support.scenarios[0]?.title).toBe(BREAKOUT);
    count('json');
    console.log(`[security] escaping: one hostile plan through ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')} files`);
  });
});
