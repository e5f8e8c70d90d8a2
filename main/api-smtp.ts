import type { ApiOutputs, ApiParsedInput, SmtpSettings } from '../shared/api';
import type { ApiMethod } from '../shared/api-methods';
import { composeCampaign } from '../shared/comms/compose';
import { ApiError } from '../shared/errors';
import { EMAIL } from '../shared/plan/formats';
import type { Plan } from '../shared/plan/schema';
import type { CommsView } from './api-comms';
import { exportCode } from './export/lazy';
import { SmtpSettingsStore, type Keychain } from './smtp-settings';

type SmtpMethod = 'comms.smtpSettings' | 'comms.sendTest' | 'comms.forgetSmtpPassword';
type SmtpHandlers = { [M in SmtpMethod & ApiMethod]: (input: ApiParsedInput<M>) => ApiOutputs[M] | Promise<ApiOutputs[M]> };

/** The send's email, refusing unknown sends, sends without a template and a sender that is no address. */
function testEmailOf(plan: Plan, sendId: string) {
  const send = plan.communications.emails.find((e) => e.id === sendId);
  if (!send) throw new ApiError('KEY_UNKNOWN', `There is no send "${sendId}" in the plan's campaign.`);
  const email = composeCampaign(plan).find((e) => e.sendId === sendId);
  if (!email) throw new ApiError('KEY_UNKNOWN', `The send "${send.name}" has no template; choose one in Communications before a test send.`);
  if (!EMAIL.test(email.fromAddress)) {
    const shown = email.fromAddress ? `"${email.fromAddress}" is not an email address` : 'is empty';
    throw new ApiError('VALUE_INVALID', `communications.senderEmail: the sender address ${shown}. Set it in Communications → Sender address before a test send.`);
  }
  return email;
}

/** Test sends through the team's SMTP server; settings live in `dataDir`, passwords in the OS keychain or nowhere. */
export function smtpHandlers(view: () => CommsView, dataDir: string, keychain?: Keychain): SmtpHandlers {
  const store = new SmtpSettingsStore(dataDir, keychain);

  const passwordFor = async (smtp: SmtpSettings, typed: string): Promise<string> => {
    if (typed || !smtp.user) return typed;
    const saved = await store.savedPassword(smtp);
    if (saved === null) {
      throw new ApiError('INPUT_INVALID', `password: type the password of "${smtp.user}" for ${smtp.host}; none is kept on this computer for that server and user.`);
    }
    return saved;
  };

  /** After a send went through: the settings are kept, and the password if asked for and possible. */
  const afterSend = async (smtp: SmtpSettings, typed: string, remember: boolean) => {
    try {
      store.saveSettings(smtp);
      if (!typed || !smtp.user) return;
      if (remember) await store.keepPassword(smtp, typed);
      // A password typed without "remember" replaces nothing silently: the user chose not to keep one.
      else store.forgetPassword();
    } catch (e) {
      throw new ApiError('FILE_WRITE_FAILED', `The test message was sent, but the SMTP settings could not be kept in ${dataDir}: ${(e as Error).message}`);
    }
  };

  return {
    'comms.smtpSettings': () => store.state(),
    'comms.sendTest': async ({ sendId, to, smtp, password, remember }) => {
      if (remember && !(await store.hasKeychain())) {
        const where = keychain
          ? 'This computer offers no OS keychain the app can use'
          : 'Passwords are kept only by the desktop app, in the OS keychain';
        throw new ApiError('NOT_AVAILABLE', `${where}; the password can be used for one send but not kept. Send again without "remember".`);
      }
      const email = testEmailOf(view().plan, sendId);
      const { sendTestEmail } = await exportCode.smtp();
      const result = await sendTestEmail(email, to, smtp, await passwordFor(smtp, password));
      await afterSend(smtp, password, remember);
      return result;
    },
    'comms.forgetSmtpPassword': async () => {
      store.forgetPassword();
      return store.state();
    },
  };
}
