/**
 * The small text format campaign emails and the landing page are written in (docs/templates.md):
 *
 *   # Heading              a heading
 *   - item                 a bullet list (consecutive lines)
 *   [Text](url)            a link; a line holding only a link becomes a button
 *   **bold**               bold text
 *   {{name}}               a placeholder, filled from the plan; {{methods}} alone on a line is a list
 *
 * Blank lines separate paragraphs; a single line break stays a line break. Placeholders are kept as
 * tokens here and filled later, so a value can never turn into markup.
 */

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'placeholder'; name: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'link'; c: Inline[]; href: Inline[] }
  | { t: 'br' };

export type Block =
  | { t: 'heading'; c: Inline[] }
  | { t: 'paragraph'; c: Inline[] }
  | { t: 'list'; items: Inline[][] }
  | { t: 'button'; c: Inline[]; href: Inline[] }
  | { t: 'methods' };

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;
// An address may hold one level of brackets, as in https://en.wikipedia.org/wiki/Contoso_(company).
const URL_PART = String.raw`((?:[^()\s]|\([^()\s]*\))+)`;
const LINK = new RegExp(String.raw`\[([^\]\n]+)\]\(` + URL_PART + String.raw`\)`);
const ONLY_LINK = new RegExp(String.raw`^\[([^\]\n]+)\]\(` + URL_PART + String.raw`\)$`);
const STRONG = /\*\*([^*\n]+)\*\*/;

/** Text with placeholders split out. */
function textWithPlaceholders(s: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of s.matchAll(PLACEHOLDER)) {
    if (m.index > last) out.push({ t: 'text', v: s.slice(last, m.index) });
    out.push({ t: 'placeholder', name: m[1] });
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push({ t: 'text', v: s.slice(last) });
  return out;
}

/** One line of inline markup: links first (their text may be bold), then bold, then placeholders. */
function inline(s: string): Inline[] {
  const link = LINK.exec(s);
  const strong = STRONG.exec(s);
  const first = link && (!strong || link.index <= strong.index) ? link : strong;
  if (!first) return textWithPlaceholders(s);
  const before = inline(s.slice(0, first.index));
  const after = inline(s.slice(first.index + first[0].length));
  const middle: Inline =
    first === link ? { t: 'link', c: inline(first[1]), href: textWithPlaceholders(first[2]) } : { t: 'strong', c: inline(first[1]) };
  return [...before, middle, ...after];
}

function lines(paragraph: string[]): Inline[] {
  return paragraph.flatMap((line, i) => (i === 0 ? inline(line) : [{ t: 'br' } as const, ...inline(line)]));
}

export function parseMarkup(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: Inline[][] | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ t: 'paragraph', c: lines(paragraph) });
    if (list) blocks.push({ t: 'list', items: list });
    paragraph = [];
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (item) {
      if (paragraph.length > 0) flush();
      list ??= [];
      list.push(inline(item[1]));
      continue;
    }
    if (list) flush();
    const heading = /^#{1,3}\s+(.*)$/.exec(line);
    const button = ONLY_LINK.exec(line);
    if (heading) {
      flush();
      blocks.push({ t: 'heading', c: inline(heading[1]) });
    } else if (/^\{\{\s*methods\s*\}\}$/.test(line)) {
      flush();
      blocks.push({ t: 'methods' });
    } else if (button && paragraph.length === 0) {
      blocks.push({ t: 'button', c: inline(button[1]), href: textWithPlaceholders(button[2]) });
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** Every placeholder name a piece of markup uses, in order of first use. */
export function placeholdersIn(blocks: readonly Block[]): string[] {
  const names = new Set<string>();
  const walk = (items: readonly Inline[]) => {
    for (const i of items) {
      if (i.t === 'placeholder') names.add(i.name);
      else if (i.t === 'strong') walk(i.c);
      else if (i.t === 'link') {
        walk(i.c);
        walk(i.href);
      }
    }
  };
  for (const b of blocks) {
    if (b.t === 'methods') names.add('methods');
    else if (b.t === 'list') b.items.forEach(walk);
    else if (b.t === 'button') {
      walk(b.c);
      walk(b.href);
    } else walk(b.c);
  }
  return [...names];
}

/** Placeholders of a one-line text such as a subject. */
export function placeholdersOfLine(text: string): string[] {
  return [...new Set(textWithPlaceholders(text).flatMap((i) => (i.t === 'placeholder' ? [i.name] : [])))];
}

export { textWithPlaceholders };
