import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Finding } from '../../../shared/plan/findings';
import { FindingList } from '../../components/FindingList';
import { useAppStore } from '../../state/store';
import { SectionCard } from '../../components/SectionCard';
import { licensingStrings } from './strings';

const s = licensingStrings.tenant;

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * What the plan's tenant snapshot says about coverage. The snapshot stays in main: the per-user check
 * (uncoveredUsers in shared/plan/rules/licensing.ts) reaches the screen as SSPR-LICENSE-003, passed in here.
 */
export function TenantData({ uncovered }: { uncovered: Finding[] }) {
  const styles = useStyles();
  const users = useAppStore((st) => st.tenantUsers);
  return (
    <SectionCard id="licensing-tenant" title={s.title}>
      {users === 0 ? (
        <Text>{s.empty}</Text>
      ) : (
        <>
          <Text weight="semibold">{s.users(users)}</Text>
          {uncovered.length === 0 ? <Text>{s.allCovered}</Text> : <Text>{s.uncovered}</Text>}
          <FindingList findings={uncovered} />
        </>
      )}
      <Text size={200} className={styles.muted}>
        {s.later}
      </Text>
    </SectionCard>
  );
}
