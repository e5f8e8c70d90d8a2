import { Combobox, makeStyles, Option } from '@fluentui/react-components';
import { useRef, useState } from 'react';

// The input must be allowed to shrink, or a narrow column pushes the dropdown button out of view.
const useStyles = makeStyles({ root: { width: '100%', minWidth: 0 }, input: { minWidth: 0, width: '100%' } });

/**
 * Free text with suggestions (a freeform Combobox): picking a suggestion saves it at once, typed
 * text is saved on blur. Like CommitInput, a refused save keeps the typed text for correcting.
 */
export function SuggestInput({
  value,
  suggestions,
  onCommit,
  ariaLabel,
  placeholder,
}: {
  value: string;
  suggestions: readonly string[];
  onCommit(text: string): Promise<boolean>;
  ariaLabel: string;
  placeholder?: string;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState<string | null>(null);
  // Choosing an option and the blur that may follow must not save the same text twice.
  const inFlight = useRef<string | null>(null);

  const commit = async (text: string) => {
    const next = text.trim();
    if (next === inFlight.current) return;
    if (next === value) {
      setDraft(null);
      return;
    }
    inFlight.current = next;
    const saved = await onCommit(next);
    inFlight.current = null;
    if (saved) setDraft(null);
  };

  return (
    <Combobox
      className={styles.root}
      input={{ className: styles.input }}
      freeform
      value={draft ?? value}
      selectedOptions={suggestions.includes(value) ? [value] : []}
      placeholder={placeholder}
      aria-label={ariaLabel}
      onChange={(event) => setDraft(event.target.value)}
      onOptionSelect={(_, data) => {
        if (data.optionText === undefined) return;
        setDraft(data.optionText);
        void commit(data.optionText);
      }}
      onBlur={() => {
        if (draft !== null) void commit(draft);
      }}
    >
      {suggestions.map((s) => (
        <Option key={s}>{s}</Option>
      ))}
    </Combobox>
  );
}
