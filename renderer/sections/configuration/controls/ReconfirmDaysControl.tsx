import { makeStyles, SpinButton, Text, tokens, type SpinButtonOnChangeData } from '@fluentui/react-components';
import { configStrings } from '../strings';
import type { ControlProps } from './types';
import { useSavePolicy } from './useSavePolicy';

const MIN = 0;
const MAX = 730;

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  spin: { width: '110px' },
  unit: { color: tokens.colorNeutralForeground2 },
});

/** Typed text arrives as displayValue, arrow steps as value; both end up as a whole number in range. */
function chosenDays(data: SpinButtonOnChangeData): number | null {
  const raw = data.value ?? (data.displayValue !== undefined ? Number.parseInt(data.displayValue, 10) : Number.NaN);
  if (raw === null || Number.isNaN(raw)) return null;
  return Math.min(MAX, Math.max(MIN, Math.round(raw)));
}

/** 0–730 days; 0 means users are never asked to reconfirm. */
export function ReconfirmDaysControl({ policy, labelId, describedBy, disabled }: ControlProps) {
  const styles = useStyles();
  const save = useSavePolicy();
  const days = policy.reconfirmDays;
  return (
    <div className={styles.root}>
      <SpinButton
        className={styles.spin}
        value={days}
        min={MIN}
        max={MAX}
        disabled={disabled}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        onChange={(_, data) => {
          const next = chosenDays(data);
          if (next !== null && next !== days) void save('reconfirmDays', next);
        }}
      />
      <Text className={styles.unit}>
        {configStrings.reconfirm.unit}
        {days === 0 && ` (${configStrings.reconfirm.never})`}
      </Text>
    </div>
  );
}
