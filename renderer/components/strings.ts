import type { Severity } from '../../shared/plan/findings';

/** Strings of the building blocks shared by all sections. */
export const componentStrings = {
  severity: { error: 'Error', warning: 'Warning', info: 'Suggestion' } satisfies Record<Severity, string>,
};
