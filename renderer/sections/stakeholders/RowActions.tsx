import { Button, makeStyles, tokens, Tooltip, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { stakeholderStrings } from './strings';

const s = stakeholderStrings.actions;

const useStyles = makeStyles({ bar: { display: 'flex', gap: tokens.spacingHorizontalXXS } });

function IconAction({ label, icon, disabled, onClick }: { label: string; icon: ReactElement; disabled?: boolean; onClick(): void }) {
  // Edit opens the details drawer from state; Fluent gives the focus back on close only to a marked opener.
  const returnFocusHere = useRestoreFocusTarget();
  return (
    <Tooltip content={label} relationship="label" withArrow>
      {/* disabledFocusable: a row moved to the top keeps the focus on its (now disabled) Move up button. */}
      <Button {...returnFocusHere} appearance="subtle" icon={icon} disabledFocusable={disabled} onClick={onClick} />
    </Tooltip>
  );
}

/** Edit details, move up, move down and remove, each named after the person. */
export function RowActions({
  name,
  first,
  last,
  onEdit,
  onMove,
  onRemove,
}: {
  name: string;
  first: boolean;
  last: boolean;
  onEdit(): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <IconAction label={s.edit(name)} icon={<EditRegular />} onClick={onEdit} />
      <IconAction label={s.up(name)} icon={<ArrowUpRegular />} disabled={first} onClick={() => onMove(-1)} />
      <IconAction label={s.down(name)} icon={<ArrowDownRegular />} disabled={last} onClick={() => onMove(1)} />
      <IconAction label={s.remove(name)} icon={<DeleteRegular />} onClick={onRemove} />
    </div>
  );
}
