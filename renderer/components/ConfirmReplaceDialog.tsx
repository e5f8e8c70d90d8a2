import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Text, tokens } from '@fluentui/react-components';
import { componentStrings } from './strings';

const useStyles = makeStyles({ body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/**
 * Asks before a list is replaced by an imported file (or, with `action`, before another change that
 * drops what the team wrote); each line of `lines` is one paragraph.
 */
export function ConfirmReplaceDialog({
  open,
  title,
  lines,
  action = componentStrings.replace,
  onReplace,
  onCancel,
}: {
  open: boolean;
  title: string;
  lines: readonly string[];
  /** The confirming button's words; "Replace" by default. */
  action?: string;
  onReplace(): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.body}>
            {lines.map((line) => (
              <Text key={line}>{line}</Text>
            ))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReplace}>
              {action}
            </Button>
            <Button onClick={onCancel}>{componentStrings.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
