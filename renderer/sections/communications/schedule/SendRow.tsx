import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  TableCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, DeleteRegular } from '@fluentui/react-icons';
import { useShallow } from 'zustand/react/shallow';
import { EMAIL_FORMATS } from '../../../../shared/api';
import { offsetWords } from '../../../../shared/comms/schedule';
import type { CampaignEmail, EmailTemplate } from '../../../../shared/plan/schema';
import { dateValue, PlanTextInput, useFieldError, validators } from '../../../components/fields/inputs';
import { FindingList } from '../../../components/FindingList';
import { call } from '../../../state/apiClient';
import { pointsAt } from '../../../state/selectors';
import { useAppStore } from '../../../state/store';
import { useSave } from '../../../state/useSave';
import { runExport } from '../../../app/exportedFiles';
import { commsStrings } from '../strings';

const s = commsStrings.schedule;

const useStyles = makeStyles({
  cell: { paddingBlock: tokens.spacingVerticalXS, verticalAlign: 'top' },
  input: { width: '100%', minWidth: 0, '& .fui-Input': { width: '100%', minWidth: 0 } },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  box: { paddingTop: tokens.spacingVerticalXXS, display: 'block' },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'nowrap' },
  findings: { paddingBottom: tokens.spacingVerticalS },
});

function exportSend(send: CampaignEmail, format: (typeof EMAIL_FORMATS)[number]) {
  return runExport(
    () => call('comms.exportEmail', { sendId: send.id, format }),
    (file) => s.exported(file.fileName),
  );
}

/** One send: its name, email, timing, date, whether it went out, and its exports. */
export function SendRow({ send, index, template }: { send: CampaignEmail; index: number; template: EmailTemplate | null }) {
  const styles = useStyles();
  const save = useSave();
  const applyChanges = useAppStore((st) => st.applyChanges);
  const base = `communications.emails.${index}`;
  const [nameError, setNameError] = useFieldError();
  const [dateError, setDateError] = useFieldError();
  const findings = useAppStore(useShallow((st) => st.findings.filter((f) => pointsAt(f, base))));

  const remove = () => {
    const plan = useAppStore.getState().plan;
    if (!plan) return;
    void applyChanges([{ path: 'communications.emails', value: plan.communications.emails.filter((e) => e.id !== send.id) }]);
  };

  return (
    <>
      <TableRow>
        <TableCell className={styles.cell} data-field={`${base}.name ${base}.templateId`}>
          <div className={styles.stack}>
            <Field validationState={nameError ? 'error' : 'none'} validationMessage={nameError ?? undefined} className={styles.input}>
              <PlanTextInput
                path={`${base}.name`}
                value={send.name}
                ariaLabel={s.nameOf(send.name)}
                validate={(t) => (t.trim() === '' ? commsStrings.emails.nameRequired : null)}
                onError={setNameError}
              />
            </Field>
            <Text size={200} className={styles.muted}>
              {s.usesEmail(template ? template.name : s.missingTemplate)}
            </Text>
          </div>
        </TableCell>
        <TableCell className={styles.cell} data-field={`${base}.sendDate`}>
          <div className={styles.stack}>
            <Field validationState={dateError ? 'error' : 'none'} validationMessage={dateError ?? undefined} className={styles.input}>
              <PlanTextInput
                path={`${base}.sendDate`}
                type="date"
                value={send.sendDate ?? ''}
                ariaLabel={s.dateOf(send.name)}
                validate={validators.date()}
                toValue={dateValue}
                onError={setDateError}
              />
            </Field>
            <Text size={200} className={styles.muted}>
              {send.offsetDays === null ? s.fixed : offsetWords(send.offsetDays)}
            </Text>
          </div>
        </TableCell>
        <TableCell className={styles.cell} data-field={`${base}.sent`}>
          <Checkbox className={styles.box} checked={send.sent} aria-label={s.sentOf(send.name)} onChange={(_, d) => void save(`${base}.sent`, d.checked === true)} />
        </TableCell>
        <TableCell className={styles.cell}>
          <div className={styles.actions}>
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <Button size="small" icon={<ArrowDownloadRegular />} aria-label={s.exportMenu(send.name)} disabled={template === null}>
                  {s.export}
                </Button>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {EMAIL_FORMATS.map((format) => (
                    <MenuItem key={format} onClick={() => void exportSend(send, format)}>
                      {s.formats[format]}
                    </MenuItem>
                  ))}
                </MenuList>
              </MenuPopover>
            </Menu>
            <Button size="small" appearance="subtle" icon={<DeleteRegular />} aria-label={s.remove(send.name)} title={s.remove(send.name)} onClick={remove} />
          </div>
        </TableCell>
      </TableRow>
      {findings.length > 0 && (
        <TableRow>
          <TableCell colSpan={4} className={styles.findings}>
            <FindingList findings={findings} />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}
