import { Combobox, Field, Option } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ApiOutputs } from '../../../../shared/api';
import { call } from '../../../state/apiClient';
import { simulatorStrings } from '../strings';

const s = simulatorStrings.tryIt;
const LIMIT = 20;
const DEBOUNCE_MS = 150;

/** A search over the imported users (main filters them); choosing one starts that user's walk. */
export function UserPicker({ onPick }: { onPick(upn: string): void }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [found, setFound] = useState<ApiOutputs['simulator.findUsers']>([]);
  const request = useRef(0);
  useEffect(() => {
    const mine = ++request.current;
    const timer = setTimeout(async () => {
      try {
        const users = await call('simulator.findUsers', { query, limit: LIMIT });
        if (mine === request.current) setFound(users);
      } catch {
        if (mine === request.current) setFound([]);
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  return (
    <Field label={s.searchLabel}>
      <Combobox
        freeform
        placeholder={s.searchPlaceholder}
        value={query}
        open={open}
        onOpenChange={(_, data) => setOpen(data.open)}
        // Pasted text opens the list too, not only typed keys.
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onOptionSelect={(_, data) => {
          if (!data.optionValue) return;
          setQuery(data.optionText ?? data.optionValue);
          onPick(data.optionValue);
        }}
      >
        {found.length === 0 ? (
          <Option key="none" value="" text="" disabled>
            {s.noMatches}
          </Option>
        ) : (
          found.map((u) => (
            <Option key={u.upn} value={u.upn} text={`${u.displayName} (${u.upn})`}>
              {`${u.displayName} (${u.upn})`}
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
