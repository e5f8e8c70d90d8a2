import { makeStyles, Radio, RadioGroup } from '@fluentui/react-components';
import type { Policy } from '../../../../shared/plan/schema';
import { range } from './choices';
import type { ControlProps } from './types';
import { useSavePolicy } from './useSavePolicy';

type CountField = 'methodsToReset' | 'methodsToRegister' | 'questionsToRegister' | 'questionsToReset';

const useStyles = makeStyles({ group: { flexWrap: 'wrap' } });

/**
 * A count with a small fixed range, one radio per allowed value. A value outside the range (from an
 * imported plan) leaves every radio clear; the row's finding says what to do.
 */
export function CountControl({
  field,
  min,
  max,
  policy,
  labelId,
  describedBy,
  disabled,
}: ControlProps & { field: CountField; min: number; max: number }) {
  const styles = useStyles();
  const save = useSavePolicy();
  const current: Policy[CountField] = policy[field];
  return (
    <RadioGroup
      layout="horizontal"
      className={styles.group}
      value={String(current)}
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      disabled={disabled}
      onChange={(_, data) => void save(field, Number(data.value))}
    >
      {range(min, max).map((n) => (
        <Radio key={n} value={String(n)} label={String(n)} />
      ))}
    </RadioGroup>
  );
}
