import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { LicenseReport } from '../../../../shared/tenant/coverage';
import { UNCOVERED_REASON_TEXT } from '../../../../shared/tenant/tenantCsv';
import { exportTenantList } from '../../../app/fileActions';
import { SectionCard } from '../../../components/SectionCard';
import { licensingStrings } from '../strings';

const s = licensingStrings.report;

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  scroll: { overflowX: 'auto', maxHeight: '560px', overflowY: 'auto' },
  table: { minWidth: '600px' },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground1, zIndex: 1 },
  user: { display: 'flex', flexDirection: 'column', minWidth: 0, paddingBlock: tokens.spacingVerticalXS },
  upn: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  // Fluent tables share out width evenly; the user column takes what the short ones leave.
  wave: { width: '104px' },
  reason: { width: '25%' },
  held: { width: '124px', overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** The reason texts are written to follow a name; in their own column they start a sentence. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The users not covered, as many as came to the window, and the whole list as a CSV download. */
export function UncoveredUsers({ report, total }: { report: LicenseReport; total: number }) {
  const styles = useStyles();
  const shown = report.uncovered;
  return (
    <SectionCard id="licensing-uncovered" title={s.uncoveredTitle} description={s.uncoveredDescription}>
      <div className={styles.bar}>
        <Text className={styles.muted}>{shown.length < total ? s.showing(shown.length, total) : s.count(total)}</Text>
        <Button icon={<ArrowDownloadRegular />} onClick={() => void exportTenantList('uncovered', (file) => s.exported(total, file))}>
          {s.exportButton(total)}
        </Button>
      </div>
      <div className={styles.scroll}>
        <Table className={styles.table} size="small" aria-label={s.uncoveredTableLabel}>
          <TableHeader className={styles.head}>
            <TableRow>
              <TableHeaderCell>{s.uncoveredColumns.user}</TableHeaderCell>
              <TableHeaderCell className={styles.wave}>{s.uncoveredColumns.wave}</TableHeaderCell>
              <TableHeaderCell className={styles.reason}>{s.uncoveredColumns.reason}</TableHeaderCell>
              <TableHeaderCell className={styles.held}>{s.uncoveredColumns.held}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((u) => (
              <TableRow key={u.upn}>
                <TableCell>
                  <span className={styles.user}>
                    <Text weight="semibold">{u.displayName || u.upn}</Text>
                    <span className={styles.upn}>
                      {u.upn}
                      {u.synced ? ` · ${s.synced}` : ''}
                    </span>
                  </span>
                </TableCell>
                <TableCell className={styles.wave}>{u.wave}</TableCell>
                <TableCell>{sentence(UNCOVERED_REASON_TEXT[u.reason])}</TableCell>
                <TableCell className={styles.held}>
                  {u.held.length === 0 ? <span className={styles.muted}>{s.noneHeld}</span> : <span className={styles.mono}>{u.held.join(', ')}</span>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </SectionCard>
  );
}
