import type { Plan } from '../plan/schema';
import { fillText, type FilledText } from './fill';
import { escapeHtml } from './html-escape';
import { placeholderValues } from './placeholders';
import { LANDING_PAGE_CSS } from './shipped';
import { LANDING_TEMPLATE } from './templates';
import type { FilledBlock, Span } from './fill';

export function fillLandingPage(plan: Plan): FilledText {
  return fillText(LANDING_TEMPLATE, placeholderValues(plan, null));
}

function spans(list: readonly Span[]): string {
  return list
    .map((s) => {
      if (s.br) return '<br>';
      let html = escapeHtml(s.text);
      if (s.unfilled) html = `<mark>${html}</mark>`;
      if (s.bold) html = `<strong>${html}</strong>`;
      return s.href ? `<a href="${escapeHtml(s.href)}">${html}</a>` : html;
    })
    .join('');
}

function block(b: FilledBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h2>${spans(b.spans)}</h2>`;
    case 'paragraph':
      return `<p>${spans(b.spans)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${spans(i)}</li>`).join('')}</ul>`;
    case 'button':
      return b.href === null ? `<p><strong>${escapeHtml(b.text)}</strong></p>` : `<p><a class="button" href="${escapeHtml(b.href)}">${escapeHtml(b.text)}</a></p>`;
  }
}

/** Each heading starts a panel of its own, so the page reads as a few clear tasks. */
function sections(blocks: readonly FilledBlock[]): string {
  const out: string[] = [];
  let open = false;
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (open) out.push('</section>');
      out.push('<section>');
      open = true;
    }
    out.push(block(b));
  }
  if (open) out.push('</section>');
  return out.join('\n');
}

export interface LandingPageFiles {
  html: string;
  css: string;
  filled: FilledText;
}

/** The static landing page: index.html linking style.css (and logo.<ext> when the plan has one). */
export function landingPage(plan: Plan, logoFile: string | null): LandingPageFiles {
  const filled = fillLandingPage(plan);
  const org = plan.overview.organization.trim();
  const title = filled.subject;
  const logo = logoFile ? `<img src="${escapeHtml(logoFile)}" alt="${escapeHtml(org || 'Logo')}">` : '';
  const html = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="description" content="${escapeHtml(filled.preheader)}">`,
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="stylesheet" href="style.css">',
    '</head>',
    '<body>',
    `<header><div class="inner">${logo}<h1>${escapeHtml(title)}</h1></div></header>`,
    '<main>',
    sections(filled.blocks),
    '</main>',
    `<footer>${escapeHtml(org ? `${org} IT. ` : '')}These links go to Microsoft's own sign-in pages; always check the address bar shows a microsoft.com or microsoftonline.com address before you type your password.</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { html, css: LANDING_PAGE_CSS.replaceAll('{{brandColor}}', plan.communications.brandColor), filled };
}
