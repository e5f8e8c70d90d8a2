import { latestRuns, statusOf } from '../../../shared/plan/testMatrix';
import type { Phase, RunResult, TestCase, TestRun } from '../../../shared/plan/schema';

/** One line of the matrix: the case, where it sits in the plan, and what its runs say. */
export interface CaseRow {
  testCase: TestCase;
  index: number;
  status: RunResult;
  latest: TestRun | undefined;
  runs: number;
  /** Everyone who ran the case at least once. */
  testers: string[];
}

export function caseRows(cases: readonly TestCase[], runs: readonly TestRun[]): CaseRow[] {
  const latest = latestRuns(runs);
  // One pass over the history, however long it grows.
  const byCase = new Map<string, { runs: number; testers: Set<string> }>();
  for (const run of runs) {
    const entry = byCase.get(run.caseId) ?? { runs: 0, testers: new Set<string>() };
    entry.runs += 1;
    entry.testers.add(run.tester);
    byCase.set(run.caseId, entry);
  }
  return cases.map((testCase, index) => ({
    testCase,
    index,
    status: statusOf(testCase.id, latest),
    latest: latest.get(testCase.id),
    runs: byCase.get(testCase.id)?.runs ?? 0,
    testers: [...(byCase.get(testCase.id)?.testers ?? [])],
  }));
}

export interface Filters {
  status: RunResult | '';
  phase: Phase['kind'] | '';
  tester: string;
  network: TestCase['network'] | '';
  search: string;
  onlyOpen: boolean;
}

export const NO_FILTERS: Filters = { status: '', phase: '', tester: '', network: '', search: '', onlyOpen: false };

export const isFiltered = (f: Filters) =>
  f.status !== '' || f.phase !== '' || f.tester !== '' || f.network !== '' || f.search.trim() !== '' || f.onlyOpen;

export function applyFilters(rows: readonly CaseRow[], f: Filters): CaseRow[] {
  const words = f.search.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (f.status === '' || r.status === f.status) &&
      (f.phase === '' || r.testCase.phase === f.phase) &&
      (f.tester === '' || r.testers.includes(f.tester)) &&
      (f.network === '' || r.testCase.network === f.network) &&
      (!f.onlyOpen || r.status !== 'pass') &&
      (words === '' || [r.testCase.id, r.testCase.title, r.testCase.device].some((t) => t.toLowerCase().includes(words))),
  );
}

/** Every tester named in the runs, sorted, for the filter. */
export function testersOf(runs: readonly TestRun[]): string[] {
  return [...new Set(runs.map((r) => r.tester))].sort((a, b) => a.localeCompare(b));
}

export function countResults(rows: readonly CaseRow[]): Record<RunResult, number> {
  const counts: Record<RunResult, number> = { pass: 0, fail: 0, blocked: 0, notRun: 0 };
  for (const r of rows) counts[r.status] += 1;
  return counts;
}
