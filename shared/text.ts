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

/** " at line L, column C" of the first syntax error in JSON text (V8 does not always say where). */
export function jsonPosition(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset < 0) return '';
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

/** Where JSON text first goes wrong, or -1 when it is well formed. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r\uFEFF'.includes(text[i])) i++;
  };
  /** Steps over `c`, or fails where it should have been. */
  const take = (c: string) => {
    if (text[i] !== c) fail();
    i++;
  };
  const literal = (word: string) => {
    for (const c of word) take(c);
  };
  const string = () => {
    i++;
    while (text[i] !== '"') {
      if (i >= text.length || text[i] < ' ') fail();
      if (text[i] === '\\') i++;
      i++;
    }
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return list('}', () => {
      ws();
      if (text[i] !== '"') fail();
      string();
      ws();
      take(':');
      value();
    });
    if (c === '[') return list(']', value);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const list = (close: string, item: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === close) return void i++;
      take(',');
    }
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return Math.min(at as number, text.length);
  }
}

/** Text as a file name on any system: control characters and \ / : * ? " < > | become "-". */
export function safeFileName(text: string): string {
  return [...text].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '-' : c)).join('');
}
