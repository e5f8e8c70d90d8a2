import { useCallback, useState } from 'react';
import type { RunResult } from '../../../shared/plan/schema';
import { toUpload } from './evidenceFiles';
import { testingStrings } from './strings';
import { useRecordRun, useTesterName } from './useRecordRun';

export interface RunDraft {
  tester: string;
  setTester(name: string): void;
  testerError: string | null;
  notes: string;
  setNotes(text: string): void;
  files: File[];
  setFiles(files: File[]): void;
  supportScenarioId: string;
  setSupportScenarioId(id: string): void;
  leadNote: string;
  setLeadNote(text: string): void;
  /** The message of the last refused attempt, shown above the buttons. */
  error: string | null;
  busy: boolean;
  /** Records the run; resolves true when recorded (the draft is then cleared, the tester kept). */
  submit(caseId: string, result: RunResult): Promise<boolean>;
  clear(): void;
}

/** What a tester types for the next run, and sending it. Failure details go only with a failed run. */
export function useRunDraft(): RunDraft {
  const [tester, setTester] = useTesterName();
  const [testerError, setTesterError] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [supportScenarioId, setSupportScenarioId] = useState('');
  const [leadNote, setLeadNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { record, busy } = useRecordRun();

  const clear = useCallback(() => {
    setNotes('');
    setFiles([]);
    setSupportScenarioId('');
    setLeadNote('');
    setError(null);
    setTesterError(null);
  }, []);

  const submit = useCallback(
    async (caseId: string, result: RunResult) => {
      if (tester.trim() === '') {
        setTesterError(testingStrings.record.testerRequired);
        return false;
      }
      setTesterError(null);
      const evidence = await Promise.all(files.map(toUpload)).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
      if (typeof evidence === 'string') {
        setError(testingStrings.record.failed(evidence));
        return false;
      }
      const failed = result === 'fail';
      const problem = await record({
        caseId,
        result,
        tester: tester.trim(),
        notes: notes.trimEnd(),
        supportScenarioId: failed ? supportScenarioId : '',
        leadNote: failed ? leadNote.trimEnd() : '',
        evidence: evidence.map(({ name, type, dataBase64 }) => ({ name, type, dataBase64 })),
      });
      if (problem) {
        setError(testingStrings.record.failed(problem));
        return false;
      }
      clear();
      return true;
    },
    [tester, files, notes, supportScenarioId, leadNote, record, clear],
  );

  const setTesterChecked = useCallback(
    (name: string) => {
      setTester(name);
      if (name.trim() !== '') setTesterError(null);
    },
    [setTester],
  );

  return {
    tester,
    setTester: setTesterChecked,
    testerError,
    notes,
    setNotes,
    files,
    setFiles,
    supportScenarioId,
    setSupportScenarioId,
    leadNote,
    setLeadNote,
    error,
    busy,
    submit,
    clear,
  };
}
