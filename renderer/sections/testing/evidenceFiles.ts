import { base64ToBytes } from '../../app/base64';
import { downloadFile } from '../../app/fileActions';
import { EVIDENCE_TYPES, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, MAX_EVIDENCE_RUN_BYTES, megabytes } from '../../../shared/plan/evidenceLimits';
import type { RunInput } from './useRecordRun';
import { testingStrings } from './strings';

const s = testingStrings.evidence;

// The limits main enforces (EVIDENCE_REFUSED) are checked here first, so nothing too big is uploaded.
const MAX_EVIDENCE_MB = MAX_EVIDENCE_BYTES / (1024 * 1024);
export const EVIDENCE_ACCEPT = '.png,.jpg,.jpeg,.gif,.webp,.pdf,.txt,image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain';

export type EvidenceUpload = NonNullable<RunInput['evidence']>[number] & { size: number };

/** Files added to those already chosen: the ones kept, and a message for each one refused. */
export function checkFiles(files: readonly File[], chosen: readonly { size: number }[]): { kept: File[]; problems: string[] } {
  const kept: File[] = [];
  const problems: string[] = [];
  let total = chosen.reduce((sum, f) => sum + f.size, 0);
  for (const file of files) {
    if (!(EVIDENCE_TYPES as readonly string[]).includes(file.type)) problems.push(s.badType(file.name));
    else if (file.size > MAX_EVIDENCE_BYTES) problems.push(s.tooBig(file.name, testingStrings.size(file.size), MAX_EVIDENCE_MB));
    else if (chosen.length + kept.length >= MAX_EVIDENCE_FILES) problems.push(s.tooMany(MAX_EVIDENCE_FILES));
    else if (total + file.size > MAX_EVIDENCE_RUN_BYTES) problems.push(s.tooMuch(file.name, megabytes(MAX_EVIDENCE_RUN_BYTES)));
    else {
      kept.push(file);
      total += file.size;
    }
  }
  return { kept, problems: [...new Set(problems)] };
}

/** A chosen file as the API takes it: its bytes as base64. */
export function toUpload(file: File): Promise<EvidenceUpload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ name: file.name, type: file.type, size: file.size, dataBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(new Error(s.unreadable(file.name)));
    reader.readAsDataURL(file);
  });
}

export const isImage = (type: string) => type.startsWith('image/');

/** Hands stored evidence to the browser as a download. */
export function downloadEvidence(name: string, type: string, dataBase64: string): void {
  downloadFile(name, base64ToBytes(dataBase64), type);
}
