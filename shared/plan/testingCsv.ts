import { randomId } from '../ids';
import { cellsOf, checkedRow, CsvRefusal, matchOption, readCsv, readTable, writeCsv, type CsvResult, type CsvRow } from './csv';
import { PHASE_KINDS, RUN_RESULTS, testCaseSchema, testRunSchema, type TestCase, type TestRun } from './schema';

/**
 * The test matrix as two CSV files: the cases (to plan them in a spreadsheet) and the runs (the
 * history testers recorded). Both round-trip; a bad file is refused with its line and column and
 * nothing of it is used. Pure: the renderer turns the text into downloads and reads chosen files.
 */

export const CASE_CSV_COLUMNS = ['id', 'title', 'preconditions', 'steps', 'expected', 'network', 'device', 'phase', 'scenario'] as const;
export const RUN_CSV_COLUMNS = ['id', 'caseId', 'result', 'tester', 'at', 'notes', 'supportScenarioId', 'leadNote', 'evidence'] as const;

type CaseColumn = (typeof CASE_CSV_COLUMNS)[number];
type RunColumn = (typeof RUN_CSV_COLUMNS)[number];

const NETWORKS = testCaseSchema.shape.network.options;
const MAX_CASES = 1000;
const MAX_RUNS = 100_000;

/** The next free case id in the `TC-NN` style of the business cases. */
export function nextCaseId(cases: readonly Pick<TestCase, 'id'>[]): string {
  const numbers = cases.map((c) => /^TC-(\d+)$/.exec(c.id)?.[1]).map(Number).filter(Number.isFinite);
  return `TC-${String(Math.max(0, ...numbers) + 1).padStart(2, '0')}`;
}

/** A fresh run id such as `run-3f9a1c2e`. */
export function newRunId(): string {
  return randomId('run');
}

export function casesToCsv(cases: readonly TestCase[]): string {
  return writeCsv(
    CASE_CSV_COLUMNS,
    cases.map((c) => CASE_CSV_COLUMNS.map((column) => c[column])),
  );
}

/** Evidence files stay in the plan; the runs file names them (`; ` between names) for reference only. */
export function runsToCsv(runs: readonly TestRun[]): string {
  return writeCsv(
    RUN_CSV_COLUMNS,
    runs.map((r) => RUN_CSV_COLUMNS.map((column) => (column === 'evidence' ? r.evidence.map((e) => e.name).join('; ') : r[column]))),
  );
}

/** Refuses an id already used on an earlier row of the same file. */
function uniqueIds(rows: { id: string; line: number }[], index: number): void {
  const seen = new Map<string, number>();
  for (const { id, line } of rows) {
    const earlier = seen.get(id);
    if (earlier !== undefined) throw new CsvRefusal(`Line ${line}, column ${index + 1} (id): the id ${id} is already used on line ${earlier}.`);
    seen.set(id, line);
  }
}

/** The row's values, not yet checked against the schema; the id may still be empty. */
function rowToCase(row: CsvRow, columns: CaseColumn[]): TestCase {
  const c: TestCase = { id: '', title: '', preconditions: '', steps: '', expected: '', network: 'any', device: '', phase: 'pilot', scenario: '' };
  for (const { column, value, where } of cellsOf(row, columns)) {
    if (column === 'network') {
      const network = value === '' ? 'any' : matchOption(value, NETWORKS);
      if (!network) throw new CsvRefusal(`${where}: "${value}" is not a network; write inside, outside or any.`);
      c.network = network;
    } else if (column === 'phase') {
      const phase = value === '' ? 'pilot' : matchOption(value, PHASE_KINDS);
      if (!phase) throw new CsvRefusal(`${where}: "${value}" is not a phase; write pilot, wave or all.`);
      c.phase = phase;
    } else if (column === 'title' && value === '') {
      throw new CsvRefusal(`${where}: give the case a title.`);
    } else {
      c[column] = value;
    }
  }
  return c;
}

