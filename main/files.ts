import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../shared/errors';

/** Writes a file the user asked for (text, or bytes such as a .docx); a failure becomes FILE_WRITE_FAILED naming the file. Returns the absolute path. */
export function writeTextFile(file: string, text: string | Uint8Array): string {
  const target = path.resolve(file);
  try {
    writeFileSync(target, text);
  } catch (e) {
    throw new ApiError('FILE_WRITE_FAILED', `Cannot write ${target}: ${(e as Error).message}`);
  }
  return target;
}
