import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  ImageRun,
  LevelFormat,
  LineRuleType,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type IStylesOptions,
  type ParagraphChild,
} from 'docx';
import { textOn } from '../../shared/comms/colors';
import type { Logo } from '../../shared/plan/schema';
import type { ReportTable } from '../../shared/report/table';
import { reportStrings as S } from '../../shared/report/strings';
import { LOGO_EXTENSIONS } from './file-types';
import { fitInto, imageSize } from './image-size';

/**
 * What the plan document and the cheat sheet share: A4 pages, the house styles, brand-coloured
 * table headers that repeat on every page, rows that never split, headers and "Page X of Y" footers.
 */

/** A4 in twentieths of a point, with 2 cm side margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1134, top: 1247, bottom: 1134 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Content width in pixels at 96 dpi, the unit docx sizes images in. */
export const CONTENT_PX = Math.floor((CONTENT_WIDTH / 1440) * 96);
// Arial is on every Windows and Mac; LibreOffice draws it with the metric-compatible Liberation Sans.
export const FONT = 'Arial';
export const INK = '1B1B1B';
export const MUTED = '5C5C5C';
export const RULE = 'C9CDD3';
export const ZEBRA = 'F5F6F8';
export const BULLETS = 'report-bullets';
const TABLE_TEXT = 'TableText';
const TABLE_HEAD = 'TableHead';
/** Half-points: 8.5 pt. */
export const TABLE_SIZE = 17;
export const NUMBERS = 'report-numbers';

export const hex = (color: string) => color.replace(/^#/, '').toUpperCase();

/** Characters XML 1.0 cannot hold; a stray one would make Word refuse the whole file. */
// eslint-disable-next-line no-control-regex
export const clean = (value: string) => value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

export function styles(brand: string, bodySize = 20): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: bodySize, color: INK }, paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } } },
      heading1: { run: { font: FONT, size: 32, bold: true, color: hex(brand) }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true } },
      heading2: { run: { font: FONT, size: 24, bold: true, color: INK }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true } },
      heading3: { run: { font: FONT, size: 20, bold: true, color: hex(brand) }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true } },
    },
    // Table text by style rather than per run: a long table stays a small file and quick to build.
    paragraphStyles: [
      { id: TABLE_TEXT, name: 'Table text', run: { size: TABLE_SIZE }, paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
      { id: TABLE_HEAD, name: 'Table heading', basedOn: TABLE_TEXT, run: { bold: true, color: hex(textOn(brand)) } },
    ],
  };
}

export function numbering(): INumberingOptions {
  const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level: 0,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 400, hanging: 280 } } },
  });
  return {
    config: [
      { reference: BULLETS, levels: [level(LevelFormat.BULLET, '\u2022')] },
      { reference: NUMBERS, levels: [level(LevelFormat.DECIMAL, '%1.')] },
    ],
  };
}

export function para(value: string, options: { size?: number; bold?: boolean; color?: string; after?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    keepNext: options.keepNext,
    spacing: options.after === undefined ? undefined : { after: options.after },
    children: [new TextRun({ text: clean(value), size: options.size, bold: options.bold, color: options.color })],
  });
}

export function bullet(value: string, size?: number): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, spacing: { after: 40 }, children: [new TextRun({ text: clean(value), size })] });
}

/** Numbered steps; each list restarts at 1 through its own instance. */
export function numbered(value: string, instance: number, size?: number, keepNext = false): Paragraph {
  return new Paragraph({ numbering: { reference: NUMBERS, level: 0, instance }, keepNext, spacing: { after: 30 }, children: [new TextRun({ text: clean(value), size })] });
}

/** The cell's text, a paragraph per line, in the table styles. */
function cellParagraphs(value: string, head: boolean, bold: boolean): Paragraph[] {
  const lines = value === '' ? [''] : value.split('\n');
  return lines.map(
    (l, i) =>
      new Paragraph({
        style: head ? TABLE_HEAD : TABLE_TEXT,
        spacing: i === lines.length - 1 ? undefined : { after: 40 },
        children: [new TextRun(bold ? { text: clean(l), bold } : clean(l))],
      }),
  );
}

/** The longest word of a text, which a column must fit without breaking it. */
const longestWord = (value: string) => value.split(/[\s/]+/).reduce((m, w) => Math.max(m, w.length), 0);

/**
 * Column widths that fit the page: each column asks for room by its typical text length, at least its
 * longest word (up to a limit), and the page width is shared out in proportion.
 */