/**
 * Reads a case list written by `casesToCsv` or in a spreadsheet: columns in any order and case,
 * id and title required (an empty id gets the next TC-NN). The first bad value refuses the file.
 */
export function casesFromCsv(text: string): CsvResult<TestCase[]> {
  return readCsv(() => {
    const { columns, body } = readTable(text, {
      columns: CASE_CSV_COLUMNS,
      required: ['id', 'title'],
      requiredHint: 'among them id and title',
      noun: { one: 'test case', many: 'test cases' },
      maxRows: MAX_CASES,
    });
    const cases = body.map((row) => rowToCase(row, columns));
    // A row without an id gets the next free one, so new cases can be typed in without numbering them.
    for (const c of cases) if (c.id === '') c.id = nextCaseId(cases);
    const checked = cases.map((c, i) => checkedRow(testCaseSchema, c, body[i], columns));
    uniqueIds(
      checked.map((c, i) => ({ id: c.id, line: body[i].line })),
      columns.indexOf('id'),
    );
    return checked;
  });
}

export interface RunContext {
  /** The cases runs may belong to (the plan's). */
  cases: readonly Pick<TestCase, 'id'>[];
  /** The plan's runs now: a row with one of their ids keeps that run's evidence files. */
  runs: readonly TestRun[];
  newId?: () => string;
}

function rowToRun(row: CsvRow, columns: RunColumn[], context: RunContext, newId: () => string): TestRun {
  const run: TestRun = { id: '', caseId: '', result: 'notRun', tester: '', at: '', notes: '', evidence: [], supportScenarioId: '', leadNote: '' };
  for (const { column, value, where } of cellsOf(row, columns)) {
    if (column === 'evidence') continue; // written for reference; the files themselves stay in the plan
    if (column === 'result') {
      const result = matchOption(value, RUN_RESULTS);
      if (!result) throw new CsvRefusal(`${where}: "${value}" is not a result; write pass, fail, blocked or notRun.`);
      run.result = result;
    } else if (column === 'caseId') {
      if (!context.cases.some((c) => c.id === value)) throw new CsvRefusal(`${where}: there is no test case "${value}" in the plan.`);
      run.caseId = value;
    } else if (column === 'tester') {
      if (value === '') throw new CsvRefusal(`${where}: name the tester who ran the case.`);
      run.tester = value;
    } else if (column === 'at') {
      if (!testRunSchema.shape.at.safeParse(value).success) {
        throw new CsvRefusal(`${where}: "${value}" is not a date and time such as 2027-01-12T09:30:00Z.`);
      }
      run.at = value;
    } else {
      run[column] = value;
    }
  }
  if (run.id === '') run.id = newId();
  else run.evidence = context.runs.find((r) => r.id === run.id)?.evidence ?? [];
  return checkedRow(testRunSchema, run, row, columns);
}

/**
 * Reads a run history written by `runsToCsv` or in a spreadsheet, oldest first as in the file.
 * caseId, result, tester and at are required; a run whose id the plan already holds keeps its
 * evidence files, other runs have none (an empty id gets a new one).
 */
export function runsFromCsv(text: string, context: RunContext): CsvResult<TestRun[]> {
  return readCsv(() => {
    const { columns, body } = readTable(text, {
      columns: RUN_CSV_COLUMNS,
      required: ['caseId', 'result', 'tester', 'at'],
      requiredHint: 'among them caseId, result, tester and at',
      noun: { one: 'test run', many: 'test runs' },
      maxRows: MAX_RUNS,
    });
    const newId = context.newId ?? newRunId;
    const runs = body.map((row) => rowToRun(row, columns, context, newId));
    uniqueIds(
      runs.map((r, i) => ({ id: r.id, line: body[i].line })),
      Math.max(0, columns.indexOf('id')),
    );
    return runs;
  });
}
