import { useCallback } from 'react';
import type { TestCase } from '../../../shared/plan/schema';
import { nextCaseId } from '../../../shared/plan/testingCsv';
import { useAppStore } from '../../state/store';
import { useSave } from '../../state/useSave';
import { moveItem } from '../support/lists';
import type { CaseMoves } from './CaseFields';

const EMPTY: TestCase[] = [];
const PATH = 'testing.cases';

/**
 * Adding, removing and reordering cases. Each sends the whole list so undo puts it back exactly;
 * field edits go one by one through the fields themselves.
 */
export function useCaseList() {
  const cases = useAppStore((st) => st.plan?.testing.cases ?? EMPTY);
  const save = useSave();

  /** Adds an empty case at the end; resolves its id once saved, else null. */
  const add = useCallback(async () => {
    const testCase: TestCase = {
      id: nextCaseId(cases),
      title: '',
      preconditions: '',
      steps: '',
      expected: '',
      network: 'any',
      device: '',
      phase: 'pilot',
      scenario: '',
    };
    return (await save(PATH, [...cases, testCase])) ? testCase.id : null;
  }, [cases, save]);

  const movesFor = useCallback(
    (index: number, onRemoved: () => void): CaseMoves => ({
      up: index > 0 ? () => void save(PATH, moveItem(cases, index, -1)) : undefined,
      down: index < cases.length - 1 ? () => void save(PATH, moveItem(cases, index, 1)) : undefined,
      remove: () => {
        onRemoved();
        void save(PATH, cases.filter((_, i) => i !== index));
      },
    }),
    [cases, save],
  );

  return { add, movesFor };
}
