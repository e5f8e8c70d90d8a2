/** External links the app may hand to the OS: https pages and mailto addresses only. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return url.hostname !== '' && url.username === '' && url.password === '';
  if (url.protocol === 'mailto:') return /^[^\s@/]+@[^\s@/]+$/.test(decodeURIComponent(url.pathname));
  return false;
}
