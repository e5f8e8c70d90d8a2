import type { StateCreator } from 'zustand';
import type { SectionId } from '../../shared/plan/findings';
import { hashForSection, sectionFromHash } from './hashRoute';
import type { AppStore } from './store';

export interface NavigationSliceState {
  section: SectionId;
}

export interface NavigationSlice extends NavigationSliceState {
  /** Moves to a section by changing the hash; the hashchange listener then updates the state. */
  navigate(section: SectionId): void;
  syncFromHash(): void;
}

export const initialNavigationState = (): NavigationSliceState => ({ section: sectionFromHash(window.location.hash) });

export const createNavigationSlice: StateCreator<AppStore, [], [], NavigationSlice> = (set) => ({
  ...initialNavigationState(),
  navigate: (section) => {
    const hash = hashForSection(section);
    if (window.location.hash === hash) set({ section });
    else window.location.hash = hash;
  },
  syncFromHash: () => set({ section: sectionFromHash(window.location.hash) }),
});

/** Keeps the store in step with the address bar (links, back/forward, manual edits). */
export function bindHashNavigation(syncFromHash: () => void): () => void {
  window.addEventListener('hashchange', syncFromHash);
  return () => window.removeEventListener('hashchange', syncFromHash);
}
