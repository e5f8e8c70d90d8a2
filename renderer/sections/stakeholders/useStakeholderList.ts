import { useCallback } from 'react';
import type { FixChange } from '../../../shared/plan/findings';
import { emptyRaci } from '../../../shared/plan/defaults';
import type { Stakeholder } from '../../../shared/plan/schema';
import { newStakeholderId } from '../../../shared/plan/stakeholdersCsv';
import { useAppStore } from '../../state/store';
import { useSave } from '../../state/useSave';
import { stakeholderStrings as s } from './strings';
import { localToday } from '../../../shared/today';

const EMPTY: Stakeholder[] = [];

export function newStakeholder(): Stakeholder {
  return {
    id: newStakeholderId(),
    name: '',
    title: '',
    email: '',
    role: '',
    contributes: '',
    accountableFor: '',
    raci: emptyRaci(),
    signOff: 'pending',
    signOffDate: null,
  };
}

/** How a row is named in labels: its name, or its position while it has none. */
export const displayName = (person: Stakeholder, index: number) => person.name.trim() || s.unnamed(index + 1);

/**
 * The stakeholder list and its edits. Adding, removing, reordering and importing send the whole
 * list so undo puts it back exactly; field edits send one value at its own path.
 */
export function useStakeholderList() {
  const list = useAppStore((st) => st.plan?.stakeholders ?? EMPTY);
  const applyChanges = useAppStore((st) => st.applyChanges);
  const save = useSave();

  const replaceAll = useCallback((next: Stakeholder[]) => save('stakeholders', next), [save]);

  const add = useCallback(() => {
    const person = newStakeholder();
    void replaceAll([...list, person]);
    return person.id;
  }, [list, replaceAll]);

  const remove = useCallback((index: number) => replaceAll(list.filter((_, i) => i !== index)), [list, replaceAll]);

  const move = useCallback(
    (index: number, by: -1 | 1) => {
      const to = index + by;
      if (to < 0 || to >= list.length) return Promise.resolve(false);
      const next = [...list];
      [next[index], next[to]] = [next[to], next[index]];
      return replaceAll(next);
    },
    [list, replaceAll],
  );

  /** "Signed" without a date also records today's date, in one undoable step. */
  const setSignOff = useCallback(
    (index: number, signOff: Stakeholder['signOff']) => {
      const changes: FixChange[] = [{ path: `stakeholders.${index}.signOff`, value: signOff }];
      if (signOff === 'signed' && list[index].signOffDate === null) changes.push({ path: `stakeholders.${index}.signOffDate`, value: localToday() });
      return applyChanges(changes);
    },
    [list, applyChanges],
  );

  return { list, save, replaceAll, add, remove, move, setSignOff };
}
