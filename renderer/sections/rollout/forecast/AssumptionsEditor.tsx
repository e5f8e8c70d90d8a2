import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { DEFAULT_FORECAST_SETTINGS, type ForecastSettings } from '../../../../shared/plan/schema';
import { PlanField } from '../../../components/fields/PlanField';
import { PlanTextInput, useFieldError } from '../../../components/fields/inputs';
import { SectionCard } from '../../../components/SectionCard';
import { useAppStore } from '../../../state/store';
import { SETTING_GROUPS, settingField, shownValue, storedValue, validateSetting, type SettingKey } from './settingFields';
import { forecastStrings } from './strings';

const s = forecastStrings.settings;

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
  },
  input: { maxWidth: '180px' },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, maxWidth: '900px' },
  footer: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

function SettingInput({ settingKey, value }: { settingKey: SettingKey; value: number }) {
  const styles = useStyles();
  const field = settingField(settingKey);
  const [error, setError] = useFieldError();
  const path = `forecast.${settingKey}`;
  const text = s.fields[settingKey];
  const label = field.percent ? `${text.label} (%)` : text.label;
  return (
    <PlanField field={path} label={label} hint={text.help} error={error}>
      <div className={styles.input}>
        <PlanTextInput
          path={path}
          value={shownValue(field, value)}
          validate={validateSetting(field)}
          toValue={(typed) => storedValue(field, typed)}
          onError={setError}
          inputMode="decimal"
          ariaLabel={label}
        />
      </div>
    </PlanField>
  );
}

/** Every forecast setting with what it means, saved to the plan like any other field. */
export function AssumptionsEditor({ settings, notes }: { settings: ForecastSettings; notes: readonly string[] }) {
  const styles = useStyles();
  const applyChanges = useAppStore((st) => st.applyChanges);
  const [restored, setRestored] = useState(false);
  const notesId = useId();
  const atDefaults = (Object.keys(DEFAULT_FORECAST_SETTINGS) as SettingKey[]).every((k) => settings[k] === DEFAULT_FORECAST_SETTINGS[k]);

  const restore = async () => {
    const changes = (Object.keys(DEFAULT_FORECAST_SETTINGS) as SettingKey[])
      .filter((k) => settings[k] !== DEFAULT_FORECAST_SETTINGS[k])
      .map((k) => ({ path: `forecast.${k}`, value: DEFAULT_FORECAST_SETTINGS[k] }));
    if (changes.length > 0) setRestored(await applyChanges(changes));
  };

  return (
    <SectionCard id="rollout-forecast-settings" title={s.heading} description={s.description} field="forecast">
      {notes.length > 0 && (
        <section className={styles.group} aria-labelledby={notesId}>
          <Text as="h4" id={notesId} weight="semibold">
            {s.readsHeading}
          </Text>
          <ul className={styles.notes}>
            {notes.map((n) => (
              <li key={n}>
                <Text>{n}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
      {SETTING_GROUPS.map(({ group, keys }) => (
        <fieldset key={group} className={styles.group}>
          <legend className={styles.legend}>
            <Text weight="semibold">{s.groups[group]}</Text>
          </legend>
          <div className={styles.grid}>
            {keys.map((k) => (
              <SettingInput key={k} settingKey={k} value={settings[k]} />
            ))}
          </div>
        </fieldset>
      ))}
      <div className={styles.footer}>
        <Button icon={<ArrowResetRegular />} disabled={atDefaults} onClick={() => void restore()}>
          {s.restore}
        </Button>
        <Text className={styles.muted} role="status">
          {restored && atDefaults ? s.restored : ''}
        </Text>
      </div>
    </SectionCard>
  );
}
