import { Button, Checkbox, Field, makeStyles, mergeClasses, TableCell, TableRow } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import type { Plan } from '../../../shared/plan/schema';
import { CommitInput } from '../../components/CommitInput';
import { numberValue, PlanTextInput, useFieldError, validators } from '../../components/fields/inputs';
import { useAppStore } from '../../state/store';
import { useSave } from '../../state/useSave';
import { partNumberProblem, renameSku } from './skus';
import { licensingStrings } from './strings';

const s = licensingStrings.skus;
const MAX_SEATS = 100_000_000;

const useStyles = makeStyles({
  cell: { verticalAlign: 'top', paddingBlock: '6px' },
  check: { verticalAlign: 'top', paddingTop: '6px', textAlign: 'center' },
  input: { width: '100%', minWidth: 0 },
  // PlanTextInput takes no class: its input fills the cell through the wrapper.
  fill: { '& .fui-Input': { width: '100%', minWidth: 0 } },
});

/** One SKU: part number and name (saved on blur), what it allows, the seats owned, and remove. */
export function SkuRow({ licensing, index }: { licensing: Plan['licensing']; index: number }) {
  const styles = useStyles();
  const save = useSave();
  const applyChanges = useAppStore((st) => st.applyChanges);
  const [partError, setPartError] = useFieldError();
  const [seatsError, setSeatsError] = useFieldError();
  const sku = licensing.skus[index];
  const path = `licensing.skus.${index}`;
  const label = sku.name.trim() || sku.skuPartNumber;

  const rename = async (text: string) => {
    const problem = partNumberProblem(text, licensing.skus, index);
    setPartError(problem);
    if (problem) return false;
    return applyChanges(renameSku(licensing, index, text));
  };
  const remove = () => void save('licensing.skus', licensing.skus.filter((_, i) => i !== index));

  return (
    <TableRow data-field={path}>
      <TableCell className={styles.cell}>
        <Field validationState={partError ? 'error' : 'none'} validationMessage={partError ?? undefined}>
          <CommitInput
            className={styles.input}
            value={sku.skuPartNumber}
            aria-label={s.partLabel(label)}
            onCommit={rename}
          />
        </Field>
      </TableCell>
      <TableCell className={styles.cell}>
        <CommitInput
          className={styles.input}
          value={sku.name}
          aria-label={s.nameLabel(sku.skuPartNumber)}
          onCommit={(text) => save(`${path}.name`, text.trim())}
        />
      </TableCell>
      <TableCell className={styles.check}>
        <Checkbox
          checked={sku.cloudReset}
          aria-label={s.cloudLabel(sku.skuPartNumber)}
          onChange={(_, data) => void save(`${path}.cloudReset`, data.checked === true)}
        />
      </TableCell>
      <TableCell className={styles.check}>
        <Checkbox
          checked={sku.hybridWriteback}
          aria-label={s.hybridLabel(sku.skuPartNumber)}
          onChange={(_, data) => void save(`${path}.hybridWriteback`, data.checked === true)}
        />
      </TableCell>
      <TableCell className={mergeClasses(styles.cell, styles.fill)} data-field={`${path}.seatsOwned`}>
        <Field validationState={seatsError ? 'error' : 'none'} validationMessage={seatsError ?? undefined}>
          <PlanTextInput
            path={`${path}.seatsOwned`}
            value={String(sku.seatsOwned)}
            validate={validators.wholeNumber(0, MAX_SEATS)}
            toValue={numberValue}
            onError={setSeatsError}
            inputMode="numeric"
            ariaLabel={s.seatsLabel(sku.skuPartNumber)}
          />
        </Field>
      </TableCell>
      <TableCell className={styles.cell}>
        <Button appearance="subtle" icon={<DeleteRegular />} aria-label={s.remove(sku.skuPartNumber)} onClick={remove} />
      </TableCell>
    </TableRow>
  );
}
