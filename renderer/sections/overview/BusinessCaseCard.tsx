import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { MoneyRegular } from '@fluentui/react-icons';
import type { Plan } from '../../../shared/plan/schema';
import { PlanField } from '../../components/fields/PlanField';
import { numberValue, PlanSelect, PlanTextInput, useFieldError, validators } from '../../components/fields/inputs';
import { baselineCost, currencyCodes, currencyName, formatMoney } from './baseline';
import { FormCard } from './FormCard';
import { overviewStrings } from './strings';

const s = overviewStrings.businessCase;
// The plan schema's upper bounds.
const MAX_CALLS = 10_000_000;
const MAX_COST = 100_000;

const useStyles = makeStyles({
  baseline: {
    gridColumn: '1 / -1',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  icon: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

function BaselineLine({ businessCase }: { businessCase: Plan['businessCase'] }) {
  const styles = useStyles();
  const cost = baselineCost(businessCase.passwordCallsPerMonth, businessCase.costPerCall);
  return (
    <div className={styles.baseline} role="status" aria-live="polite">
      <MoneyRegular className={styles.icon} fontSize={20} aria-hidden />
      <Text>
        {cost
          ? s.baseline(formatMoney(cost.monthly, businessCase.currency), formatMoney(cost.yearly, businessCase.currency))
          : s.baselineEmpty}
      </Text>
    </div>
  );
}

/** Password calls per month, the cost of one call and its currency, and what that adds up to. */
export function BusinessCaseCard({ businessCase }: { businessCase: Plan['businessCase'] }) {
  const [callsError, setCallsError] = useFieldError();
  const [costError, setCostError] = useFieldError();
  return (
    <FormCard title={overviewStrings.cards.businessCase.title} description={overviewStrings.cards.businessCase.description}>
      <PlanField field="businessCase.passwordCallsPerMonth" label={s.calls.label} hint={s.calls.hint} error={callsError}>
        <PlanTextInput
          path="businessCase.passwordCallsPerMonth"
          value={String(businessCase.passwordCallsPerMonth)}
          inputMode="numeric"
          validate={validators.wholeNumber(0, MAX_CALLS)}
          toValue={numberValue}
          onError={setCallsError}
        />
      </PlanField>
      <PlanField field="businessCase.costPerCall" label={s.cost.label} hint={s.cost.hint} error={costError}>
        <PlanTextInput
          path="businessCase.costPerCall"
          value={String(businessCase.costPerCall)}
          inputMode="decimal"
          validate={validators.amount(MAX_COST)}
          toValue={numberValue}
          onError={setCostError}
        />
      </PlanField>
      <PlanField field="businessCase.currency" label={s.currency.label}>
        <PlanSelect
          path="businessCase.currency"
          value={businessCase.currency}
          options={currencyCodes(businessCase.currency).map((code) => ({ value: code, label: s.currencyOption(code, currencyName(code)) }))}
        />
      </PlanField>
      <BaselineLine businessCase={businessCase} />
    </FormCard>
  );
}
