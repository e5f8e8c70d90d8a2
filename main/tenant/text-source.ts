import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { ApiError } from '../../shared/errors';

/** A tenant export on disk, with the name messages use for it. */
export interface SourceFile {
  path: string;
  /** What the user calls it: the file's name, or the name it was uploaded under. */
  label: string;
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The file's encoding from its first bytes: a byte-order mark when there is one (Windows PowerShell
 * writes UTF-8 or UTF-16 with one), else UTF-16 when the first character has a zero byte, else UTF-8.
 */
function sniff(head: Buffer): { encoding: Encoding; skip: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (head.length >= 2 && head[0] !== 0 && head[1] === 0) return { encoding: 'utf-16le', skip: 0 };
  if (head.length >= 2 && head[0] === 0 && head[1] !== 0) return { encoding: 'utf-16be', skip: 0 };
  return { encoding: 'utf-8', skip: 0 };
}

export function fileSize(file: SourceFile): number {
  try {
    return statSync(file.path).size;
  } catch (e) {
    throw new ApiError('FILE_UNREADABLE', `Cannot read ${file.label}: ${(e as Error).message}`);
  }
}

/**
 * The file as a stream of decoded text, read in 1 MiB pieces so a large export never sits in
 * memory whole. Text that is not valid in its encoding stops the read with a message saying how
 * to save the file instead of importing garbled names.
 */
export function decodedText(file: SourceFile, onBytes: (bytes: number) => void): Readable {
  async function* pieces(): AsyncGenerator<string> {
    let decoder: TextDecoder | null = null;
    try {
      for await (const chunk of createReadStream(file.path, { highWaterMark: 1 << 20 })) {
        let bytes = chunk as Buffer;
        onBytes(bytes.length);
        if (!decoder) {
          const { encoding, skip } = sniff(bytes);
          decoder = new TextDecoder(encoding, { fatal: true });
          bytes = bytes.subarray(skip);
        }
        const text = decoder.decode(bytes, { stream: true });
        if (text !== '') yield text;
      }
      const rest = decoder?.decode() ?? '';
      if (rest !== '') yield rest;
    } catch (e) {
      if (e instanceof TypeError && (e as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
        throw new ApiError(
          'TENANT_FILE_INVALID',
          `${file.label} is not UTF-8 or UTF-16 text. Save it again as "CSV UTF-8" (Excel) or with Export-Csv -Encoding UTF8, then import it.`,
        );
      }
      throw new ApiError('FILE_UNREADABLE', `Cannot read ${file.label}: ${(e as Error).message}`);
    }
  }
  return Readable.from(pieces(), { objectMode: true });
}
