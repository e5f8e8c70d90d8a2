import type { Phase, Plan, RunResult, TestCase, TestRun } from './schema';

/** A case's status: its latest run's result, or notRun when it was never run. */
export function latestRuns(runs: readonly TestRun[]): Map<string, TestRun> {
  const latest = new Map<string, TestRun>();
  // Runs are stored oldest first; a later entry wins even when clocks disagree.
  for (const run of runs) latest.set(run.caseId, run);
  return latest;
}

export function statusOf(caseId: string, latest: Map<string, TestRun>): RunResult {
  return latest.get(caseId)?.result ?? 'notRun';
}

/** Runs of one case, newest first. */
export function historyOf(caseId: string, runs: readonly TestRun[]): TestRun[] {
  return runs.filter((r) => r.caseId === caseId).reverse();
}

/**
 * The phase the rollout is in on `today` (YYYY-MM-DD): the last phase that has started, or the
 * first phase when none has started yet; the pilot when the plan has no phases.
 */
export function currentPhaseKind(plan: Plan, today: string): Phase['kind'] {
  const dated = plan.rollout.phases.filter((p) => p.start !== null).sort((a, b) => (a.start as string).localeCompare(b.start as string));
  const started = dated.filter((p) => (p.start as string) <= today);
  return (started.at(-1) ?? dated[0] ?? plan.rollout.phases[0])?.kind ?? 'pilot';
}

export interface CaseStatus {
  testCase: TestCase;
  index: number;
  status: RunResult;
}

/** Cases of a phase whose latest run is not a pass: they block going ahead with that phase. */
export function unpassedCases(plan: Plan, kind: Phase['kind']): CaseStatus[] {
  const latest = latestRuns(plan.testing.runs);
  return plan.testing.cases
    .map((testCase, index) => ({ testCase, index, status: statusOf(testCase.id, latest) }))
    .filter((c) => c.testCase.phase === kind && c.status !== 'pass');
}

/** Counts of latest results per phase kind, for progress bars and charts. */
export function resultsByPhase(plan: Plan): Record<Phase['kind'], Record<RunResult, number>> {
  const latest = latestRuns(plan.testing.runs);
  const empty = (): Record<RunResult, number> => ({ pass: 0, fail: 0, blocked: 0, notRun: 0 });
  const out = { pilot: empty(), wave: empty(), all: empty() };
  for (const c of plan.testing.cases) out[c.phase][statusOf(c.id, latest)] += 1;
  return out;
}
