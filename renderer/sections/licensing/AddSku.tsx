import { Button, Checkbox, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Sku } from '../../../shared/plan/schema';
import { useSave } from '../../state/useSave';
import { partNumberProblem } from './skus';
import { licensingStrings } from './strings';

const s = licensingStrings.skus.add;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  part: { width: '190px' },
  name: { flex: '1 1 220px', minWidth: '200px' },
  input: { width: '100%', minWidth: 0 },
  checks: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', paddingBottom: '2px' },
});

/** A form under the SKU table: a new SKU needs a part number that is not in the table yet. */
export function AddSku({ skus }: { skus: readonly Sku[] }) {
  const styles = useStyles();
  const save = useSave();
  const [part, setPart] = useState('');
  const [name, setName] = useState('');
  const [cloudReset, setCloudReset] = useState(true);
  const [hybridWriteback, setHybridWriteback] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const problem = partNumberProblem(part, skus);
    setError(problem);
    if (problem) return;
    const sku: Sku = { skuPartNumber: part.trim(), name: name.trim(), cloudReset, hybridWriteback, seatsOwned: 0 };
    if (await save('licensing.skus', [...skus, sku])) {
      setPart('');
      setName('');
    }
  };
  const onEnter = (key: string) => {
    if (key === 'Enter') void add();
  };

  return (
    <div className={styles.root} role="group" aria-label={s.heading}>
      <Text weight="semibold">{s.heading}</Text>
      <div className={styles.row}>
        <Field label={s.part} className={styles.part} validationState={error ? 'error' : 'none'} validationMessage={error ?? undefined}>
          <Input
            className={styles.input}
            value={part}
            placeholder={s.partPlaceholder}
            onChange={(_, data) => {
              setPart(data.value);
              setError(null);
            }}
            onKeyDown={(e) => onEnter(e.key)}
          />
        </Field>
        <Field label={s.name} className={styles.name}>
          <Input className={styles.input} value={name} placeholder={s.namePlaceholder} onChange={(_, data) => setName(data.value)} onKeyDown={(e) => onEnter(e.key)} />
        </Field>
        <div className={styles.checks}>
          <Checkbox label={s.cloud} checked={cloudReset} onChange={(_, data) => setCloudReset(data.checked === true)} />
          <Checkbox label={s.hybrid} checked={hybridWriteback} onChange={(_, data) => setHybridWriteback(data.checked === true)} />
        </div>
        <Button icon={<AddRegular />} onClick={() => void add()}>
          {s.button}
        </Button>
      </div>
    </div>
  );
}
