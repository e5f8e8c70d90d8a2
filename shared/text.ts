/**
 * A copy of a string that shares no memory with the text it was cut from. Parsers hand out slices,
 * and a slice keeps its whole source alive: a value kept from a large file would keep the file.
 */
export function detached(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}

/** "1 method", "3 methods": counts in user-visible messages. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The first few items of a list for a message, with an ellipsis when there are more. */
export function listSome(items: string[], max = 3): string {
  return items.slice(0, max).join(', ') + (items.length > max ? ', …' : '');
}

/** " at line L, column C" for a JSON.parse error that gives a position, or "" when it gives none. */
export function jsonPosition(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}
