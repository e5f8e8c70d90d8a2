import { describe, expect, it } from 'vitest';
import { BUSINESS_CASES } from '../../shared/plan/businessCases';
import type { CsvResult } from '../../shared/plan/csv';
import type { TestRun } from '../../shared/plan/schema';
import { CASE_CSV_COLUMNS, casesFromCsv, casesToCsv, nextCaseId, RUN_CSV_COLUMNS, runsFromCsv, runsToCsv } from '../../shared/plan/testingCsv';

const CASE_HEADER = CASE_CSV_COLUMNS.join(',');
const RUN_HEADER = RUN_CSV_COLUMNS.join(',');

function run(overrides: Partial<TestRun> = {}): TestRun {
  return {
    id: 'run-0001',
    caseId: 'TC-01',
    result: 'pass',
    tester: 'Aisha Karim',
    at: '2027-01-12T09:30:00.000Z',
    notes: '',
    evidence: [],
    supportScenarioId: '',
    leadNote: '',
    ...overrides,
  };
}

const context = (runs: TestRun[] = []) => ({ cases: BUSINESS_CASES, runs });

function refused<T>(result: CsvResult<T>): string {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

function accepted<T>(result: CsvResult<T>): T {
  if (!result.ok) throw new Error(`expected the file to be read: ${result.error}`);
  return result.value;
}

/** A runs file whose one data row is a good row with one cell replaced. */
function runFileWith(column: (typeof RUN_CSV_COLUMNS)[number], value: string): string {
  const cells = runsToCsv([run()]).split('\r\n')[1].split(',');
  cells[RUN_CSV_COLUMNS.indexOf(column)] = value;
  return `${RUN_HEADER}\r\n${cells.join(',')}\r\n`;
}

describe('test cases CSV', () => {
  it('writes the documented header and reads the nine business cases back unchanged', () => {
    const csv = casesToCsv(BUSINESS_CASES);
    expect(csv.split('\r\n')[0]).toBe('id,title,preconditions,steps,expected,network,device,phase,scenario');
    expect(accepted(casesFromCsv(csv))).toEqual(BUSINESS_CASES);
  });

  it('matches headers in any case and order, fills missing columns, numbers rows without an id', () => {
    const cases = accepted(casesFromCsv('\uFEFFTitle;ID;Network;Phase\r\nKiosk reset;;Outside;Wave\r\nAudit;TC-07;;\r\n\r\n'));
    expect(cases).toEqual([
      { id: 'TC-08', title: 'Kiosk reset', preconditions: '', steps: '', expected: '', network: 'outside', device: '', phase: 'wave', scenario: '' },
      { id: 'TC-07', title: 'Audit', preconditions: '', steps: '', expected: '', network: 'any', device: '', phase: 'pilot', scenario: '' },
    ]);
  });

  it('escapes formula-looking cells on export and removes the escape on import', () => {
    const risky = { ...BUSINESS_CASES[0], title: '=HYPERLINK("http://x","y")', steps: '-1. Open\n@home', device: '+Surface' };
    const csv = casesToCsv([risky]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(`"'-1. Open\n@home"`);
    expect(csv).toContain(`'+Surface`);
    expect(accepted(casesFromCsv(csv))).toEqual([risky]);
  });

  it('refuses a broken quote with its line and column', () => {
    const csv = `${CASE_HEADER}\r\nTC-01,"Portal inside,x,,,any,,pilot,\r\nTC-02,Outside,,,,any,,pilot,\r\n`;
    expect(refused(casesFromCsv(csv))).toBe(
      'Line 2, column 2 (title): a quoted value is not closed, or has a stray quote inside. Write a quote inside a quoted value as two quotes ("").',
    );
  });

  it('refuses unknown networks and phases, empty titles and repeated ids', () => {
    expect(refused(casesFromCsv('id,title,network\r\nTC-01,Portal,office\r\n'))).toBe(
      'Line 2, column 3 (network): "office" is not a network; write inside, outside or any.',
    );
    expect(refused(casesFromCsv('id,title,phase\r\nTC-01,Portal,pilot\r\nTC-02,Audit,later\r\n'))).toBe(
      'Line 3, column 3 (phase): "later" is not a phase; write pilot, wave or all.',
    );
    expect(refused(casesFromCsv('id,title\r\nTC-01, \r\n'))).toBe('Line 2, column 2 (title): give the case a title.');
    expect(refused(casesFromCsv('id,title\r\nTC-01,A\r\n"TC-\r\n02",B\r\nTC-01,C\r\n'))).toBe(
      'Line 5, column 1 (id): the id TC-01 is already used on line 2.',
    );
  });

  it('refuses unknown, repeated or missing header columns, rows of the wrong width, empty files and long values', () => {
    expect(refused(casesFromCsv('id,title,owner\r\nTC-01,A,Bob\r\n'))).toMatch(/^Line 1, column 3 \(owner\): "owner" is not a test case column\. The columns are id, title,/);
    expect(refused(casesFromCsv('id,title,Title\r\nTC-01,A,B\r\n'))).toBe('Line 1, column 3 (title): the column title appears twice.');
    expect(refused(casesFromCsv('id,steps\r\nTC-01,Go\r\n'))).toBe(
      'Line 1: the header has no title column. The first line must name the columns, among them id and title.',
    );
    expect(refused(casesFromCsv('id,title\r\nTC-01,A,extra\r\n'))).toBe('Line 2, column 3 (extra): the row has 3 values but the header names 2 columns.');
    expect(refused(casesFromCsv('id,title,phase\r\nTC-01,A\r\n'))).toBe('Line 2, column 3 (phase): the row ends after 2 values but the header names 3 columns.');
    expect(refused(casesFromCsv(''))).toMatch(/^Line 1: the file is empty/);
    expect(refused(casesFromCsv(`${CASE_HEADER}\r\n`))).toBe('Line 2: the file names the columns but lists no test cases.');
    expect(refused(casesFromCsv(`id,title,device\r\nTC-01,A,${'x'.repeat(501)}\r\n`))).toBe(
      'Line 2, column 3 (device): the value is longer than 500 characters.',
    );
  });

  it('numbers new cases after the highest TC-NN', () => {
    expect(nextCaseId([])).toBe('TC-01');
    expect(nextCaseId(BUSINESS_CASES)).toBe('TC-10');
    expect(nextCaseId([{ id: 'TC-41' }, { id: 'custom' }])).toBe('TC-42');
  });
});

describe('test runs CSV', () => {
  const history: TestRun[] = [
    run({ id: 'run-a', result: 'fail', notes: 'Portal timed out, "twice"', supportScenarioId: 'SUP-02', leadNote: 'Proxy rule?\nAsk network team' }),
    run({
      id: 'run-b',
      evidence: [
        { id: 'ev-1', name: 'portal.png', type: 'image/png', size: 2048 },
        { id: 'ev-2', name: 'log.txt', type: 'text/plain', size: 12 },
      ],
      tester: 'Ben Ode',
      at: '2027-01-12T11:05:00+01:00',
    }),
    run({ id: 'run-c', caseId: 'TC-09', result: 'blocked', notes: '=1+1' }),
  ];

  it('writes the documented header with evidence names and reads every run back, evidence kept by id', () => {
    const csv = runsToCsv(history);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,caseId,result,tester,at,notes,supportScenarioId,leadNote,evidence');
    expect(csv).toContain('portal.png; log.txt');
    expect(csv).toContain(`'=1+1`);
    expect(accepted(runsFromCsv(csv, context(history)))).toEqual(history);
  });

  it('gives runs new to the plan a new id and no evidence files', () => {
    const csv = runsToCsv(history);
    const runs = accepted(runsFromCsv(csv, { ...context([]), newId: () => 'unused' }));
    expect(runs.map((r) => r.evidence)).toEqual([[], [], []]);
    const fresh = accepted(runsFromCsv('caseId,result,tester,at\r\nTC-03,Not run,Ada,2027-01-13T08:00:00Z\r\n', { ...context(history), newId: () => 'run-new' }));
    expect(fresh).toEqual([run({ id: 'run-new', caseId: 'TC-03', result: 'notRun', tester: 'Ada', at: '2027-01-13T08:00:00Z' })]);
  });

  it('refuses a broken quote with its line and column, counting lines inside quoted notes', () => {
    const csv = `${RUN_HEADER}\r\nrun-a,TC-01,pass,Ada,2027-01-12T09:30:00Z,"two\r\nlines",,,\r\nrun-b,TC-02,fail,Ada,2027-01-12T09:30:00Z,"broken,,,\r\n`;
    expect(refused(runsFromCsv(csv, context()))).toBe(
      'Line 4, column 6 (notes): a quoted value is not closed, or has a stray quote inside. Write a quote inside a quoted value as two quotes ("").',
    );
  });

  it('names the cell where a broken quote opens, even when a later quote hides it', () => {
    const csv = runsToCsv(history).split('\r\n');
    // run-b (line 4: run-a's lead note spans two lines) has empty notes; a quote opened there pairs with a later one.
    csv[2] = csv[2].replace(/(2027-01-12T11:05:00\+01:00),/, '$1,"left open,');
    expect(refused(runsFromCsv(csv.join('\r\n'), context(history)))).toMatch(/^Line 4, column 6 \(notes\): a quoted value is not closed/);
  });

  it('refuses an unknown result value with its line and column', () => {
    expect(refused(runsFromCsv(runFileWith('result', 'passed-ish'), context()))).toBe(
      'Line 2, column 3 (result): "passed-ish" is not a result; write pass, fail, blocked or notRun.',
    );
    expect(accepted(runsFromCsv(runFileWith('result', 'PASS'), context()))[0].result).toBe('pass');
  });

  it('refuses runs of unknown cases, runs without a tester, times that are not ISO and repeated ids', () => {
    expect(refused(runsFromCsv(runFileWith('caseId', 'TC-99'), context()))).toBe('Line 2, column 2 (caseId): there is no test case "TC-99" in the plan.');
    expect(refused(runsFromCsv(runFileWith('tester', ''), context()))).toBe('Line 2, column 4 (tester): name the tester who ran the case.');
    expect(refused(runsFromCsv(runFileWith('at', '12/01/2027 09:30'), context()))).toBe(
      'Line 2, column 5 (at): "12/01/2027 09:30" is not a date and time such as 2027-01-12T09:30:00Z.',
    );
    expect(refused(runsFromCsv(runFileWith('at', '2027-01-12'), context()))).toMatch(/^Line 2, column 5 \(at\)/);
    const twice = runsToCsv([run(), run()]);
    expect(refused(runsFromCsv(twice, context()))).toBe('Line 3, column 1 (id): the id run-0001 is already used on line 2.');
  });

  it('refuses a header without the required columns and values longer than a plan holds', () => {
    expect(refused(runsFromCsv('caseId,result,at\r\nTC-01,pass,2027-01-12T09:30:00Z\r\n', context()))).toBe(
      'Line 1: the header has no tester column. The first line must name the columns, among them caseId, result, tester and at.',
    );
    expect(refused(runsFromCsv(runFileWith('supportScenarioId', 'x'.repeat(501)), context()))).toBe(
      'Line 2, column 7 (supportScenarioId): the value is longer than 500 characters.',
    );
    expect(refused(runsFromCsv(`${RUN_HEADER}\r\n`, context()))).toBe('Line 2: the file names the columns but lists no test runs.');
  });
});
