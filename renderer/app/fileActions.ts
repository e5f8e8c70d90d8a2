import type { PlanState } from '../../shared/api';
import type { TenantList } from '../../shared/tenant/tenantCsv';
import { call, errorMessage } from '../state/apiClient';
import { fileNameOf } from '../state/selectors';
import { useAppStore } from '../state/store';
import { appStrings } from './strings';

/** File actions of the header menu. Each reports its outcome through the store's notice. */

const store = () => useAppStore.getState();

function showOpened(state: PlanState | null, navigateHome: boolean): void {
  if (!state) return; // the user cancelled the dialog
  store().showOpenedPlan(state);
  if (navigateHome) store().navigate('overview');
  store().showNotice('success', appStrings.file.opened(fileNameOf(state.path)));
}

async function attempt(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    store().showNotice('error', errorMessage(error));
  }
}

export const newPlan = (demo: boolean) => attempt(async () => showOpened(await call('app.newDialog', { demo }), true));

export const openPlan = () => attempt(async () => showOpened(await call('app.openDialog', {}), true));

export const openRecent = (path: string) => attempt(async () => showOpened(await call('recent.open', { path }), true));

export const exportJsonWithDialog = () =>
  attempt(async () => {
    const saved = await call('app.saveJsonDialog', {});
    if (saved) store().showNotice('success', appStrings.file.exported(saved.out));
  });

/** Hands text or bytes to the browser as a file download made from a Blob; no server-side file involved. */
export function downloadFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Browser mode: the export becomes a download. */
export const exportJsonDownload = () =>
  attempt(async () => {
    const { fileName, json } = await call('plan.exportJson', {});
    downloadFile(fileName, json, 'application/json');
    store().showNotice('success', appStrings.file.exported(fileName));
  });

export const importJsonFile = (file: File) =>
  attempt(async () => {
    const state = await call('plan.importJson', { json: await file.text() });
    store().showOpenedPlan(state);
    store().showNotice('success', appStrings.file.imported(file.name));
  });

/**
 * A list of tenant users made in main (who is not covered, who has not registered) as a CSV download;
 * the byte-order mark lets spreadsheet programs read it as UTF-8. `done` words the success notice.
 */
export const exportTenantList = (list: TenantList, done: (fileName: string) => string) =>
  attempt(async () => {
    const { fileName, csv } = await call('tenant.exportCsv', { list });
    downloadFile(fileName, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
    store().showNotice('success', done(fileName));
  });
