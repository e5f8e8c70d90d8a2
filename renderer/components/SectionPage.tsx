import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

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
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '760px' },
});

/** The common frame of a section: its title, a short introduction, then the section's content. */
export function SectionPage({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <div className={styles.heading}>
        <Text as="h2" size={700} weight="semibold">
          {title}
        </Text>
        <Text as="p" size={300} className={styles.intro}>
          {intro}
        </Text>
      </div>
      {children}
    </div>
  );
}
