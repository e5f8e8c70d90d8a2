import { Button, Field, Input, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Finding } from '../../../shared/plan/findings';
import type { Plan } from '../../../shared/plan/schema';
import { CommitInput } from '../../components/CommitInput';
import { FindingList } from '../../components/FindingList';
import { useFieldError } from '../../components/fields/inputs';
import { pointsAt } from '../../state/selectors';
import { useSave } from '../../state/useSave';
import { SectionCard } from '../../components/SectionCard';
import { SkuPicker } from './SkuPicker';
import { groupNameProblem } from './skus';
import { licensingStrings } from './strings';

const s = licensingStrings.groups;
type Licensing = Plan['licensing'];

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(160px, 0.8fr) minmax(0, 1.6fr) auto',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  cell: { minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
  heads: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold, marginBottom: `-${tokens.spacingVerticalS}` },
  add: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  addField: { width: '320px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

function GroupRow({ licensing, index, findings }: { licensing: Licensing; index: number; findings: Finding[] }) {
  const styles = useStyles();
  const save = useSave();
  const [error, setError] = useFieldError();
  const group = licensing.licensedGroups[index];
  const path = `licensing.licensedGroups.${index}`;
  const name = group.group.trim() || s.unnamed;

  const rename = async (text: string) => {
    const problem = groupNameProblem(text, licensing.licensedGroups, index);
    setError(problem);
    return problem ? false : save(`${path}.group`, text.trim());
  };
  const remove = () => void save('licensing.licensedGroups', licensing.licensedGroups.filter((_, i) => i !== index));

  return (
    <li className={styles.item} data-field={path}>
      <div className={styles.row}>
        <Field className={styles.cell} validationState={error ? 'error' : 'none'} validationMessage={error ?? undefined}>
          <CommitInput className={styles.input} value={group.group} aria-label={s.groupLabel(index)} onCommit={rename} />
        </Field>
        <div className={styles.cell} data-field={`${path}.skus`}>
          <SkuPicker skus={licensing.skus} selected={group.skus} group={name} onChange={(next) => void save(`${path}.skus`, next)} />
        </div>
        <Button appearance="subtle" icon={<DeleteRegular />} aria-label={s.remove(name)} onClick={remove} />
      </div>
      <FindingList findings={findings} />
    </li>
  );
}

function AddGroup({ groups }: { groups: Licensing['licensedGroups'] }) {
  const styles = useStyles();
  const save = useSave();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    const problem = groupNameProblem(name, groups);
    setError(problem);
    if (problem) return;
    if (await save('licensing.licensedGroups', [...groups, { group: name.trim(), skus: [] }])) setName('');
  };
  return (
    <div className={styles.add}>
      <Field label={s.add.label} className={styles.addField} validationState={error ? 'error' : 'none'} validationMessage={error ?? undefined}>
        <Input
          value={name}
          placeholder={s.add.placeholder}
          onChange={(_, data) => {
            setName(data.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void add();
          }}
        />
      </Field>
      <Button icon={<AddRegular />} onClick={() => void add()}>
        {s.add.button}
      </Button>
    </div>
  );
}

/** Groups that assign licenses, each with its SKUs; findings about a group sit under it. */
export function LicensedGroups({ licensing, findings }: { licensing: Licensing; findings: Finding[] }) {
  const styles = useStyles();
  const groups = licensing.licensedGroups;
  const rowFindings = (i: number) => findings.filter((f) => pointsAt(f, `licensing.licensedGroups.${i}`));
  return (
    <SectionCard id="licensing-groups" title={s.title} description={s.description} field="licensing.licensedGroups">
      <FindingList findings={findings.filter((f) => f.field === 'licensing.licensedGroups')} />
      {groups.length === 0 ? (
        <Text className={styles.muted}>{s.empty}</Text>
      ) : (
        <>
          <div className={mergeClasses(styles.row, styles.heads)} aria-hidden>
            <Text weight="semibold">{s.columns.group}</Text>
            <Text weight="semibold">{s.columns.skus}</Text>
          </div>
          <ul className={styles.list} aria-label={s.listLabel}>
            {groups.map((g, i) => (
              <GroupRow key={`${i}:${g.group}`} licensing={licensing} index={i} findings={rowFindings(i)} />
            ))}
          </ul>
        </>
      )}
      <AddGroup groups={groups} />
    </SectionCard>
  );
}
