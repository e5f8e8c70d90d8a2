import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import type { SourceFile } from './text-source';

/** A file of a tenant export may be large, but not without end; the window sends it in pieces. */
export const MAX_UPLOAD_BYTES = 1 << 30;

interface Upload {
  name: string;
  path: string;
  received: number;
}

/**
 * Tenant exports the window sends piece by piece (the window never names a file on disk). They
 * wait in a private temporary folder until an import reads them, and are deleted right after.
 */
export class Uploads {
  private dir: string | null = null;
  private readonly files = new Map<string, Upload>();

  append(uploadId: string | undefined, name: string, offset: number, data: Buffer): { uploadId: string; received: number } {
    let upload: Upload;
    let id: string;
    if (uploadId === undefined) {
      if (offset !== 0) throw new ApiError('UPLOAD_REFUSED', `${name}: the first piece of a file must start at byte 0.`);
      this.dir ??= mkdtempSync(path.join(os.tmpdir(), 'sspr-uploads-'));
      id = randomUUID();
      upload = { name, path: path.join(this.dir, id), received: 0 };
      this.files.set(id, upload);
    } else {
      id = uploadId;
      const found = this.files.get(id);
      if (!found) throw new ApiError('UPLOAD_REFUSED', `${name}: the upload is unknown or was already imported; choose the file again.`);
      upload = found;
    }
    if (offset !== upload.received) {
      throw new ApiError('UPLOAD_REFUSED', `${name}: a piece arrived for byte ${offset} but ${upload.received} bytes were received; choose the file again.`);
    }
    if (upload.received + data.length > MAX_UPLOAD_BYTES) {
      this.discard([id]);
      throw new ApiError('UPLOAD_REFUSED', `${name} is larger than ${MAX_UPLOAD_BYTES / (1 << 20)} MB; import it with the command line instead.`);
    }
    try {
      appendFileSync(upload.path, data);
    } catch (e) {
      this.discard([id]);
      throw new ApiError('FILE_WRITE_FAILED', `${name} could not be kept for the import: ${(e as Error).message}`);
    }
    upload.received += data.length;
    return { uploadId: id, received: upload.received };
  }

  source(id: string): SourceFile {
    const upload = this.files.get(id);
    if (!upload) throw new ApiError('UPLOAD_REFUSED', 'A file of the import is unknown or was already imported; choose it again.');
    return { path: upload.path, label: upload.name };
  }

  /** Deletes the uploads named; returns how many there were. */
  discard(ids: readonly string[]): number {
    let discarded = 0;
    for (const id of ids) {
      const upload = this.files.get(id);
      if (!upload) continue;
      rmSync(upload.path, { force: true });
      this.files.delete(id);
      discarded++;
    }
    return discarded;
  }

  close(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
    this.files.clear();
  }
}
