import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApi, type Api, type ApiContext } from '../../main/api';
import { ERROR_DESCRIPTIONS, type ApiResult } from '../../shared/errors';

/**
 * Shared pieces of the fuzz suites (fuzz-*.test.ts): a fixed seed so a failure reproduces as it was
 * seen, a tally of the cases each suite tried, and generators of broken text and JSON.
 */

export const FUZZ_SEED = 20260311;

/** The suites that make up the one summary line, in the order it lists them. */
const PARTS = ['csv', 'scenarios', 'json import', 'api inputs'] as const;
export type FuzzPart = (typeof PARTS)[number];

const n = (x: number) => x.toLocaleString('en-US');

/**
 * Every suite runs in its own worker of the same vitest run, so each appends its tally to a file
 * named after the parent process; whichever finishes last prints the line for all of them.
 */
const TALLY_FILE = path.join(os.tmpdir(), `sspr-fuzz-tally-${process.ppid}.jsonl`);

export interface Tally {
  /** Runs one property with the fixed seed and counts its runs; a failing run is a crash and fails the test. */
  check<T>(property: fc.IAsyncProperty<T> | fc.IProperty<T>, numRuns: number): Promise<void>;
}

export function fuzzTally(part: FuzzPart): Tally {
  let cases = 0;
  let crashes = 0;
  const started = performance.now();
  afterAll(() => {
    const seconds = (performance.now() - started) / 1000;
    console.log(`fuzz ${part}: ${n(cases)} cases, ${n(crashes)} crashes, ${seconds.toFixed(1)} s`);
    appendFileSync(TALLY_FILE, `${JSON.stringify({ part, cases, crashes })}\n`);
    const tallies = new Map<string, { cases: number; crashes: number }>();
    for (const line of readFileSync(TALLY_FILE, 'utf8').split('\n').filter(Boolean)) {
      const t = JSON.parse(line) as { part: string; cases: number; crashes: number };
      tallies.set(t.part, t);
    }
    if (!PARTS.every((p) => tallies.has(p))) return;
    rmSync(TALLY_FILE, { force: true });
    const all = PARTS.map((p) => ({ part: p, ...tallies.get(p)! }));
    const total = all.reduce((s, t) => s + t.cases, 0);
    const crashed = all.reduce((s, t) => s + t.crashes, 0);
    console.log(`fuzz: ${n(total)} cases (${all.map((t) => `${t.part} ${n(t.cases)}`).join(', ')}), ${n(crashed)} crashes`);
  });
  return {
    async check(property, numRuns) {
      const details = await fc.check(property as fc.IAsyncProperty<unknown>, { seed: FUZZ_SEED, numRuns });
      cases += details.numRuns;
      if (details.failed) crashes++;
      // Counterexamples can be megabytes of text; the start and the error say enough.
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      const report = `${error}\n${fc.defaultReportMessage(details) ?? 'the property failed'}`;
      const shown = report.length > 4000 ? `${report.slice(0, 2000)}\n…\n${report.slice(-2000)}` : report;
      expect(details.failed, shown).toBe(false);
    },
  };
}

/** One API with the demo plan open for a whole suite, in a folder of its own removed afterwards. */
export function suiteApi(mode: ApiContext['mode']): { api: () => Api; dir: () => string; planPath: () => string } {
  let api: Api | null = null;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sspr-fuzz-'));
    api = createApi({ mode, dataDir: dir });
    await api.invoke('plan.create', { path: path.join(dir, 'fuzz.ssprplan'), demo: true });
  });
  afterAll(() => {
    api?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { api: () => api!, dir: () => dir, planPath: () => path.join(dir, 'fuzz.ssprplan') };
}

// ---- broken values -------------------------------------------------------------------------------

/** Text that breaks parsers and spreadsheets: quotes, separators, line ends, marks, control characters, formulas. */
export const NASTY = [
  '"',
  '""',
  '","',
  ',',
  ';',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\u2028',
  '\uD800',
  '😀',
  'Zoë Ørsted',
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(A1:A9)',
  '#TYPE System.Object',
  'True',
  'no',
  '2026-02-30',
  '13/13/2026',
  'null',
  '__proto__',
  'constructor',
  'a@b',
  '@',
  ' ',
];

export const nastyText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'é', '"', ',', 'a@b.c;'), fc.integer({ min: 300, max: 20_000 })).map(([s, k]) => s.repeat(k)) },
);

