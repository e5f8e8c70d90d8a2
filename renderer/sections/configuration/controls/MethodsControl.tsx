import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { METHOD_IDS, METHODS, type MethodId } from '../../../../shared/plan/methods';
import { configStrings } from '../strings';
import type { ControlProps } from './types';
import { useSavePolicy } from './useSavePolicy';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))', columnGap: tokens.spacingHorizontalM },
  label: { display: 'flex', flexDirection: 'column' },
  current: { color: tokens.colorNeutralForeground3 },
});

/** One checkbox per method, named as in the legacy SSPR settings and as in the Authentication methods policy. */
export function MethodsControl({ policy, labelId, describedBy, disabled }: ControlProps) {
  const styles = useStyles();
  const save = useSavePolicy();

  const toggle = (id: MethodId, on: boolean) => {
    // Keep the canonical order so the saved list does not depend on click order.
    const methods = METHOD_IDS.filter((m) => (m === id ? on : policy.methods.includes(m)));
    void save('methods', methods);
  };

  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className={styles.list}>
      {METHOD_IDS.map((id) => (
        <Checkbox
          key={id}
          checked={policy.methods.includes(id)}
          disabled={disabled}
          onChange={(_, data) => toggle(id, data.checked === true)}
          label={
            <span className={styles.label}>
              <span>{METHODS[id].legacyName}</span>
              <Text size={200} className={styles.current}>
                {configStrings.methods.nowIn(METHODS[id].currentName)}
              </Text>
            </span>
          }
        />
      ))}
    </div>
  );
}
