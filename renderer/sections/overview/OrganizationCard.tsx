import type { Plan } from '../../../shared/plan/schema';
import { PlanField } from '../../components/fields/PlanField';
import { PlanTextInput } from '../../components/fields/inputs';
import { FormCard } from './FormCard';
import { overviewStrings as s } from './strings';

/** The organization's name and its tenant domain. */
export function OrganizationCard({ overview }: { overview: Plan['overview'] }) {
  return (
    <FormCard title={s.cards.organization.title} description={s.cards.organization.description}>
      <PlanField field="overview.organization" label={s.organization.label} required>
        <PlanTextInput path="overview.organization" value={overview.organization} placeholder={s.organization.placeholder} />
      </PlanField>
      <PlanField field="overview.tenantDomain" label={s.tenantDomain.label} hint={s.tenantDomain.hint}>
        <PlanTextInput path="overview.tenantDomain" value={overview.tenantDomain} placeholder={s.tenantDomain.placeholder} />
      </PlanField>
    </FormCard>
  );
}
