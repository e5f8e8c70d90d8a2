/** Bytes to and from base64, the form files cross the API in. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export function bytesToBase64(bytes: Uint8Array): string {
  let raw = '';
  // Spreading a whole large file into fromCharCode would overflow the call stack.
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) raw += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(raw);
}
