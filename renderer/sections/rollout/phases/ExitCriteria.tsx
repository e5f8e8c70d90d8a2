import { Button, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, SparkleRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Phase } from '../../../../shared/plan/schema';
import { CommitInput } from '../../../components/CommitInput';
import { FindingList } from '../../../components/FindingList';
import { pointsAt } from '../../../state/selectors';
import { useAppStore } from '../../../state/store';
import { useSave } from '../../../state/useSave';
import { rolloutStrings } from '../strings';

const s = rolloutStrings.phases;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, maxWidth: '820px' },
  head: { display: 'flex', flexDirection: 'column' },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyle: 'none' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  input: { flex: 1, minWidth: 0 },
  suggest: { alignSelf: 'flex-start' },
});

/** The exit criteria of one phase: edit in place (saved on blur or Enter), remove, add. */
export function ExitCriteria({ phase, index }: { phase: Phase; index: number }) {
  const styles = useStyles();
  const save = useSave();
  const headingId = useId();
  const path = `rollout.phases.${index}.exitCriteria`;
  const findings = useAppStore(useShallow((st) => st.findings.filter((f) => pointsAt(f, path))));
  const [draft, setDraft] = useState('');
  const criteria = phase.exitCriteria;
  const name = phase.name.trim() || s.untitled;

  const replace = (i: number, text: string) =>
    text.trim() === '' ? Promise.resolve(false) : save(path, criteria.map((c, j) => (j === i ? text.trim() : c)));
  const add = async () => {
    if (draft.trim() === '') return;
    if (await save(path, [...criteria, draft.trim()])) setDraft('');
  };

  return (
    <section className={styles.root} data-field={path} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Text as="h5" id={headingId} size={300} weight="semibold" className={styles.heading}>
          {s.exitCriteria}
        </Text>
        <Text size={200} className={styles.muted}>
          {s.exitHint}
        </Text>
      </div>
      {criteria.length === 0 && (
        <Button className={styles.suggest} size="small" icon={<SparkleRegular />} onClick={() => void save(path, s.suggested[phase.kind])}>
          {s.addSuggested}
        </Button>
      )}
      <ul className={styles.list}>
        {criteria.map((c, i) => (
          <li key={`${i}:${c}`} className={styles.row}>
            <CommitInput className={styles.input} value={c} aria-label={s.criterionLabel(i + 1, name)} onCommit={(text) => replace(i, text)} />
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={s.removeCriterion(i + 1, name)}
              onClick={() => void save(path, criteria.filter((_, j) => j !== i))}
            />
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Input
          className={styles.input}
          value={draft}
          aria-label={s.newCriterion(name)}
          placeholder={s.newCriterionPlaceholder}
          onChange={(_, data) => setDraft(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void add();
          }}
        />
        <Button icon={<AddRegular />} disabled={draft.trim() === ''} onClick={() => void add()}>
          {s.addCriterion}
        </Button>
      </div>
      <FindingList findings={findings} />
    </section>
  );
}
