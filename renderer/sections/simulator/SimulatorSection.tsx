import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { appStrings } from '../../app/strings';
import { GeneralFindings } from '../../components/GeneralFindings';
import { SectionPage } from '../../components/SectionPage';
import { SectionTabs } from '../../components/SectionTabs';
import { findingsOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { ScenarioTab } from './scenario/ScenarioTab';
import { simulatorStrings as s, type SimulatorTab } from './strings';
import { NoTenant } from './NoTenant';
import { SweepTab } from './sweep/SweepTab';
import { TryItTab } from './tryIt/TryItTab';

const TABS: SimulatorTab[] = ['sweep', 'tryIt', 'scenario'];

/**
 * The policy run against the imported users: the whole tenant on a date, one user's walk through
 * the reset portal, and testers' scenario files. Every verdict comes from the engine over the API.
 */
export function SimulatorSection() {
  const findings = useAppStore(useShallow((st) => findingsOf(st.findings, 'simulator')));
  const users = useAppStore((st) => st.tenantUsers);
  const [tab, setTab] = useState<SimulatorTab>('sweep');
  return (
    <SectionPage title={appStrings.sectionTitles.simulator} intro={s.intro}>
      <GeneralFindings findings={findings} heading={s.findingsHeading} label={s.findingsLabel} />
      <SectionTabs<SimulatorTab> tabs={TABS} labels={s.tabs} selected={tab} onSelect={setTab} ariaLabel={s.tabsLabel}>
        {/* Scenario files may bring their own users, so only the other two views need an import. */}
        {tab === 'sweep' && (users === 0 ? <NoTenant /> : <SweepTab />)}
        {tab === 'tryIt' && (users === 0 ? <NoTenant /> : <TryItTab />)}
        {tab === 'scenario' && <ScenarioTab />}
      </SectionTabs>
    </SectionPage>
  );
}
