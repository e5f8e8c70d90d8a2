import { randomUUID } from 'node:crypto';
import { ApiError } from '../shared/errors';
import { EVIDENCE_TYPES, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, MAX_EVIDENCE_RUN_BYTES, megabytes } from '../shared/plan/evidenceLimits';
import type { EvidenceRef } from '../shared/plan/schema';
import type { EvidenceFile } from './store/plan-store';

const ALLOWED_TYPES = new Set<string>(EVIDENCE_TYPES);

/** Checks and decodes uploaded evidence; refuses the whole run if one file does not fit. */
export function acceptEvidence(files: readonly { name: string; type: string; dataBase64: string }[]): { refs: EvidenceRef[]; blobs: EvidenceFile[] } {
  if (files.length > MAX_EVIDENCE_FILES) {
    throw new ApiError('EVIDENCE_REFUSED', `A run can keep at most ${MAX_EVIDENCE_FILES} evidence files; ${files.length} were attached.`);
  }
  const refs: EvidenceRef[] = [];
  const blobs: EvidenceFile[] = [];
  let total = 0;
  for (const file of files) {
    const type = file.type.toLowerCase();
    if (!ALLOWED_TYPES.has(type)) {
      throw new ApiError('EVIDENCE_REFUSED', `${file.name} is not kept: attach screenshots (PNG, JPEG, GIF, WebP), PDF or plain text files.`);
    }
    const data = Buffer.from(file.dataBase64, 'base64');
    if (data.length > MAX_EVIDENCE_BYTES) {
      throw new ApiError('EVIDENCE_REFUSED', `${file.name} is ${megabytes(data.length)}; evidence files can be at most ${megabytes(MAX_EVIDENCE_BYTES)} each.`);
    }
    total += data.length;
    if (total > MAX_EVIDENCE_RUN_BYTES) {
      throw new ApiError('EVIDENCE_REFUSED', `The files of one run can add up to ${megabytes(MAX_EVIDENCE_RUN_BYTES)}; ${file.name} goes over that.`);
    }
    const id = `ev-${randomUUID()}`;
    refs.push({ id, name: file.name, type, size: data.length });
    blobs.push({ id, data });
  }
  return { refs, blobs };
}
