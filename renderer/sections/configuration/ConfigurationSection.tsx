import { makeStyles, tokens } from '@fluentui/react-components';
import { useShallow } from 'zustand/react/shallow';
import { appStrings } from '../../app/strings';
import { SectionPage } from '../../components/SectionPage';
import { findingsOf, pointsAt } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { AREAS, ROW_FIELDS } from './areas';
import { AreaCard } from './AreaCard';
import { configStrings } from './strings';
import { GeneralFindings } from '../../components/GeneralFindings';

const useStyles = makeStyles({
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
      <GeneralFindings findings={general} heading={configStrings.generalFindingsHeading} label={configStrings.generalFindingsLabel} locate={false} />
      <div className={styles.areas}>
        {AREAS.map((area) => (
          <AreaCard key={area.id} area={area} plan={plan} findings={findings} />
        ))}
      </div>
    </SectionPage>
  );
}
