import type { StateCreator } from 'zustand';
import type { SessionInfo } from '../../shared/api';
import type { AppStore } from './store';

export type NoticeIntent = 'error' | 'success' | 'info';

export interface Notice {
  intent: NoticeIntent;
  text: string;
}

export interface SessionSliceState {
  session: SessionInfo | null;
  /** One message about the last file action (open, import, export), shown above the section. */
  notice: Notice | null;
}

export interface SessionSlice extends SessionSliceState {
  setSession(session: SessionInfo): void;
  showNotice(intent: NoticeIntent, text: string): void;
  dismissNotice(): void;
}

export const initialSessionState: SessionSliceState = { session: null, notice: null };

export const createSessionSlice: StateCreator<AppStore, [], [], SessionSlice> = (set) => ({
  ...initialSessionState,
  setSession: (session) => set({ session }),
  showNotice: (intent, text) => set({ notice: { intent, text } }),
  dismissNotice: () => set({ notice: null }),
});
