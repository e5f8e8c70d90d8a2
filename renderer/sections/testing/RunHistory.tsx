import { Link, makeStyles, Tag, Text, tokens } from '@fluentui/react-components';
import type { SupportScenario, TestRun } from '../../../shared/plan/schema';
import { useAppStore } from '../../state/store';
import { EvidenceItem } from './EvidenceItem';
import { ResultBadge } from './ResultBadge';
import { testingStrings } from './strings';

const s = testingStrings.history;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyle: 'none' },
  run: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  by: { color: tokens.colorNeutralForeground2 },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  label: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  pre: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  evidence: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

function ScenarioLink({ id, scenarios }: { id: string; scenarios: readonly SupportScenario[] }) {
  const goToField = useAppStore((st) => st.goToField);
  const index = scenarios.findIndex((sc) => sc.id === id);
  if (index < 0) return <Text>{s.unknownScenario(id)}</Text>;
  const title = scenarios[index].title.trim() || id;
  return (
    <Link as="button" aria-label={s.goToScenario(title)} onClick={() => goToField(`support.scenarios.${index}`)}>
      {`${id}: ${title}`}
    </Link>
  );
}

/** Every run of a case, newest first: result, who and when, notes, evidence, and failure follow-up. */
export function RunHistory({ caseId, runs, scenarios }: { caseId: string; runs: readonly TestRun[]; scenarios: readonly SupportScenario[] }) {
  const styles = useStyles();
  if (runs.length === 0) return <Text className={styles.muted}>{s.empty}</Text>;
  return (
    <ol className={styles.list} aria-label={s.label(caseId)}>
      {runs.map((run, i) => (
        <li key={run.id} className={styles.run}>
          <div className={styles.head}>
            <ResultBadge result={run.result} />
            <Text className={styles.by}>{s.by(run.tester, testingStrings.when(run.at))}</Text>
            {i === 0 && runs.length > 1 && (
              <Tag size="extra-small" appearance="brand">
                {s.latest}
              </Tag>
            )}
          </div>
          {run.notes.trim() !== '' && (
            <div className={styles.block}>
              <Text size={200} className={styles.label}>
                {s.notes}
              </Text>
              <Text className={styles.pre}>{run.notes}</Text>
            </div>
          )}
          {run.supportScenarioId !== '' && (
            <div className={styles.block}>
              <Text size={200} className={styles.label}>
                {s.scenario}
              </Text>
              <ScenarioLink id={run.supportScenarioId} scenarios={scenarios} />
            </div>
          )}
          {run.leadNote.trim() !== '' && (
            <div className={styles.block}>
              <Text size={200} className={styles.label}>
                {s.leadNote}
              </Text>
              <Text className={styles.pre}>{run.leadNote}</Text>
            </div>
          )}
          {run.evidence.length > 0 && (
            <div className={styles.block}>
              <Text size={200} className={styles.label}>
                {s.evidence}
              </Text>
              <div className={styles.evidence}>
                {run.evidence.map((file) => (
                  <EvidenceItem key={file.id} file={file} />
                ))}
              </div>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
