import { Button, Input, Label, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CommitInput } from '../../components/CommitInput';
import { FindingList } from '../../components/FindingList';
import { pointsAt } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useSave } from '../../state/useSave';
import { overviewStrings } from './strings';

const s = overviewStrings.identitySystems;
const PATH = 'overview.otherIdentitySystems';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '640px' },
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyle: 'none' },
  // The same two columns for every row and the add row, so the inputs line up.
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 84px', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  grow: { minWidth: 0 },
  action: { justifySelf: 'start' },
  muted: { color: tokens.colorNeutralForeground3 },
});

function AddSystem({ onAdd }: { onAdd(text: string): Promise<boolean> }) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const add = async () => {
    const added = text.trim();
    if (added === '') return;
    // Saving takes a moment; whatever was typed meanwhile is the next entry and must survive.
    if (await onAdd(added)) setText((current) => (current.trim() === added ? '' : current));
  };
  return (
    <div className={styles.row}>
      <Input
        className={styles.grow}
        value={text}
        aria-label={s.addLabel}
        placeholder={s.addPlaceholder}
        onChange={(_, data) => setText(data.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void add();
        }}
      />
      <Button className={styles.action} icon={<AddRegular />} disabled={text.trim() === ''} onClick={() => void add()}>
        {s.add}
      </Button>
    </div>
  );
}

/** The systems a reset must also reach: edit in place (saved on blur or Enter), remove, or add. */
export function IdentitySystemsList({ systems }: { systems: readonly string[] }) {
  const styles = useStyles();
  const save = useSave();
  const labelId = useId();
  const hintId = useId();
  const findings = useAppStore(useShallow((st) => st.findings.filter((f) => pointsAt(f, PATH))));

  const replace = (index: number, text: string) =>
    text.trim() === '' ? Promise.resolve(false) : save(PATH, systems.map((x, i) => (i === index ? text.trim() : x)));

  return (
    <div className={styles.root} data-field={PATH} role="group" aria-labelledby={labelId} aria-describedby={hintId}>
      <div className={styles.head}>
        <Label id={labelId} weight="semibold">
          {s.label}
        </Label>
        <Text id={hintId} size={200} className={styles.hint}>
          {s.hint}
        </Text>
      </div>
      {systems.length === 0 ? (
        <Text className={styles.muted}>{s.empty}</Text>
      ) : (
        <ul className={styles.list}>
          {systems.map((name, i) => (
            <li key={`${i}:${name}`} className={styles.row}>
              <CommitInput className={styles.grow} value={name} aria-label={s.itemLabel(i + 1)} onCommit={(text) => replace(i, text)} />
              <Button
                className={styles.action}
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={s.remove(name)}
                onClick={() => void save(PATH, systems.filter((_, j) => j !== i))}
              />
            </li>
          ))}
        </ul>
      )}
      <AddSystem onAdd={(text) => save(PATH, [...systems, text])} />
      <FindingList findings={findings} />
    </div>
  );
}
