import { useCallback } from 'react';
import type { Policy } from '../../../../shared/plan/schema';
import { useSave } from '../../../state/useSave';

/** Saves one policy field at once through plan.update; resolves true when saved. */
export function useSavePolicy(): <K extends keyof Policy>(field: K, value: Policy[K]) => Promise<boolean> {
  const save = useSave();
  return useCallback((field, value) => save(`policy.${field}`, value), [save]);
}
