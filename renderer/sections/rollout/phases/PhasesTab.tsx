import { Button, makeStyles, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { PHASE_KINDS, type Phase, type Plan } from '../../../../shared/plan/schema';
import { useAppStore } from '../../../state/store';
import { randomId } from '../../../../shared/ids';
import { addPhaseChanges, defaultPhaseName, insertionIndex, newPhase } from '../phaseOps';
import { rolloutStrings } from '../strings';
import { PhaseCard } from './PhaseCard';

const s = rolloutStrings.phases;

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Adds a pilot, a wave or the all-users phase, together with its standard checklist steps. */
function AddPhaseMenu({ plan }: { plan: Plan }) {
  const applyChanges = useAppStore((st) => st.applyChanges);
  const goToField = useAppStore((st) => st.goToField);
  const add = (kind: Phase['kind']) => {
    const phase = newPhase(randomId('phase'), kind, defaultPhaseName(plan.rollout.phases, kind, s.addKind));
    void applyChanges(addPhaseChanges(plan.rollout, phase));
    // The new phase shows at once; its name is where the user goes on.
    goToField(`rollout.phases.${insertionIndex(plan.rollout.phases, kind)}.name`);
  };
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="primary" icon={<AddRegular />}>
          {s.add}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList aria-label={s.addMenuLabel}>
          {PHASE_KINDS.map((kind) => (
            <MenuItem key={kind} onClick={() => add(kind)}>
              {s.addKind[kind]}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** Every phase of the rollout in order, each editable in place. */
export function PhasesTab({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const { phases } = plan.rollout;
  return (
    <>
      <div className={styles.head} data-field="rollout.phases">
        <Text as="h3" size={500} weight="semibold">
          {s.heading}
        </Text>
        <AddPhaseMenu plan={plan} />
      </div>
      {phases.length === 0 && <Text className={styles.muted}>{s.none}</Text>}
      <div className={styles.list}>
        {phases.map((phase, index) => (
          <PhaseCard key={phase.id} plan={plan} phase={phase} index={index} />
        ))}
      </div>
    </>
  );
}
