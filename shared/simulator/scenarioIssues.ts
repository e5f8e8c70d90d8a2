import type { z } from 'zod';
import { METHOD_IDS } from '../plan/methods';
import { tenantGroupSchema } from '../plan/tenant';
import { device, expectation, policyOverride, scenarioSchema, scenarioUser, stepFields } from './scenarioFormat';

/** Messages for a wrong scenario file that say where, what was written, and what was probably meant. */

/** Where a scenario is wrong: the dotted field, and the step it belongs to when there is one. */
export class ScenarioError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field || 'top level'}: ${problem}`);
  }
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)), '');
}

/** The value at a path of the raw JSON, for naming what a tester wrote. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const p of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `text ("${v.length > 40 ? `${v.slice(0, 40)}…` : v}")`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v === 'number' ? 'the number' : typeof v} ${String(v)}`;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ ... ]',
  object: 'an object { ... }',
  record: 'an object { ... }',
};

/** Edit distance counting a swap of neighbours as one edit, to point at the name a typo was meant to be. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

function closest(word: string, names: readonly string[]): string | null {
  const w = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(w.length / 3)) + 1;
  for (const n of names) {
    const d = distance(w, n.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [n, d];
  }
  return best;
}

/** The field names the object at a path accepts, for suggesting the right one. */
function fieldsAt(path: readonly PropertyKey[]): string[] {
  const last = path.at(-1);
  if (path.length === 0) return Object.keys(scenarioSchema.shape);
  if (last === 'policy') return Object.keys(policyOverride.shape);
  if (path[0] === 'users' && path.length === 2) return Object.keys(scenarioUser.shape);
  if (path[0] === 'users' && last === 'registered') return [...METHOD_IDS];
  if (path[0] === 'groups') return Object.keys(tenantGroupSchema.shape);
  if (last === 'device') return Object.keys(device.shape);
  if (last === 'expect') return Object.keys(expectation.shape);
  if (path[0] === 'steps' && path.length === 2) return Object.keys(stepFields.shape);
  return [];
}

export function describeIssue(issue: z.core.$ZodIssue, raw: unknown): ScenarioError {
  const field = fieldOf(issue.path);
  const value = valueAt(raw, issue.path);
  let problem = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const allowed = fieldsAt(issue.path);
    const hints = issue.keys.map((k) => closest(k, allowed)).filter((h): h is string => h !== null);
    problem = `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    problem += hints.length > 0 ? `; did you mean ${hints.join(', ')}?` : allowed.length > 0 ? `; allowed: ${allowed.join(', ')}` : '';
  }
  if (issue.code === 'invalid_value') {
    const names = issue.values.map(String);
    const hint = typeof value === 'string' ? closest(value, names) : null;
    problem = `must be one of ${names.join(', ')}`;
    if (value !== undefined) problem += `, not ${typeof value === 'string' ? `"${value}"` : kindOf(value)}${hint ? `; did you mean ${hint}?` : ''}`;
  }
  if ((issue.code === 'invalid_union' || issue.code === 'invalid_format') && value !== undefined) problem += `, not ${kindOf(value)}`;
  if (issue.code === 'invalid_union' && value === undefined) problem = `is missing: it ${problem}`;
  if (issue.code === 'invalid_type') {
    problem = value === undefined ? 'is missing' : `must be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
  }
  const stepIndex = issue.path[0] === 'steps' && typeof issue.path[1] === 'number' ? issue.path[1] : null;
  const steps = (raw as { steps?: unknown[] } | null)?.steps;
  let at = stepIndex !== null && Array.isArray(steps) ? stepLabel(stepIndex, steps[stepIndex]) : '';
  if (issue.path[0] === 'users' && typeof issue.path[1] === 'number') {
    const user = valueAt(raw, issue.path.slice(0, 2)) as { upn?: unknown } | undefined;
    at = typeof user?.upn === 'string' ? `user ${user.upn}` : `user ${issue.path[1] + 1}`;
  }
  return new ScenarioError(field, at ? `${problem} (${at})` : problem);
}

export function stepLabel(index: number, raw: unknown): string {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as { do?: unknown; on?: unknown };
  const what = typeof s.do === 'string' ? ` ${s.do}` : '';
  const on = typeof s.on === 'string' ? ` on ${s.on}` : '';
  return `step ${index + 1}${what}${on}`;
}
