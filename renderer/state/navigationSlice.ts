import type { StateCreator } from 'zustand';
import type { SectionId } from '../../shared/plan/findings';
import { sectionOfPath } from '../../shared/plan/sectionOf';
import { hashForSection, sectionFromHash } from './hashRoute';
import type { AppStore } from './store';

export interface NavigationSliceState {
  section: SectionId;
  /** A field to focus once its section has rendered (set by "go to field" on a finding). */
  pendingFocus: string | null;
}

export interface NavigationSlice extends NavigationSliceState {
  /** Moves to a section by changing the hash; the hashchange listener then updates the state. */
  navigate(section: SectionId): void;
  syncFromHash(): void;
  /** Opens the section that edits `field` and asks it to focus the field's control. */
  goToField(field: string): void;
  clearPendingFocus(): void;
}

export const initialNavigationState = (): NavigationSliceState => ({ section: sectionFromHash(window.location.hash), pendingFocus: null });

export const createNavigationSlice: StateCreator<AppStore, [], [], NavigationSlice> = (set, get) => ({
  ...initialNavigationState(),
  navigate: (section) => {
    const hash = hashForSection(section);
    if (window.location.hash === hash) set({ section });
    else window.location.hash = hash;
  },
  syncFromHash: () => set({ section: sectionFromHash(window.location.hash) }),
  goToField: (field) => {
    set({ pendingFocus: field });
    get().navigate(sectionOfPath(field));
  },
  clearPendingFocus: () => set({ pendingFocus: null }),
});

/** Keeps the store in step with the address bar (links, back/forward, manual edits). */
export function bindHashNavigation(syncFromHash: () => void): () => void {
  window.addEventListener('hashchange', syncFromHash);
  return () => window.removeEventListener('hashchange', syncFromHash);
}
