import type { ApiOutputs, ApiParsedInput } from '../shared/api';
import type { ApiMethod } from '../shared/api-methods';
import { ApiError } from '../shared/errors';
import type { CommsView } from './api-comms';

type SmtpMethod = 'comms.smtpSettings' | 'comms.sendTest' | 'comms.forgetSmtpPassword';
type SmtpHandlers = { [M in SmtpMethod & ApiMethod]: (input: ApiParsedInput<M>) => ApiOutputs[M] | Promise<ApiOutputs[M]> };

/** Test sends through the team's SMTP server; settings live in `dataDir`, passwords in the OS keychain or nowhere. */
export function smtpHandlers(view: () => CommsView, dataDir: string): SmtpHandlers {
  const todo = (): never => {
    void dataDir;
    view();
    throw new ApiError('NOT_AVAILABLE', 'Not built yet.');
  };
  return {
    'comms.smtpSettings': todo,
    'comms.sendTest': todo,
    'comms.forgetSmtpPassword': todo,
  };
}
