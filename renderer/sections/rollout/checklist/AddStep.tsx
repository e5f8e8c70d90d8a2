import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ChecklistItem } from '../../../../shared/plan/schema';
import { useAppStore } from '../../../state/store';
import { randomId } from '../../../../shared/ids';
import { addCustomStepChange } from '../phaseOps';
import { rolloutStrings } from '../strings';

const s = rolloutStrings.checklist;

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  input: { flex: 1, minWidth: 0, maxWidth: '480px' },
});

/** Adds a custom step with its own title to one phase's checklist. */
export function AddStep({ phaseId, phaseName, checklist }: { phaseId: string; phaseName: string; checklist: readonly ChecklistItem[] }) {
  const styles = useStyles();
  const applyChanges = useAppStore((st) => st.applyChanges);
  const [title, setTitle] = useState('');
  const add = async () => {
    if (title.trim() === '') return;
    if (await applyChanges([addCustomStepChange(checklist, phaseId, randomId('step'), title.trim())])) setTitle('');
  };
  return (
    <div className={styles.row}>
      <Input
        className={styles.input}
        value={title}
        aria-label={s.newStep(phaseName)}
        placeholder={s.newStepPlaceholder}
        onChange={(_, data) => setTitle(data.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void add();
        }}
      />
      <Button icon={<AddRegular />} disabled={title.trim() === ''} onClick={() => void add()}>
        {s.addStep}
      </Button>
    </div>
  );
}
