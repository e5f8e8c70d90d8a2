import {
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Finding } from '../../../shared/plan/findings';
import type { Plan } from '../../../shared/plan/schema';
import { CommitInput } from '../../components/CommitInput';
import { FindingList } from '../../components/FindingList';
import { useFieldError } from '../../components/fields/inputs';
import { useSave } from '../../state/useSave';
import { SectionCard } from '../../components/SectionCard';
import { ENTRA_SUPPORT_ROLES, entraRoleChoices } from './lists';
import { supportStrings } from './strings';

const s = supportStrings.roles;
const PATH = 'support.roles';
type Role = Plan['support']['roles'][number];

const useStyles = makeStyles({
  cell: { verticalAlign: 'top', paddingBlock: '6px' },
  business: { width: '50%' },
  actions: { width: '48px' },
  fill: { width: '100%', minWidth: 0 },
  add: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  addField: { flex: '0 1 320px', minWidth: '200px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

function RoleSelect({ value, label, onChange }: { value: string; label: string; onChange(role: string): void }) {
  const styles = useStyles();
  return (
    <Select className={styles.fill} value={value} aria-label={label} onChange={(_, data) => onChange(data.value)}>
      {entraRoleChoices(value).map((role) => (
        <option key={role} value={role}>
          {(ENTRA_SUPPORT_ROLES as readonly string[]).includes(role) ? role : s.custom(role)}
        </option>
      ))}
    </Select>
  );
}

function RoleRow({ roles, index }: { roles: Role[]; index: number }) {
  const styles = useStyles();
  const save = useSave();
  const [error, setError] = useFieldError();
  const role = roles[index];
  const path = `${PATH}.${index}`;
  const name = role.businessRole.trim() || s.unnamed(index + 1);
  const rename = async (text: string) => {
    const problem = text.trim() === '' ? s.nameRequired : null;
    setError(problem);
    return problem ? false : save(`${path}.businessRole`, text.trim());
  };
  return (
    <TableRow data-field={path}>
      <TableCell className={styles.cell}>
        <Field validationState={error ? 'error' : 'none'} validationMessage={error ?? undefined}>
          <CommitInput className={styles.fill} value={role.businessRole} aria-label={s.businessLabel(index + 1)} onCommit={rename} />
        </Field>
      </TableCell>
      <TableCell className={styles.cell}>
        <RoleSelect value={role.entraRole} label={s.entraLabel(name)} onChange={(next) => void save(`${path}.entraRole`, next)} />
      </TableCell>
      <TableCell className={styles.cell}>
        <Button appearance="subtle" icon={<DeleteRegular />} aria-label={s.remove(name)} onClick={() => void save(PATH, roles.filter((_, i) => i !== index))} />
      </TableCell>
    </TableRow>
  );
}

function AddRole({ roles }: { roles: Role[] }) {
  const styles = useStyles();
  const save = useSave();
  const [business, setBusiness] = useState('');
  const [entra, setEntra] = useState<string>(ENTRA_SUPPORT_ROLES[0]);
  const add = async () => {
    if (business.trim() === '') return;
    if (await save(PATH, [...roles, { businessRole: business.trim(), entraRole: entra }])) setBusiness('');
  };
  return (
    <div className={styles.add}>
      <Field label={s.add.business} className={styles.addField}>
        <Input
          value={business}
          placeholder={s.add.businessPlaceholder}
          onChange={(_, data) => setBusiness(data.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void add();
          }}
        />
      </Field>
      <Field label={s.add.entra} className={styles.addField}>
        <RoleSelect value={entra} label={s.add.entra} onChange={setEntra} />
      </Field>
      <Button icon={<AddRegular />} disabled={business.trim() === ''} onClick={() => void add()}>
        {s.add.button}
      </Button>
    </div>
  );
}

/** Business role → Entra role, editable, with add and remove. */
export function RolesTable({ roles, findings }: { roles: Role[]; findings: Finding[] }) {
  const styles = useStyles();
  return (
    <SectionCard id="support-roles" title={s.title} description={s.description} field={PATH}>
      <FindingList findings={findings} />
      {roles.length === 0 ? (
        <Text className={styles.muted}>{s.empty}</Text>
      ) : (
        <Table aria-label={s.tableLabel} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.business}>{s.columns.business}</TableHeaderCell>
              <TableHeaderCell>{s.columns.entra}</TableHeaderCell>
              <TableHeaderCell className={styles.actions} aria-label={s.columns.actions} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {roles.map((r, i) => (
              <RoleRow key={`${i}:${r.businessRole}`} roles={roles} index={i} />
            ))}
          </TableBody>
        </Table>
      )}
      <AddRole roles={roles} />
    </SectionCard>
  );
}
