import { Button, Card, makeStyles, Text, tokens, Tooltip, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Phase, Plan } from '../../../../shared/plan/schema';
import { localDate } from '../../../charts/dates';
import { useAppStore } from '../../../state/store';
import { movePhaseChange, removePhaseChanges, sendsOfPhase } from '../phaseOps';
import { PhaseBadge } from '../PhaseBadge';
import { rolloutStrings } from '../strings';
import { ExitCriteria } from './ExitCriteria';
import { PhaseFields } from './PhaseFields';
import { PhaseSends } from './PhaseSends';
import { RemovePhaseDialog } from './RemovePhaseDialog';

const s = rolloutStrings.phases;

const useStyles = makeStyles({
  card: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, gap: tokens.spacingVerticalL },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flex: 1, minWidth: 0 },
  dates: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXXS },
  lists: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});


function dateRange(phase: Phase): string {
  if (phase.start === null && phase.end === null) return s.noDates;
  return s.dates(phase.start ? localDate(phase.start) : '…', phase.end ? localDate(phase.end) : '…');
}

/** One phase: its name, kind, group and dates, its exit criteria and its campaign sends. */
export function PhaseCard({ plan, phase, index }: { plan: Plan; phase: Phase; index: number }) {
  const styles = useStyles();
  const headingId = useId();
  const applyChanges = useAppStore((st) => st.applyChanges);
  const [confirming, setConfirming] = useState(false);
  // Fluent gives the focus back only to DialogTrigger; this dialog opens from state, so mark the opener.
  const returnFocusHere = useRestoreFocusTarget();
  const { phases, checklist } = plan.rollout;
  const sends = sendsOfPhase(plan.communications.emails, phase.id);
  const name = phase.name.trim() || s.untitled;

  const move = (delta: -1 | 1) => {
    const change = movePhaseChange(phases, index, delta);
    if (change) void applyChanges([change]);
  };
  const remove = () => {
    setConfirming(false);
    void applyChanges(removePhaseChanges(plan.rollout, index));
  };

  return (
    <Card className={styles.card} role="region" aria-labelledby={headingId}>
      <div className={styles.head}>
        <div className={styles.title}>
          <Text as="h4" id={headingId} size={500} weight="semibold">
            {name}
          </Text>
          <PhaseBadge kind={phase.kind} />
          <Text size={200} className={styles.dates}>
            {dateRange(phase)}
          </Text>
        </div>
        <div className={styles.actions}>
          <Tooltip content={s.moveUp(name)} relationship="label">
            <Button appearance="subtle" icon={<ArrowUpRegular />} disabled={index === 0} onClick={() => move(-1)} />
          </Tooltip>
          <Tooltip content={s.moveDown(name)} relationship="label">
            <Button appearance="subtle" icon={<ArrowDownRegular />} disabled={index === phases.length - 1} onClick={() => move(1)} />
          </Tooltip>
          <Tooltip content={s.remove(name)} relationship="label">
            <Button {...returnFocusHere} appearance="subtle" icon={<DeleteRegular />} onClick={() => (sends.length > 0 ? setConfirming(true) : remove())} />
          </Tooltip>
        </div>
      </div>
      <PhaseFields phase={phase} index={index} />
      <div className={styles.lists}>
        <ExitCriteria phase={phase} index={index} />
        <PhaseSends sends={sends} phaseName={name} />
      </div>
      <RemovePhaseDialog
        open={confirming}
        name={name}
        sends={sends.map((x) => x.item.name)}
        steps={checklist.filter((c) => c.phaseId === phase.id).length}
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      />
    </Card>
  );
}
