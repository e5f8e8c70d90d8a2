import { describe, expect, it } from 'vitest';
import { DEFAULT_FORECAST_SETTINGS, forecastSettingsSchema } from '../../shared/plan/schema';
import type { Forecast } from '../../shared/simulator/forecast/types';
import { launchIndex, seriesOf } from '../../renderer/sections/rollout/forecast/series';
import { SETTING_GROUPS, settingField, shownValue, storedValue, validateSetting } from '../../renderer/sections/rollout/forecast/settingFields';

describe('forecast assumptions editor', () => {
  it('offers every setting of the plan schema exactly once', () => {
    expect(SETTING_GROUPS.flatMap((g) => g.keys).sort()).toEqual(Object.keys(forecastSettingsSchema.shape).sort());
  });

  it('shows shares as percentages without float noise and stores them back as shares', () => {
    const daily = settingField('baselineDaily');
    expect(shownValue(daily, DEFAULT_FORECAST_SETTINGS.baselineDaily)).toBe('0.3');
    expect(storedValue(daily, '0.3')).toBe(0.003);
    expect(storedValue(settingField('signInRate'), ' 45 % ')).toBe(0.45);
    expect(shownValue(settingField('runs'), 1000)).toBe('1000');
  });

  it('refuses values outside the schema range with a message in the units typed', () => {
    expect(validateSetting(settingField('signInRate'))('150')).toBe('Enter a percentage from 0 to 100.');
    expect(validateSetting(settingField('signInRate'))('-1')).toBe('Enter a percentage from 0 to 100.');
    expect(validateSetting(settingField('signInRate'))('abc')).toBe('Enter a percentage from 0 to 100.');
    expect(validateSetting(settingField('signInRate'))('100')).toBeNull();
    expect(validateSetting(settingField('baselineDaily'))('25')).toBe('Enter a percentage from 0 to 20.');
    expect(validateSetting(settingField('horizonDays'))('90.5')).toBe('Enter a whole number from 14 to 730.');
    expect(validateSetting(settingField('horizonDays'))('')).toBe('Enter a whole number from 14 to 730.');
    expect(validateSetting(settingField('responseHalfLifeDays'))('0.2')).toBe('Enter a number from 0.5 to 60.');
    expect(validateSetting(settingField('responseHalfLifeDays'))('1.5')).toBeNull();
  });
});

describe('forecast chart series', () => {
  const band = (v: number) => ({ p10: [v, v, v], p50: [v, v, v], p90: [v, v, v] });
  const forecast = {
    days: ['2027-01-01', '2027-01-02', '2027-01-03'],
    registeredShare: band(0.5),
    actual: null,
    waves: [
      { wave: 'Pilot', users: 1, start: '2027-01-01', registeredShare: band(0.2), actual: null, behind: false, suggestedReminder: null },
      { wave: 'Wave 1', users: 1, start: '2027-01-02', registeredShare: band(0.8), actual: null, behind: false, suggestedReminder: null },
    ],
    sends: [
      { date: '2027-01-01', name: 'A', wave: 'Pilot' },
      { date: '2027-01-02', name: 'B', wave: 'Wave 1' },
    ],
  } as unknown as Forecast;

  it('shows all waves or one wave with only its own sends', () => {
    expect(seriesOf(forecast, '', 'All waves')).toMatchObject({ label: 'All waves', band: band(0.5) });
    expect(seriesOf(forecast, '', 'All waves').sends).toHaveLength(2);
    const wave1 = seriesOf(forecast, 'Wave 1', 'All waves');
    expect(wave1).toMatchObject({ label: 'Wave 1', band: band(0.8) });
    expect(wave1.sends.map((s) => s.name)).toEqual(['B']);
  });

  it('takes launch as the day the last wave starts, clamped to the horizon', () => {
    expect(launchIndex(forecast)).toBe(1);
    const late = { ...forecast, waves: [...forecast.waves, { ...forecast.waves[0], wave: 'All', start: '2027-06-01' }] } as Forecast;
    expect(launchIndex(late)).toBe(2);
  });
});
