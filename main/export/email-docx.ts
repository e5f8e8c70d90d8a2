import {
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LineRuleType,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { textOn } from '../../shared/comms/colors';
import type { ComposedEmail } from '../../shared/comms/compose';
import type { FilledBlock, Span } from '../../shared/comms/fill';
import { footerText } from '../../shared/comms/html';
import { longDate } from '../../shared/dates';
import { BULLETS, clean, CONTENT_WIDTH, hex, INK, logoRun, MUTED, numbering, pageProperties, RULE } from './docx-parts';

// Mail clients show Segoe UI on Windows; the report documents use Arial.
const FONT = 'Segoe UI';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

/** The small table above the email: what it is, for whom, when. */
function detailsTable(email: ComposedEmail): Table {
  const from = email.fromAddress ? `${email.fromName ? `${email.fromName} ` : ''}<${email.fromAddress}>` : email.fromName;
  const rows: [string, string][] = [
    ['Subject', email.filled.subject],
    ['Preview text', email.filled.preheader || '(none)'],
    ['Send date', email.sendDate ? longDate(email.sendDate) : 'Not scheduled'],
    ['Audience', email.phaseName || 'Not tied to a phase'],
    ['From', from || 'No sender set'],
  ];
  const line = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const;
  const cell = (text: string, label: boolean) =>
    new TableCell({
      width: { size: label ? 2000 : CONTENT_WIDTH - 2000, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 120, right: 120 },
      ...(label ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F4F6' } } : {}),
      children: [new Paragraph({ spacing: { after: 0, line: 260, lineRule: LineRuleType.AUTO }, children: [new TextRun({ text: clean(text), bold: label, size: 18, color: label ? MUTED : INK })] })],
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [2000, CONTENT_WIDTH - 2000],
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: rows.map(([label, value]) => new TableRow({ children: [cell(label, true), cell(value, false)] })),
  });
}

/** The brand band as the HTML email shows it: the logo, or without one the organization's name. */
function band(email: ComposedEmail): Table | null {
  const onBrand = hex(textOn(email.brandColor));
  const children: Paragraph[] = [];
  const logo = logoRun(email.logo, { width: 200, height: 48 });
  if (logo) {
    children.push(new Paragraph({ spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [logo] }));
  } else if (email.organization) {
    children.push(new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: clean(email.organization), bold: true, size: 30, color: onBrand })] }));
  }
  if (children.length === 0) return null;
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: CONTENT_WIDTH, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(email.brandColor) },
            margins: { top: 240, bottom: 240, left: 480, right: 480 },
            children,
          }),
        ],
      }),
    ],
  });
}

function runs(spans: readonly Span[], brand: string): ParagraphChild[] {
  return spans.map((s): ParagraphChild => {
    if (s.br) return new TextRun({ break: 1 });
    const run = (link: boolean) =>
      new TextRun({
        text: clean(s.text),
        bold: s.bold,
        ...(s.unfilled ? { highlight: 'yellow' as const } : {}),
        ...(link ? { color: brand, underline: {} } : {}),
      });
    return s.href ? new ExternalHyperlink({ link: s.href, children: [run(true)] }) : run(false);
  });
}

/**
 * A button reads as a filled, bold link. Word has no inline box with padding, so the paragraph is
 * shaded and given borders of the same colour (their spacing is the padding), and its right indent
 * ends the box shortly after the text, estimated from the text's length.
 */
function button(text: string, href: string, brand: string): Paragraph {
  const label = clean(text);
  const edge = { style: BorderStyle.SINGLE, size: 6, color: brand, space: 6 } as const;
  const textWidth = Math.min(CONTENT_WIDTH - 480, 240 + label.length * 132);
  return new Paragraph({
    spacing: { before: 240, after: 360 },
    indent: { left: 140, right: CONTENT_WIDTH - textWidth },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: brand },
    border: { top: edge, bottom: edge, left: { ...edge, space: 8 }, right: { ...edge, space: 8 } },
    children: [new ExternalHyperlink({ link: href, children: [new TextRun({ text: label, bold: true, color: hex(textOn(`#${brand}`)) })] })],
  });
}

function blocks(list: readonly FilledBlock[], brand: string): Paragraph[] {
  return list.flatMap((b): Paragraph[] => {
    switch (b.kind) {
      case 'heading':
        return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(b.spans, brand) })];
      case 'paragraph':
        return [new Paragraph({ children: runs(b.spans, brand) })];
      case 'list':
        return b.items.map(
          (item, i) =>
            new Paragraph({
              numbering: { reference: BULLETS, level: 0 },
              spacing: { after: i === b.items.length - 1 ? 200 : 80 },
              children: runs(item, brand),
            }),
        );
      case 'button':
        return [b.href === null ? new Paragraph({ children: [new TextRun({ text: clean(b.text), bold: true })] }) : button(b.text, b.href, brand)];
    }
  });
}

/** One campaign email as a Word document: its details, then the email as it reads. */
export function emailDocx(email: ComposedEmail): Promise<Buffer> {
  const brand = hex(email.brandColor);
  const footer = footerText(email);
  const brandBand = band(email);
  const spacer = (after: number) => new Paragraph({ spacing: { after }, children: [] });
  const children: (Paragraph | Table)[] = [
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: clean(`Campaign email: ${email.name}`), size: 18, color: MUTED })] }),
    detailsTable(email),
    spacer(240),
    ...(brandBand ? [brandBand, spacer(160)] : []),
    ...blocks(email.filled.blocks, brand),
    ...(footer
      ? [
          new Paragraph({
            spacing: { before: 240 },
            border: { top: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 8 } },
            children: [new TextRun({ text: clean(footer), size: 18, color: MUTED })],
          }),
        ]
      : []),
  ];
  const doc = new Document({
    title: clean(email.filled.subject),
    creator: clean(email.fromName || email.organization || 'SSPR Rollout Planner'),
    description: clean(email.filled.preheader),
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, color: INK }, paragraph: { spacing: { after: 180, line: 276, lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: FONT, size: 32, bold: true, color: INK }, paragraph: { spacing: { before: 120, after: 240 } } },
      },
    },
    numbering: numbering(),
    sections: [
      {
        properties: { page: pageProperties },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