// ---- CSV text ------------------------------------------------------------------------------------

type Lines = string[];

const cellsOf = (line: string, sep: string) => line.split(sep);
const pick = <T>(items: readonly T[], i: number) => items[i % items.length];

/** One edit to a CSV's text, as damage from hand editing, other tools or a bad download. */
export type CsvEdit = (text: string) => string;

function byLines(edit: (lines: Lines) => Lines): CsvEdit {
  return (text) => {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return edit(text.split(/\r?\n/)).join(eol);
  };
}

function byColumns(edit: (cells: string[]) => string[]): CsvEdit {
  return (text) => {
    const sep = text.split(/\r?\n/).find((l) => !l.startsWith('#TYPE'))?.includes(';') && !text.includes(',') ? ';' : ',';
    return byLines((lines) => lines.map((l) => (l.startsWith('#TYPE') || l === '' ? l : edit(cellsOf(l, sep)).join(sep))))(text);
  };
}

/** Changes one cell's value, inside its quotes when it has them, so the file stays well formed. */
function editCell(line: number, col: number, change: (value: string) => string): CsvEdit {
  return byLines((lines) =>
    lines.map((l, i) => {
      if (i !== line % lines.length || l === '' || l.startsWith('#TYPE')) return l;
      const sep = l.includes(',') ? ',' : ';';
      const cells = l.split(sep);
      const c = col % cells.length;
      const quoted = /^".*"$/.test(cells[c]);
      const changed = change(quoted ? cells[c].slice(1, -1) : cells[c]);
      cells[c] = quoted || changed.includes(sep) ? `"${changed}"` : changed;
      return cells.join(sep);
    }),
  );
}

const index = fc.nat(1000);
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

export const csvEdit: fc.Arbitrary<CsvEdit> = fc.oneof(
  index.map((k): CsvEdit => byColumns((c) => c.filter((_, i) => i !== k % c.length))),
  index.map((k): CsvEdit => byColumns((c) => [...c.slice(0, (k % c.length) + 1), ...c.slice(k % c.length)])),
  fc.tuple(index, index).map(([a, b]): CsvEdit =>
    byColumns((c) => {
      const out = [...c];
      [out[a % c.length], out[b % c.length]] = [out[b % c.length], out[a % c.length]];
      return out;
    }),
  ),
  index.map((k): CsvEdit => byLines((l) => l.filter((_, i) => i !== k % l.length))),
  index.map((k): CsvEdit => byLines((l) => [...l.slice(0, (k % l.length) + 1), ...l.slice(k % l.length)])),
  fc.tuple(index, fc.integer({ min: 1, max: 1000 })).map(([k, times]): CsvEdit => byLines((l) => [...l, ...Array<string>(times).fill(pick(l, k + 1))])),
  fraction.map((f): CsvEdit => (t) => t.slice(0, Math.floor(t.length * f))),
  fc.tuple(fraction, nastyText).map(([f, s]): CsvEdit => (t) => {
    const at = Math.floor(t.length * f);
    return t.slice(0, at) + s + t.slice(at);
  }),
  fc.tuple(index, nastyText).map(([col, s]): CsvEdit => byColumns((c) => c.map((v, i) => (i === col % c.length ? s : v)))),
  fc.tuple(index, nastyText).map(([k, s]): CsvEdit => byLines((l) => l.map((v, i) => (i === k % l.length ? s : v)))),
  // Values just past what a plan keeps: a long name, many values in one cell.
  fc.tuple(index, index, fc.integer({ min: 90, max: 420 })).map(([line, col, length]): CsvEdit => editCell(line, col, (v) => (v || 'x').padEnd(length, v.at(-1) ?? 'x'))),
  fc.tuple(index, index, fc.integer({ min: 40, max: 140 })).map(([line, col, count]): CsvEdit =>
    editCell(line, col, (v) => Array.from({ length: count }, (_, i) => `${v}${i}`).join(';')),
  ),
  fc.constantFrom<CsvEdit>(
    (t) => t.replaceAll(',', ';'),
    (t) => t.replaceAll(',', '\t'),
    (t) => t.replaceAll('\r\n', '\n'),
    (t) => t.replace(/\r?\n/g, '\r'),
    (t) => t.replaceAll('"', ''),
    (t) => t.replaceAll('"', '""'),
    (t) => byColumns((c) => c.map((v) => `"${v}"`))(t),
    (t) => `\uFEFF${t}`,
    (t) => t.toUpperCase(),
    (t) => t.split(/\r?\n/)[0],
    () => '',
    () => '\uFEFF',
    () => '\r\n\r\n',
  ),
);

