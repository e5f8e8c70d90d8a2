import type { ExportedFile } from '../../shared/api';
import { base64ToBytes } from './base64';
import { downloadFile } from './fileActions';
import { errorMessage } from '../state/apiClient';
import { useAppStore } from '../state/store';

/** Saves a file main made (an email, a zip) as a browser download. */
export function saveExported(file: ExportedFile): void {
  downloadFile(file.fileName, base64ToBytes(file.dataBase64), file.type);
}

/** Runs an export and reports its outcome in the app's notice bar; `done` words the success. */
export async function runExport<T extends ExportedFile>(make: () => Promise<T>, done: (file: T) => string): Promise<void> {
  const { showNotice } = useAppStore.getState();
  try {
    const file = await make();
    saveExported(file);
    showNotice('success', done(file));
  } catch (error) {
    showNotice('error', errorMessage(error));
  }
}
