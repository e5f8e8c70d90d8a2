/** Text and attribute values for HTML: every markup character is an entity, so any value is text. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
