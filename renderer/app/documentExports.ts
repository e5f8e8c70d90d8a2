import { create } from 'zustand';
import { runExport } from './exportedFiles';
import { call } from '../state/apiClient';
import { appStrings } from './strings';

/**
 * The plan's documents as downloads: the deployment plan, the help desk's cheat sheet and every
 * table as CSV. The same export can start from a section or from the File menu, so whether one is
 * running is kept here, once, and every button for it shows it.
 */

export type DocumentKind = 'plan' | 'cheatSheet' | 'tables';

const useRunning = create<{ running: Partial<Record<DocumentKind, boolean>> }>(() => ({ running: {} }));

const s = appStrings.documents;

const EXPORTS: Record<DocumentKind, () => Promise<void>> = {
  plan: () => runExport(() => call('documents.planDocx', {}), (file) => s.planExported(file.fileName)),
  cheatSheet: () => runExport(() => call('documents.cheatSheet', {}), (file) => s.cheatSheetExported(file.fileName)),
  tables: () => runExport(() => call('documents.tablesCsv', {}), (file) => s.tablesExported(file.fileName, file.files)),
};

/** Starts the export unless it is already running; the outcome, or the refusal in words, shows in the notice bar. */
export async function exportDocument(kind: DocumentKind): Promise<void> {
  if (useRunning.getState().running[kind]) return;
  const set = (on: boolean) => useRunning.setState((st) => ({ running: { ...st.running, [kind]: on } }));
  set(true);
  try {
    await EXPORTS[kind]();
  } finally {
    set(false);
  }
}

export const useExporting = (kind: DocumentKind): boolean => useRunning((st) => st.running[kind] ?? false);
