import { Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  card: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, gap: tokens.spacingVerticalM },
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  description: { color: tokens.colorNeutralForeground3, maxWidth: '820px' },
});

/**
 * One area of a section as a titled card (a named region), like Configuration's area cards.
 * `field` marks the plan path the card edits, so "go to field" can land on it.
 */
export function SectionCard({
  id,
  title,
  description,
  field,
  className,
  children,
}: {
  /** Stable id for the heading; a generated one by default. */
  id?: string;
  title: string;
  description?: ReactNode;
  field?: string;
  className?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const generatedId = useId();
  const headingId = `${id ?? generatedId}-heading`;
  return (
    <Card className={mergeClasses(styles.card, className)} role="region" aria-labelledby={headingId} data-field={field}>
      <div className={styles.head}>
        <Text as="h3" id={headingId} size={500} weight="semibold">
          {title}
        </Text>
        {description && (
          <Text size={200} className={styles.description}>
            {description}
          </Text>
        )}
      </div>
      {children}
    </Card>
  );
}
