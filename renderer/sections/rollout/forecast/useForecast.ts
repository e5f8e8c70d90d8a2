import { useEffect, useRef, useState } from 'react';
import type { Forecast } from '../../../../shared/simulator/forecast/types';
import { call, errorMessage } from '../../../state/apiClient';
import { useAppStore } from '../../../state/store';

/** Edits come in bursts (typing a rate, stepping a date); one run after the burst is enough. */
const DEBOUNCE_MS = 300;

export interface ForecastState {
  forecast: Forecast | null;
  error: string | null;
  /** A newer run is on its way; the figures shown are those of the plan before the latest edit. */
  stale: boolean;
}

/**
 * The forecast of the saved plan, run again whenever the plan (policy, phases, send dates, the
 * assumptions) or the tenant snapshot changes: main runs it on what it has saved.
 */
export function useForecast(): ForecastState {
  const savedPlan = useAppStore((st) => st.savedPlan);
  const tenantUsers = useAppStore((st) => st.tenantUsers);
  const [state, setState] = useState<ForecastState>({ forecast: null, error: null, stale: true });
  // An answer to an older plan must not replace a newer one.
  const request = useRef(0);
  const first = useRef(true);
  useEffect(() => {
    if (!savedPlan) return;
    const mine = ++request.current;
    setState((st) => (st.stale ? st : { ...st, stale: true }));
    const run = async () => {
      try {
        const forecast = await call('forecast.run', {});
        if (mine === request.current) setState({ forecast, error: null, stale: false });
      } catch (e) {
        if (mine === request.current) setState((st) => ({ ...st, error: errorMessage(e), stale: false }));
      }
    };
    const timer = setTimeout(() => void run(), first.current ? 0 : DEBOUNCE_MS);
    first.current = false;
    return () => clearTimeout(timer);
  }, [savedPlan, tenantUsers]);
  return state;
}