/** How the text becomes bytes: the encodings Windows tools write, and bytes that are no text at all. */
export type Encoder = (text: string) => Buffer;

export const encoder: fc.Arbitrary<Encoder> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Encoder>((t) => Buffer.from(t, 'utf8')) },
  {
    weight: 4,
    arbitrary: fc.constantFrom<Encoder>(
      (t) => Buffer.from(`\uFEFF${t}`, 'utf8'),
      (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
      (t) => Buffer.from(t, 'utf16le'),
      (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]),
      (t) => Buffer.from(t, 'latin1'),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fraction, fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([f, bytes]): Encoder => (t) => {
      const b = Buffer.from(t, 'utf8');
      const at = Math.floor(b.length * f);
      return Buffer.concat([b.subarray(0, at), Buffer.from(bytes), b.subarray(at)]);
    }),
  },
);

/** A real file damaged by one to three edits. */
export const mutatedCsv = (text: string) =>
  fc.array(csvEdit, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce((t, e) => e(t), text).slice(0, MAX_TEXT));

/** Longer text costs time without reaching new code: repeated huge cells are cut here. */
const MAX_TEXT = 300_000;

// ---- JSON values ---------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every path in a JSON value, the root included. */
export function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function nested(depth: number): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : { a: v };
  return v;
}

/** What a broken field is replaced by: other types, edge numbers, long or odd text, deep nesting. */
export const brokenValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
  { weight: 2, arbitrary: fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 2, -0, '', [], {}, '1', 'true', '2026-01-01', 'x'.repeat(100_000)) },
  { weight: 1, arbitrary: nastyText },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 3000 }).map(nested) },
);

/** Nesting past what recursive validators survive. */
export const deepValue: fc.Arbitrary<Json> = fc.integer({ min: 1000, max: 3000 }).map(nested);

/** One change to a JSON document, at a path chosen among its own. */
export type JsonEdit = { describe: string; apply: (doc: Json) => Json };

function at(doc: Json, path: Path, change: (parent: Json[] | Record<string, Json>, key: string | number) => void): Json {
  if (path.length === 0) return doc;
  // Copies only the containers along the path: the rest is shared, and may nest too deep to clone.
  const shallow = (v: Json): Json => (Array.isArray(v) ? [...v] : typeof v === 'object' && v !== null ? { ...v } : v);
  const copy = shallow(doc);
  if (typeof copy !== 'object' || copy === null) return doc;
  let parent = copy as Record<string | number, Json>;
  for (const p of path.slice(0, -1)) {
    // An earlier edit may have removed or retyped the way there.
    if (typeof parent[p] !== 'object' || parent[p] === null) return doc;
    parent[p] = shallow(parent[p]);
    parent = parent[p] as Record<string | number, Json>;
  }
  change(parent as Json[] | Record<string, Json>, path[path.length - 1]);
  return copy;
}

