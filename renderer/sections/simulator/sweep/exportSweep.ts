import { downloadFile } from '../../../app/fileActions';
import { call, errorMessage } from '../../../state/apiClient';
import { useAppStore } from '../../../state/store';
import { simulatorStrings as s } from '../strings';

/** Every user's result as a CSV download; the byte-order mark lets spreadsheets read it as UTF-8. */
export async function exportSweepCsv(on: string): Promise<void> {
  const { showNotice } = useAppStore.getState();
  try {
    const { fileName, csv } = await call('simulator.sweepCsv', { on });
    downloadFile(fileName, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
    showNotice('success', s.sweep.exported(fileName));
  } catch (error) {
    showNotice('error', errorMessage(error));
  }
}
