import { Button, makeStyles, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef, useState, type ChangeEvent } from 'react';
import type { Stakeholder } from '../../../shared/plan/schema';
import { stakeholdersFromCsv, stakeholdersToCsv } from '../../../shared/plan/stakeholdersCsv';
import { downloadFile } from '../../app/fileActions';
import { ConfirmReplaceDialog } from '../../components/ConfirmReplaceDialog';
import { useAppStore } from '../../state/store';
import { stakeholderStrings as s } from './strings';

const FILE_NAME = 'stakeholders.csv';

const useStyles = makeStyles({ hidden: { display: 'none' } });

interface Pending {
  fileName: string;
  stakeholders: Stakeholder[];
}

/**
 * Export the list as stakeholders.csv, or import one: a refused file changes nothing and says
 * which line and column is wrong; an accepted one replaces the list after a confirmation.
 */
export function CsvActions({ list, onReplace }: { list: readonly Stakeholder[]; onReplace(next: Stakeholder[]): Promise<boolean> }) {
  const styles = useStyles();
  // The replace question opens after the file chooser: the focus comes back to Import.
  const returnFocusHere = useRestoreFocusTarget();
  const input = useRef<HTMLInputElement>(null);
  const showNotice = useAppStore((st) => st.showNotice);
  const [pending, setPending] = useState<Pending | null>(null);

  const exportCsv = () => {
    // The byte-order mark lets spreadsheet programs read the file as UTF-8.
    downloadFile(FILE_NAME, `\uFEFF${stakeholdersToCsv(list)}`, 'text/csv;charset=utf-8');
    showNotice('success', s.exported(list.length, FILE_NAME));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    const result = stakeholdersFromCsv(await file.text());
    if (result.ok) setPending({ fileName: file.name, stakeholders: result.stakeholders });
    else showNotice('error', `${s.importRefused(file.name)} ${result.error}`);
  };

  const replace = async () => {
    if (!pending) return;
    const { fileName, stakeholders } = pending;
    setPending(null);
    if (await onReplace(stakeholders)) showNotice('success', s.imported(stakeholders.length, fileName));
  };

  return (
    <>
      <Button {...returnFocusHere} icon={<ArrowUploadRegular />} onClick={() => input.current?.click()}>
        {s.importCsv}
      </Button>
      <Button icon={<ArrowDownloadRegular />} disabled={list.length === 0} onClick={exportCsv}>
        {s.exportCsv}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        aria-label={s.importLabel}
        className={styles.hidden}
        onChange={(event) => void onFile(event)}
      />
      <ConfirmReplaceDialog
        open={pending !== null}
        title={s.confirm.title}
        lines={pending ? [s.confirm.body(pending.stakeholders.length, list.length, pending.fileName)] : []}
        onReplace={() => void replace()}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
