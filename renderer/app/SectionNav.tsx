import { CounterBadge, makeStyles, NavDrawer, NavDrawerBody, NavItem, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import { useShallow } from 'zustand/react/shallow';
import { useMemo } from 'react';
import { completenessOf, type Completeness } from '../../shared/plan/completeness';
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
  partial: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, fontVariantNumeric: 'tabular-nums' },
  complete: { color: tokens.colorPaletteGreenForeground1, display: 'inline-flex' },
});

/** "7/9" filled in; full sections get a check mark instead. */
function CompletenessMark({ mark }: { mark: Completeness | undefined }) {
  const styles = useStyles();
  if (!mark || mark.total === 0) return null;
  const complete = mark.done === mark.total;
  return (
    <span className={complete ? styles.complete : styles.partial} aria-label={appStrings.completeness(mark.done, mark.total)}>
      {complete ? <CheckmarkCircleFilled fontSize={16} aria-hidden /> : `${mark.done}/${mark.total}`}
    </span>
  );
}

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
  const plan = useAppStore((s) => s.plan);
  // Once per plan for all sections, not once per navigation entry on every store change.
  const completeness: Partial<Record<SectionId, Completeness>> = useMemo(() => (plan ? completenessOf(plan) : {}), [plan]);
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
                <CompletenessMark mark={completeness[id]} />
                <FindingBadge section={id} />
              </span>
            </NavItem>
          );
        })}
      </NavDrawerBody>
    </NavDrawer>
  );
}
