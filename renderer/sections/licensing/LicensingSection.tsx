import { makeStyles, tokens } from '@fluentui/react-components';
import { useLayoutEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { appStrings } from '../../app/strings';
import { GeneralFindings } from '../../components/GeneralFindings';
import { SectionPage } from '../../components/SectionPage';
import { SectionTabs } from '../../components/SectionTabs';
import { findingsOf, pointsAt } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { LicensingTab } from '../../state/tenantSlice';
import { CoverageTab } from './coverage/CoverageTab';
import { Coverage } from './Coverage';
import { LicensedGroups } from './LicensedGroups';
import { SkuTable } from './SkuTable';
import { licensingStrings } from './strings';
import { TenantTab } from './tenant/TenantTab';
import { TenantData } from './TenantData';

const useStyles = makeStyles({
  top: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1.4fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
});

const TABS: LicensingTab[] = ['licenses', 'tenant', 'coverage'];

/** The per-user check of tenant data; shown on the Tenant data card rather than on the SKU table. */
const TENANT_CODE = 'SSPR-LICENSE-003';
/** Plan paths that have a place on this page; findings elsewhere are listed at the top. */
const PLACED = ['licensing.skus', 'licensing.inScopePopulation', 'licensing.licensedGroups'];

/**
 * Qualifying SKUs and seats, the population in scope and licensed groups; the import of the
 * organization's exports; and coverage person by person. Every licensing field lives on the first
 * view, so "go to field" opens that one.
 */
export function LicensingSection() {
  const styles = useStyles();
  const plan = useAppStore((s) => s.plan);
  const findings = useAppStore(useShallow((s) => findingsOf(s.findings, 'licensing')));
  const tab = useAppStore((s) => s.licensingTab);
  const setTab = useAppStore((s) => s.setLicensingTab);
  const wantsField = useAppStore((s) => s.pendingFocus?.startsWith('licensing.') ?? false);
  // Before paint and before the pending focus is applied, so the field is there to take it.
  useLayoutEffect(() => {
    if (wantsField && tab !== 'licenses') setTab('licenses');
  }, [wantsField, tab, setTab]);
  if (!plan) return null;

  const tenant = findings.filter((f) => f.code === TENANT_CODE);
  const general = findings.filter((f) => f.code !== TENANT_CODE && !PLACED.some((field) => pointsAt(f, field)));
  const at = (field: string) => findings.filter((f) => f.code !== TENANT_CODE && pointsAt(f, field));

  return (
    <SectionPage title={appStrings.sectionTitles.licensing} intro={licensingStrings.intro} section="licensing">
      <GeneralFindings findings={general} heading={licensingStrings.generalFindingsHeading} label={licensingStrings.generalFindingsLabel} />
      <SectionTabs<LicensingTab> tabs={TABS} labels={licensingStrings.tabs} selected={tab} onSelect={setTab} ariaLabel={licensingStrings.tabsLabel}>
        {tab === 'licenses' && (
          <>
            <div className={styles.top}>
              <Coverage plan={plan} findings={at('licensing.inScopePopulation')} />
              <TenantData uncovered={tenant} />
            </div>
            <SkuTable licensing={plan.licensing} findings={at('licensing.skus')} />
            <LicensedGroups licensing={plan.licensing} findings={at('licensing.licensedGroups')} />
          </>
        )}
        {tab === 'tenant' && <TenantTab />}
        {tab === 'coverage' && <CoverageTab skus={plan.licensing.skus} />}
      </SectionTabs>
    </SectionPage>
  );
}
