import type { SectionId } from '../../shared/plan/findings';

/** Every user-visible string of the app frame (header, navigation, file actions, load states). */
export const appStrings = {
  appName: 'SSPR Rollout Planner',
  unnamedPlan: 'Unnamed organization',
  navLabel: 'Plan sections',

  sectionTitles: {
    overview: 'Overview',
    stakeholders: 'Stakeholders',
    licensing: 'Licensing',
    configuration: 'Configuration',
    communications: 'Communications',
    testing: 'Test matrix',
    support: 'Support',
    reporting: 'Reporting',
    rollout: 'Rollout',
    simulator: 'Simulator',
  } satisfies Record<SectionId, string>,

  completeness: (done: number, total: number) => (done === total ? 'Complete' : `${done} of ${total} filled in`),
  findingBadge: (total: number, errors: number) =>
    `${total} open finding${total === 1 ? '' : 's'}${errors > 0 ? `, ${errors} error${errors === 1 ? '' : 's'}` : ''}`,

  save: {
    saved: 'All changes saved',
    saving: 'Saving…',
    notSaved: (message: string) => `Not saved: ${message}`,
    lastSaved: (time: string) => `Last saved ${time}`,
  },

  file: {
    menu: 'File',
    newPlan: 'New plan…',
    newDemoPlan: 'New demo plan…',
    open: 'Open…',
    openRecent: 'Open recent',
    noRecent: 'No recent plans',
    exportJson: 'Export JSON…',
    exportJsonBrowser: 'Export JSON',
    importJson: 'Import JSON…',
    exported: (where: string) => `Plan exported to ${where}.`,
    imported: (name: string) => `Imported ${name}. The plan now holds its contents.`,
    opened: (name: string) => `Opened ${name}.`,
    importLabel: 'Choose a plan JSON file to import',
    exportPlanDocx: 'Export plan (.docx)',
    exportCheatSheet: 'Download cheat sheet (.docx)',
    exportTablesCsv: 'Tables as CSV (.zip)',
  },

  documents: {
    planExported: (name: string) => `Saved the deployment plan as ${name}.`,
    cheatSheetExported: (name: string) => `Saved the help-desk cheat sheet as ${name}.`,
    tablesExported: (name: string, tables: number) => `Saved ${name} with ${tables === 1 ? 'one table' : `${tables} tables`} as CSV files.`,
  },

  notice: { dismiss: 'Dismiss' },

  load: {
    loading: 'Opening the plan…',
    failedTitle: 'The plan could not be opened',
    retry: 'Try again',
    noPlanTitle: 'No plan is open',
    noPlanDesktop: 'Create a new plan, start from the demo plan, or open an existing .ssprplan file.',
    noPlanBrowser: 'Start the planner with a plan file, for example:',
    noPlanCommand: 'sspr-planner serve rollout.ssprplan',
  },
};
