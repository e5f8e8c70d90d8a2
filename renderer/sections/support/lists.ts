import type { SupportScenario } from '../../../shared/plan/schema';

/** The Entra admin roles that matter for password support (sspr-domain.md §3, §8), least privileged first. */
export const ENTRA_SUPPORT_ROLES = [
  'Password administrator',
  'Helpdesk administrator',
  'Authentication administrator',
  'Privileged authentication administrator',
  'User administrator',
  'Global administrator',
] as const;

/** The roles to offer for a row: the usual ones, plus the row's own value when it is something else. */
export function entraRoleChoices(current: string): string[] {
  const known: readonly string[] = ENTRA_SUPPORT_ROLES;
  return current.trim() === '' || known.includes(current) ? [...known] : [...known, current];
}

/** A copy of `items` with the item at `from` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(items: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  const next = [...items];
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return next;
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** The next free scenario id in the plan's `SUP-NN` style. */
export function nextScenarioId(scenarios: readonly SupportScenario[]): string {
  const numbers = scenarios.map((s) => /^SUP-(\d+)$/.exec(s.id)?.[1]).map(Number).filter(Number.isFinite);
  const next = Math.max(0, ...numbers) + 1;
  return `SUP-${String(next).padStart(2, '0')}`;
}

/** A new scenario with only its title, waiting for causes and steps. */
export function newScenario(scenarios: readonly SupportScenario[], title: string): SupportScenario {
  return { id: nextScenarioId(scenarios), title: title.trim(), description: '', causes: '', resolution: '', handledBy: '' };
}
