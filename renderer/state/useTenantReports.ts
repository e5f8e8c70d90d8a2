import { useEffect } from 'react';
import { useAppStore } from './store';

/** Edits come in bursts (typing seats, ticking SKUs); one refetch after the burst is enough. */
const DEBOUNCE_MS = 300;

/**
 * Keeps the coverage report and registration per wave in step with the saved plan: policy, phases,
 * SKUs and the tenant snapshot all change them, and main computes them from what it has saved.
 */
export function useTenantReports(): void {
  const savedPlan = useAppStore((s) => s.savedPlan);
  const tenantUsers = useAppStore((s) => s.tenantUsers);
  const refresh = useAppStore((s) => s.refreshTenantReports);
  useEffect(() => {
    if (!savedPlan) return;
    // The first fetch goes at once; later ones wait for the edits to settle.
    const first = useAppStore.getState().licenseReport === null;
    const timer = setTimeout(() => void refresh(), first ? 0 : DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [savedPlan, tenantUsers, refresh]);
}
