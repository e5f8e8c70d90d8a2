import { Select, Switch, Textarea, type InputProps, type TextareaProps } from '@fluentui/react-components';
import { useState, type KeyboardEvent } from 'react';
import { EMAIL, HTTPS_URL } from '../../../shared/plan/formats';
import type { JsonValue } from '../../../shared/plan/paths';
import { useSave } from '../../state/useSave';
import { CommitInput } from '../CommitInput';
import { useCommitDraft } from '../useCommitDraft';
import { fieldStrings } from './strings';

/** Checks typed text before it is saved; returns the message to show at the field, or null. */
export type Validate = (text: string) => string | null;

interface TextProps {
  path: string;
  value: string;
  validate?: Validate;
  /** Turns accepted text into the stored value (default: the trimmed text). */
  toValue?: (text: string) => JsonValue;
  onError?: (message: string | null) => void;
  type?: InputProps['type'];
  placeholder?: string;
  ariaLabel?: string;
  inputMode?: InputProps['inputMode'];
}

/**
 * A text input saved on blur or Enter. Text that fails `validate` is not sent: its message goes to
 * `onError` (the surrounding PlanField shows it) and the typed text stays for correcting.
 */
export function PlanTextInput({ path, value, validate, toValue, onError, type, placeholder, ariaLabel, inputMode }: TextProps) {
  const save = useSave();
  const commit = async (text: string) => {
    const problem = validate?.(text) ?? null;
    onError?.(problem);
    if (problem) return false;
    return save(path, toValue ? toValue(text) : text.trim());
  };
  return (
    <CommitInput
      value={value}
      onCommit={commit}
      type={type}
      placeholder={placeholder}
      aria-label={ariaLabel}
      inputMode={inputMode}
    />
  );
}

/** Holds the client-side error of one field between PlanTextInput and PlanField. */
export function useFieldError(): [string | null, (message: string | null) => void] {
  return useState<string | null>(null);
}

export const validators = {
  email: (text: string) => (text.trim() === '' || EMAIL.test(text.trim()) ? null : fieldStrings.email),
  requiredEmail: (text: string) => (EMAIL.test(text.trim()) ? null : fieldStrings.email),
  https: (text: string) => (text.trim() === '' || HTTPS_URL.test(text.trim()) ? null : fieldStrings.https),
  wholeNumber:
    (min: number, max: number): Validate =>
    (text) => {
      const n = Number(text.trim());
      return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? null : fieldStrings.wholeNumber(min, max);
    },
  amount:
    (max: number): Validate =>
    (text) => {
      const n = Number(text.trim());
      return text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= max ? null : fieldStrings.amount(max);
    },
  /** A date (YYYY-MM-DD from the date input) that must not come before / after other dates. */
  date:
    (rules: { notBefore?: [string | null, string]; notAfter?: [string | null, string] } = {}): Validate =>
    (text) => {
      if (text === '') return null;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return fieldStrings.date;
      const [before, beforeName] = rules.notBefore ?? [null, ''];
      const [after, afterName] = rules.notAfter ?? [null, ''];
      if (before && text < before) return fieldStrings.notBefore(beforeName, before);
      if (after && text > after) return fieldStrings.notAfter(afterName, after);
      return null;
    },
};

/** Stored value of a date input: null when cleared. */
export const dateValue = (text: string): JsonValue => (text === '' ? null : text);
export const numberValue = (text: string): JsonValue => Number(text.trim());

export function PlanSwitch({ path, checked, label }: { path: string; checked: boolean; label: string }) {
  const save = useSave();
  return <Switch checked={checked} label={label} onChange={(_, data) => void save(path, data.checked)} />;
}

export function PlanSelect<T extends string>({
  path,
  value,
  options,
  ariaLabel,
}: {
  path: string;
  value: T;
  options: { value: T; label: string }[];
  ariaLabel?: string;
}) {
  const save = useSave();
  return (
    <Select value={value} aria-label={ariaLabel} onChange={(_, data) => void save(path, data.value)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}

interface TextAreaProps {
  path: string;
  value: string;
  validate?: Validate;
  onError?: (message: string | null) => void;
  placeholder?: string;
  ariaLabel?: string;
  rows?: number;
  resize?: TextareaProps['resize'];
  className?: string;
}

/**
 * A multi-line text saved on blur (or Ctrl+Enter), like PlanTextInput: text that fails `validate`
 * is not sent and stays for correcting, Escape puts back the saved text. Enter adds a line.
 * The stored value keeps the lines as typed, without trailing blanks at the end.
 */
export function PlanTextArea({ path, value, validate, onError, placeholder, ariaLabel, rows = 4, resize = 'vertical', className }: TextAreaProps) {
  const save = useSave();
  const { text, setDraft, commit, discard } = useCommitDraft(value, async (typed) => {
    const problem = validate?.(typed) ?? null;
    onError?.(problem);
    return problem ? false : save(path, typed.trimEnd());
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void commit();
    if (event.key === 'Escape') discard();
  };

  return (
    <Textarea
      className={className}
      value={text}
      rows={rows}
      resize={resize}
      placeholder={placeholder}
      aria-label={ariaLabel}
      onChange={(_, data) => setDraft(data.value)}
      onBlur={() => void commit()}
      onKeyDown={onKeyDown}
    />
  );
}
