import {
  Checkbox,
  Field,
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
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { offsetWords } from '../../../../shared/comms/schedule';
import type { CampaignEmail } from '../../../../shared/plan/schema';
import { dateValue, PlanTextInput, useFieldError, validators } from '../../../components/fields/inputs';
import { FindingList } from '../../../components/FindingList';
import { pointsAt } from '../../../state/selectors';
import { useAppStore } from '../../../state/store';
import { useSave } from '../../../state/useSave';
import type { Indexed } from '../phaseOps';
import { rolloutStrings } from '../strings';

const s = rolloutStrings.phases;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, maxWidth: '820px' },
  head: { display: 'flex', flexDirection: 'column' },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  dateCol: { width: '168px' },
  sentCol: { width: '56px' },
  when: { color: tokens.colorNeutralForeground3 },
  kindCol: { width: '30%' },
  cell: { paddingBlock: tokens.spacingVerticalXS },
  dateCell: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, '& .fui-Input': { width: '100%', minWidth: 0 } },
});

/** The send date of one campaign email, edited here; the rest of the email lives in Communications. */
function SendDate({ email, index }: { email: CampaignEmail; index: number }) {
  const styles = useStyles();
  const path = `communications.emails.${index}.sendDate`;
  const [error, setError] = useFieldError();
  const findings = useAppStore(useShallow((st) => st.findings.filter((f) => pointsAt(f, path))));
  return (
    <div className={styles.dateCell} data-field={path}>
      <Field validationState={error ? 'error' : 'none'} validationMessage={error ?? undefined}>
        <PlanTextInput
          path={path}
          type="date"
          value={email.sendDate ?? ''}
          ariaLabel={s.sendDateOf(email.name)}
          validate={validators.date()}
          toValue={dateValue}
          onError={setError}
        />
      </Field>
      {/* A relative send moves with its phase; editing the date keeps it relative with a new offset. */}
      <Text size={200} className={styles.when}>
        {email.offsetDays === null ? s.sendFixed : offsetWords(email.offsetDays)}
      </Text>
      <FindingList findings={findings} />
    </div>
  );
}

function SentBox({ email, index }: { email: CampaignEmail; index: number }) {
  const save = useSave();
  const path = `communications.emails.${index}.sent`;
  return (
    <span data-field={path}>
      <Checkbox checked={email.sent} aria-label={s.sendSentOf(email.name)} onChange={(_, d) => void save(path, d.checked === true)} />
    </span>
  );
}

/** The campaign emails set for one phase, with their kind and an editable send date. */
export function PhaseSends({ sends, phaseName }: { sends: readonly Indexed<CampaignEmail>[]; phaseName: string }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Text as="h5" id={headingId} size={300} weight="semibold" className={styles.heading}>
          {s.sends}
        </Text>
        <Text size={200} className={styles.muted}>
          {s.sendsHint}
        </Text>
      </div>
      {sends.length === 0 ? (
        <Text className={styles.muted}>{s.noSends}</Text>
      ) : (
        <Table size="small" aria-label={`${s.sends}, ${phaseName}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.sendName}</TableHeaderCell>
              <TableHeaderCell className={styles.kindCol}>{s.sendKind}</TableHeaderCell>
              <TableHeaderCell className={styles.dateCol}>{s.sendDate}</TableHeaderCell>
              <TableHeaderCell className={styles.sentCol}>{s.sendSent}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sends.map(({ item, index }) => (
              <TableRow key={item.id}>
                <TableCell className={styles.cell}>{item.name}</TableCell>
                <TableCell className={styles.cell}>{rolloutStrings.emailKinds[item.kind]}</TableCell>
                <TableCell className={styles.cell}>
                  <SendDate email={item} index={index} />
                </TableCell>
                <TableCell className={styles.cell}>
                  <SentBox email={item} index={index} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
