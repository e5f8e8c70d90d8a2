import { useCallback } from 'react';
import { useAppStore } from '../../../state/store';
import { templateFieldChanges, type TemplateField } from '../campaignOps';

/**
 * Saves one field of a template through the plan-change path (undo, autosave). It reads the plan at
 * call time: a blur just before may have made the plan's own copy of a shipped template.
 */
export function useTemplateSave(templateId: string): (field: TemplateField, value: string | number[]) => Promise<boolean> {
  const applyChanges = useAppStore((st) => st.applyChanges);
  return useCallback(
    (field, value) => {
      const plan = useAppStore.getState().plan;
      if (!plan) return Promise.resolve(false);
      const changes = templateFieldChanges(plan, templateId, field, value);
      return changes.length === 0 ? Promise.resolve(false) : applyChanges(changes);
    },
    [applyChanges, templateId],
  );
}
