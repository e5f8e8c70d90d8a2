import { Button, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { ArrowRightRegular, CheckmarkCircleRegular, WarningRegular } from '@fluentui/react-icons';
import type { Plan } from '../../../shared/plan/schema';
import { PlanField } from '../../components/fields/PlanField';
import { useAppStore } from '../../state/store';
import { useSave } from '../../state/useSave';
import { FormCard } from './FormCard';
import { IdentitySystemsList } from './IdentitySystemsList';
import { overviewStrings as s } from './strings';

const ENVIRONMENTS = ['cloud', 'hybrid'] as const satisfies readonly Plan['overview']['environment'][];

const useStyles = makeStyles({
  fields: { gridTemplateColumns: 'minmax(0, 1fr)' },
  explain: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '760px' },
  muted: { color: tokens.colorNeutralForeground2 },
  status: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  on: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  off: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
});

/** What hybrid means for writeback, and whether the plan's configuration has it on. */
function WritebackStatus({ writeback }: { writeback: boolean }) {
  const styles = useStyles();
  const goToField = useAppStore((st) => st.goToField);
  return (
    <div className={styles.status}>
      {writeback ? (
        <CheckmarkCircleRegular className={styles.on} fontSize={20} aria-hidden />
      ) : (
        <WarningRegular className={styles.off} fontSize={20} aria-hidden />
      )}
      <Text>{writeback ? s.environment.writebackOn : s.environment.writebackOff}</Text>
      <Button size="small" appearance="subtle" icon={<ArrowRightRegular />} onClick={() => goToField('policy.writeback')}>
        {s.environment.goToWriteback}
      </Button>
    </div>
  );
}

/** Cloud-only or hybrid, with what that means for a reset, and the other systems that need the password. */
export function EnvironmentCard({ overview, writeback }: { overview: Plan['overview']; writeback: boolean }) {
  const styles = useStyles();
  const save = useSave();
  const hybrid = overview.environment === 'hybrid';
  return (
    <FormCard title={s.cards.environment.title} description={s.cards.environment.description} fieldsClassName={styles.fields}>
      <PlanField field="overview.environment" label={s.environment.label}>
        <RadioGroup
          layout="horizontal"
          value={overview.environment}
          onChange={(_, data) => {
            const next = ENVIRONMENTS.find((e) => e === data.value);
            if (next) void save('overview.environment', next);
          }}
        >
          {ENVIRONMENTS.map((e) => (
            <Radio key={e} value={e} label={s.environment[e]} />
          ))}
        </RadioGroup>
      </PlanField>
      <div className={styles.explain} aria-live="polite">
        <Text className={styles.muted}>{hybrid ? s.environment.hybridExplain : s.environment.cloudExplain}</Text>
        {hybrid && <WritebackStatus writeback={writeback} />}
      </div>
      <IdentitySystemsList systems={overview.otherIdentitySystems} />
    </FormCard>
  );
}
