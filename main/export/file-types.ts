import type { EmailFormat } from '../../shared/api';
import type { LogoType } from '../../shared/plan/schema';

/** MIME types of the files the app hands out; kept apart so callers need not load the export code. */
export const FORMAT_TYPES: Record<EmailFormat, string> = {
  eml: 'message/rfc822',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

export const ZIP_TYPE = 'application/zip';

/** The file extension of each logo type, which is also the image type the docx library takes. */
export const LOGO_EXTENSIONS = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' } as const satisfies Record<LogoType, string>;
