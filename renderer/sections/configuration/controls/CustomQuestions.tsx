import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { configStrings } from '../strings';
import { CommitInput } from '../../../components/CommitInput';
import { useSavePolicy } from './useSavePolicy';

const s = configStrings.questions;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  input: { flex: 1, minWidth: 0 },
  addRow: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  addField: { flex: 1, minWidth: 0 },
  addInput: { width: '100%' },
  muted: { color: tokens.colorNeutralForeground3 },
});

function AddQuestion({ onAdd, disabled }: { onAdd(question: string): Promise<boolean>; disabled: boolean }) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const add = async () => {
    if (text.trim() === '') return;
    if (await onAdd(text.trim())) setText('');
  };
  return (
    <div className={styles.addRow}>
      <Field label={s.addLabel} className={styles.addField}>
        <Input
          className={styles.addInput}
          value={text}
          placeholder={s.addPlaceholder}
          disabled={disabled}
          onChange={(_, data) => setText(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void add();
          }}
        />
      </Field>
      <Button icon={<AddRegular />} disabled={disabled || text.trim() === ''} onClick={() => void add()}>
        {s.add}
      </Button>
    </div>
  );
}

/** Custom questions: edit in place (saved on blur or Enter), remove, or add a new one. */
export function CustomQuestions({ questions, disabled }: { questions: readonly string[]; disabled: boolean }) {
  const styles = useStyles();
  const save = useSavePolicy();

  const replace = (index: number, text: string) =>
    text.trim() === '' ? Promise.resolve(false) : save('customQuestions', questions.map((q, i) => (i === index ? text.trim() : q)));
  const remove = (index: number) => void save('customQuestions', questions.filter((_, i) => i !== index));

  return (
    <div className={styles.root}>
      <Text weight="semibold">{s.custom}</Text>
      {questions.length === 0 && <Text className={styles.muted}>{s.noCustom}</Text>}
      {questions.map((q, i) => (
        <div key={`${i}:${q}`} className={styles.row}>
          <CommitInput
            className={styles.input}
            value={q}
            aria-label={s.customLabel(i + 1)}
            disabled={disabled}
            onCommit={(text) => replace(i, text)}
          />
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={s.remove(i + 1)}
            disabled={disabled}
            onClick={() => remove(i)}
          />
        </div>
      ))}
      <AddQuestion disabled={disabled} onAdd={(text) => save('customQuestions', [...questions, text])} />
    </div>
  );
}
