import type { Severity } from '../../shared/plan/findings';

/** Strings of the building blocks shared by all sections. */
export const componentStrings = {
  severity: { error: 'Error', warning: 'Warning', info: 'Suggestion' } satisfies Record<Severity, string>,
  goToField: 'Go to field',
  replace: 'Replace',
  cancel: 'Cancel',
  undo: 'Undo',
  redo: 'Redo',
  undoTitle: (section: string) => `Undo the last change in ${section} (Ctrl+Z)`,
  redoTitle: (section: string) => `Redo in ${section} (Ctrl+Y)`,
};
