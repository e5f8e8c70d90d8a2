import { makeStyles, tokens } from '@fluentui/react-components';
import { useShallow } from 'zustand/react/shallow';
import { businessCaseSchema, overviewSchema } from '../../../shared/plan/schema';
import { appStrings } from '../../app/strings';
import { SectionPage } from '../../components/SectionPage';
import { findingsOf, pointsAt } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { BusinessCaseCard } from './BusinessCaseCard';
import { EnvironmentCard } from './EnvironmentCard';
import { HelpCard } from './HelpCard';
import { KeyDatesCard } from './KeyDatesCard';
import { OrganizationCard } from './OrganizationCard';
import { overviewStrings } from './strings';
import { GeneralFindings } from '../../components/GeneralFindings';

/** Every field the cards show (all of overview and businessCase), each with its findings beside it. */
const CARD_FIELDS = [
  ...Object.keys(overviewSchema.shape).map((key) => `overview.${key}`),
  ...Object.keys(businessCaseSchema.shape).map((key) => `businessCase.${key}`),
];

const useStyles = makeStyles({
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The organization, its environment, key dates, help and the business-case baseline, as cards. */
export function OverviewSection() {
  const styles = useStyles();
  const plan = useAppStore((st) => st.plan);
  const findings = useAppStore(useShallow((st) => findingsOf(st.findings, 'overview')));
  if (!plan) return null;

  // Findings no card shows beside a field go on top, with a way to the closest field.
  const general = findings.filter((f) => !CARD_FIELDS.some((field) => pointsAt(f, field)));

  return (
    <SectionPage title={appStrings.sectionTitles.overview} intro={overviewStrings.intro} section="overview">
      <GeneralFindings findings={general} heading={overviewStrings.generalFindingsHeading} label={overviewStrings.generalFindingsLabel} />
      <div className={styles.cards}>
        <OrganizationCard overview={plan.overview} />
        <EnvironmentCard overview={plan.overview} writeback={plan.policy.writeback} />
        <KeyDatesCard overview={plan.overview} />
        <HelpCard overview={plan.overview} />
        <BusinessCaseCard businessCase={plan.businessCase} />
      </div>
    </SectionPage>
  );
}
