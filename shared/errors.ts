/**
 * Stable error codes that cross the API boundary as `{ code, message }`.
 * docs/error-codes.md is generated from ERROR_DESCRIPTIONS (npm run docs); never change a code's meaning.
 */
export const ERROR_DESCRIPTIONS = {
  INPUT_INVALID: 'An API input or a request body failed its schema; the message names the field.',
  UNKNOWN_METHOD: 'There is no API method by that name.',
  NOT_AVAILABLE: 'The capability exists only in another mode (for example file dialogs outside the desktop app).',
  NO_PLAN_OPEN: 'The call needs an open plan and none is open.',
  PLAN_NOT_FOUND: 'There is no plan file at the given path.',
  PLAN_EXISTS: 'A new plan would overwrite an existing file; nothing was written.',
  PLAN_NOT_SQLITE: 'The file is not an SQLite database, so it cannot be a plan; it was not written.',
  PLAN_NOT_A_PLAN: 'The file is an SQLite database made by something else; it was not written.',
  PLAN_FROM_NEWER_VERSION: 'The plan or JSON export comes from a newer version of the app; it was not written.',
  PLAN_DAMAGED: 'The plan file fails its integrity check or holds invalid data; it was not written.',
  PLAN_READ_ONLY: 'The plan file cannot be written; the change was not saved.',
  PLAN_WRITE_FAILED: 'Saving failed (for example a full disk, or the file was deleted while open); the change was not saved.',
  PLAN_CHANGED_ELSEWHERE: 'Another window or program saved the plan after it was opened here; the change was not saved. Reopen the plan, then make the change again.',
  VALUE_INVALID: 'A new value does not fit the plan schema; the message names the field and nothing was saved.',
  KEY_UNKNOWN: 'A key or dotted path names no field of the plan.',
  JSON_INVALID: 'A JSON import is not valid JSON or not a plan export; the message gives the line or field.',
  EVIDENCE_REFUSED: 'An evidence file is too large, of a type the app does not keep, or one too many; the message names it.',
  FILE_UNREADABLE: 'A file to read could not be read.',
  TENANT_FILE_INVALID:
    'A tenant export cannot be imported: it lacks a needed column (the message lists the names tried), a row is bad (file, line and column), or users repeat; the plan is unchanged.',
  IMPORT_BUSY: 'A tenant import is already running for this plan; wait for it to finish.',
  UPLOAD_REFUSED: 'An uploaded file is unknown, too large or sent out of order; upload it again.',
  SCENARIO_INVALID:
    'A simulator scenario is not valid JSON or breaks the scenario format; the message names the file, the step and the field.',
  FILE_WRITE_FAILED: 'A file to write could not be written.',
  SMTP_FAILED: 'The SMTP server could not be reached or refused the message; the message says which and why.',
  URL_REFUSED: 'Only https and mailto links are handed to the operating system.',
  UNAUTHORIZED: 'Browser mode: the per-launch token is missing or wrong.',
  FORBIDDEN: 'The caller may not do this: a foreign Host, Origin or frame, or a method the window may not call.',
  INTERNAL: 'An unexpected failure; the message says what happened.',
} as const;

export type ErrorCode = keyof typeof ERROR_DESCRIPTIONS;

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
}

export class ApiError extends Error implements ApiErrorShape {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
