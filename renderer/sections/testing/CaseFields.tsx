import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { PHASE_KINDS, type TestCase } from '../../../shared/plan/schema';
import { PlanSelect, PlanTextArea, PlanTextInput, useFieldError } from '../../components/fields/inputs';
import { PlanField } from '../../components/fields/PlanField';
import { testingStrings } from './strings';

const s = testingStrings.fields;
const NETWORKS: TestCase['network'][] = ['inside', 'outside', 'any'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalL },
  tools: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', paddingTop: tokens.spacingVerticalS },
});

export interface CaseMoves {
  up?: () => void;
  down?: () => void;
  remove(): void;
}

/** The editable fields of one case, each saved when the user leaves it (undoable), and its move and remove buttons. */
export function CaseFields({ testCase, index, runs, moves }: { testCase: TestCase; index: number; runs: number; moves: CaseMoves }) {
  const styles = useStyles();
  const [titleError, setTitleError] = useFieldError();
  const [confirming, setConfirming] = useState(false);
  // Fluent gives the focus back only to DialogTrigger; this dialog opens from state, so mark the opener.
  const returnFocusHere = useRestoreFocusTarget();
  const at = (field: keyof TestCase) => `testing.cases.${index}.${field}`;

  const remove = () => (runs > 0 ? setConfirming(true) : moves.remove());

  return (
    <div className={styles.root}>
      <PlanField field={at('title')} label={s.title} error={titleError} required>
        <PlanTextInput
          path={at('title')}
          value={testCase.title}
          validate={(text) => (text.trim() === '' ? s.titleRequired : null)}
          onError={setTitleError}
        />
      </PlanField>
      <div className={styles.pair}>
        <PlanField field={at('network')} label={s.network}>
          <PlanSelect path={at('network')} value={testCase.network} options={NETWORKS.map((n) => ({ value: n, label: testingStrings.networks[n] }))} />
        </PlanField>
        <PlanField field={at('phase')} label={s.phase}>
          <PlanSelect path={at('phase')} value={testCase.phase} options={PHASE_KINDS.map((k) => ({ value: k, label: testingStrings.phases[k] }))} />
        </PlanField>
      </div>
      <PlanField field={at('device')} label={s.device}>
        <PlanTextInput path={at('device')} value={testCase.device} placeholder={s.devicePlaceholder} />
      </PlanField>
      <PlanField field={at('preconditions')} label={s.preconditions} hint={s.preconditionsHint}>
        <PlanTextArea path={at('preconditions')} value={testCase.preconditions} rows={3} />
      </PlanField>
      <PlanField field={at('steps')} label={s.steps} hint={s.stepsHint}>
        <PlanTextArea path={at('steps')} value={testCase.steps} rows={6} />
      </PlanField>
      <PlanField field={at('expected')} label={s.expected} hint={s.expectedHint}>
        <PlanTextArea path={at('expected')} value={testCase.expected} rows={3} />
      </PlanField>
      <PlanField field={at('scenario')} label={s.scenario} hint={s.scenarioHint}>
        <PlanTextInput path={at('scenario')} value={testCase.scenario} />
      </PlanField>
      <div className={styles.tools}>
        <Button icon={<ArrowUpRegular />} disabled={!moves.up} onClick={moves.up} aria-label={s.moveUp(testCase.id)}>
          {s.moveUpText}
        </Button>
        <Button icon={<ArrowDownRegular />} disabled={!moves.down} onClick={moves.down} aria-label={s.moveDown(testCase.id)}>
          {s.moveDownText}
        </Button>
        <Button {...returnFocusHere} icon={<DeleteRegular />} onClick={remove} aria-label={s.remove(testCase.id)}>
          {s.removeText}
        </Button>
      </div>
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.confirmRemove.title(testCase.id)}</DialogTitle>
            <DialogContent>{s.confirmRemove.body(runs)}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  moves.remove();
                }}
              >
                {s.confirmRemove.remove}
              </Button>
              <Button onClick={() => setConfirming(false)}>{s.confirmRemove.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
