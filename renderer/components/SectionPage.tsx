import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { SectionId } from '../../shared/plan/findings';
import { UndoRedo } from './UndoRedo';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    width: '100%',
    maxWidth: '1120px',
    marginInline: 'auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    boxSizing: 'border-box',
    '@media (max-width: 1000px)': { padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}` },
  },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  titleRow: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '760px' },
});

/**
 * The common frame of a section: its title (with undo and redo when the section edits the plan),
 * a short introduction, then the section's content.
 */
export function SectionPage({
  title,
  intro,
  children,
  section,
}: {
  title: string;
  intro: ReactNode;
  children: ReactNode;
  /** Set for sections that edit the plan: shows their undo and redo. */
  section?: SectionId;
}) {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <div className={styles.heading}>
        <div className={styles.titleRow}>
          <Text as="h2" size={700} weight="semibold">
            {title}
          </Text>
          {section && <UndoRedo section={section} title={title} />}
        </div>
        <Text as="p" size={300} className={styles.intro}>
          {intro}
        </Text>
      </div>
      {children}
    </div>
  );
}
