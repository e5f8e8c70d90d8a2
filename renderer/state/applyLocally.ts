import type { FixChange } from '../../shared/plan/findings';
import { keyToPath, setAtPath } from '../../shared/plan/paths';
import type { Plan } from '../../shared/plan/schema';

/**
 * The plan as it will look once main accepts the changes, so controls answer the click at once.
 * Main stays the judge: its answer replaces this guess, and a refusal brings back the saved plan.
 * A change this cannot place is left to main.
 */
export function applyLocally(plan: Plan, changes: readonly FixChange[]): Plan {
  return changes.reduce<Plan>((current, change) => {
    try {
      return setAtPath(current, keyToPath(change.path), change.value);
    } catch {
      return current;
    }
  }, plan);
}
