import type { StateCreator } from 'zustand';
import type { PlanState } from '../../shared/api';
import type { Finding, FixChange } from '../../shared/plan/findings';
import type { Plan } from '../../shared/plan/schema';
import { call, errorCode, errorMessage } from './apiClient';
import { applyLocally } from './applyLocally';
import { inverseOf } from './historySlice';
import type { AppStore } from './store';

export type LoadStatus = 'loading' | 'ready' | 'noPlan' | 'failed';
export type SaveState = 'saved' | 'saving' | 'error';

export interface PlanSliceState {
  load: LoadStatus;
  loadError: string | null;
  /** What the screen shows: the saved plan plus any changes still on their way to main. */
  plan: Plan | null;
  /** The plan as main last confirmed it. */
  savedPlan: Plan | null;
  findings: Finding[];
  /** ISO timestamp of the last committed write, as the API reports it. */
  savedAt: string | null;
  path: string | null;
  tenantUsers: number;
  saveState: SaveState;
  saveError: string | null;
}

export interface PlanSlice extends PlanSliceState {
  loadPlan(): Promise<void>;
  /** Replaces the plan with one the API returned (open, new, import). */
  setPlanState(state: PlanState): void;
  /**
   * Shows the changes at once and saves them; resolves true when saved. On failure the saved plan
   * returns. Saved changes join their section's undo history unless `record` is false.
   */
  applyChanges(changes: FixChange[], options?: { record?: boolean }): Promise<boolean>;
}

export const initialPlanState: PlanSliceState = {
  load: 'loading',
  loadError: null,
  plan: null,
  savedPlan: null,
  findings: [],
  savedAt: null,
  path: null,
  tenantUsers: 0,
  saveState: 'saved',
  saveError: null,
};

function fromPlanState(state: PlanState): Partial<PlanSliceState> {
  return {
    load: 'ready',
    loadError: null,
    plan: state.plan,
    savedPlan: state.plan,
    findings: state.findings,
    savedAt: state.savedAt,
    path: state.path,
    tenantUsers: state.tenantUsers,
  };
}

export const createPlanSlice: StateCreator<AppStore, [], [], PlanSlice> = (set, get) => {
  // Updates go to main one after another so their answers cannot arrive out of order.
  let queue: Promise<unknown> = Promise.resolve();
  const waiting: FixChange[][] = [];
  const withWaiting = (plan: Plan) => waiting.reduce(applyLocally, plan);

  const send = async (changes: FixChange[]): Promise<boolean> => {
    try {
      const state = await call('plan.update', { changes });
      waiting.shift();
      set({
        ...fromPlanState(state),
        plan: withWaiting(state.plan),
        saveState: waiting.length > 0 ? 'saving' : 'saved',
        saveError: null,
      });
      return true;
    } catch (error) {
      waiting.shift();
      const saved = get().savedPlan;
      set({ plan: saved && withWaiting(saved), saveState: 'error', saveError: errorMessage(error) });
      return false;
    }
  };

  return {
    ...initialPlanState,

    loadPlan: async () => {
      set({ load: 'loading', loadError: null });
      try {
        set(fromPlanState(await call('plan.get', {})));
      } catch (error) {
        if (errorCode(error) === 'NO_PLAN_OPEN') set({ ...initialPlanState, load: 'noPlan' });
        else set({ load: 'failed', loadError: errorMessage(error) });
      }
    },

    setPlanState: (state) => set({ ...fromPlanState(state), saveState: 'saved', saveError: null }),

    applyChanges: (changes, options) => {
      waiting.push(changes);
      const shown = get().plan;
      const inverse = shown && options?.record !== false ? inverseOf(shown, changes) : null;
      const section = get().section;
      set({ plan: shown && applyLocally(shown, changes), saveState: 'saving' });
      const run = queue.then(async () => {
        const saved = await send(changes);
        // Undo belongs to the section the user made the edit in (a send date changed under Rollout undoes there).
        if (saved && inverse) get().recordEdit(section, { changes, inverse });
        return saved;
      });
      queue = run;
      return run;
    },
  };
};
