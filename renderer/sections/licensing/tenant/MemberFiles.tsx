import { Button, Field, Input, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular, DocumentRegular } from '@fluentui/react-icons';
import { useId, useRef, type ChangeEvent } from 'react';
import { useAppStore } from '../../../state/store';
import { licensingStrings } from '../strings';
import { byteSize } from '../tenantFiles';

const s = licensingStrings.tenantImport;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  words: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, flex: '1 1 320px', minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(160px, 320px) minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  input: { width: '100%', minWidth: 0 },
  heads: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, marginBottom: `-${tokens.spacingVerticalXS}` },
  file: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0, minHeight: '32px' },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  size: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
  hidden: { display: 'none' },
});

/** The member exports, one per group, each with the group's name (taken from the file name, editable). */
export function MemberFiles({ disabled, problems }: { disabled: boolean; problems: Map<string, string> }) {
  const styles = useStyles();
  const members = useAppStore((st) => st.tenantChoice.members);
  const add = useAppStore((st) => st.addMemberFiles);
  const rename = useAppStore((st) => st.renameMemberFile);
  const remove = useAppStore((st) => st.removeMemberFile);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.target.files ?? [])];
    event.target.value = '';
    if (picked.length > 0) add(picked);
  };

  return (
    <div className={styles.root} role="group" aria-labelledby={`${id}-label`}>
      <div className={styles.head}>
        <div className={styles.words}>
          <Text id={`${id}-label`} weight="semibold">
            {s.members.label}
          </Text>
          <Text id={`${id}-hint`} size={200} className={styles.hint}>
            {s.members.hint}
          </Text>
        </div>
        <Button icon={<AddRegular />} disabled={disabled} aria-describedby={`${id}-hint`} onClick={() => input.current?.click()}>
          {s.members.add}
        </Button>
      </div>
      {members.length > 0 && (
        <div className={mergeClasses(styles.item, styles.heads)} aria-hidden>
          <span>{s.members.columns.group}</span>
          <span>{s.members.columns.file}</span>
        </div>
      )}
      {members.length > 0 && (
        <ul className={styles.list} aria-label={s.members.listLabel}>
          {members.map((m) => {
            const problem = problems.get(m.key);
            return (
              <li key={m.key} className={styles.item}>
                <Field validationState={problem ? 'error' : 'none'} validationMessage={problem}>
                  <Input
                    className={styles.input}
                    value={m.group}
                    disabled={disabled}
                    aria-label={s.members.groupLabel(m.file.name)}
                    onChange={(_, data) => rename(m.key, data.value)}
                  />
                </Field>
                <span className={styles.file}>
                  <DocumentRegular aria-hidden className={styles.size} />
                  <Text className={styles.name} title={m.file.name}>
                    {m.file.name}
                  </Text>
                  <Text size={200} className={styles.size}>
                    {s.size(byteSize(m.file.size))}
                  </Text>
                </span>
                <Button
                  appearance="subtle"
                  icon={<DismissRegular />}
                  disabled={disabled}
                  aria-label={s.members.remove(m.file.name)}
                  onClick={() => remove(m.key)}
                />
              </li>
            );
          })}
        </ul>
      )}
      <input
        ref={input}
        type="file"
        multiple
        accept=".csv,.txt,text/csv"
        aria-label={s.members.input}
        tabIndex={-1}
        className={styles.hidden}
        onChange={onChange}
      />
    </div>
  );
}
