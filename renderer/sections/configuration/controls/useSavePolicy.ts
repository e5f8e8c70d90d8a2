import { useCallback } from 'react';
import type { Policy } from '../../../../shared/plan/schema';
import { useAppStore } from '../../../state/store';

/** Saves one policy field at once through plan.update; resolves true when saved. */
export function useSavePolicy(): <K extends keyof Policy>(field: K, value: Policy[K]) => Promise<boolean> {
  const applyChanges = useAppStore((s) => s.applyChanges);
  return useCallback((field, value) => applyChanges([{ path: `policy.${field}`, value }]), [applyChanges]);
}
