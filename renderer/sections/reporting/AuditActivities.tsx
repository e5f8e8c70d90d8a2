import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { SectionCard } from '../../components/SectionCard';
import { reportingStrings } from './strings';

const s = reportingStrings.activities;

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(340px, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  name: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  meaning: { color: tokens.colorNeutralForeground2 },
});

/** The Entra audit activities of sspr-domain.md §9 that a backup should carry, each with what it means. */
export function AuditActivities() {
  const styles = useStyles();
  return (
    <SectionCard id="reporting-activities" title={s.title} description={s.description}>
      <ul className={styles.list} aria-label={s.listLabel}>
        {s.items.map((item) => (
          <li key={item.name} className={styles.item}>
            <Text weight="semibold" className={styles.name}>
              {item.name}
            </Text>
            <Text size={200} className={styles.meaning}>
              {item.meaning}
            </Text>
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}
