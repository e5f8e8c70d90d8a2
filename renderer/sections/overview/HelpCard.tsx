import type { Plan } from '../../../shared/plan/schema';
import { PlanField } from '../../components/fields/PlanField';
import { PlanTextInput, useFieldError, validators } from '../../components/fields/inputs';
import { FormCard } from './FormCard';
import { overviewStrings as s } from './strings';

/** The password landing page (https only) and the help-desk contact. */
export function HelpCard({ overview }: { overview: Plan['overview'] }) {
  const [urlError, setUrlError] = useFieldError();
  return (
    <FormCard title={s.cards.help.title} description={s.cards.help.description}>
      <PlanField field="overview.landingPageUrl" label={s.landingPage.label} hint={s.landingPage.hint} error={urlError}>
        <PlanTextInput
          path="overview.landingPageUrl"
          value={overview.landingPageUrl}
          type="url"
          placeholder={s.landingPage.placeholder}
          validate={validators.https}
          onError={setUrlError}
        />
      </PlanField>
      <PlanField field="overview.helpdeskContact" label={s.helpdesk.label} hint={s.helpdesk.hint}>
        <PlanTextInput path="overview.helpdeskContact" value={overview.helpdeskContact} placeholder={s.helpdesk.placeholder} />
      </PlanField>
    </FormCard>
  );
}
