import { randomUUID } from 'node:crypto';
import { ApiError } from '../shared/errors';
import type { EvidenceRef } from '../shared/plan/schema';
import type { EvidenceFile } from './store/plan-store';

export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 10;

/** Screenshots and the documents testers attach; anything else stays out of the plan file. */
const ALLOWED_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain']);

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Checks and decodes uploaded evidence; refuses the whole run if one file does not fit. */
export function acceptEvidence(files: readonly { name: string; type: string; dataBase64: string }[]): { refs: EvidenceRef[]; blobs: EvidenceFile[] } {
  if (files.length > MAX_EVIDENCE_FILES) {
    throw new ApiError('EVIDENCE_REFUSED', `A run can keep at most ${MAX_EVIDENCE_FILES} evidence files; ${files.length} were attached.`);
  }
  const refs: EvidenceRef[] = [];
  const blobs: EvidenceFile[] = [];
  for (const file of files) {
    const type = file.type.toLowerCase();
    if (!ALLOWED_TYPES.has(type)) {
      throw new ApiError('EVIDENCE_REFUSED', `${file.name} is not kept: attach screenshots (PNG, JPEG, GIF, WebP), PDF or plain text files.`);
    }
    const data = Buffer.from(file.dataBase64, 'base64');
    if (data.length > MAX_EVIDENCE_BYTES) {
      throw new ApiError('EVIDENCE_REFUSED', `${file.name} is ${megabytes(data.length)}; evidence files can be at most ${megabytes(MAX_EVIDENCE_BYTES)} each.`);
    }
    const id = `ev-${randomUUID()}`;
    refs.push({ id, name: file.name, type, size: data.length });
    blobs.push({ id, data });
  }
  return { refs, blobs };
}
