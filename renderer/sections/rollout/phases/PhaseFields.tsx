import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { PHASE_KINDS, type Phase } from '../../../../shared/plan/schema';
import { PlanField } from '../../../components/fields/PlanField';
import { dateValue, PlanSelect, PlanTextInput, useFieldError, validators } from '../../../components/fields/inputs';
import { rolloutStrings } from '../strings';

const s = rolloutStrings.phases;

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1.3fr) minmax(0, 0.9fr) minmax(0, 1.3fr) minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 1180px)': { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', rowGap: tokens.spacingVerticalM },
    // Inputs fill their column instead of keeping their own default width.
    '& .fui-Input': { width: '100%', minWidth: 0 },
  },
  allGroup: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  allNote: { color: tokens.colorNeutralForeground3 },
});

const KIND_OPTIONS = PHASE_KINDS.map((value) => ({ value, label: rolloutStrings.kinds[value] }));

const requiredName = (text: string) => (text.trim() === '' ? s.nameRequired : null);

/** Name, kind, group and dates of one phase; a date that would end the phase before it starts is refused. */
export function PhaseFields({ phase, index }: { phase: Phase; index: number }) {
  const styles = useStyles();
  const at = (field: keyof Phase) => `rollout.phases.${index}.${field}`;
  const [nameError, setNameError] = useFieldError();
  const [startError, setStartError] = useFieldError();
  const [endError, setEndError] = useFieldError();

  return (
    <div className={styles.grid}>
      <PlanField field={at('name')} label={s.name} error={nameError} required>
        <PlanTextInput path={at('name')} value={phase.name} validate={requiredName} onError={setNameError} />
      </PlanField>
      <PlanField field={at('kind')} label={s.kind}>
        <PlanSelect path={at('kind')} value={phase.kind} options={KIND_OPTIONS} />
      </PlanField>
      {phase.kind === 'all' ? (
        <div className={styles.allGroup} data-field={at('group')}>
          <Text>{s.group}</Text>
          <Text size={200} className={styles.allNote}>
            {s.groupAll}
          </Text>
        </div>
      ) : (
        <PlanField field={at('group')} label={s.group}>
          <PlanTextInput path={at('group')} value={phase.group} placeholder={s.groupPlaceholder} />
        </PlanField>
      )}
      <PlanField field={at('start')} label={s.start} error={startError}>
        <PlanTextInput
          path={at('start')}
          type="date"
          value={phase.start ?? ''}
          validate={validators.date({ notAfter: [phase.end, s.endName] })}
          toValue={dateValue}
          onError={setStartError}
        />
      </PlanField>
      <PlanField field={at('end')} label={s.end} error={endError}>
        <PlanTextInput
          path={at('end')}
          type="date"
          value={phase.end ?? ''}
          validate={validators.date({ notBefore: [phase.start, s.startName] })}
          toValue={dateValue}
          onError={setEndError}
        />
      </PlanField>
    </div>
  );
}
