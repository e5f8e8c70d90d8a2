import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Finding } from '../../shared/plan/findings';
import { FindingList } from './FindingList';

const useStyles = makeStyles({
  general: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * The findings of a section that no field on screen shows, at the top of the section. `locate`
 * adds "Go to field" where the field lives elsewhere.
 */
export function GeneralFindings({
  findings,
  heading,
  label,
  locate = true,
}: {
  findings: readonly Finding[];
  heading: string;
  label: string;
  locate?: boolean;
}) {
  const styles = useStyles();
  if (findings.length === 0) return null;
  return (
    <section className={styles.general}>
      <Text as="h3" size={400} weight="semibold">
        {heading}
      </Text>
      <FindingList findings={findings} label={label} locate={locate} />
    </section>
  );
}
