import { useEffect, type ComponentType } from 'react';
import type { SectionId } from '../../shared/plan/findings';
import { sectionOfPath } from '../../shared/plan/sectionOf';
import { CommunicationsSection } from '../sections/communications/CommunicationsSection';
import { ConfigurationSection } from '../sections/configuration/ConfigurationSection';
import { LicensingSection } from '../sections/licensing/LicensingSection';
import { OverviewSection } from '../sections/overview/OverviewSection';
import { ReportingSection } from '../sections/reporting/ReportingSection';
import { RolloutSection } from '../sections/rollout/RolloutSection';
import { SimulatorSection } from '../sections/simulator/SimulatorSection';
import { StakeholdersSection } from '../sections/stakeholders/StakeholdersSection';
import { SupportSection } from '../sections/support/SupportSection';
import { TestingSection } from '../sections/testing/TestingSection';
import { useAppStore } from '../state/store';
import { focusField } from './focusField';

/** Every section's editor. */
const EDITORS: Record<SectionId, ComponentType> = {
  overview: OverviewSection,
  stakeholders: StakeholdersSection,
  licensing: LicensingSection,
  configuration: ConfigurationSection,
  testing: TestingSection,
  support: SupportSection,
  reporting: ReportingSection,
  rollout: RolloutSection,
  communications: CommunicationsSection,
  simulator: SimulatorSection,
};

/** Focuses a field a finding pointed at, once its section is on screen. */
function usePendingFocus(): void {
  const pendingFocus = useAppStore((s) => s.pendingFocus);
  const section = useAppStore((s) => s.section);
  const clearPendingFocus = useAppStore((s) => s.clearPendingFocus);
  useEffect(() => {
    // Until the hash change has switched sections, the field is not on screen yet.
    if (pendingFocus === null || sectionOfPath(pendingFocus) !== section) return;
    // The section renders in this commit; wait one frame so its controls are in the document.
    const frame = requestAnimationFrame(() => {
      focusField(pendingFocus);
      clearPendingFocus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pendingFocus, section, clearPendingFocus]);
}

export function SectionContent() {
  const section = useAppStore((s) => s.section);
  usePendingFocus();
  const Editor = EDITORS[section];
  return <Editor key={section} />;
}
