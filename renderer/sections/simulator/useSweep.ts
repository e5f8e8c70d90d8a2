import { useEffect, useRef, useState } from 'react';
import type { SweepReport } from '../../../shared/simulator/sweep';
import { call, errorMessage } from '../../state/apiClient';
import { useAppStore } from '../../state/store';

/** Today as `YYYY-MM-DD` in the user's own time zone, the day they mean by "today". */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The whole-tenant sweep on `on`, run again whenever the saved plan or the tenant changes. */
export function useSweep(on: string): { report: SweepReport | null; error: string | null } {
  const savedPlan = useAppStore((st) => st.savedPlan);
  const tenantUsers = useAppStore((st) => st.tenantUsers);
  const [report, setReport] = useState<SweepReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  // An answer to an older date must not replace a newer one.
  const request = useRef(0);
  useEffect(() => {
    if (!ISO_DAY.test(on)) return;
    const mine = ++request.current;
    const run = async () => {
      try {
        const next = await call('simulator.sweep', { on });
        if (mine === request.current) {
          setReport(next);
          setError(null);
        }
      } catch (e) {
        if (mine === request.current) setError(errorMessage(e));
      }
    };
    void run();
  }, [on, savedPlan, tenantUsers]);
  return { report, error };
}
