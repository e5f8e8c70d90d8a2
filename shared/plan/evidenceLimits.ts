/** What a test run may keep as evidence; main enforces it and the renderer checks it before uploading. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 10;
/** All files of one run together; keeps one upload well inside the browser host's request limit. */
export const MAX_EVIDENCE_RUN_BYTES = 25 * 1024 * 1024;
/** Screenshots and the documents testers attach; anything else stays out of the plan file. */
export const EVIDENCE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'] as const;

export const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
