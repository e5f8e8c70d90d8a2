import { textOn } from './colors';
import type { ComposedEmail } from './compose';
import type { FilledBlock, Span } from './fill';
import { escapeHtml } from './html-escape';

export interface EmailHtmlOptions {
  /**
   * Inline style attributes, which mail clients need. The in-app preview turns them off: its CSP
   * allows only a <style> element carrying the page's nonce.
   */
  inline: boolean;
  nonce?: string;
  /** 'auto' follows the reader's mail client; the preview forces light or dark. */
  scheme: 'auto' | 'light' | 'dark';
  /** The logo's src: a cid: reference in .eml, a data: URL elsewhere; null when there is no logo. */
  logoSrc: string | null;
}

const FONT = "'Segoe UI', Helvetica, Arial, sans-serif";

/** Declarations per class; the same rules serve as inline styles and as a stylesheet. */
function lightStyles(brand: string): Record<string, string> {
  const onBrand = textOn(brand);
  return {
    body: `margin:0;padding:0;background:#F3F4F6;color:#1B1B1B;font-family:${FONT};`,
    preheader: 'display:none;max-height:0;overflow:hidden;opacity:0;color:transparent;mso-hide:all;',
    outer: 'width:100%;background:#F3F4F6;border-collapse:collapse;',
    gutter: 'padding:24px 12px;',
    card: 'width:100%;max-width:600px;background:#FFFFFF;border-collapse:collapse;border-radius:8px;overflow:hidden;',
    band: `background:${brand};color:${onBrand};padding:20px 32px;font-family:${FONT};`,
    logo: 'display:block;max-height:48px;max-width:200px;height:auto;border:0;',
    org: `font-size:20px;line-height:28px;font-weight:600;color:${onBrand};`,
    content: `padding:28px 32px 12px 32px;font-family:${FONT};font-size:16px;line-height:24px;color:#1B1B1B;`,
    heading: `margin:0 0 16px 0;font-size:22px;line-height:30px;font-weight:600;color:#1B1B1B;font-family:${FONT};`,
    paragraph: 'margin:0 0 16px 0;',
    list: 'margin:0 0 16px 0;padding:0 0 0 24px;',
    item: 'margin:0 0 6px 0;',
    buttonWrap: 'margin:8px 0 24px 0;',
    button: `display:inline-block;background:${brand};color:${onBrand};font-weight:600;text-decoration:none;padding:12px 24px;border-radius:4px;font-family:${FONT};`,
    link: `color:${brand};text-decoration:underline;`,
    unfilled: 'background:#FFF4CE;color:#6B4E00;outline:1px dashed #C19C00;',
    footer: `padding:16px 32px 24px 32px;font-family:${FONT};font-size:13px;line-height:20px;color:#5C5C5C;border-top:1px solid #E5E7EB;`,
  };
}

/** What a dark-mode mail client shows; links keep the brand only where it stays readable. */
function darkStyles(brand: string): Record<string, string> {
  const link = textOn(brand) === '#1B1B1B' ? brand : '#9CC9FF';
  return {
    body: 'background:#121212;color:#EDEDED;',
    outer: 'background:#121212;',
    card: 'background:#1F1F1F;',
    content: 'color:#EDEDED;',
    heading: 'color:#FFFFFF;',
    link: `color:${link};`,
    unfilled: 'background:#4A3B00;color:#FFE8A3;',
    footer: 'color:#B3B3B3;border-top:1px solid #333333;',
  };
}

const NARROW = '.gutter{padding:0 !important}.card{border-radius:0 !important}.band,.content,.footer{padding-left:20px !important;padding-right:20px !important}';

function rules(styles: Record<string, string>, important: boolean): string {
  return Object.entries(styles)
    .map(([cls, css]) => `.${cls}{${important ? css.replace(/;/g, ' !important;') : css}}`)
    .join('');
}

function stylesheet(brand: string, o: EmailHtmlOptions): string {
  const light = lightStyles(brand);
  const dark = darkStyles(brand);
  const base = o.inline ? '' : rules(light, false);
  const scheme =
    o.scheme === 'dark' ? rules(dark, true) : o.scheme === 'auto' ? `@media (prefers-color-scheme:dark){${rules(dark, true)}}` : '';
  return `${base}${scheme}@media (max-width:480px){${NARROW}}`;
}

