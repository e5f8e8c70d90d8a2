import { Button, Field, makeStyles, mergeClasses, TableCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import type { Finding } from '../../../shared/plan/findings';
import type { BackupRow } from '../../../shared/plan/schema';
import { CommitInput } from '../../components/CommitInput';
import { FindingList } from '../../components/FindingList';
import { PlanTextInput, useFieldError } from '../../components/fields/inputs';
import { useSave } from '../../state/useSave';
import { frequencyProblem, frequencyValue } from './backups';
import { reportingStrings } from './strings';
import { SuggestInput } from './SuggestInput';

const s = reportingStrings.backups;

const useStyles = makeStyles({
  cell: { verticalAlign: 'top', paddingBlock: '6px' },
  kind: { paddingTop: '6px' },
  // PlanTextInput takes no class: its input fills the cell through the wrapper.
  fill: { '& .fui-Input': { width: '100%', minWidth: 0 } },
  input: { width: '100%', minWidth: 0 },
  // A row and its findings read as one: no rule between them.
  joined: { borderBottomColor: 'transparent' },
  findings: { paddingBottom: tokens.spacingVerticalS },
});

/**
 * One backup: its kind, interval, target and owner, with its findings on a line of their own
 * under it (SSPR-AUDIT-001 about the interval, SSPR-AUDIT-002 about gaps).
 */
export function BackupTableRow({
  backups,
  index,
  findings,
  columns,
}: {
  backups: BackupRow[];
  index: number;
  findings: Finding[];
  columns: number;
}) {
  const styles = useStyles();
  const save = useSave();
  const [error, setError] = useFieldError();
  const row = backups[index];
  const path = `reporting.backups.${index}`;
  const kind = s.kinds[row.kind];
  const intervalFlagged = findings.some((f) => f.field === `${path}.frequencyDays`);

  return (
    <>
      <TableRow data-field={path} className={findings.length > 0 ? styles.joined : undefined}>
        <TableCell className={styles.cell}>
          <Text weight="semibold" className={styles.kind} block>
            {kind}
          </Text>
        </TableCell>
        <TableCell className={mergeClasses(styles.cell, styles.fill)} data-field={`${path}.frequencyDays`}>
          <Field
            validationState={error || intervalFlagged ? 'error' : 'none'}
            validationMessage={error ?? undefined}
          >
            <PlanTextInput
              path={`${path}.frequencyDays`}
              value={row.frequencyDays === null ? '' : String(row.frequencyDays)}
              validate={frequencyProblem}
              toValue={frequencyValue}
              onError={setError}
              inputMode="numeric"
              ariaLabel={s.frequencyLabel(kind)}
            />
          </Field>
        </TableCell>
        <TableCell className={styles.cell} data-field={`${path}.targetSystem`}>
          <SuggestInput
            value={row.targetSystem}
            suggestions={s.suggestions}
            ariaLabel={s.targetLabel(kind)}
            placeholder={s.targetPlaceholder}
            onCommit={(text) => save(`${path}.targetSystem`, text)}
          />
        </TableCell>
        <TableCell className={styles.cell} data-field={`${path}.responsible`}>
          <CommitInput
            className={styles.input}
            value={row.responsible}
            aria-label={s.responsibleLabel(kind)}
            placeholder={s.responsiblePlaceholder}
            onCommit={(text) => save(`${path}.responsible`, text.trim())}
          />
        </TableCell>
        <TableCell className={styles.cell}>
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={s.remove(kind)}
            onClick={() => void save('reporting.backups', backups.filter((_, i) => i !== index))}
          />
        </TableCell>
      </TableRow>
      {findings.length > 0 && (
        <TableRow>
          <TableCell colSpan={columns} className={styles.findings}>
            <FindingList findings={findings} />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}
