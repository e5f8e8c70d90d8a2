import { makeStyles, tokens } from '@fluentui/react-components';
import { useShallow } from 'zustand/react/shallow';
import { appStrings } from '../../app/strings';
import { SectionPage } from '../../components/SectionPage';
import { findingsOf, pointsAt } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { Coverage } from './Coverage';
import { LicensedGroups } from './LicensedGroups';
import { SkuTable } from './SkuTable';
import { licensingStrings } from './strings';
import { TenantData } from './TenantData';
import { GeneralFindings } from '../../components/GeneralFindings';

const useStyles = makeStyles({
  top: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1.4fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
});

/** The per-user check of tenant data; shown on the Tenant data card rather than on the SKU table. */
const TENANT_CODE = 'SSPR-LICENSE-003';
/** Plan paths that have a place on this page; findings elsewhere are listed at the top. */
const PLACED = ['licensing.skus', 'licensing.inScopePopulation', 'licensing.licensedGroups'];

/** Qualifying SKUs and seats, the population in scope, licensed groups, and what tenant data says. */
export function LicensingSection() {
  const styles = useStyles();
  const plan = useAppStore((s) => s.plan);
  const findings = useAppStore(useShallow((s) => findingsOf(s.findings, 'licensing')));
  if (!plan) return null;

  const tenant = findings.filter((f) => f.code === TENANT_CODE);
  const general = findings.filter((f) => f.code !== TENANT_CODE && !PLACED.some((field) => pointsAt(f, field)));
  const at = (field: string) => findings.filter((f) => f.code !== TENANT_CODE && pointsAt(f, field));

  return (
    <SectionPage title={appStrings.sectionTitles.licensing} intro={licensingStrings.intro} section="licensing">
      <GeneralFindings findings={general} heading={licensingStrings.generalFindingsHeading} label={licensingStrings.generalFindingsLabel} />
      <div className={styles.top}>
        <Coverage plan={plan} findings={at('licensing.inScopePopulation')} />
        <TenantData uncovered={tenant} />
      </div>
      <SkuTable licensing={plan.licensing} findings={at('licensing.skus')} />
      <LicensedGroups licensing={plan.licensing} findings={at('licensing.licensedGroups')} />
    </SectionPage>
  );
}
