import { createReadStream, readFileSync, statSync } from 'node:fs';
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

function readFailure(file: SourceFile, e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if ((e as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
    return new ApiError(
      'TENANT_FILE_INVALID',
      `${file.label} is not UTF-8 or UTF-16 text. Save it again as "CSV UTF-8" (Excel) or with Export-Csv -Encoding UTF8, then import it.`,
    );
  }
  return new ApiError('FILE_UNREADABLE', `Cannot read ${file.label}: ${(e as Error).message}`);
}

/** Bytes read in one go: most member files are small, and a whole-file read costs far less than a stream. */
const PIECE = 1 << 20;

/**
 * The file's text, read in 1 MiB pieces so a large export never sits in memory whole (a file of
 * one piece or less is read at once). Text that is not valid in its encoding stops the read with a
 * message saying how to save the file, instead of importing garbled names.
 */
function decodedPieces(file: SourceFile, onBytes: (bytes: number) => void): AsyncGenerator<string> {
  return (async function* pieces(): AsyncGenerator<string> {
    let decoder: TextDecoder | null = null;
    const decode = (chunk: Buffer, last: boolean): string => {
      onBytes(chunk.length);
      let bytes = chunk;
      if (!decoder) {
        const { encoding, skip } = sniff(bytes);
        decoder = new TextDecoder(encoding, { fatal: true });
        bytes = bytes.subarray(skip);
      }
      return decoder.decode(bytes, { stream: !last });
    };
    try {
      if (fileSize(file) <= PIECE) {
        yield decode(readFileSync(file.path), true);
        return;
      }
      for await (const chunk of createReadStream(file.path, { highWaterMark: PIECE })) {
        const text = decode(chunk as Buffer, false);
        if (text !== '') yield text;
      }
      const rest = (decoder as TextDecoder | null)?.decode() ?? '';
      if (rest !== '') yield rest;
    } catch (e) {
      throw readFailure(file, e);
    }
  })();
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The separator the header line uses most, outside quotes; a comma when it holds none. */
export function headerDelimiter(line: string): string {
  const unquoted = line.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = unquoted.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** The first line that is not PowerShell's #TYPE line or blank, once the text holds all of it. */
function headerLine(head: string, complete: boolean): string | undefined {
  for (let start = 0, first = true; start < head.length; first = false) {
    // Classic Mac files end lines with CR alone.
    const lf = head.indexOf('\n', start);
    const end = lf === -1 ? head.indexOf('\r', start) : lf;
    if (end === -1 && !complete) return undefined;
    const line = head.slice(start, end === -1 ? head.length : end).replace(/\r$/, '');
    if (!(first && line.startsWith('#TYPE')) && line.trim() !== '') return line;
    if (end === -1) return undefined;
    start = end + 1;
  }
  return undefined;
}

/**
 * The decoded text for the CSV parser (a string for a small file, else a stream), with the
 * separator read off the header line. Guessing from the data instead fails on files whose cells
 * join values with semicolons ("SPE_E3;EMS").
 */
export async function csvText(
  file: SourceFile,
  onBytes: (bytes: number) => void,
): Promise<{ input: string | Readable; delimiter: string; newline: '\r\n' | '\n' | '\r' }> {
  const pieces = decodedPieces(file, onBytes);
  let head = '';
  let complete = false;
  while (!complete && headerLine(head, false) === undefined) {
    const next = await pieces.next();
    if (next.done) complete = true;
    else head += next.value;
  }
  const delimiter = headerDelimiter(headerLine(head, true) ?? '');
  // Windows tools end lines with CRLF; telling the parser spares it guessing on every piece.
  const firstBreak = head.indexOf('\n');
  const newline = firstBreak === -1 ? (head.includes('\r') ? '\r' : '\n') : head[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  const after = await pieces.next();
  if (after.done) return { input: head, delimiter, newline };
  const rest = after.value;
  async function* all(): AsyncGenerator<string> {
    yield head;
    yield rest;
    yield* pieces;
  }
  return { input: Readable.from(all(), { objectMode: true }), delimiter, newline };
}
