import { useCallback, useState } from 'react';
import type { ApiInput } from '../../../shared/api';
import { call, errorMessage } from '../../state/apiClient';
import { useAppStore } from '../../state/store';

export type RunInput = ApiInput<'testing.recordRun'>;

/** Where the tester's name is remembered on this computer. */
const TESTER_KEY = 'sspr-tester-name';

function storedTester(): string {
  try {
    return localStorage.getItem(TESTER_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The tester's name, prefilled from and remembered in localStorage. */
export function useTesterName(): [string, (name: string) => void] {
  const [name, setName] = useState(storedTester);
  const set = useCallback((next: string) => {
    setName(next);
    try {
      if (next.trim() !== '') localStorage.setItem(TESTER_KEY, next.trim());
    } catch {
      // Storage may be off (private mode); the name then lasts as long as the page.
    }
  }, []);
  return [name, set];
}

/**
 * Records one run through the API and shows the plan main returns. Runs are history, so they are
 * not part of the section's undo. Resolves null when recorded, else the message to show.
 */
export function useRecordRun(): { record(input: RunInput): Promise<string | null>; busy: boolean } {
  const [busy, setBusy] = useState(false);
  const record = useCallback(async (input: RunInput) => {
    setBusy(true);
    try {
      const state = await call('testing.recordRun', input);
      const store = useAppStore.getState();
      store.setPlanState(state);
      // The run is history, saved outside undo; an older undo of the run list (a CSV import) would erase it.
      store.forgetEditsOf('testing', 'testing.runs');
      return null;
    } catch (error) {
      return errorMessage(error);
    } finally {
      setBusy(false);
    }
  }, []);
  return { record, busy };
}
