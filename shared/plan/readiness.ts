import type { Finding } from './findings';
import type { Phase, Plan, RunResult } from './schema';
import { currentPhaseKind, resultsByPhase, unpassedCases } from './testMatrix';

export type Blocker =
  | { kind: 'finding'; finding: Finding }
  | { kind: 'signOff'; stakeholderIndex: number; name: string; state: 'pending' | 'declined' }
  | { kind: 'testCase'; caseIndex: number; caseId: string; title: string; status: Exclude<RunResult, 'pass'> };

export interface Readiness {
  verdict: 'go' | 'no-go';
  /** Every reason the verdict is no-go; empty when it is go. */
  blockers: Blocker[];
  /** Warnings: not blocking, but worth a look before the decision. */
  watch: Finding[];
  signOffs: { signed: number; pending: number; declined: number };
  checklist: { phaseId: string; phase: string; done: number; total: number }[];
  /** The phase whose test cases must pass before going ahead. */
  phase: Phase['kind'];
  tests: Record<RunResult, number>;
}

/**
 * The go / no-go verdict on `today` (YYYY-MM-DD): go only when no finding is an error, stakeholders
 * are named and have all signed off, and every test case of the current phase has passed in its
 * latest run (failed, blocked and never-run cases block).
 */
export function readinessOf(plan: Plan, findings: readonly Finding[], today: string): Readiness {
  const phase = currentPhaseKind(plan, today);
  const testBlockers: Blocker[] = unpassedCases(plan, phase).map((c) => ({
    kind: 'testCase' as const,
    caseIndex: c.index,
    caseId: c.testCase.id,
    title: c.testCase.title,
    status: c.status as Exclude<RunResult, 'pass'>,
  }));
  const signOffBlockers: Blocker[] = plan.stakeholders.flatMap((s, i) =>
    s.signOff === 'signed' ? [] : [{ kind: 'signOff' as const, stakeholderIndex: i, name: s.name || `Stakeholder ${i + 1}`, state: s.signOff }],
  );
  // A plan that names nobody has nobody to sign it off, so that warning blocks go as well.
  const blocking = (f: Finding) => f.severity === 'error' || f.code === 'SSPR-STAKEHOLDERS-001';
  const blockers: Blocker[] = [
    ...findings.filter(blocking).map((finding) => ({ kind: 'finding' as const, finding })),
    ...signOffBlockers,
    ...testBlockers,
  ];
  const count = (state: Plan['stakeholders'][number]['signOff']) => plan.stakeholders.filter((s) => s.signOff === state).length;
  return {
    verdict: blockers.length === 0 ? 'go' : 'no-go',
    blockers,
    watch: findings.filter((f) => f.severity === 'warning'),
    signOffs: { signed: count('signed'), pending: count('pending'), declined: count('declined') },
    checklist: plan.rollout.phases.map((p) => {
      const items = plan.rollout.checklist.filter((c) => c.phaseId === p.id);
      return { phaseId: p.id, phase: p.name, done: items.filter((c) => c.done).length, total: items.length };
    }),
    phase,
    tests: resultsByPhase(plan)[phase],
  };
}
