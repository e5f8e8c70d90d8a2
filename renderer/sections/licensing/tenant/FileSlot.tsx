import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DismissRegular, DocumentRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useId, useRef, type ChangeEvent } from 'react';
import type { SingleSlot } from '../../../state/tenantChoice';
import { useAppStore } from '../../../state/store';
import { licensingStrings } from '../strings';
import { byteSize } from '../tenantFiles';

const s = licensingStrings.tenantImport;

const useStyles = makeStyles({
  slot: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  required: { color: tokens.colorPaletteRedForeground3, marginLeft: tokens.spacingHorizontalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: 'auto', paddingTop: tokens.spacingVerticalXS, minWidth: 0 },
  chosen: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0, flex: 1 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  size: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
  none: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  hidden: { display: 'none' },
});

/**
 * One file of the export: its name, what it is for, and the browser's file picker behind a button
 * (the window gets the file's contents, never its path).
 */
export function FileSlot({ slot, disabled }: { slot: SingleSlot; disabled: boolean }) {
  const styles = useStyles();
  const text = s.files[slot];
  const file = useAppStore((st) => st.tenantChoice.single[slot]);
  const choose = useAppStore((st) => st.chooseFile);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire change again
    if (picked) choose(slot, picked);
  };

  return (
    <div className={styles.slot} role="group" aria-labelledby={`${id}-label`}>
      <Text id={`${id}-label`} weight="semibold">
        {text.label}
        {slot === 'users' && (
          <span className={styles.required} aria-hidden>
            *
          </span>
        )}
      </Text>
      <Text id={`${id}-hint`} size={200} className={styles.hint}>
        {text.hint}
      </Text>
      <div className={styles.row}>
        <Button
          icon={<FolderOpenRegular />}
          disabled={disabled}
          aria-labelledby={`${id}-label ${id}-button`}
          aria-describedby={`${id}-hint ${id}-file`}
          onClick={() => input.current?.click()}
        >
          <span id={`${id}-button`}>{file ? s.change : s.choose}</span>
        </Button>
        <span className={styles.chosen} id={`${id}-file`}>
          {file ? (
            <>
              <DocumentRegular aria-hidden className={styles.size} />
              <Text className={styles.name} title={file.name}>
                {file.name}
              </Text>
              <Text size={200} className={styles.size}>
                {s.size(byteSize(file.size))}
              </Text>
            </>
          ) : (
            <Text size={200} className={styles.none}>
              {s.notChosen}
            </Text>
          )}
        </span>
        {file && (
          <Button
            appearance="subtle"
            icon={<DismissRegular />}
            disabled={disabled}
            aria-label={s.removeFile(text.label.toLowerCase())}
            onClick={() => choose(slot, null)}
          />
        )}
      </div>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,text/csv"
        aria-label={text.input}
        tabIndex={-1}
        className={styles.hidden}
        onChange={onChange}
      />
    </div>
  );
}
