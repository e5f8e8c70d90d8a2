import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Stakeholder } from '../../../shared/plan/schema';
import { RowActions } from './RowActions';
import { SignOffDate, SignOffSelect } from './SignOffCells';
import { stakeholderStrings } from './strings';
import { displayName } from './useStakeholderList';

const s = stakeholderStrings.people;

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { minWidth: '900px' },
  name: { width: '26%' },
  role: { width: '20%' },
  email: { width: '24%' },
  signOff: { width: '130px' },
  date: { width: '160px' },
  actions: { width: '148px' },
  cell: { paddingBlock: tokens.spacingVerticalS, verticalAlign: 'middle', overflowWrap: 'break-word' },
  muted: { color: tokens.colorNeutralForeground4 },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

export interface PeopleTableProps {
  list: readonly Stakeholder[];
  onEdit(id: string): void;
  onMove(index: number, by: -1 | 1): void;
  onRemove(index: number): void;
  onSignOff(index: number, value: Stakeholder['signOff']): void;
}

function Plain({ text }: { text: string }) {
  const styles = useStyles();
  return text.trim() === '' ? <Text className={styles.muted}>{s.noValue}</Text> : <Text>{text}</Text>;
}

/** An address that wraps after its @ rather than anywhere. */
function EmailText({ email }: { email: string }) {
  const at = email.indexOf('@');
  if (at < 0) return <Plain text={email} />;
  return (
    <Text>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </Text>
  );
}

/** One row per person: who they are, their sign-off and date, and the row's actions. */
export function PeopleTable({ list, onEdit, onMove, onRemove, onSignOff }: PeopleTableProps) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table aria-label={s.tableLabel} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.name}>{s.name}</TableHeaderCell>
            <TableHeaderCell className={styles.role}>{s.role}</TableHeaderCell>
            <TableHeaderCell className={styles.email}>{s.email}</TableHeaderCell>
            <TableHeaderCell className={styles.signOff}>{s.signOff}</TableHeaderCell>
            <TableHeaderCell className={styles.date}>{s.signOffDate}</TableHeaderCell>
            <TableHeaderCell className={styles.actions}>{s.actions}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.map((person, i) => {
            const name = displayName(person, i);
            return (
              <TableRow key={person.id} data-field={`stakeholders.${i}`}>
                <TableCell className={styles.cell}>
                  <TableCellLayout description={person.title || undefined}>
                    <span className={person.name.trim() ? styles.strong : styles.muted}>{name}</span>
                  </TableCellLayout>
                </TableCell>
                <TableCell className={styles.cell}>
                  <Plain text={person.role} />
                </TableCell>
                <TableCell className={styles.cell}>
                  <EmailText email={person.email} />
                </TableCell>
                <TableCell className={styles.cell} data-field={`stakeholders.${i}.signOff`}>
                  <SignOffSelect value={person.signOff} name={name} onChange={(value) => onSignOff(i, value)} />
                </TableCell>
                <TableCell className={styles.cell} data-field={`stakeholders.${i}.signOffDate`}>
                  <SignOffDate index={i} value={person.signOffDate} name={name} />
                </TableCell>
                <TableCell className={styles.cell}>
                  <RowActions
                    name={name}
                    first={i === 0}
                    last={i === list.length - 1}
                    onEdit={() => onEdit(person.id)}
                    onMove={(by) => onMove(i, by)}
                    onRemove={() => onRemove(i)}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
