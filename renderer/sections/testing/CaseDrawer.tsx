import {
  Button,
  Divider,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { historyOf } from '../../../shared/plan/testMatrix';
import type { SupportScenario, TestRun } from '../../../shared/plan/schema';
import { CaseFields, type CaseMoves } from './CaseFields';
import { CaseSimulationPanel } from './CaseSimulationPanel';
import { CaseText } from './CaseText';
import type { CaseRow } from './matrix';
import { ResultBadge } from './ResultBadge';
import { RunForm } from './RunForm';
import { RunHistory } from './RunHistory';
import { testingStrings } from './strings';
import type { CaseSimulations } from './useCaseSimulation';

const s = testingStrings.drawer;
export type DrawerTab = 'runs' | 'edit';

const useStyles = makeStyles({
  surface: { width: 'min(640px, 100vw)' },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBlock: tokens.spacingVerticalM },
});

/** One case in a side panel: read it, record a run, run it in the simulator, see its history (Runs), or edit it (Edit case). */
export function CaseDrawer({
  row,
  runs,
  scenarios,
  tab,
  onTab,
  moves,
  simulation,
  onClose,
}: {
  row: CaseRow | null;
  runs: readonly TestRun[];
  scenarios: readonly SupportScenario[];
  tab: DrawerTab;
  onTab(tab: DrawerTab): void;
  moves: CaseMoves;
  simulation: CaseSimulations;
  onClose(): void;
}) {
  const styles = useStyles();
  const caseId = row?.testCase.id;
  const history = useMemo(() => (caseId ? historyOf(caseId, runs) : []), [caseId, runs]);
  const title = row ? row.testCase.title.trim() || testingStrings.untitled : '';

  return (
    <OverlayDrawer position="end" className={styles.surface} open={row !== null} onOpenChange={(_, d) => !d.open && onClose()}>
      {row && (
        <>
          <DrawerHeader>
            <DrawerHeaderTitle action={<Button appearance="subtle" aria-label={s.closeLabel} icon={<DismissRegular />} onClick={onClose} />}>
              <span className={styles.titleRow}>
                <Text className={styles.id}>{row.testCase.id}</Text>
                {title}
              </span>
            </DrawerHeaderTitle>
            <div className={styles.titleRow}>
              <ResultBadge result={row.status} />
              <TabList selectedValue={tab} onTabSelect={(_, d) => onTab(d.value as DrawerTab)} aria-label={s.tabsLabel}>
                <Tab value="runs">{s.tabs.runs}</Tab>
                <Tab value="edit">{s.tabs.edit}</Tab>
              </TabList>
            </div>
          </DrawerHeader>
          <DrawerBody>
            {/* "Go to field" on a case (e.g. from the readiness verdict) lands in this panel. */}
            <div className={styles.body} data-field={`testing.cases.${row.index}`}>
              {tab === 'runs' ? (
                <>
                  <CaseText testCase={row.testCase} />
                  <Divider />
                  <RunForm key={row.testCase.id} testCase={row.testCase} scenarios={scenarios} />
                  <Divider />
                  <CaseSimulationPanel
                    sim={simulation.byCase?.get(row.testCase.id)}
                    status={row.status}
                    running={simulation.running}
                    error={simulation.error}
                    onRun={simulation.run}
                  />
                  <Divider />
                  <Text as="h3" size={400} weight="semibold">
                    {testingStrings.history.title}
                  </Text>
                  <RunHistory caseId={row.testCase.id} runs={history} scenarios={scenarios} />
                </>
              ) : (
                <CaseFields key={row.testCase.id} testCase={row.testCase} index={row.index} runs={row.runs} moves={moves} />
              )}
            </div>
          </DrawerBody>
        </>
      )}
    </OverlayDrawer>
  );
}
