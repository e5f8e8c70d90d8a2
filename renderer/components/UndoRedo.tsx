import { Button, makeStyles, tokens, Tooltip } from '@fluentui/react-components';
import { ArrowRedoRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import type { SectionId } from '../../shared/plan/findings';
import { useAppStore } from '../state/store';
import { componentStrings } from './strings';

const useStyles = makeStyles({ bar: { display: 'flex', gap: tokens.spacingHorizontalXS } });

/** Undo and redo for one section's edits; Ctrl+Z and Ctrl+Y do the same outside text fields. */
export function UndoRedo({ section, title }: { section: SectionId; title: string }) {
  const styles = useStyles();
  const canUndo = useAppStore((s) => (s.history[section]?.undo.length ?? 0) > 0);
  const canRedo = useAppStore((s) => (s.history[section]?.redo.length ?? 0) > 0);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  return (
    <div className={styles.bar}>
      <Tooltip content={componentStrings.undoTitle(title)} relationship="description">
        <Button appearance="subtle" icon={<ArrowUndoRegular />} disabled={!canUndo} onClick={() => void undo(section)}>
          {componentStrings.undo}
        </Button>
      </Tooltip>
      <Tooltip content={componentStrings.redoTitle(title)} relationship="description">
        <Button appearance="subtle" icon={<ArrowRedoRegular />} disabled={!canRedo} onClick={() => void redo(section)}>
          {componentStrings.redo}
        </Button>
      </Tooltip>
    </div>
  );
}