export function columnWidths(t: Pick<ReportTable, 'columns' | 'rows'>, width: number, size: number): number[] {
  const charTwips = size * 5.6;
  const wants = t.columns.map((header, c) => {
    const cells = t.rows.map((r) => r[c] ?? '');
    // Empty cells do not count: a column of a few long findings needs room where it has them.
    const lengths = cells.filter((v) => v !== '').map((v) => Math.max(...v.split('\n').map((l) => l.length)));
    const avg = lengths.length === 0 ? header.length : lengths.reduce((a, b) => a + b, 0) / lengths.length;
    const word = Math.max(longestWord(header), ...cells.map(longestWord));
    // Dates, codes and counts must not break; a long address or URL may, rather than squeeze the rest.
    return { ask: Math.min(48, Math.max(avg, Math.min(word, 22) + 1, 4)), min: (Math.min(word, 12) + 1.5) * charTwips + 180 };
  });
  const total = wants.reduce((s, w) => s + w.ask, 0);
  let widths = wants.map((w) => Math.max(w.min, (w.ask / total) * width));
  // Minimums may overshoot the page: take the excess from the columns above their minimum.
  const over = widths.reduce((a, b) => a + b, 0) - width;
  if (over > 0) {
    const slack = widths.map((w, i) => Math.max(0, w - wants[i].min));
    const slackTotal = slack.reduce((a, b) => a + b, 0);
    widths = slackTotal >= over ? widths.map((w, i) => w - (slack[i] / slackTotal) * over) : widths.map((w) => (w / (over + width)) * width);
  }
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1] += width - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

export interface TableOptions {
  brand: string;
  width?: number;
  /** Shows at most this many rows, then a line pointing to the CSV export. */
  maxRows?: number;
  /** First column bold, as the labels of a key–value table. */
  labels?: boolean;
}

/** A report table as a Word table: brand header repeated on each page, rows kept whole, zebra stripes. */
export function wordTable(t: ReportTable, o: TableOptions): (Table | Paragraph)[] {
  const width = o.width ?? CONTENT_WIDTH;
  const rows = o.maxRows !== undefined && t.rows.length > o.maxRows ? t.rows.slice(0, o.maxRows) : t.rows;
  const widths = columnWidths({ columns: t.columns, rows }, width, TABLE_SIZE);
  const line = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(o.brand) },
          children: cellParagraphs(c, true, false),
        }),
    ),
  });
  const body = rows.map(
    (r, n) =>
      new TableRow({
        cantSplit: true,
        children: t.columns.map(
          (_, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              ...(n % 2 === 1 ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: ZEBRA } } : {}),
              children: cellParagraphs(r[i] ?? '', false, o.labels === true && i === 0),
            }),
        ),
      }),
  );
  const out: (Table | Paragraph)[] = [
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { top: 50, bottom: 50, left: 90, right: 90 },
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows: [header, ...body],
    }),
  ];
  if (rows.length < t.rows.length) out.push(para(S.text.uncoveredMore(rows.length, t.rows.length), { size: 16, color: MUTED }));
  out.push(spacer());
  return out;
}

/** The gap after a table: Word needs a paragraph between two tables; a tiny one never spills onto a page alone. */
export function spacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 100, line: 40, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text: '', size: 2 })] });
}

/** The running header: text at the left, a thin brand rule below. */
export function runningHeader(value: string, brand: string): Header {
  return new Header({
    children: [
      new Paragraph({
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: hex(brand), space: 4 } },
        children: [new TextRun({ text: clean(value), size: 16, color: MUTED })],
      }),
    ],
  });
}

/** "Page X of Y" at the right, with fields Word and LibreOffice fill in. */
export function pageFooter(left: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: 'right', position: CONTENT_WIDTH }],
        children: [
          new TextRun({ text: clean(left), size: 16, color: MUTED }),
          new TextRun({ children: ['\t', S.page, PageNumber.CURRENT, S.of, PageNumber.TOTAL_PAGES], size: 16, color: MUTED }),
        ],
      }),
    ],
  });
}

/** The organization's logo fitted into a box, or null without one. */
export function logoRun(logo: Logo | null, box: { width: number; height: number }): ParagraphChild | null {
  if (!logo) return null;
  const data = Buffer.from(logo.dataBase64, 'base64');
  const size = fitInto(imageSize(data, logo.type) ?? box, box);
  return new ImageRun({ type: LOGO_EXTENSIONS[logo.type], data, transformation: size, altText: { name: 'Logo', description: logo.name, title: logo.name } });
}

export const pageProperties = { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 } };
