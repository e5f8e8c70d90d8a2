import { useShallow } from 'zustand/react/shallow';
import { appStrings } from '../../app/strings';
import { PlanTextArea } from '../../components/fields/inputs';
import { PlanField } from '../../components/fields/PlanField';
import { SectionPage } from '../../components/SectionPage';
import { findingsOf, pointsAt } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { SectionCard } from '../../components/SectionCard';
import { CheatSheetPreview } from './CheatSheetPreview';
import { RolesTable } from './RolesTable';
import { ScenarioList } from './ScenarioList';
import { supportStrings } from './strings';
import { GeneralFindings } from '../../components/GeneralFindings';

/** Plan paths that have a place on this page; findings elsewhere are listed at the top. */
const PLACED = ['support.scenarios', 'support.roles', 'support.networkAccess'];

/** Support scenarios, roles and network access, with a live preview of the help desk's cheat sheet. */
export function SupportSection() {
  const plan = useAppStore((s) => s.plan);
  const findings = useAppStore(useShallow((s) => findingsOf(s.findings, 'support')));
  if (!plan) return null;

  const general = findings.filter((f) => !PLACED.some((field) => pointsAt(f, field)));
  const at = (field: string) => findings.filter((f) => pointsAt(f, field));
  const net = supportStrings.network;

  return (
    <SectionPage title={appStrings.sectionTitles.support} intro={supportStrings.intro} section="support">
      <GeneralFindings findings={general} heading={supportStrings.generalFindingsHeading} label={supportStrings.generalFindingsLabel} />
      <ScenarioList
        scenarios={plan.support.scenarios}
        roles={[...new Set(plan.support.roles.map((r) => r.businessRole.trim()).filter((r) => r !== ''))]}
        findings={at('support.scenarios')}
      />
      <RolesTable roles={plan.support.roles} findings={at('support.roles')} />
      <SectionCard id="support-network" title={net.title}>
        <PlanField field="support.networkAccess" label={net.label} hint={net.hint}>
          <PlanTextArea path="support.networkAccess" value={plan.support.networkAccess} placeholder={net.placeholder} rows={5} />
        </PlanField>
      </SectionCard>
      <CheatSheetPreview plan={plan} />
    </SectionPage>
  );
}
