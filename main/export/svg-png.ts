import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

/**
 * SVG charts to PNG for the Word documents, at twice their drawn size so they stay crisp in print.
 * Scanning every system font costs more than drawing a chart, so a few well-known sans-serif
 * files are loaded by path where they exist (Linux, Windows, macOS); elsewhere the system fonts.
 */

const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf',
  '/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf',
  'C:\\Windows\\Fonts\\arial.ttf',
  'C:\\Windows\\Fonts\\arialbd.ttf',
  '/System/Library/Fonts/Supplemental/Arial.ttf',
  '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
  '/Library/Fonts/Arial.ttf',
];

let fontOptions: ResvgRenderOptions['font'] | null = null;

function fonts(): ResvgRenderOptions['font'] {
  if (fontOptions === null) {
    const files = FONT_CANDIDATES.filter((f) => existsSync(f));
    fontOptions = files.length > 0 ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'Liberation Sans' } : { loadSystemFonts: true };
  }
  return fontOptions;
}

export const PNG_SCALE = 2;

const deflateAsync = promisify(deflate);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A PNG of RGBA pixels. resvg's own encoder compresses hard on the main thread, several times slower
 * than drawing the chart; charts are flat colours, so plain rows deflated lightly on the thread
 * pool come out barely larger.
 */
async function encodePng(pixels: Buffer, width: number, height: number): Promise<Buffer> {
  const rowBytes = width * 4;
  const raw = Buffer.alloc((rowBytes + 1) * height); // each row: filter type 0, then its pixels
  for (let y = 0; y < height; y++) pixels.copy(raw, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const data = await deflateAsync(raw, { level: 3 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

/** The PNG of an SVG drawn at `PNG_SCALE` times its size, on white. */
export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, { font: fonts(), fitTo: { mode: 'zoom', value: PNG_SCALE }, background: '#FFFFFF', logLevel: 'off' });
  return encodePng(image.pixels, image.width, image.height);
}
