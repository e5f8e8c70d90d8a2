import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Finding } from '../../../shared/plan/findings';
import type { Plan } from '../../../shared/plan/schema';
import { ExternalLink } from '../../components/ExternalLink';
import { pointsAt } from '../../state/selectors';
import type { AreaDef } from './areas';
import { SettingRow } from './SettingRow';
import { configStrings } from './strings';

const useStyles = makeStyles({
  card: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, gap: tokens.spacingVerticalS },
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  description: { color: tokens.colorNeutralForeground3 },
});

function AreaDescription({ area }: { area: AreaDef }) {
  const styles = useStyles();
  const strings = configStrings.areas[area.id];
  return (
    <Text size={200} className={styles.description}>
      {strings.description}
      {'linkUrl' in strings && <ExternalLink href={strings.linkUrl}>{strings.linkText}</ExternalLink>}
      {'linkUrl' in strings && '.'}
    </Text>
  );
}

/** One area of the policy table (Properties, Methods, …) as a card of setting rows. */
export function AreaCard({ area, plan, findings }: { area: AreaDef; plan: Plan; findings: readonly Finding[] }) {
  const styles = useStyles();
  const headingId = `area-${area.id}`;
  return (
    <Card className={styles.card} aria-labelledby={headingId} role="region">
      <div className={styles.head}>
        <Text as="h3" id={headingId} size={500} weight="semibold">
          {configStrings.areas[area.id].title}
        </Text>
        <AreaDescription area={area} />
      </div>
      <div>
        {area.settings.map((setting) => (
          <SettingRow
            key={setting.id}
            setting={setting}
            plan={plan}
            findings={findings.filter((f) => setting.fields.some((field) => pointsAt(f, `policy.${field}`)))}
          />
        ))}
      </div>
    </Card>
  );
}
