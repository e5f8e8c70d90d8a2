import { Input, type InputProps } from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import { useCommitDraft } from './useCommitDraft';

type Props = Omit<InputProps, 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'onKeyDown'> & {
  value: string;
  /**
   * Called on blur or Enter when the text changed; resolves true when the value was saved. On false
   * the typed text stays so the user can correct it (the field or the header says why).
   */
  onCommit(value: string): Promise<boolean>;
};

/**
 * A text input that saves when the user leaves it or presses Enter, not on every keystroke.
 * Escape puts back the saved value. The typed text stays visible while a save is on its way and
 * after a refusal, so nothing typed is lost.
 */
export function CommitInput({ value, onCommit, ...rest }: Props) {
  const { text, setDraft, commit, discard } = useCommitDraft(value, onCommit);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') void commit();
    if (event.key === 'Escape') discard();
  };

  return (
    <Input
      {...rest}
      value={text}
      onChange={(_, data) => setDraft(data.value)}
      onBlur={() => void commit()}
      onKeyDown={onKeyDown}
    />
  );
}
