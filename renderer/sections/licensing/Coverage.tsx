import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, InfoRegular, WarningFilled } from '@fluentui/react-icons';
import type { Finding } from '../../../shared/plan/findings';
import type { Plan } from '../../../shared/plan/schema';
import { FindingList } from '../../components/FindingList';
import { numberValue, PlanTextInput, useFieldError, validators } from '../../components/fields/inputs';
import { PlanField } from '../../components/fields/PlanField';
import { SectionCard } from '../../components/SectionCard';
import { qualifyingSeats } from '../../../shared/plan/rules/licensing';
import { seatShortfall } from './skus';
import { licensingStrings } from './strings';

const s = licensingStrings.coverage;
const MAX_POPULATION = 100_000_000;

const useStyles = makeStyles({
  figures: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalXL, alignItems: 'start' },
  seats: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  caption: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  status: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  icon: { flexShrink: 0, marginTop: '2px' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  short: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
});

function Status({ seats, population }: { seats: number; population: number }) {
  const styles = useStyles();
  const missing = seatShortfall(seats, population);
  if (population === 0)
    return (
      <div className={styles.status}>
        <InfoRegular className={mergeClasses(styles.icon, styles.info)} fontSize={18} aria-hidden />
        <Text className={styles.muted}>{s.noPopulation}</Text>
      </div>
    );
  return (
    <div className={styles.status} role="status">
      {missing === 0 ? (
        <CheckmarkCircleFilled className={mergeClasses(styles.icon, styles.ok)} fontSize={18} aria-hidden />
      ) : (
        <WarningFilled className={mergeClasses(styles.icon, styles.short)} fontSize={18} aria-hidden />
      )}
      <Text weight="semibold">{missing === 0 ? s.covered(seats, population) : s.short(missing)}</Text>
    </div>
  );
}

/** The population in scope beside the qualifying seats for the plan's environment, and whether they cover it. */
export function Coverage({ plan, findings }: { plan: Plan; findings: Finding[] }) {
  const styles = useStyles();
  const [error, setError] = useFieldError();
  const { environment } = plan.overview;
  const seats = qualifyingSeats(plan);
  const population = plan.licensing.inScopePopulation;
  return (
    <SectionCard id="licensing-coverage" title={s.title} description={s.description}>
      <div className={styles.figures}>
        {/* The findings go under both figures, where a warning has room to read. */}
        <PlanField field="licensing.inScopePopulation" label={s.populationLabel} hint={s.populationHint} error={error} showFindings={false}>
          <PlanTextInput
            path="licensing.inScopePopulation"
            value={String(population)}
            validate={validators.wholeNumber(0, MAX_POPULATION)}
            toValue={numberValue}
            onError={setError}
            inputMode="numeric"
          />
        </PlanField>
        <div className={styles.seats}>
          <Text className={styles.caption}>{s.seatsCaption}</Text>
          <Text size={600} weight="semibold">
            {seats.toLocaleString()}
          </Text>
          <Text size={200} className={styles.muted}>
            {s.environment[environment]}
          </Text>
        </div>
      </div>
      <Status seats={seats} population={population} />
      <FindingList findings={findings} />
    </SectionCard>
  );
}
