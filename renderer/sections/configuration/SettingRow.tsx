import { Label, makeStyles, Text, tokens } from '@fluentui/react-components';
import { InfoRegular, LightbulbRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { Finding } from '../../../shared/plan/findings';
import type { Plan } from '../../../shared/plan/schema';
import { FindingList } from '../../components/FindingList';
import { recommendation, type SettingDef } from './areas';
import { configStrings } from './strings';

const WIDE = '@media (min-width: 1180px)';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':first-child': { borderTop: 'none', paddingTop: tokens.spacingVerticalS },
    ':last-child': { paddingBottom: 0 },
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.35fr)',
    gridTemplateAreas: '"name control" "name recommended"',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalM,
    [WIDE]: {
      gridTemplateColumns: 'minmax(0, 1.1fr) minmax(0, 1.5fr) minmax(0, 0.9fr)',
      gridTemplateAreas: '"name control recommended"',
    },
  },
  name: { gridArea: 'name', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  explain: { color: tokens.colorNeutralForeground3 },
  control: { gridArea: 'control', minWidth: 0, alignSelf: 'start' },
  recommended: {
    gridArea: 'recommended',
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    color: tokens.colorNeutralForeground2,
  },
  recommendedIcon: { color: tokens.colorBrandForeground1, flexShrink: 0, marginTop: '2px' },
  recommendedText: { display: 'flex', flexDirection: 'column' },
  caption: { color: tokens.colorNeutralForeground3, textTransform: 'uppercase', letterSpacing: '0.04em' },
  none: { color: tokens.colorNeutralForeground4 },
  off: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  offIcon: { flexShrink: 0, marginTop: '2px', color: tokens.colorBrandForeground1 },
});

function Recommended({ text }: { text: string | null }) {
  const styles = useStyles();
  return (
    <div className={styles.recommended}>
      <LightbulbRegular className={styles.recommendedIcon} fontSize={16} aria-hidden />
      <div className={styles.recommendedText}>
        <Text size={100} weight="semibold" className={styles.caption}>
          {configStrings.recommendedCaption}
        </Text>
        <Text size={200} className={text === null ? styles.none : undefined}>
          {text ?? configStrings.noRecommendation}
        </Text>
      </div>
    </div>
  );
}

/** One setting: its name and what it does, the control, the recommendation, and its findings. */
export function SettingRow({ setting, plan, findings }: { setting: SettingDef; plan: Plan; findings: Finding[] }) {
  const styles = useStyles();
  const labelId = useId();
  const explainId = useId();
  const text = configStrings.settings[setting.id];
  const enabled = setting.appliesWhen?.test(plan.policy) ?? true;

  return (
    <div className={styles.row} data-field={setting.fields.map((f) => `policy.${f}`).join(' ')}>
      <div className={styles.grid}>
        <div className={styles.name}>
          <Label id={labelId} className={styles.label}>
            {text.name}
          </Label>
          <Text id={explainId} size={200} className={styles.explain}>
            {text.explain}
          </Text>
          {!enabled && (
            <Text size={200} className={styles.off}>
              <InfoRegular className={styles.offIcon} fontSize={16} aria-hidden />
              <span>{setting.appliesWhen?.hint}</span>
            </Text>
          )}
        </div>
        <div className={styles.control}>
          {setting.control({ policy: plan.policy, labelId, describedBy: explainId, disabled: !enabled })}
        </div>
        <Recommended text={recommendation(setting.id, plan)} />
      </div>
      {/* Unlabelled on purpose: a label repeating the setting's name would make the name match two elements. */}
      <FindingList findings={findings} />
    </div>
  );
}
