import { Switch } from '@fluentui/react-components';
import type { Policy } from '../../../../shared/plan/schema';
import { configStrings } from '../strings';
import type { ControlProps } from './types';
import { useSavePolicy } from './useSavePolicy';

export type ToggleField = {
  [K in keyof Policy]: Policy[K] extends boolean ? K : never;
}[keyof Policy];

/** A Yes/No setting. The setting's name labels it; the visible Yes/No only mirrors the state. */
export function ToggleControl({ field, policy, labelId, describedBy, disabled }: ControlProps & { field: ToggleField }) {
  const save = useSavePolicy();
  const on = policy[field];
  return (
    <Switch
      checked={on}
      disabled={disabled}
      label={on ? configStrings.toggle.on : configStrings.toggle.off}
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      onChange={(_, data) => void save(field, data.checked)}
    />
  );
}