/** Mutations of a JSON document: delete, retype or duplicate a field, add an unknown one, or replace the whole thing. */
export function jsonEdit(doc: Json): fc.Arbitrary<JsonEdit> {
  const paths = pathsOf(doc).filter((p) => p.length > 0);
  const pathArb = fc.constantFrom(...paths);
  return fc.oneof(
    pathArb.map((p) => ({
      describe: `delete ${p.join('.')}`,
      apply: (d: Json) =>
        at(d, p, (parent, key) => {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete parent[key as string];
        }),
    })),
    fc.tuple(pathArb, brokenValue).map(([p, v]) => ({
      describe: `set ${p.join('.')}`,
      apply: (d: Json) =>
        at(d, p, (parent, key) => {
          (parent as Record<string | number, Json>)[key] = v;
        }),
    })),
    pathArb.map((p) => ({
      describe: `duplicate ${p.join('.')}`,
      apply: (d: Json) =>
        at(d, p, (parent, key) => {
          if (Array.isArray(parent)) parent.splice(key as number, 0, parent[key as number]);
          else parent[`${key} `] = parent[key as string];
        }),
    })),
    fc.tuple(pathArb, fc.constantFrom('extra', '__proto__', 'constructor', 'Name', ''), brokenValue).map(([p, k, v]) => ({
      describe: `add ${k} beside ${p.join('.')}`,
      apply: (d: Json) =>
        at(d, p, (parent) => {
          if (!Array.isArray(parent)) Object.defineProperty(parent, k, { value: v, enumerable: true, configurable: true, writable: true });
        }),
    })),
  );
}

/** Indented as people and the app write it, unless deep nesting would make the indents alone megabytes. */
function pretty(doc: Json): string {
  const compact = JSON.stringify(doc);
  let depth = 0;
  let deepest = 0;
  for (const c of compact) {
    if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return deepest < 50 ? JSON.stringify(doc, null, 2) : compact;
}

/** A document's JSON text after one to three edits, sometimes cut short or with its text damaged. */
export function mutatedJsonText(doc: Json): fc.Arbitrary<{ text: string; edits: string[] }> {
  const edited = fc.array(jsonEdit(doc), { minLength: 1, maxLength: 3 }).map((edits) => ({
    text: pretty(edits.reduce((d, e) => e.apply(d), doc)),
    edits: edits.map((e) => e.describe),
  }));
  const original = JSON.stringify(doc, null, 2);
  return fc.oneof(
    { weight: 6, arbitrary: edited },
    { weight: 1, arbitrary: fraction.map((f) => ({ text: original.slice(0, Math.floor(original.length * f)), edits: ['truncate'] })) },
    {
      weight: 1,
      arbitrary: fc.tuple(fraction, nastyText).map(([f, s]) => {
        const k = Math.floor(original.length * f);
        return { text: original.slice(0, k) + s + original.slice(k), edits: ['insert text'] };
      }),
    },
    { weight: 1, arbitrary: fc.jsonValue().map((v) => ({ text: JSON.stringify(v) ?? '', edits: ['arbitrary JSON'] })) },
    { weight: 1, arbitrary: fc.string().map((s) => ({ text: s, edits: ['arbitrary text'] })) },
  );
}

/** The result must be a success or a documented refusal with a message; never INTERNAL. */
export function expectAnswer(result: ApiResult<unknown>, allowed?: readonly string[]): void {
  if (result.ok) return;
  const { code, message } = result.error;
  expect(Object.keys(ERROR_DESCRIPTIONS)).toContain(code);
  expect(code, message).not.toBe('INTERNAL');
  if (allowed) expect(allowed, message).toContain(code);
  expect(typeof message).toBe('string');
  expect(message.trim()).not.toBe('');
}

export type { Json };
