import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Plan } from '../../../../shared/plan/schema';
import { itemsOfPhase } from '../phaseOps';
import { rolloutStrings } from '../strings';
import { PhaseChecklist } from './PhaseChecklist';

const s = rolloutStrings.checklist;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The implementation checklist, one card per phase in rollout order. */
export function ChecklistTab({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const { phases, checklist } = plan.rollout;
  return (
    <>
      <Text as="h3" size={500} weight="semibold">
        {s.heading}
      </Text>
      {phases.length === 0 && <Text className={styles.muted}>{s.none}</Text>}
      <div className={styles.list} data-field="rollout.checklist">
        {phases.map((phase) => (
          <PhaseChecklist key={phase.id} phase={phase} items={itemsOfPhase(checklist, phase.id)} checklist={checklist} />
        ))}
      </div>
    </>
  );
}
