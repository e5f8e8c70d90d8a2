import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular, PeopleListRegular } from '@fluentui/react-icons';
import type { Finding } from '../../../shared/plan/findings';
import { FindingList } from '../../components/FindingList';
import { SectionCard } from '../../components/SectionCard';
import { useAppStore } from '../../state/store';
import { licensingStrings } from './strings';

const s = licensingStrings.tenant;

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * What the plan's tenant snapshot says about coverage, with the way to the import and the report.
 * The per-user check reaches the screen as SSPR-LICENSE-003, passed in here.
 */
export function TenantData({ uncovered }: { uncovered: Finding[] }) {
  const styles = useStyles();
  const users = useAppStore((st) => st.tenantUsers);
  const setTab = useAppStore((st) => st.setLicensingTab);
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
      <div className={styles.actions}>
        <Button icon={<ArrowUploadRegular />} appearance={users === 0 ? 'primary' : 'secondary'} onClick={() => setTab('tenant')}>
          {users === 0 ? s.importButton : s.reimportButton}
        </Button>
        {users > 0 && (
          <Button icon={<PeopleListRegular />} onClick={() => setTab('coverage')}>
            {s.coverageButton}
          </Button>
        )}
      </div>
    </SectionCard>
  );
}
