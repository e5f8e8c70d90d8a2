import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { rolloutStrings } from '../strings';

const s = rolloutStrings.phases;

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** Asks before removing a phase that campaign emails still point at; they would then point nowhere. */
export function RemovePhaseDialog({
  open,
  name,
  sends,
  steps,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  name: string;
  sends: string[];
  steps: number;
  onConfirm(): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.removeTitle(name)}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{s.removeBody(sends.length, steps)}</Text>
            <ul className={styles.list} aria-label={s.removeList}>
              {sends.map((send) => (
                <li key={send}>{send}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {s.removeConfirm}
            </Button>
            <Button onClick={onCancel}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
