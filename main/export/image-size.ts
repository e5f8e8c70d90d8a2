import type { Logo } from '../../shared/plan/schema';

export interface PixelSize {
  width: number;
  height: number;
}

/** JPEG start-of-frame markers (SOF0–SOF15 without DHT, JPG and DAC), which carry the image size. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegSize(b: Buffer): PixelSize | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1];
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (SOF.has(marker)) return { height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) };
    at += 2 + b.readUInt16BE(at + 2);
  }
  return null;
}

/** The pixel size a logo declares in its header; null when the header cannot be read. */
export function imageSize(data: Buffer, type: Logo['type']): PixelSize | null {
  let size: PixelSize | null = null;
  if (type === 'image/png' && data.length >= 24) size = { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  else if (type === 'image/gif' && data.length >= 10) size = { width: data.readUInt16LE(6), height: data.readUInt16LE(8) };
  else if (type === 'image/jpeg') size = jpegSize(data);
  return size && size.width > 0 && size.height > 0 ? size : null;
}

/** Scales a size down (never up) to fit a box, keeping its proportions. */
export function fitInto(size: PixelSize, box: PixelSize): PixelSize {
  const scale = Math.min(1, box.width / size.width, box.height / size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}
