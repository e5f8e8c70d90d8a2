import { EMAIL } from '../plan/formats';
import { parseMarkup, textWithPlaceholders, type Block, type Inline } from './markup';
import { isPlaceholderName, isSafeLink, valueAsText, type PlaceholderName, type PlaceholderValues } from './placeholders';

/** A run of text after filling; `unfilled` marks a placeholder the plan has no value for. */
export interface Span {
  text: string;
  bold?: boolean;
  href?: string;
  unfilled?: boolean;
  br?: boolean;
}

export type FilledBlock =
  | { kind: 'heading' | 'paragraph'; spans: Span[] }
  | { kind: 'list'; items: Span[][] }
  /** `href` is null when the link could not be made safely; the button is then plain text. */
  | { kind: 'button'; text: string; href: string | null };

export type FillProblem =
  | { kind: 'unknownPlaceholder'; name: string }
  | { kind: 'emptyPlaceholder'; name: PlaceholderName }
  | { kind: 'unsafeLink'; link: string };

export interface FilledText {
  subject: string;
  preheader: string;
  blocks: FilledBlock[];
  problems: FillProblem[];
}

/** A help-desk contact written as an address or web page becomes a link; a phone number stays text. */
function contactLink(value: string): string | null {
  if (EMAIL.test(value)) return `mailto:${value}`;
  return /^https?:\/\//i.test(value) && isSafeLink(value) ? value : null;
}

class Filler {
  readonly problems: FillProblem[] = [];
  constructor(private readonly values: PlaceholderValues) {}

  private note(p: FillProblem) {
    const same = (q: FillProblem) => JSON.stringify(q) === JSON.stringify(p);
    if (!this.problems.some(same)) this.problems.push(p);
  }

  /** A placeholder's text, or null (noted) when it has none. */
  value(name: string): string | null {
    if (!isPlaceholderName(name)) {
      this.note({ kind: 'unknownPlaceholder', name });
      return null;
    }
    const v = valueAsText(this.values, name);
    if (v === '') {
      this.note({ kind: 'emptyPlaceholder', name });
      return null;
    }
    return v;
  }

  /** One line (subject, preheader): unfilled placeholders stay visible as {{name}}; no line breaks. */
  line(text: string): string {
    return textWithPlaceholders(text)
      .map((i) => (i.t === 'placeholder' ? (this.value(i.name) ?? `{{${i.name}}}`) : i.t === 'text' ? i.v : ''))
      .join('')
      .replace(/[\r\n]+/g, ' ');
  }

  href(parts: readonly Inline[]): string | null {
    let url = '';
    for (const p of parts) {
      if (p.t === 'text') url += p.v;
      else if (p.t === 'placeholder') {
        const v = this.value(p.name);
        if (v === null) return null;
        url += v;
      }
    }
    if (isSafeLink(url)) return url;
    this.note({ kind: 'unsafeLink', link: url });
    return null;
  }

  spans(items: readonly Inline[], bold = false, href?: string): Span[] {
    return items.flatMap((i): Span[] => {
      const style = { ...(bold ? { bold } : {}), ...(href ? { href } : {}) };
      switch (i.t) {
        case 'text':
          return [{ text: i.v, ...style }];
        case 'br':
          return [{ text: '\n', br: true }];
        case 'strong':
          return this.spans(i.c, true, href);
        case 'link':
          return this.spans(i.c, bold, this.href(i.href) ?? undefined);
        case 'placeholder': {
          const v = this.value(i.name);
          if (v === null) return [{ text: `{{${i.name}}}`, unfilled: true, ...style }];
          const contact = i.name === 'helpdesk' && !href ? contactLink(v) : null;
          return [{ text: v, ...style, ...(contact ? { href: contact } : {}) }];
        }
      }
    });
  }

  block(b: Block): FilledBlock[] {
    switch (b.t) {
      case 'heading':
      case 'paragraph':
        return [{ kind: b.t, spans: this.spans(b.c) }];
      case 'list':
        return [{ kind: 'list', items: b.items.map((i) => this.spans(i)) }];
      case 'button':
        return [{ kind: 'button', text: this.spans(b.c).map((s) => s.text).join(''), href: this.href(b.href) }];
      case 'methods':
        if (this.values.methods.length === 0) {
          this.note({ kind: 'emptyPlaceholder', name: 'methods' });
          return [{ kind: 'paragraph', spans: [{ text: '{{methods}}', unfilled: true }] }];
        }
        return [{ kind: 'list', items: this.values.methods.map((m) => [{ text: m }]) }];
    }
  }
}

// A campaign fills the same few bodies for every phase and on every validation; parsing each once
// is enough. Bounded, since edits in the app produce a new body per keystroke saved.
const parsed = new Map<string, Block[]>();

function parsedBody(body: string): Block[] {
  let blocks = parsed.get(body);
  if (!blocks) {
    if (parsed.size >= 64) parsed.delete(parsed.keys().next().value as string);
    blocks = parseMarkup(body);
    parsed.set(body, blocks);
  }
  return blocks;
}

/** Fills a template's subject, preheader and body with one send's values. */
export function fillText(t: { subject: string; preheader: string; body: string }, values: PlaceholderValues): FilledText {
  const f = new Filler(values);
  const subject = f.line(t.subject);
  const preheader = f.line(t.preheader);
  const blocks = parsedBody(t.body).flatMap((b) => f.block(b));
  return { subject, preheader, blocks, problems: f.problems };
}
