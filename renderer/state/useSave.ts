import { useCallback } from 'react';
import type { JsonValue } from '../../shared/plan/paths';
import { useAppStore } from './store';

/** Saves one value at a dotted plan path at once through plan.update; resolves true when saved. */
export function useSave(): (path: string, value: JsonValue) => Promise<boolean> {
  const applyChanges = useAppStore((s) => s.applyChanges);
  return useCallback((path, value) => applyChanges([{ path, value }]), [applyChanges]);
}
