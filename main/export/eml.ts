import MailComposer from 'nodemailer/lib/mail-composer';
import type { ComposedEmail } from '../../shared/comms/compose';
import { mailOptionsOf } from './mail';

/**
 * One campaign email as an .eml draft. `X-Unsent: 1` makes Outlook and Thunderbird open it as a
 * message to send rather than a received one; there is no To, the sender picks the audience.
 */
export function emailEml(email: ComposedEmail): Promise<Buffer> {
  const options = mailOptionsOf(email);
  const composer = new MailComposer({ ...options, headers: { 'X-Unsent': '1' } });
  return new Promise((resolve, reject) => {
    composer.compile().build((err, message) => (err ? reject(err) : resolve(message)));
  });
}
