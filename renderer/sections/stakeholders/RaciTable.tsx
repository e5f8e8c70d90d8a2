import {
  makeStyles,
  mergeClasses,
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
import { WarningRegular } from '@fluentui/react-icons';
import { raciSchema, WORKSTREAMS, type Stakeholder } from '../../../shared/plan/schema';
import { useSave } from '../../state/useSave';
import { stakeholderStrings } from './strings';
import { displayName } from './useStakeholderList';

const s = stakeholderStrings.raci;
type Workstream = (typeof WORKSTREAMS)[number];
type Raci = Stakeholder['raci'][Workstream];
const VALUES = raciSchema.options;

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { minWidth: '880px' },
  person: { width: '19%' },
  cell: { paddingBlock: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  select: { minWidth: '64px' },
  accountable: { backgroundColor: tokens.colorNeutralBackground3 },
  owners: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  nobody: { color: tokens.colorPaletteDarkOrangeForeground1 },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

function RaciSelect({ value, label, onChange }: { value: Raci; label: string; onChange(next: Raci): void }) {
  const styles = useStyles();
  return (
    <Select
      size="small"
      className={styles.select}
      value={value}
      aria-label={label}
      onChange={(_, data) => {
        const next = VALUES.find((v) => v === data.value);
        if (next !== undefined) onChange(next);
      }}
    >
      {VALUES.map((v) => (
        <option key={v} value={v}>
          {v === '' ? s.blank : v}
        </option>
      ))}
    </Select>
  );
}

/** Who is accountable for each workstream; "Nobody" stands out, as the matching finding does. */
function AccountableRow({ list }: { list: readonly Stakeholder[] }) {
  const styles = useStyles();
  return (
    <TableRow className={styles.accountable}>
      <TableCell className={styles.cell}>
        <Text weight="semibold">{s.accountableRow}</Text>
      </TableCell>
      {WORKSTREAMS.map((w) => {
        const owners = list.flatMap((p, i) => (p.raci[w] === 'A' ? [displayName(p, i)] : []));
        return (
          <TableCell key={w} className={styles.cell}>
            {owners.length === 0 ? (
              <span className={mergeClasses(styles.owners, styles.nobody)}>
                <WarningRegular aria-hidden />
                {s.nobody}
              </span>
            ) : (
              <span className={styles.owners}>{owners.join(', ')}</span>
            )}
          </TableCell>
        );
      })}
    </TableRow>
  );
}

/** The RACI matrix: one row per person, one compact choice per workstream. */
export function RaciTable({ list }: { list: readonly Stakeholder[] }) {
  const styles = useStyles();
  const save = useSave();
  return (
    <div className={styles.scroll}>
      <Table aria-label={s.tableLabel} className={styles.table} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.person}>{s.person}</TableHeaderCell>
            {WORKSTREAMS.map((w) => (
              <TableHeaderCell key={w}>{s.workstreams[w]}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.map((person, i) => {
            const name = displayName(person, i);
            return (
              <TableRow key={person.id} data-field={`stakeholders.${i}.raci`}>
                <TableCell className={styles.cell}>
                  <span className={styles.strong}>{name}</span>
                </TableCell>
                {WORKSTREAMS.map((w) => (
                  <TableCell key={w} className={styles.cell}>
                    <RaciSelect
                      value={person.raci[w]}
                      label={s.cellLabel(name, s.workstreams[w].toLowerCase())}
                      onChange={(next) => void save(`stakeholders.${i}.raci.${w}`, next)}
                    />
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
          <AccountableRow list={list} />
        </TableBody>
      </Table>
    </div>
  );
}
