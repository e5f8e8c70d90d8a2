import type { ExportedFile } from '../../../shared/api';
import { downloadFile } from '../../app/fileActions';
import { errorMessage } from '../../state/apiClient';
import { useAppStore } from '../../state/store';
import { base64ToBytes } from './campaignOps';

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

/** The per-response nonce the host put in the page; previews' <style> elements must carry it. */
export function cspNonce(): string | undefined {
  const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
  return nonce && nonce !== '__CSP_NONCE__' ? nonce : undefined;
}
