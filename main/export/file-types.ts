import type { EmailFormat } from '../../shared/api';

/** MIME types of the files the app hands out; kept apart so callers need not load the export code. */
export const FORMAT_TYPES: Record<EmailFormat, string> = {
  eml: 'message/rfc822',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

export const ZIP_TYPE = 'application/zip';
