import type { ZodNumber } from 'zod';
import { forecastSettingsSchema, type ForecastSettings } from '../../../../shared/plan/schema';
import { forecastStrings } from './strings';

const s = forecastStrings.settings;

export type SettingKey = keyof ForecastSettings;

/** Same shape as the fields' Validate; kept free of the .tsx inputs so that unit tests can load this. */
type Validate = (text: string) => string | null;

export interface SettingField {
  key: SettingKey;
  /** Shown and typed as a percentage, stored as a share (0–1). */
  percent: boolean;
  whole: boolean;
  /** Bounds in stored units, read from the plan schema so the editor and the file agree. */
  min: number;
  max: number;
}

/** The order on the page: behaviour first, then savings, then how the simulation runs. */
export const SETTING_GROUPS: { group: keyof typeof s.groups; keys: SettingKey[] }[] = [
  { group: 'behaviour', keys: ['signInRate', 'promptCompletion', 'sendResponse', 'responseHalfLifeDays', 'baselineDaily'] },
  { group: 'money', keys: ['callDeflection'] },
  { group: 'model', keys: ['uncertainty', 'horizonDays', 'runs', 'seed'] },
];

const PERCENT: ReadonlySet<SettingKey> = new Set(['signInRate', 'promptCompletion', 'sendResponse', 'baselineDaily', 'uncertainty', 'callDeflection']);

export function settingField(key: SettingKey): SettingField {
  const number = forecastSettingsSchema.shape[key] as ZodNumber;
  return { key, percent: PERCENT.has(key), whole: number.isInt, min: number.minValue ?? 0, max: number.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** Rounding away float noise: 0.003 × 100 shows as 0.3, not 0.30000000000000004. */
const tidy = (n: number) => Number(n.toFixed(6));

export function shownValue(field: SettingField, value: number): string {
  return String(field.percent ? tidy(value * 100) : value);
}

export function storedValue(field: SettingField, text: string): number {
  const n = Number(text.trim().replace(/%$/, '').trim());
  return field.percent ? tidy(n / 100) : n;
}

/** Refuses text that is not a number in the schema's range, in the units the user types. */
export function validateSetting(field: SettingField): Validate {
  return (text) => {
    const typed = text.trim().replace(/%$/, '').trim();
    const n = Number(typed);
    const stored = storedValue(field, typed);
    const ok = typed !== '' && Number.isFinite(n) && (!field.whole || Number.isInteger(n)) && stored >= field.min && stored <= field.max;
    if (ok) return null;
    if (field.percent) return s.rangePercent(tidy(field.min * 100), tidy(field.max * 100));
    return field.whole ? s.rangeWhole(field.min, field.max) : s.rangeNumber(field.min, field.max);
  };
}
