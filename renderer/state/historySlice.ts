import type { StateCreator } from 'zustand';
import type { FixChange, SectionId } from '../../shared/plan/findings';
import { getAtPath, keyToPath } from '../../shared/plan/paths';
import type { Plan } from '../../shared/plan/schema';
import type { AppStore } from './store';

export interface HistoryEntry {
  changes: FixChange[];
  /** The changes that put back what `changes` replaced. */
  inverse: FixChange[];
}

interface Stacks {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

export interface HistorySliceState {
  /** One undo and one redo stack per section, so undo in Stakeholders never reverts a Licensing edit. */
  history: Partial<Record<SectionId, Stacks>>;
}

export interface HistorySlice extends HistorySliceState {
  recordEdit(section: SectionId, entry: HistoryEntry): void;
  undo(section: SectionId): Promise<boolean>;
  redo(section: SectionId): Promise<boolean>;
  /** Drops a section's undo and redo entries that touch `path` (or anything inside it). */
  forgetEditsOf(section: SectionId, path: string): void;
}

const MAX_ENTRIES = 200;

export const initialHistoryState = (): HistorySliceState => ({ history: {} });

/**
 * What to send to put `plan` back after `changes`. A change that appends to a list has no old value
 * at its own path, so the whole list is restored instead.
 */
export function inverseOf(plan: Plan, changes: readonly FixChange[]): FixChange[] {
  return [...changes].reverse().map((change) => {
    const parts = keyToPath(change.path);
    try {
      return { path: change.path, value: getAtPath(plan, parts) as FixChange['value'] };
    } catch {
      const parent = parts.slice(0, -1);
      return { path: parent.join('.'), value: getAtPath(plan, parent) as FixChange['value'] };
    }
  });
}

export const createHistorySlice: StateCreator<AppStore, [], [], HistorySlice> = (set, get) => {
  const stacks = (section: SectionId): Stacks => get().history[section] ?? { undo: [], redo: [] };
  const put = (section: SectionId, next: Stacks) => set({ history: { ...get().history, [section]: next } });

  // Undo and redo move one entry between the stacks only once main has saved the reversal.
  const move = async (section: SectionId, from: 'undo' | 'redo'): Promise<boolean> => {
    const current = stacks(section);
    const entry = current[from].at(-1);
    if (!entry) return false;
    const saved = await get().applyChanges(from === 'undo' ? entry.inverse : entry.changes, { record: false });
    if (!saved) return false;
    const after = stacks(section);
    const to = from === 'undo' ? 'redo' : 'undo';
    put(section, { ...after, [from]: after[from].slice(0, -1), [to]: [...after[to], entry] } as Stacks);
    return true;
  };

  return {
    ...initialHistoryState(),
    recordEdit: (section, entry) => {
      const current = stacks(section);
      put(section, { undo: [...current.undo, entry].slice(-MAX_ENTRIES), redo: [] });
    },
    undo: (section) => move(section, 'undo'),
    redo: (section) => move(section, 'redo'),
    forgetEditsOf: (section, path) => {
      const touches = (e: HistoryEntry) =>
        [...e.changes, ...e.inverse].some((c) => c.path === path || c.path.startsWith(`${path}.`) || path.startsWith(`${c.path}.`));
      const current = stacks(section);
      put(section, { undo: current.undo.filter((e) => !touches(e)), redo: current.redo.filter((e) => !touches(e)) });
    },
  };
};
