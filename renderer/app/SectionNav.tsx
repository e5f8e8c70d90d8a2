import { CounterBadge, makeStyles, NavDrawer, NavDrawerBody, NavItem, tokens } from '@fluentui/react-components';
import { useShallow } from 'zustand/react/shallow';
import { SECTION_IDS, type SectionId } from '../../shared/plan/findings';
import { hashForSection } from '../state/hashRoute';
import { countFindings } from '../state/selectors';
import { useAppStore } from '../state/store';
import { SECTION_ICONS } from './sectionIcons';
import { appStrings } from './strings';

const useStyles = makeStyles({
  drawer: {
    width: '232px',
    flexShrink: 0,
    height: '100%',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 1000px)': { width: '200px' },
  },
  body: { paddingTop: tokens.spacingVerticalM },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

function FindingBadge({ section }: { section: SectionId }) {
  const { total, errors } = useAppStore(useShallow((s) => countFindings(s.findings, section)));
  if (total === 0) return null;
  return (
    <CounterBadge
      count={total}
      size="small"
      color={errors > 0 ? 'danger' : 'informative'}
      aria-label={appStrings.findingBadge(total, errors)}
    />
  );
}

/** The sections in plan order; each links to its hash so reload and back/forward keep the place. */
export function SectionNav() {
  const styles = useStyles();
  const section = useAppStore((s) => s.section);
  return (
    // No slide-in: the navigation is part of the frame, not a panel the user opened.
    <NavDrawer
      open
      type="inline"
      surfaceMotion={null}
      selectedValue={section}
      className={styles.drawer}
      aria-label={appStrings.navLabel}
    >
      <NavDrawerBody className={styles.body}>
        {SECTION_IDS.map((id) => {
          const Icon = SECTION_ICONS[id];
          return (
            <NavItem key={id} value={id} href={hashForSection(id)} icon={<Icon fontSize={20} />}>
              <span className={styles.item}>
                <span className={styles.label}>{appStrings.sectionTitles[id]}</span>
                <FindingBadge section={id} />
              </span>
            </NavItem>
          );
        })}
      </NavDrawerBody>
    </NavDrawer>
  );
}
