import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { stepsOf } from '../../../shared/plan/cheatSheet';
import type { Finding } from '../../../shared/plan/findings';
import type { SupportScenario } from '../../../shared/plan/schema';
import { FindingList } from '../../components/FindingList';
import { pointsAt } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useSave } from '../../state/useSave';
import { SectionCard } from '../../components/SectionCard';
import { moveItem, newScenario } from './lists';
import { ScenarioEditor } from './ScenarioEditor';
import { supportStrings } from './strings';

const s = supportStrings.scenarios;
const PATH = 'support.scenarios';

const useStyles = makeStyles({
  item: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  headerText: { display: 'flex', flexDirection: 'column', paddingBlock: tokens.spacingVerticalXS },
  summary: { color: tokens.colorNeutralForeground3 },
  flag: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  add: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  addField: { flex: '1 1 360px', maxWidth: '560px' },
  addInput: { width: '100%' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The scenario a pending "go to field" points into, so its panel can be open before the focus moves. */
function usePendingScenario(scenarios: readonly SupportScenario[]): string | undefined {
  const pending = useAppStore((st) => st.pendingFocus);
  const index = pending === null ? undefined : /^support\.scenarios\.(\d+)/.exec(pending)?.[1];
  return index === undefined ? undefined : scenarios[Number(index)]?.id;
}

function AddScenario({ onAdd }: { onAdd(title: string): Promise<boolean> }) {
  const styles = useStyles();
  const [title, setTitle] = useState('');
  const add = async () => {
    if (title.trim() !== '' && (await onAdd(title))) setTitle('');
  };
  return (
    <div className={styles.add}>
      <Field label={s.add.label} className={styles.addField}>
        <Input
          className={styles.addInput}
          value={title}
          placeholder={s.add.placeholder}
          onChange={(_, data) => setTitle(data.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void add();
          }}
        />
      </Field>
      <Button icon={<AddRegular />} disabled={title.trim() === ''} onClick={() => void add()}>
        {s.add.button}
      </Button>
    </div>
  );
}

/** The scenarios as an accordion: a header each (number, title, owner, steps), the editor inside. */
export function ScenarioList({ scenarios, roles, findings }: { scenarios: SupportScenario[]; roles: string[]; findings: Finding[] }) {
  const styles = useStyles();
  const save = useSave();
  // Scenarios with something to fix start open.
  const [open, setOpen] = useState<string[]>(() =>
    scenarios.filter((_, i) => findings.some((f) => pointsAt(f, `${PATH}.${i}`))).map((sc) => sc.id),
  );
  const pending = usePendingScenario(scenarios);
  if (pending !== undefined && !open.includes(pending)) setOpen([...open, pending]);

  const countAt = (i: number) => findings.filter((f) => pointsAt(f, `${PATH}.${i}`)).length;
  const saveAll = (next: SupportScenario[]) => save(PATH, next);
  const add = async (title: string) => {
    const scenario = newScenario(scenarios, title);
    const saved = await saveAll([...scenarios, scenario]);
    if (saved) setOpen((ids) => [...ids, scenario.id]);
    return saved;
  };

  return (
    <SectionCard id="support-scenarios" title={s.title} description={s.description} field={PATH}>
      <FindingList findings={findings.filter((f) => f.field === PATH)} />
      {scenarios.length === 0 ? (
        <Text className={styles.muted}>{s.empty}</Text>
      ) : (
        <Accordion multiple collapsible openItems={open} onToggle={(_, data) => setOpen(data.openItems.map(String))}>
          {scenarios.map((scenario, i) => (
            <AccordionItem key={scenario.id} value={scenario.id} className={styles.item} data-field={`${PATH}.${i}`}>
              <AccordionHeader expandIconPosition="end" size="large">
                <span className={styles.headerText}>
                  <Text weight="semibold">{s.header(i + 1, scenario.title.trim() || s.untitled)}</Text>
                  <Text size={200} className={styles.summary}>
                    {s.summary(scenario.handledBy, stepsOf(scenario.resolution).length)}
                    {countAt(i) > 0 && <span className={styles.flag}>{s.findingsCount(countAt(i))}</span>}
                  </Text>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ScenarioEditor
                  scenario={scenario}
                  index={i}
                  roles={roles}
                  moves={{
                    up: i > 0 ? () => void saveAll(moveItem(scenarios, i, -1)) : undefined,
                    down: i < scenarios.length - 1 ? () => void saveAll(moveItem(scenarios, i, 1)) : undefined,
                    remove: () => void saveAll(scenarios.filter((_, j) => j !== i)),
                  }}
                />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
      <AddScenario onAdd={add} />
    </SectionCard>
  );
}
