import { create } from 'zustand';
import type { PlanState } from '../../shared/api';
import { call, errorMessage } from './apiClient';
import { createHistorySlice, initialHistoryState, type HistorySlice } from './historySlice';
import { createNavigationSlice, initialNavigationState, type NavigationSlice } from './navigationSlice';
import { createPlanSlice, initialPlanState, type PlanSlice } from './planSlice';
import { createSessionSlice, initialSessionState, type SessionSlice } from './sessionSlice';
import { createTenantSlice, initialTenantState, type TenantSlice } from './tenantSlice';

export interface AppActions {
  /** First load: which session this is, then the open plan. */
  start(): Promise<void>;
  /** Puts every slice back to its initial state, e.g. before another plan is shown. */
  resetAll(): void;
  /** Shows a plan the user just opened, created or imported, starting clean. */
  showOpenedPlan(state: PlanState): void;
}

export type AppStore = PlanSlice & NavigationSlice & SessionSlice & HistorySlice & TenantSlice & AppActions;

export const useAppStore = create<AppStore>()((...args) => {
  const [set, get] = args;
  return {
    ...createPlanSlice(...args),
    ...createNavigationSlice(...args),
    ...createSessionSlice(...args),
    ...createHistorySlice(...args),
    ...createTenantSlice(...args),

    start: async () => {
      try {
        get().setSession(await call('session.info', {}));
      } catch (error) {
        set({ load: 'failed', loadError: errorMessage(error) });
        return;
      }
      await get().loadPlan();
    },

    resetAll: () => set({ ...initialPlanState, ...initialNavigationState(), ...initialSessionState, ...initialHistoryState(), ...initialTenantState() }),

    showOpenedPlan: (state) => {
      const { session } = get();
      get().resetAll();
      if (session) set({ session: { ...session, planPath: state.path, planName: state.plan.overview.organization } });
      get().setPlanState(state);
    },
  };
});
