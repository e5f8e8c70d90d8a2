import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseSimulation } from '../../../shared/simulator/businessCases';
import { call, errorMessage } from '../../state/apiClient';
import { useAppStore } from '../../state/store';

export interface CaseSimulations {
  /** The simulated cases by id; null until someone asks for a run. */
  byCase: Map<string, CaseSimulation> | null;
  running: boolean;
  error: string | null;
  run(): void;
}

/**
 * The business cases run in the simulator on request. Once asked for, the run follows the saved plan
 * and the tenant, so a policy change shows at once; nothing is written to the plan.
 */
export function useCaseSimulation(): CaseSimulations {
  const savedPlan = useAppStore((st) => st.savedPlan);
  const tenantUsers = useAppStore((st) => st.tenantUsers);
  const [wanted, setWanted] = useState(0);
  const [byCase, setByCase] = useState<Map<string, CaseSimulation> | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // An answer to an older plan must not replace a newer one.
  const request = useRef(0);

  useEffect(() => {
    if (wanted === 0) return;
    const mine = ++request.current;
    const go = async () => {
      try {
        const sims = await call('simulator.businessCases', {});
        if (mine !== request.current) return;
        setByCase(new Map(sims.map((sim) => [sim.caseId, sim])));
        setError(null);
      } catch (e) {
        if (mine === request.current) setError(errorMessage(e));
      } finally {
        if (mine === request.current) setRunning(false);
      }
    };
    void go();
  }, [wanted, savedPlan, tenantUsers]);

  // Only a run someone asked for shows as running; a rerun after a save just replaces the results.
  const run = useCallback(() => {
    setRunning(true);
    setWanted((n) => n + 1);
  }, []);
  return { byCase, running, error, run };
}
