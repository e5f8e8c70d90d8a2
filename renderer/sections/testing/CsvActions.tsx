import { Button, makeStyles, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef, useState, type ChangeEvent } from 'react';
import type { CsvResult } from '../../../shared/plan/csv';
import type { Plan, TestCase, TestRun } from '../../../shared/plan/schema';
import { casesFromCsv, casesToCsv, runsFromCsv, runsToCsv } from '../../../shared/plan/testingCsv';
import { downloadFile } from '../../app/fileActions';
import { useAppStore } from '../../state/store';
import { useSave } from '../../state/useSave';
import { testingStrings } from './strings';
import { ConfirmReplaceDialog } from '../../components/ConfirmReplaceDialog';

const s = testingStrings.csv;
const FILES = { cases: 'test-cases.csv', runs: 'test-runs.csv' } as const;
type Kind = keyof typeof FILES;

const useStyles = makeStyles({
  hidden: { display: 'none' },
});

type Incoming = { kind: 'cases'; items: TestCase[] } | { kind: 'runs'; items: TestRun[] };
type Pending = Incoming & { fileName: string; notes: string[] };

/** What the confirmation should also say: runs left without a case, runs that arrive without evidence. */
function notesFor(pending: Incoming, testing: Plan['testing']): string[] {
  if (pending.kind === 'cases') {
    const ids = new Set(pending.items.map((c) => c.id));
    const orphans = testing.runs.filter((r) => !ids.has(r.caseId)).length;
    return orphans > 0 ? [s.confirm.orphans(orphans)] : [];
  }
  const known = new Set(testing.runs.map((r) => r.id));
  const fresh = pending.items.filter((r) => !known.has(r.id)).length;
  return fresh > 0 ? [s.confirm.noEvidence(fresh)] : [];
}

function mapOk<T, U>(result: CsvResult<T>, f: (value: T) => U): CsvResult<U> {
  return result.ok ? { ok: true, value: f(result.value) } : result;
}

/**
 * Export the cases or the runs as CSV, or import either: a refused file changes nothing and names
 * the line and column; an accepted one replaces the list after a confirmation, undoably.
 */
export function CsvActions({ testing }: { testing: Plan['testing'] }) {
  const styles = useStyles();
  // The replace question opens after the file chooser: the focus comes back to Import.
  const returnFocusHere = useRestoreFocusTarget();
  const save = useSave();
  const showNotice = useAppStore((st) => st.showNotice);
  const inputs = { cases: useRef<HTMLInputElement>(null), runs: useRef<HTMLInputElement>(null) };
  const [pending, setPending] = useState<Pending | null>(null);

  const exportCsv = (kind: Kind) => {
    const text = kind === 'cases' ? casesToCsv(testing.cases) : runsToCsv(testing.runs);
    // The byte-order mark lets spreadsheet programs read the file as UTF-8.
    downloadFile(FILES[kind], `\uFEFF${text}`, 'text/csv;charset=utf-8');
    const count = kind === 'cases' ? testing.cases.length : testing.runs.length;
    showNotice('success', s.exported(count, kind === 'cases' ? s.case : s.run, FILES[kind]));
  };

  const onFile = async (kind: Kind, event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    const text = await file.text();
    const result: CsvResult<Incoming> =
      kind === 'cases' ? mapOk(casesFromCsv(text), (items) => ({ kind, items })) : mapOk(runsFromCsv(text, testing), (items) => ({ kind, items }));
    if (!result.ok) {
      showNotice('error', `${s.refused(file.name)} ${result.error}`);
      return;
    }
    setPending({ ...result.value, fileName: file.name, notes: notesFor(result.value, testing) });
  };

  const replace = async () => {
    if (!pending) return;
    setPending(null);
    const saved = await save(`testing.${pending.kind}`, pending.items);
    if (saved) showNotice('success', s.imported(pending.items.length, pending.kind === 'cases' ? s.case : s.run, pending.fileName));
  };

  const current = pending?.kind === 'runs' ? testing.runs.length : testing.cases.length;
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button {...returnFocusHere} icon={<ArrowUploadRegular />}>{s.importMenu}</Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => inputs.cases.current?.click()}>{s.cases}</MenuItem>
            <MenuItem onClick={() => inputs.runs.current?.click()}>{s.runs}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button icon={<ArrowDownloadRegular />}>{s.exportMenu}</Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem disabled={testing.cases.length === 0} onClick={() => exportCsv('cases')}>
              {s.exportCases}
            </MenuItem>
            <MenuItem disabled={testing.runs.length === 0} onClick={() => exportCsv('runs')}>
              {s.exportRuns}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {(['cases', 'runs'] as const).map((kind) => (
        <input
          key={kind}
          ref={inputs[kind]}
          type="file"
          accept=".csv,text/csv"
          aria-label={kind === 'cases' ? s.chooseCases : s.chooseRuns}
          className={styles.hidden}
          onChange={(event) => void onFile(kind, event)}
        />
      ))}
      <ConfirmReplaceDialog
        open={pending !== null}
        title={pending?.kind === 'runs' ? s.confirm.runsTitle : s.confirm.casesTitle}
        lines={
          pending
            ? [s.confirm.body(pending.items.length, current, pending.kind === 'cases' ? s.case : s.run, pending.fileName), ...pending.notes]
            : []
        }
        onReplace={() => void replace()}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
