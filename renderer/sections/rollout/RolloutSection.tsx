import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { appStrings } from '../../app/strings';
import { SectionPage } from '../../components/SectionPage';
import { SectionTabs } from '../../components/SectionTabs';
import { findingsOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { ChecklistTab } from './checklist/ChecklistTab';
import { ForecastTab } from './forecast/ForecastTab';
import { tabForField, type RolloutTab } from './phaseOps';
import { PhasesTab } from './phases/PhasesTab';
import { ReadinessTab } from './readiness/ReadinessTab';
import { rolloutStrings as s } from './strings';
import { GeneralFindings } from '../../components/GeneralFindings';

const TABS: RolloutTab[] = ['readiness', 'phases', 'checklist', 'forecast'];

/** Fields with a control of their own in the Phases or Forecast tab; other rollout findings are listed on top. */
const FIELD_WITH_CONTROL = /^(rollout\.phases\.\d+\.(name|kind|group|start|end|exitCriteria)|forecast\.\w+)(\.|$)/;

/**
 * The Rollout section: the go / no-go dashboard, the phases and their campaign sends, the
 * implementation checklist and the adoption forecast. "Go to field" on a rollout finding opens the
 * tab that holds the field.
 */
export function RolloutSection() {
  const plan = useAppStore((s) => s.plan);
  const findings = useAppStore(useShallow((s) => findingsOf(s.findings, 'rollout')));
  const wanted = useAppStore((s) => tabForField(s.pendingFocus));
  const [tab, setTab] = useState<RolloutTab>(wanted ?? 'readiness');
  // Switch during render, so the field is in the document when the pending focus is applied.
  if (wanted && wanted !== tab) setTab(wanted);
  if (!plan) return null;

  const general = findings.filter((f) => !FIELD_WITH_CONTROL.test(f.field));

  return (
    <SectionPage title={appStrings.sectionTitles.rollout} intro={s.intro} section="rollout">
      <GeneralFindings findings={general} heading={s.generalFindingsHeading} label={s.generalFindingsLabel} />
      <SectionTabs<RolloutTab> tabs={TABS} labels={s.tabs} selected={tab} onSelect={setTab} ariaLabel={s.tabsLabel}>
        {tab === 'readiness' && <ReadinessTab plan={plan} />}
        {tab === 'phases' && <PhasesTab plan={plan} />}
        {tab === 'checklist' && <ChecklistTab plan={plan} />}
        {tab === 'forecast' && <ForecastTab plan={plan} />}
      </SectionTabs>
    </SectionPage>
  );
}