/** Renders elements with a class, and the class's declarations inline when asked. */
class Writer {
  private readonly light: Record<string, string>;
  constructor(
    brand: string,
    private readonly o: EmailHtmlOptions,
  ) {
    this.light = lightStyles(brand);
  }

  attrs(cls: string, extra = ''): string {
    const style = this.o.inline && this.light[cls] ? ` style="${escapeHtml(this.light[cls])}"` : '';
    return ` class="${cls}"${style}${extra}`;
  }

  spans(spans: readonly Span[]): string {
    return spans
      .map((s) => {
        if (s.br) return '<br>';
        let html = escapeHtml(s.text);
        if (s.unfilled) html = `<span${this.attrs('unfilled')}>${html}</span>`;
        if (s.bold) html = `<strong>${html}</strong>`;
        if (s.href) html = `<a${this.attrs('link', ` href="${escapeHtml(s.href)}"`)}>${html}</a>`;
        return html;
      })
      .join('');
  }

  block(b: FilledBlock): string {
    switch (b.kind) {
      case 'heading':
        return `<h1${this.attrs('heading')}>${this.spans(b.spans)}</h1>`;
      case 'paragraph':
        return `<p${this.attrs('paragraph')}>${this.spans(b.spans)}</p>`;
      case 'list':
        return `<ul${this.attrs('list')}>${b.items.map((i) => `<li${this.attrs('item')}>${this.spans(i)}</li>`).join('')}</ul>`;
      case 'button':
        return b.href === null
          ? `<p${this.attrs('paragraph')}><strong>${escapeHtml(b.text)}</strong></p>`
          : `<p${this.attrs('buttonWrap')}><a${this.attrs('button', ` href="${escapeHtml(b.href)}"`)}>${escapeHtml(b.text)}</a></p>`;
    }
  }
}

/** The footer line: who sent it, for whom. */
export function footerText(email: ComposedEmail): string {
  const from = email.fromName || email.organization;
  const org = email.organization && email.organization !== from ? ` for ${email.organization}` : '';
  return from ? `Sent by ${from}${org}.` : '';
}

/** A complete HTML email: table layout, brand band with the logo, body, footer. */
export function emailHtml(email: ComposedEmail, o: EmailHtmlOptions): string {
  const w = new Writer(email.brandColor, o);
  const f = email.filled;
  const nonce = o.nonce ? ` nonce="${escapeHtml(o.nonce)}"` : '';
  const logo = o.logoSrc ? `<img${w.attrs('logo', ` src="${escapeHtml(o.logoSrc)}" alt="${escapeHtml(email.organization || 'Logo')}"`)}>` : '';
  // A logo already names the organization; the name stands in for it only when there is none.
  const org = email.organization && !logo ? `<div${w.attrs('org')}>${escapeHtml(email.organization)}</div>` : '';
  const footer = footerText(email);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="supported-color-schemes" content="light dark">',
    `<title>${escapeHtml(f.subject)}</title>`,
    `<style${nonce}>${stylesheet(email.brandColor, o)}</style>`,
    '</head>',
    `<body${w.attrs('body')}>`,
    f.preheader ? `<div${w.attrs('preheader')}>${escapeHtml(f.preheader)}</div>` : '',
    `<table role="presentation"${w.attrs('outer', ' width="100%" cellpadding="0" cellspacing="0"')}><tr><td${w.attrs('gutter', ' align="center"')}>`,
    `<table role="presentation"${w.attrs('card', ' width="600" cellpadding="0" cellspacing="0"')}>`,
    logo || org ? `<tr><td${w.attrs('band')}>${logo}${org}</td></tr>` : '',
    `<tr><td${w.attrs('content')}>${f.blocks.map((b) => w.block(b)).join('\n')}</td></tr>`,
    footer ? `<tr><td${w.attrs('footer')}>${escapeHtml(footer)}</td></tr>` : '',
    '</table>',
    '</td></tr></table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
