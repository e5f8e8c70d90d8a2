import { Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  card: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, gap: tokens.spacingVerticalL },
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  description: { color: tokens.colorNeutralForeground3 },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    alignItems: 'start',
  },
});

/**
 * A titled card that groups the fields of one area; a region named by its title, so screen readers
 * can jump between areas. Fields flow into as many columns as fit.
 */
export function FormCard({
  title,
  description,
  children,
  className,
  fieldsClassName,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
  fieldsClassName?: string;
}) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <Card className={mergeClasses(styles.card, className)} role="region" aria-labelledby={headingId}>
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
      <div className={mergeClasses(styles.fields, fieldsClassName)}>{children}</div>
    </Card>
  );
}
