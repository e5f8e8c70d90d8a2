import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { SectionCard } from '../../components/SectionCard';

const useStyles = makeStyles({
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    alignItems: 'start',
  },
});

/** A section card whose fields flow into as many columns as fit. */
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
  return (
    <SectionCard title={title} description={description} className={className}>
      <div className={mergeClasses(styles.fields, fieldsClassName)}>{children}</div>
    </SectionCard>
  );
}
