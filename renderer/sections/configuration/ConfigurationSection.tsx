import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useShallow } from 'zustand/react/shallow';
import { appStrings } from '../../app/strings';
import { FindingList } from '../../components/FindingList';
import { SectionPage } from '../../components/SectionPage';
import { findingsOf, pointsAt } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { AREAS, ROW_FIELDS } from './areas';
import { AreaCard } from './AreaCard';
import { configStrings } from './strings';

const useStyles = makeStyles({
  general: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  areas: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The policy table with recommendations and inline findings; findings that fit no row go on top. */
export function ConfigurationSection() {
  const styles = useStyles();
  const plan = useAppStore((s) => s.plan);
  const findings = useAppStore(useShallow((s) => findingsOf(s.findings, 'configuration')));
  if (!plan) return null;

  const general = findings.filter((f) => !ROW_FIELDS.some((field) => pointsAt(f, field)));

  return (
    <SectionPage title={appStrings.sectionTitles.configuration} intro={configStrings.intro} section="configuration">
      {general.length > 0 && (
        <section className={styles.general}>
          <Text as="h3" size={400} weight="semibold">
            {configStrings.generalFindingsHeading}
          </Text>
          <FindingList findings={general} label={configStrings.generalFindingsLabel} />
        </section>
      )}
      <div className={styles.areas}>
        {AREAS.map((area) => (
          <AreaCard key={area.id} area={area} plan={plan} findings={findings} />
        ))}
      </div>
    </SectionPage>
  );
}
