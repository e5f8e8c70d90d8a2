import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../../shared/errors';
import { LATEST_VERSION } from './migrations';

/** 'SSPR' in ASCII: marks an SQLite file as a plan. */
export const PLAN_APPLICATION_ID = 0x53535052;
const SQLITE_HEADER = 'SQLite format 3\0';

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(SQLITE_HEADER.length);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function canWrite(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export interface FileFacts {
  version: number;
}

/**
 * Decides whether a file is a plan this version can open, touching it only through a read-only
 * connection, so a refused file is never written.
 */
export function checkPlanFile(path: string, nativeBinding?: string): FileFacts {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ApiError('PLAN_NOT_FOUND', `${path} is a folder, not a plan file.`);
    size = st.size;
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError('PLAN_NOT_FOUND', `There is no plan file at ${path}.`);
  }
  let header: string;
  try {
    header = readHeader(path);
  } catch (e) {
    throw new ApiError('FILE_UNREADABLE', `${path} cannot be read: ${(e as Error).message}.`);
  }
  if (size === 0 || header !== SQLITE_HEADER) {
    throw new ApiError('PLAN_NOT_SQLITE', `${path} is not a plan file (it is not an SQLite database). Open a .ssprplan file made by this app.`);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== PLAN_APPLICATION_ID) {
      throw new ApiError('PLAN_NOT_A_PLAN', `${path} is an SQLite database but not an SSPR plan; it was left untouched.`);
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      throw new ApiError(
        'PLAN_FROM_NEWER_VERSION',
        `${path} was saved by a newer version of SSPR Rollout Planner (file format ${version}, this app reads up to ${LATEST_VERSION}). Update the app to open it; the file was left untouched.`,
      );
    }
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new ApiError('PLAN_DAMAGED', `${path} is damaged (${check}); it was left untouched. Restore it from a backup or a JSON export.`);
    return { version };
  } catch (e) {
    if (e instanceof ApiError) throw e;
    const code = (e as { code?: string }).code ?? '';
    if ((code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) && !canWrite(dirname(path))) {
      // SQLite keeps its write-ahead log and shared-memory index next to the plan, even to read it.
      throw new ApiError(
        'PLAN_READ_ONLY',
        `${path} is in a read-only folder, where the plan cannot be opened (it needs to keep two small working files beside it); it was left untouched. Copy it to a folder you can write to, or fix the folder's permissions.`,
      );
    }
    throw new ApiError('PLAN_DAMAGED', `${path} is damaged and cannot be read (${(e as Error).message}); it was left untouched.`);
  } finally {
    db?.close();
  }
}
