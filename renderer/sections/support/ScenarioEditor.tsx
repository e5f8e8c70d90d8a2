import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import type { SupportScenario } from '../../../shared/plan/schema';
import { PlanTextArea, PlanTextInput, useFieldError } from '../../components/fields/inputs';
import { PlanField } from '../../components/fields/PlanField';
import { useSave } from '../../state/useSave';
import { SuggestInput } from '../reporting/SuggestInput';
import { supportStrings } from './strings';

const s = supportStrings.scenarios;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    '@media (max-width: 1000px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  tools: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface ScenarioMoves {
  up?: () => void;
  down?: () => void;
  remove(): void;
}

/** The fields of one support scenario (saved on blur), and its move and remove buttons. */
export function ScenarioEditor({
  scenario,
  index,
  roles,
  moves,
}: {
  scenario: SupportScenario;
  index: number;
  /** Business roles from the roles table, offered for "handled by". */
  roles: string[];
  moves: ScenarioMoves;
}) {
  const styles = useStyles();
  const save = useSave();
  const [titleError, setTitleError] = useFieldError();
  const path = `support.scenarios.${index}`;
  const name = scenario.title.trim() || s.untitled;
  return (
    <div className={styles.root}>
      <div className={styles.pair}>
        <PlanField field={`${path}.title`} label={s.fields.title} error={titleError} required>
          <PlanTextInput
            path={`${path}.title`}
            value={scenario.title}
            validate={(text) => (text.trim() === '' ? s.titleRequired : null)}
            onError={setTitleError}
          />
        </PlanField>
        <PlanField field={`${path}.handledBy`} label={s.fields.handledBy} hint={s.fields.handledByHint}>
          <SuggestInput
            value={scenario.handledBy}
            suggestions={roles}
            ariaLabel={s.fields.handledBy}
            onCommit={(text) => save(`${path}.handledBy`, text)}
          />
        </PlanField>
      </div>
      <PlanField field={`${path}.description`} label={s.fields.description}>
        <PlanTextArea path={`${path}.description`} value={scenario.description} rows={2} />
      </PlanField>
      <div className={styles.pair}>
        <PlanField field={`${path}.causes`} label={s.fields.causes} hint={s.fields.causesHint}>
          <PlanTextArea path={`${path}.causes`} value={scenario.causes} rows={8} />
        </PlanField>
        <PlanField field={`${path}.resolution`} label={s.fields.resolution} hint={s.fields.resolutionHint}>
          <PlanTextArea path={`${path}.resolution`} value={scenario.resolution} rows={8} />
        </PlanField>
      </div>
      <div className={styles.tools}>
        <Button icon={<ArrowUpRegular />} disabled={!moves.up} onClick={moves.up} aria-label={s.moveUp(name)}>
          {s.moveUpText}
        </Button>
        <Button icon={<ArrowDownRegular />} disabled={!moves.down} onClick={moves.down} aria-label={s.moveDown(name)}>
          {s.moveDownText}
        </Button>
        <Button icon={<DeleteRegular />} onClick={moves.remove} aria-label={s.remove(name)}>
          {s.removeText}
        </Button>
      </div>
    </div>
  );
}
