import { policySchema, type Plan } from './schema';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const POLICY_FIELDS = new Set(Object.keys(policySchema.shape));

/**
 * Turns a CLI/API key into a path inside the plan. Policy fields go by their bare scenario-format
 * names (`methodsToReset`); everything else by its dotted path (`overview.organization`).
 */
export function keyToPath(key: string): string[] {
  const trimmed = key.trim();
  if (trimmed === '') throw new PathError('the key is empty');
  if (POLICY_FIELDS.has(trimmed)) return ['policy', trimmed];
  const parts = trimmed.split('.');
  if (parts.some((p) => p === '')) throw new PathError(`"${key}" has an empty part between dots`);
  return parts;
}

export class PathError extends Error {}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

function childKey(container: Record<string, unknown> | unknown[], part: string, path: string[]): string | number {
  if (Array.isArray(container)) {
    if (!/^\d+$/.test(part)) throw new PathError(`"${path.join('.')}": "${part}" is not a list position`);
    return Number(part);
  }
  if (part === '__proto__' || part === 'constructor' || part === 'prototype') {
    throw new PathError(`"${path.join('.')}": "${part}" is not a plan field`);
  }
  return part;
}

/** The value at a path, or an error naming the first part that does not exist. */
export function getAtPath(plan: Plan, path: string[]): unknown {
  let current: unknown = plan;
  path.forEach((part, i) => {
    if (!isContainer(current)) throw new PathError(`"${path.slice(0, i).join('.')}" has no fields`);
    const key = childKey(current, part, path);
    const container = current as Record<string | number, unknown>;
    if (!Object.prototype.hasOwnProperty.call(container, key)) {
      throw new PathError(`the plan has no field "${path.slice(0, i + 1).join('.')}"`);
    }
    current = container[key];
  });
  return current;
}

/**
 * A copy of the plan with one value replaced; only the containers along the path are copied.
 * A list may grow by one at its end, so `stakeholders.3` appends to a list of three.
 * The caller validates the result against the plan schema.
 */
export function setAtPath(plan: Plan, path: string[], value: unknown): Plan {
  if (path.length === 0) throw new PathError('the key is empty');
  const replace = (node: unknown, depth: number): unknown => {
    const soFar = path.slice(0, depth);
    if (!isContainer(node)) throw new PathError(`"${soFar.join('.') || 'plan'}" has no fields`);
    const key = childKey(node, path[depth], path);
    const exists = Object.prototype.hasOwnProperty.call(node, key);
    const appends = Array.isArray(node) && key === node.length;
    if (!exists && !appends) throw new PathError(`the plan has no field "${path.slice(0, depth + 1).join('.')}"`);
    const next = depth === path.length - 1 ? value : replace((node as Record<string | number, unknown>)[key], depth + 1);
    if (Array.isArray(node)) {
      const copy = [...node];
      copy[key as number] = next;
      return copy;
    }
    return { ...node, [key]: next };
  };
  return replace(plan, 0) as Plan;
}

/** CLI values: JSON when they parse as JSON, otherwise the text as typed. */
export function parseCliValue(raw: string): JsonValue {
  try {
    return JSON.parse(raw) as JsonValue;
  } catch {
    return raw;
  }
}
