import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { Finding } from '../../../shared/plan/findings';
import type { BackupRow } from '../../../shared/plan/schema';
import { FindingList } from '../../components/FindingList';
import { pointsAt } from '../../state/selectors';
import { useSave } from '../../state/useSave';
import { SectionCard } from '../../components/SectionCard';
import { missingKinds, withRow } from './backups';
import { BackupTableRow } from './BackupTableRow';
import { reportingStrings } from './strings';

const s = reportingStrings.backups;
const PATH = 'reporting.backups';
const COLUMNS = 5;

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { minWidth: '620px' },
  kind: { width: '20%' },
  frequency: { width: '17%' },
  target: { width: '33%' },
  responsible: { width: '30%' },
  actions: { width: '48px' },
  head: { fontWeight: tokens.fontWeightSemibold },
  addBack: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The backup schedule of sspr-domain.md §8: one row per backup, findings under their row. */
export function BackupTable({ backups, findings }: { backups: BackupRow[]; findings: Finding[] }) {
  const styles = useStyles();
  const save = useSave();
  const missing = missingKinds(backups);
  const head = (text: string, className: string) => (
    <TableHeaderCell className={className}>
      <span className={styles.head}>{text}</span>
    </TableHeaderCell>
  );

  return (
    <SectionCard id="reporting-backups" title={s.title} description={s.description} field={PATH}>
      <FindingList findings={findings.filter((f) => f.field === PATH)} />
      {backups.length === 0 ? (
        <Text className={styles.muted}>{s.empty}</Text>
      ) : (
        <div className={styles.scroll}>
          <Table className={styles.table} aria-label={s.tableLabel} size="small">
            <TableHeader>
              <TableRow>
                {head(s.columns.kind, styles.kind)}
                {head(s.columns.frequency, styles.frequency)}
                {head(s.columns.target, styles.target)}
                {head(s.columns.responsible, styles.responsible)}
                <TableHeaderCell className={styles.actions} aria-label={s.columns.actions} />
              </TableRow>
            </TableHeader>
            <TableBody>
              {backups.map((row, i) => (
                <BackupTableRow
                  key={`${row.kind}:${i}`}
                  backups={backups}
                  index={i}
                  columns={COLUMNS}
                  findings={findings.filter((f) => pointsAt(f, `${PATH}.${i}`))}
                />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {missing.length > 0 && (
        <div className={styles.addBack}>
          <Text>{s.addBack}</Text>
          {missing.map((kind) => (
            <Button key={kind} icon={<AddRegular />} onClick={() => void save(PATH, withRow(backups, kind))}>
              {s.addRow(s.kinds[kind])}
            </Button>
          ))}
        </div>
      )}
    </SectionCard>
  );
}
