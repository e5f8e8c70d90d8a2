import type { FixChange } from '../../../shared/plan/findings';
import type { Plan, Sku } from '../../../shared/plan/schema';
import { licensingStrings } from './strings';

type Licensing = Plan['licensing'];

const s = licensingStrings;

/** How many seats are missing for the population in scope (0 when the seats cover it). */
export function seatShortfall(seats: number, population: number): number {
  return Math.max(0, population - seats);
}

/** Part numbers compare without case, as the license checks do. */
const same = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/** Why a part number cannot be used for the SKU at `index` (-1 for a new one), or null when it can. */
export function partNumberProblem(text: string, skus: readonly Sku[], index = -1): string | null {
  const part = text.trim();
  if (part === '') return s.skus.partRequired;
  if (skus.some((sku, i) => i !== index && same(sku.skuPartNumber, part))) return s.skus.partTaken(part);
  return null;
}

/**
 * Renames the SKU at `index`; groups that assign it under the old part number follow, so a
 * correction does not leave them pointing at a SKU that is gone.
 */
export function renameSku(licensing: Licensing, index: number, text: string): FixChange[] {
  const old = licensing.skus[index].skuPartNumber;
  const part = text.trim();
  const changes: FixChange[] = [{ path: `licensing.skus.${index}.skuPartNumber`, value: part }];
  if (licensing.licensedGroups.some((g) => g.skus.some((p) => same(p, old)))) {
    changes.push({
      path: 'licensing.licensedGroups',
      value: licensing.licensedGroups.map((g) => ({ ...g, skus: g.skus.map((p) => (same(p, old) ? part : p)) })),
    });
  }
  return changes;
}

/** Why a group name cannot be used for the group at `index` (-1 for a new one), or null when it can. */
export function groupNameProblem(text: string, groups: Licensing['licensedGroups'], index = -1): string | null {
  const name = text.trim();
  if (name === '') return s.groups.nameRequired;
  if (groups.some((g, i) => i !== index && g.group.trim().toLowerCase() === name.toLowerCase())) return s.groups.nameTaken(name);
  return null;
}

/** The SKUs a group can choose from: the table's, plus any it already names that the table lacks. */
export function skuChoices(skus: readonly Sku[], selected: readonly string[]): string[] {
  const parts = skus.map((sku) => sku.skuPartNumber);
  return [...parts, ...selected.filter((p) => !parts.some((q) => same(p, q)))];
}
