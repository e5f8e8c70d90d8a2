import { Button, Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AttachRegular, DismissRegular, DocumentRegular, ImageRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from '../../../shared/plan/evidenceLimits';
import { checkFiles, EVIDENCE_ACCEPT, isImage } from './evidenceFiles';
import { testingStrings } from './strings';

const s = testingStrings.evidence;

const useStyles = makeStyles({
  hidden: { display: 'none' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyle: 'none' },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  size: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
  row: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
});

/**
 * Files to attach to the next run. Each file is checked here (type, size, count) before anything
 * is uploaded; a refused file is named with the reason and the others stay chosen.
 */
export function EvidencePicker({ files, onFiles }: { files: File[]; onFiles(next: File[]): void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const listId = useId();

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = ''; // choosing the same file again must fire change again
    const { kept, problems: found } = checkFiles(chosen, files);
    setProblems(found);
    if (kept.length > 0) onFiles([...files, ...kept]);
  };

  return (
    <Field
      label={s.label}
      hint={s.hint(MAX_EVIDENCE_BYTES / (1024 * 1024), MAX_EVIDENCE_FILES)}
      validationState={problems.length > 0 ? 'error' : 'none'}
      validationMessage={problems.length > 0 ? problems.join(' ') : undefined}
    >
      <div className={styles.row}>
        <Button icon={<AttachRegular />} onClick={() => input.current?.click()} aria-describedby={files.length > 0 ? listId : undefined}>
          {s.attach}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept={EVIDENCE_ACCEPT}
          aria-label={s.chooser}
          className={styles.hidden}
          onChange={onChange}
        />
        {files.length > 0 && (
          <ul className={styles.list} id={listId}>
            {files.map((file, i) => (
              <li key={`${file.name}-${i}`} className={styles.item}>
                {isImage(file.type) ? <ImageRegular aria-hidden /> : <DocumentRegular aria-hidden />}
                <Text className={styles.name}>{file.name}</Text>
                <Text size={200} className={styles.size}>
                  {testingStrings.size(file.size)}
                </Text>
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<DismissRegular />}
                  aria-label={s.remove(file.name)}
                  onClick={() => {
                    setProblems([]);
                    onFiles(files.filter((_, j) => j !== i));
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </Field>
  );
}
