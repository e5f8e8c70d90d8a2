import { makeStyles, tokens } from '@fluentui/react-components';
import type { Plan } from '../../../shared/plan/schema';
import { PlanField } from '../../components/fields/PlanField';
import { dateValue, PlanTextInput, useFieldError, validators } from '../../components/fields/inputs';
import { FormCard } from './FormCard';
import { overviewStrings as s } from './strings';

const useStyles = makeStyles({
  fields: { gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', columnGap: tokens.spacingHorizontalXL },
});

type DateKey = 'pilotStart' | 'launch' | 'fullRollout';
const ORDER: DateKey[] = ['pilotStart', 'launch', 'fullRollout'];

/** The closest date on one side of `key` that is set, with its name for the message. */
function neighbour(overview: Plan['overview'], key: DateKey, step: -1 | 1): [string | null, string] | undefined {
  for (let i = ORDER.indexOf(key) + step; i >= 0 && i < ORDER.length; i += step) {
    const date = overview[ORDER[i]];
    if (date !== null) return [date, s.dates[ORDER[i]].name];
  }
  return undefined;
}

function DateField({ overview, field }: { overview: Plan['overview']; field: DateKey }) {
  const [error, setError] = useFieldError();
  const validate = validators.date({ notBefore: neighbour(overview, field, -1), notAfter: neighbour(overview, field, 1) });
  return (
    <PlanField field={`overview.${field}`} label={s.dates[field].label} error={error}>
      <PlanTextInput
        path={`overview.${field}`}
        value={overview[field] ?? ''}
        type="date"
        validate={validate}
        toValue={dateValue}
        onError={setError}
      />
    </PlanField>
  );
}

/** Pilot start ≤ launch ≤ full rollout; a date that breaks the order is refused at its field. */
export function KeyDatesCard({ overview }: { overview: Plan['overview'] }) {
  const styles = useStyles();
  return (
    <FormCard title={s.cards.dates.title} description={s.cards.dates.description} fieldsClassName={styles.fields}>
      {ORDER.map((key) => (
        <DateField key={key} overview={overview} field={key} />
      ))}
    </FormCard>
  );
}
