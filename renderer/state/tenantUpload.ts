import { call } from './apiClient';

/**
 * Pieces of 4 MiB: well under the API's limit per piece (about 9 MB before base64) and small enough
 * that the progress bar moves several times for a file of a few dozen megabytes.
 */
export const PIECE_BYTES = 4 * 1024 * 1024;

/** The piece as base64, read by the browser itself (a data: URL) rather than byte by byte in script. */
function toBase64(piece: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma === -1 ? '' : url.slice(comma + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(piece);
  });
}

/**
 * Sends one file to main in order, piece by piece; the first piece (without an id) opens the upload.
 * `onBytes` hears how many bytes each accepted piece added. Resolves with the upload's id.
 */
export async function uploadFile(file: File, onBytes: (bytes: number) => void): Promise<string> {
  let uploadId: string | undefined;
  let offset = 0;
  try {
    do {
      const piece = file.slice(offset, offset + PIECE_BYTES);
      const answer = await call('tenant.upload', { uploadId, name: file.name, offset, dataBase64: await toBase64(piece) });
      uploadId = answer.uploadId;
      onBytes(answer.received - offset);
      offset = answer.received;
    } while (offset < file.size);
  } catch (error) {
    // Pieces already sent would wait in main's temporary folder until the app closes.
    if (uploadId !== undefined) await discardUploads([uploadId]);
    throw error;
  }
  return uploadId;
}

/** Tells main to delete uploads that will not be imported; a failure here changes nothing worth reporting. */
export async function discardUploads(uploadIds: string[]): Promise<void> {
  if (uploadIds.length > 0) await call('tenant.discardUploads', { uploadIds }).catch(() => undefined);
}
