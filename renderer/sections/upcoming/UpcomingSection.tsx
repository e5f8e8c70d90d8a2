import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useShallow } from 'zustand/react/shallow';
import { appStrings } from '../../app/strings';
import { FindingList } from '../../components/FindingList';
import { SectionPage } from '../../components/SectionPage';
import { findingsOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { upcomingStrings, type UpcomingSectionId } from './strings';

const useStyles = makeStyles({
  findings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  none: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
});

/** A section whose editor is not built yet: what it will hold, and the plan's real findings for it. */
export function UpcomingSection({ section }: { section: UpcomingSectionId }) {
  const styles = useStyles();
  const findings = useAppStore(useShallow((s) => findingsOf(s.findings, section)));
  const title = appStrings.sectionTitles[section];
  return (
    <SectionPage title={title} intro={`${upcomingStrings.coming[section]} ${upcomingStrings.laterVersion}`}>
      <section className={styles.findings}>
        <Text as="h3" size={500} weight="semibold">
          {upcomingStrings.findingsHeading}
        </Text>
        {findings.length === 0 ? (
          <div className={styles.none}>
            <CheckmarkCircleRegular className={styles.ok} fontSize={20} />
            <Text>{upcomingStrings.noFindings}</Text>
          </div>
        ) : (
          <FindingList findings={findings} label={upcomingStrings.findingsLabel(title)} />
        )}
      </section>
    </SectionPage>
  );
}
