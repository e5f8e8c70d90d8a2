import { makeStyles, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import { useAppStore } from '../state/store';
import { appStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, lineHeight: tokens.lineHeightBase200 },
  status: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  saved: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  errorText: { color: tokens.colorPaletteRedForeground1 },
  time: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
});

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** "All changes saved" / "Saving…" / "Not saved: …", with the time of the last committed write. */
export function SaveStatus() {
  const styles = useStyles();
  const saveState = useAppStore((s) => s.saveState);
  const saveError = useAppStore((s) => s.saveError);
  const savedAt = useAppStore((s) => s.savedAt);

  const label =
    saveState === 'saving'
      ? appStrings.save.saving
      : saveState === 'error'
        ? appStrings.save.notSaved(saveError ?? '')
        : appStrings.save.saved;

  const icon =
    saveState === 'saving' ? (
      <Spinner size="extra-tiny" />
    ) : saveState === 'error' ? (
      <ErrorCircleRegular className={styles.error} fontSize={20} />
    ) : (
      <CheckmarkCircleRegular className={styles.saved} fontSize={20} />
    );

  return (
    <div className={styles.root} role="status" aria-live="polite">
      {icon}
      <div className={styles.text}>
        {/* A long error is cut with an ellipsis; the native title shows all of it. */}
        <Text
          size={200}
          weight="semibold"
          title={label}
          className={mergeClasses(styles.status, saveState === 'error' && styles.errorText)}
        >
          {label}
        </Text>
        {savedAt && (
          <Text size={100} className={styles.time}>
            {appStrings.save.lastSaved(formatTime(savedAt))}
          </Text>
        )}
      </div>
    </div>
  );
}
