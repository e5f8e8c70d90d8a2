/**
 * Small SVG building blocks for the document's charts: escaped text, brand tints, tick steps. The
 * charts are drawn 800 units wide and printed 16 cm wide, so 15 units read as about 8.5 pt.
 */

export const CHART_WIDTH = 800;
export const FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";
export const INK = '#1B1B1B';
export const MUTED = '#5C5C5C';
export const GRID = '#E1E3E6';
export const WARN = '#C4314B';
export const AMBER = '#C77700';
export const NEUTRAL = '#C8CCD1';

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rounds to 0.1 so the SVG stays short. */
export const r1 = (x: number) => Math.round(x * 10) / 10;

/** The brand colour mixed with white: 0 is the colour, 1 is white. */
export function tint(hex: string, amount: number): string {
  const c = (i: number) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16);
    return Math.round(v + (255 - v) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${c(1)}${c(3)}${c(5)}`;
}

export interface TextOptions {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  fill?: string;
  weight?: 'bold' | 'normal';
}

export function text(x: number, y: number, content: string, o: TextOptions = {}): string {
  return `<text x="${r1(x)}" y="${r1(y)}" font-size="${o.size ?? 15}" text-anchor="${o.anchor ?? 'start'}" fill="${o.fill ?? INK}"${o.weight === 'bold' ? ' font-weight="bold"' : ''}>${esc(content)}</text>`;
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(Math.max(0, w))}" height="${r1(Math.max(0, h))}" fill="${fill}"${extra}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, extra = ''): string {
  return `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="${stroke}"${extra}/>`;
}

/** Roughly how wide a text is drawn, for fitting labels. */
export const textWidth = (content: string, size = 15) => content.length * size * 0.53;

export function fit(content: string, maxWidth: number, size = 15): string {
  if (textWidth(content, size) <= maxWidth) return content;
  const chars = Math.max(1, Math.floor(maxWidth / (size * 0.53)) - 1);
  return `${content.slice(0, chars)}…`;
}

/** A step of 1, 2, 2.5 or 5 times a power of ten giving about `count` ticks up to `max`. */
export function tickStep(max: number, count = 5): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return step < 1 ? 1 : step;
}

export function ticks(max: number, count = 5): number[] {
  const step = tickStep(max, count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const out: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) out.push(v);
  return out;
}

export interface LegendItem {
  label: string;
  color: string;
  kind?: 'box' | 'line' | 'marker';
}

/** One row of legend keys from the left edge at height y. */
export function legend(x: number, y: number, items: LegendItem[]): string {
  let at = x;
  return items
    .map((item) => {
      const key =
        item.kind === 'line'
          ? line(at, y - 5, at + 18, y - 5, item.color, ' stroke-width="3"')
          : item.kind === 'marker'
            ? `<path d="M${r1(at + 3)},${r1(y - 11)} h12 l-6,10 z" fill="${item.color}"/>`
            : rect(at, y - 12, 14, 14, item.color);
      const out = key + text(at + 22, y, item.label, { size: 14, fill: MUTED });
      at += 22 + textWidth(item.label, 14) + 24;
      return out;
    })
    .join('');
}

export function svgDocument(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}"><rect width="${width}" height="${height}" fill="#FFFFFF"/>${body}</svg>`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Feb 2027" from YYYY-MM or YYYY-MM-DD. */
export function monthLabel(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** "1 Feb" from YYYY-MM-DD. */
export function dayLabel(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
}
