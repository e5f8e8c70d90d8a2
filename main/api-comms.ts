import type { ApiOutputs, ApiParsedInput } from '../shared/api';
import type { ApiMethod } from '../shared/api-methods';
import { ApiError } from '../shared/errors';
import type { Plan } from '../shared/plan/schema';

type ExportMethod = Extract<ApiMethod, `comms.export${string}`>;
type ExportHandlers = { [M in ExportMethod]: (input: ApiParsedInput<M>) => ApiOutputs[M] | Promise<ApiOutputs[M]> };

export interface CommsView {
  plan: Plan;
  /** The plan file's name without folder or extension, for export file names. */
  baseName: string;
}

/** Exports of the campaign emails and the landing page; `view` throws NO_PLAN_OPEN when no plan is open. */
export function commsExportHandlers(view: () => CommsView): ExportHandlers {
  const todo = (): never => {
    view();
    throw new ApiError('NOT_AVAILABLE', 'Not built yet.');
  };
  return {
    'comms.exportEmail': todo,
    'comms.exportAll': todo,
    'comms.exportLanding': todo,
    'comms.exportEmailsTo': todo,
    'comms.exportLandingTo': todo,
  };
}
