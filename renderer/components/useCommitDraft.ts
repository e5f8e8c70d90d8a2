import { useRef, useState } from 'react';

/**
 * The typed-but-not-saved text of a field that saves when the user leaves it. `commit` sends the
 * draft once (Enter followed by blur must not save twice); a refusal keeps the draft for correcting;
 * `discard` puts the saved value back.
 */
export function useCommitDraft(value: string, onCommit: (text: string) => Promise<boolean>) {
  const [draft, setDraft] = useState<string | null>(null);
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

  return { text: draft ?? value, setDraft, commit, discard: () => setDraft(null) };
}
