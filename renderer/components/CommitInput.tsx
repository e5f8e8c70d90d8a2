import { Input, type InputProps } from '@fluentui/react-components';
import { useRef, useState, type KeyboardEvent } from 'react';

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
  const [draft, setDraft] = useState<string | null>(null);
  // Enter followed by blur must not save the same text twice.
  const inFlight = useRef<string | null>(null);

  const commit = async () => {
    if (draft === null || draft === inFlight.current) return;
    if (draft === value) {
      setDraft(null);
      return;
    }
    const sent = draft;
    inFlight.current = sent;
    const saved = await onCommit(sent);
    inFlight.current = null;
    if (saved) setDraft((current) => (current === sent ? null : current));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') void commit();
    if (event.key === 'Escape') setDraft(null);
  };

  return (
    <Input
      {...rest}
      value={draft ?? value}
      onChange={(_, data) => setDraft(data.value)}
      onBlur={() => void commit()}
      onKeyDown={onKeyDown}
    />
  );
}
