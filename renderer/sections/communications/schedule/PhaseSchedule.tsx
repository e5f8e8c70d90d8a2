import { makeStyles, Table, TableBody, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { templateOfSend } from '../../../../shared/comms/templates';
import type { CampaignEmail, Plan } from '../../../../shared/plan/schema';
import { localDate } from '../../../charts/dates';
import { SectionCard } from '../../../components/SectionCard';
import { commsStrings } from '../strings';
import { SendRow } from './SendRow';

const s = commsStrings.schedule;

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  scroll: { overflowX: 'auto', minWidth: 0 },
  table: { minWidth: '540px', tableLayout: 'fixed' },
  dateCol: { width: '180px' },
  sentCol: { width: '52px' },
  actionsCol: { width: '132px' },
});

export interface IndexedSend {
  send: CampaignEmail;
  index: number;
}

/** One phase's sends in date order, or the sends whose phase is gone. */
export function PhaseSchedule({ plan, title, description, sends }: { plan: Plan; title: string; description: string; sends: IndexedSend[] }) {
  const styles = useStyles();
  const ordered = [...sends].sort((a, b) => (a.send.sendDate ?? '9999').localeCompare(b.send.sendDate ?? '9999'));
  return (
    <SectionCard title={title} description={description}>
      {ordered.length === 0 ? (
        <Text className={styles.muted}>{s.noSends}</Text>
      ) : (
        <div className={styles.scroll}>
          <Table size="small" aria-label={s.tableLabel(title)} className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.colName}</TableHeaderCell>
                <TableHeaderCell className={styles.dateCol}>{s.colDate}</TableHeaderCell>
                <TableHeaderCell className={styles.sentCol}>{s.colSent}</TableHeaderCell>
                <TableHeaderCell className={styles.actionsCol}>{s.colActions}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {ordered.map(({ send, index }) => (
                <SendRow key={send.id} send={send} index={index} template={templateOfSend(plan, send)} />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </SectionCard>
  );
}

/** "12 Jan 2027 to 9 Feb 2027", or a note when the phase has no start yet. */
export function phaseDates(start: string | null, end: string | null): string {
  if (start === null) return s.noDates;
  return s.dates(localDate(start), end ? localDate(end) : '…');
}
