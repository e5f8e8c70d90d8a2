/**
 * Stable error codes that cross the API boundary as `{ code, message }`.
 * Documented in docs/error-codes.md; never change a code's meaning.
 */
export const ERROR_CODES = [
  'INPUT_INVALID',
  'UNKNOWN_METHOD',
  'NOT_AVAILABLE',
  'NO_PLAN_OPEN',
  'PLAN_NOT_FOUND',
  'PLAN_EXISTS',
  'PLAN_NOT_SQLITE',
  'PLAN_NOT_A_PLAN',
  'PLAN_FROM_NEWER_VERSION',
  'PLAN_DAMAGED',
  'PLAN_READ_ONLY',
  'PLAN_WRITE_FAILED',
  'VALUE_INVALID',
  'KEY_UNKNOWN',
  'JSON_INVALID',
  'FILE_UNREADABLE',
  'FILE_WRITE_FAILED',
  'URL_REFUSED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

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
