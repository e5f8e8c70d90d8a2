import { makeStyles, Radio, RadioGroup } from '@fluentui/react-components';
import type { Policy } from '../../../../shared/plan/schema';
import { configStrings } from '../strings';
import { oneOf } from './choices';
import type { ControlProps } from './types';
import { useSavePolicy } from './useSavePolicy';

const OPTIONS = ['off', 'intune', 'registry'] as const satisfies readonly Policy['lockScreenReset'][];

const useStyles = makeStyles({ group: { flexWrap: 'wrap' } });

export function LockScreenControl({ policy, labelId, describedBy, disabled }: ControlProps) {
  const styles = useStyles();
  const save = useSavePolicy();
  return (
    <RadioGroup
      layout="horizontal"
      className={styles.group}
      value={policy.lockScreenReset}
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      disabled={disabled}
      onChange={(_, data) => {
        const choice = oneOf(OPTIONS, data.value);
        if (choice) void save('lockScreenReset', choice);
      }}
    >
      {OPTIONS.map((option) => (
        <Radio key={option} value={option} label={configStrings.lockScreen[option]} />
      ))}
    </RadioGroup>
  );
}
