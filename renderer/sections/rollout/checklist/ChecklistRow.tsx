import { Button, Checkbox, Field, makeStyles, mergeClasses, TableCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { howToOf } from '../../../../shared/plan/checklist';
import type { ChecklistItem } from '../../../../shared/plan/schema';
import { CommitInput } from '../../../components/CommitInput';
import { dateValue, PlanTextInput, useFieldError, validators } from '../../../components/fields/inputs';
import { useAppStore } from '../../../state/store';
import { useSave } from '../../../state/useSave';
import { removeStepChange, titleOf } from '../phaseOps';
import { rolloutStrings } from '../strings';

const s = rolloutStrings.checklist;

const useStyles = makeStyles({
  cell: { paddingBlock: tokens.spacingVerticalS, verticalAlign: 'top' },
  step: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  checkbox: { flexShrink: 0, marginTop: '-6px' },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flex: 1, paddingTop: '0px' },
  title: { fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorNeutralForeground3 },
  howTo: { color: tokens.colorNeutralForeground3 },
  fill: { display: 'flex', flexDirection: 'column', '& .fui-Input': { width: '100%', minWidth: 0 } },
});

/** One step of a phase's checklist: done, title and how-to, owner, due date; custom steps can go. */
export function ChecklistRow({
  item,
  index,
  phaseName,
  checklist,
  removable,
}: {
  item: ChecklistItem;
  index: number;
  phaseName: string;
  checklist: readonly ChecklistItem[];
  /** Whether the table has a remove column (only custom steps can be removed). */
  removable: boolean;
}) {
  const styles = useStyles();
  const save = useSave();
  const applyChanges = useAppStore((st) => st.applyChanges);
  const [dueError, setDueError] = useFieldError();
  const at = (field: keyof ChecklistItem) => `rollout.checklist.${index}.${field}`;
  const title = titleOf(item);
  const howTo = howToOf(item);
  const custom = item.step === 'custom';

  return (
    <TableRow>
      <TableCell className={styles.cell}>
        <div className={styles.step} data-field={`${at('done')} ${at('title')}`}>
          <Checkbox
            className={styles.checkbox}
            checked={item.done}
            aria-label={s.doneLabel(title, phaseName)}
            onChange={(_, data) => void save(at('done'), data.checked === true)}
          />
          <div className={styles.text}>
            {custom ? (
              <CommitInput
                value={item.title}
                aria-label={s.titleOf(phaseName)}
                onCommit={(text) => (text.trim() === '' ? Promise.resolve(false) : save(at('title'), text.trim()))}
              />
            ) : (
              <Text className={mergeClasses(styles.title, item.done && styles.done)}>{title}</Text>
            )}
            <Text size={200} className={styles.howTo}>
              {howTo ?? s.custom}
            </Text>
          </div>
        </div>
      </TableCell>
      <TableCell className={styles.cell}>
        <div className={styles.fill} data-field={at('owner')}>
          <PlanTextInput path={at('owner')} value={item.owner} ariaLabel={s.ownerOf(title, phaseName)} placeholder={s.ownerPlaceholder} />
        </div>
      </TableCell>
      <TableCell className={styles.cell}>
        <div className={styles.fill} data-field={at('due')}>
          <Field validationState={dueError ? 'error' : 'none'} validationMessage={dueError ?? undefined}>
            <PlanTextInput
              path={at('due')}
              type="date"
              value={item.due ?? ''}
              ariaLabel={s.dueOf(title, phaseName)}
              validate={validators.date()}
              toValue={dateValue}
              onError={setDueError}
            />
          </Field>
        </div>
      </TableCell>
      {removable && (
        <TableCell className={styles.cell}>
          {custom && (
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={s.removeStep(title, phaseName)}
              onClick={() => void applyChanges([removeStepChange(checklist, index)])}
            />
          )}
        </TableCell>
      )}
    </TableRow>
  );
}
