import { Button, Field, makeStyles, Text, Textarea, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowResetRegular, DeleteRegular } from '@fluentui/react-icons';
import { useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { offsetWords } from '../../../../shared/comms/schedule';
import type { CampaignTemplate } from '../../../../shared/comms/templates';
import { CommitInput } from '../../../components/CommitInput';
import { useCommitDraft } from '../../../components/useCommitDraft';
import { formatOffsets, parseOffsets } from '../campaignOps';
import { commsStrings } from '../strings';
import { useTemplateSave } from './templateSave';

const s = commsStrings.emails;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  body: { width: '100%', '& textarea': { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 } },
  muted: { color: tokens.colorNeutralForeground3 },
  markup: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    '& dt': { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground1 },
    '& dd': { margin: 0, color: tokens.colorNeutralForeground3 },
  },
  pair: { display: 'contents' },
  help: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** The fields a placeholder can be inserted into. */
export type InsertTarget = 'subject' | 'preheader' | 'body';

export interface TemplateEditorHandle {
  /** Puts `text` at the cursor of the field last edited (the body by default) and saves it. */
  insert(text: string): void;
}

const ONE_LINE = /^[^\r\n]*$/;

function useLineCommit(save: (text: string) => Promise<boolean>, check: (text: string) => string | null) {
  const [error, setError] = useState<string | null>(null);
  const commit = async (text: string) => {
    const problem = check(text);
    setError(problem);
    return problem ? false : save(text);
  };
  return { error, commit };
}

function BodyField({
  value,
  onSave,
  textareaRef,
  onFocus,
  label,
}: {
  value: string;
  onSave(text: string): Promise<boolean>;
  textareaRef: Ref<HTMLTextAreaElement>;
  onFocus(): void;
  label: string;
}) {
  const styles = useStyles();
  const { text, setDraft, commit, discard } = useCommitDraft(value, (typed) => onSave(typed.trimEnd()));
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void commit();
    if (event.key === 'Escape') discard();
  };
  return (
    <Textarea
      ref={textareaRef}
      className={styles.body}
      value={text}
      rows={16}
      resize="vertical"
      aria-label={label}
      spellCheck
      onChange={(_, data) => setDraft(data.value)}
      onBlur={() => void commit()}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    />
  );
}

/** Name, subject, preview text, body and schedule of one email; each field saves when left. */
export function TemplateEditor({
  entry,
  onRestore,
  onDelete,
  handle,
}: {
  entry: CampaignTemplate;
  onRestore(): void;
  onDelete(): void;
  handle: Ref<TemplateEditorHandle>;
}) {
  const styles = useStyles();
  const { template, shipped, edited } = entry;
  // Fluent gives the focus back only to DialogTrigger; the restore question opens from state, so mark the opener.
  const returnFocusHere = useRestoreFocusTarget();
  const save = useTemplateSave(template.id);
  const subjectRef = useRef<HTMLInputElement>(null);
  const preheaderRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const last = useRef<InsertTarget>('body');

  useImperativeHandle(handle, () => ({
    insert(text: string) {
      const target = last.current;
      const el = (target === 'subject' ? subjectRef : target === 'preheader' ? preheaderRef : bodyRef).current;
      if (!el) return;
      const start = el.selectionStart ?? el.value.length;
      const end = el.selectionEnd ?? start;
      const next = `${el.value.slice(0, start)}${text}${el.value.slice(end)}`;
      void save(target, target === 'body' ? next.trimEnd() : next).then((saved) => {
        if (!saved) return;
        // After the re-render with the saved text, put the cursor just after the insertion.
        requestAnimationFrame(() => {
          el.focus();
          el.setSelectionRange(start + text.length, start + text.length);
        });
      });
    },
  }));

  const name = useLineCommit(
    (t) => save('name', t.trim()),
    (t) => (t.trim() === '' ? s.nameRequired : ONE_LINE.test(t) ? null : s.lineBreak),
  );
  const subject = useLineCommit(
    (t) => save('subject', t.trim()),
    (t) => (ONE_LINE.test(t) ? null : s.lineBreak),
  );
  const preheader = useLineCommit(
    (t) => save('preheader', t.trim()),
    (t) => (ONE_LINE.test(t) ? null : s.lineBreak),
  );
  const offsets = useLineCommit(
    (t) => save('offsets', parseOffsets(t) ?? []),
    (t) => (parseOffsets(t) === null ? s.offsetsInvalid : null),
  );

  const fieldProps = (error: string | null) => ({ validationState: error ? ('error' as const) : ('none' as const), validationMessage: error ?? undefined });
  const words = template.offsets.map(offsetWords);

  return (
    <div className={styles.root}>
      {(shipped === null || edited) && (
        <div className={styles.head}>
          <Text size={200} className={styles.muted}>
            {shipped === null ? s.customNote : s.editedNote}
          </Text>
          {shipped === null ? (
            <Button icon={<DeleteRegular />} onClick={onDelete}>
              {s.deleteEmail}
            </Button>
          ) : (
            <Button {...returnFocusHere} icon={<ArrowResetRegular />} onClick={onRestore}>
              {s.restore}
            </Button>
          )}
        </div>
      )}
      <Field label={s.name} hint={s.nameHint} {...fieldProps(name.error)}>
        <CommitInput value={template.name} onCommit={name.commit} />
      </Field>
      <Field label={s.subject} {...fieldProps(subject.error)}>
        <CommitInput input={{ ref: subjectRef }} value={template.subject} onCommit={subject.commit} onFocus={() => (last.current = 'subject')} />
      </Field>
      <Field label={s.preheader} hint={s.preheaderHint} {...fieldProps(preheader.error)}>
        <CommitInput input={{ ref: preheaderRef }} value={template.preheader} onCommit={preheader.commit} onFocus={() => (last.current = 'preheader')} />
      </Field>
      <Field label={s.body} hint={s.bodyHint}>
        <BodyField
          value={template.body}
          onSave={(t) => save('body', t)}
          textareaRef={bodyRef}
          onFocus={() => (last.current = 'body')}
          label={s.body}
        />
      </Field>
      <div className={styles.help}>
        <Text size={200} weight="semibold">
          {s.markupHeading}
        </Text>
        <dl className={styles.markup}>
          {s.markup.map(([code, meaning]) => (
            <div key={code} className={styles.pair}>
              <dt>{code}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </div>
      <Field label={s.offsets} hint={s.offsetsHint} {...fieldProps(offsets.error)}>
        <CommitInput value={formatOffsets(template.offsets)} onCommit={offsets.commit} inputMode="text" />
      </Field>
      <Text size={200} className={styles.muted}>
        {words.length === 0 ? s.offsetsNone : s.offsetsWords(words)}
      </Text>
    </div>
  );
}
