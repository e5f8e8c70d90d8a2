import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../shared/errors';

/**
 * Writes beside the target and renames over it: a crash or a full disk mid-write leaves the earlier
 * file whole (or no file), never a cut-off document under the name the user chose.
 */
export function writeFileWhole(target: string, data: string | Uint8Array): void {
  const part = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.part`);
  try {
    writeFileSync(part, data);
    renameSync(part, target);
  } catch (e) {
    rmSync(part, { force: true });
    // The message names the file the user chose, not the temporary one beside it.
    if (e instanceof Error) e.message = e.message.split(part).join(target);
    throw e;
  }
}

/** Writes a file the user asked for (text, or bytes such as a .docx); a failure becomes FILE_WRITE_FAILED naming the file. Returns the absolute path. */
export function writeTextFile(file: string, text: string | Uint8Array): string {
  const target = path.resolve(file);
  try {
    writeFileWhole(target, text);
  } catch (e) {
    throw new ApiError('FILE_WRITE_FAILED', `Cannot write ${target}: ${(e as Error).message}`);
  }
  return target;
}
