import { makeStyles } from '@fluentui/react-components';
import type { ChangeEvent, Ref } from 'react';
import { importJsonFile } from './fileActions';
import { appStrings } from './strings';

const useStyles = makeStyles({ hidden: { display: 'none' } });

/** The browser's file picker, opened by the "Import JSON…" menu item; only the chosen file's text is read. */
export function ImportJsonInput({ ref }: { ref: Ref<HTMLInputElement> }) {
  const styles = useStyles();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire change again
    if (file) void importJsonFile(file);
  };
  return (
    <input
      ref={ref}
      type="file"
      accept=".json,application/json"
      aria-label={appStrings.file.importLabel}
      className={styles.hidden}
      onChange={onChange}
    />
  );
}
