import type { ComposedEmail } from './compose';
import type { FilledBlock, Span } from './fill';
import { footerText } from './html';

function spansText(spans: readonly Span[]): string {
  return spans
    .map((s) => (s.href && s.href !== s.text && `mailto:${s.text}` !== s.href ? `${s.text} (${s.href})` : s.text))
    .join('');
}

function blockText(b: FilledBlock): string {
  switch (b.kind) {
    case 'heading':
      return spansText(b.spans).toUpperCase();
    case 'paragraph':
      return spansText(b.spans);
    case 'list':
      return b.items.map((i) => `  - ${spansText(i)}`).join('\n');
    case 'button':
      return b.href === null ? b.text : `${b.text}: ${b.href}`;
  }
}

/** The plain-text alternative: the same words, links written out after their text. */
export function emailText(email: ComposedEmail): string {
  const footer = footerText(email);
  const signature = footer ? `\n\n-- \n${footer}` : '';
  return `${email.filled.blocks.map(blockText).join('\n\n')}${signature}\n`;
}
