import {
  Card,
  makeStyles,
  ProgressBar,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { ChecklistItem, Phase } from '../../../../shared/plan/schema';
import type { Indexed } from '../phaseOps';
import { PhaseBadge } from '../PhaseBadge';
import { rolloutStrings } from '../strings';
import { AddStep } from './AddStep';
import { ChecklistRow } from './ChecklistRow';

const s = rolloutStrings.checklist;

const useStyles = makeStyles({
  card: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flex: 1, minWidth: 0 },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: '260px' },
  bar: { flex: 1 },
  count: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2 },
  ownerCol: { width: '24%' },
  dueCol: { width: '150px' },
  actionCol: { width: '44px' },
});


/** One phase's implementation steps: done, owner, due date and how-to, with progress on top. */
export function PhaseChecklist({
  phase,
  items,
  checklist,
}: {
  phase: Phase;
  items: Indexed<ChecklistItem>[];
  checklist: readonly ChecklistItem[];
}) {
  const styles = useStyles();
  const headingId = useId();
  const name = phase.name.trim() || rolloutStrings.phases.untitled;
  const done = items.filter((x) => x.item.done).length;
  // The remove column is only there when the phase has a custom step to remove.
  const hasCustom = items.some((x) => x.item.step === 'custom');
  return (
    <Card className={styles.card} role="region" aria-label={s.regionLabel(name)}>
      <div className={styles.head}>
        <div className={styles.title}>
          <Text as="h4" id={headingId} size={500} weight="semibold">
            {name}
          </Text>
          <PhaseBadge kind={phase.kind} />
        </div>
        <div className={styles.progress}>
          <ProgressBar
            className={styles.bar}
            value={items.length === 0 ? 0 : done / items.length}
            thickness="large"
            color={done === items.length && items.length > 0 ? 'success' : 'brand'}
            aria-label={s.progressLabel(name)}
          />
          <Text className={styles.count}>{s.progress(done, items.length)}</Text>
        </div>
      </div>
      <Table size="small" aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.columns.step}</TableHeaderCell>
            <TableHeaderCell className={styles.ownerCol}>{s.columns.owner}</TableHeaderCell>
            <TableHeaderCell className={styles.dueCol}>{s.columns.due}</TableHeaderCell>
            {hasCustom && <TableHeaderCell className={styles.actionCol} />}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map(({ item, index }) => (
            <ChecklistRow key={item.id} item={item} index={index} phaseName={name} checklist={checklist} removable={hasCustom} />
          ))}
        </TableBody>
      </Table>
      <AddStep phaseId={phase.id} phaseName={name} checklist={checklist} />
    </Card>
  );
}
