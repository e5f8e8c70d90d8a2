import { makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../shared/plan/findings';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
});

/** Findings as a list; renders nothing when there are none. */
export function FindingList({ findings, label, locate = false }: { findings: readonly Finding[]; label?: string; locate?: boolean }) {
  const styles = useStyles();
  if (findings.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {findings.map((f, i) => (
        <li key={`${f.code}:${f.field}:${i}`}>
          <FindingItem finding={f} locate={locate} />
        </li>
      ))}
    </ul>
  );
}
