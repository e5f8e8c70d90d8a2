import type Mail from 'nodemailer/lib/mailer';
import type { ComposedEmail } from '../../shared/comms/compose';
import { emailHtml } from '../../shared/comms/html';
import { emailText } from '../../shared/comms/text';
import { EMAIL } from '../../shared/plan/formats';

/** The Content-ID the HTML part uses for the inline logo. */
export const LOGO_CID = 'logo@sspr-planner';

/**
 * One campaign email as nodemailer message options: HTML and plain-text alternatives and the logo as
 * an inline image. The same options feed the .eml export (MailComposer) and the SMTP test send.
 */
export function mailOptionsOf(email: ComposedEmail): Mail.Options {
  const logo = email.logo;
  const from = EMAIL.test(email.fromAddress) ? { name: email.fromName, address: email.fromAddress } : undefined;
  return {
    ...(from ? { from } : {}),
    subject: email.filled.subject,
    text: emailText(email),
    html: emailHtml(email, { inline: true, scheme: 'auto', logoSrc: logo ? `cid:${LOGO_CID}` : null }),
    attachments: logo
      ? [{ filename: logo.name, content: Buffer.from(logo.dataBase64, 'base64'), contentType: logo.type, cid: LOGO_CID, contentDisposition: 'inline' }]
      : [],
  };
}
