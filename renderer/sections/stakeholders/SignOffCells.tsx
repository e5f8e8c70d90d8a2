import { Field, Select } from '@fluentui/react-components';
import type { Stakeholder } from '../../../shared/plan/schema';
import { dateValue, PlanTextInput, useFieldError, validators } from '../../components/fields/inputs';
import { stakeholderStrings as s } from './strings';

const SIGN_OFFS = ['pending', 'signed', 'declined'] as const satisfies readonly Stakeholder['signOff'][];

export function SignOffSelect({ value, name, onChange }: { value: Stakeholder['signOff']; name: string; onChange(next: Stakeholder['signOff']): void }) {
  return (
    <Select
      value={value}
      aria-label={s.signOffLabel(name)}
      onChange={(_, data) => {
        const next = SIGN_OFFS.find((o) => o === data.value);
        if (next) onChange(next);
      }}
    >
      {SIGN_OFFS.map((o) => (
        <option key={o} value={o}>
          {s.signOffs[o]}
        </option>
      ))}
    </Select>
  );
}

/** The sign-off date, editable; a cleared input stores no date. */
export function SignOffDate({ index, value, name }: { index: number; value: string | null; name: string }) {
  const [error, setError] = useFieldError();
  return (
    <Field validationState={error ? 'error' : 'none'} validationMessage={error ?? undefined}>
      <PlanTextInput
        path={`stakeholders.${index}.signOffDate`}
        value={value ?? ''}
        type="date"
        ariaLabel={s.signOffDateLabel(name)}
        validate={validators.date()}
        toValue={dateValue}
        onError={setError}
      />
    </Field>
  );
}
