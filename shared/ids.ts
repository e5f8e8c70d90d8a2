/**
 * A new list item id such as `phase-3f9a1c2e`. getRandomValues works in every context the app runs in
 * (randomUUID needs a secure context).
 */
export function randomId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
