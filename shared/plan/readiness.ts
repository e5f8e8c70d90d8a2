import type { Finding } from './findings';
import type { Plan } from './schema';

export type Blocker =
  | { kind: 'finding'; finding: Finding }
  | { kind: 'signOff'; stakeholderIndex: number; name: string; state: 'pending' | 'declined' };

export interface Readiness {
  verdict: 'go' | 'no-go';
  /** Every reason the verdict is no-go; empty when it is go. */
  blockers: Blocker[];
  /** Warnings: not blocking, but worth a look before the decision. */
  watch: Finding[];
  signOffs: { signed: number; pending: number; declined: number };
  checklist: { phaseId: string; phase: string; done: number; total: number }[];
  testCases: number;
}

/**
 * The go / no-go verdict: go only when no finding is an error, stakeholders are named and every one
 * of them has signed off.
 * Test-matrix results join the blockers when testers record runs.
 */
export function readinessOf(plan: Plan, findings: readonly Finding[]): Readiness {
  const signOffBlockers: Blocker[] = plan.stakeholders.flatMap((s, i) =>
    s.signOff === 'signed' ? [] : [{ kind: 'signOff' as const, stakeholderIndex: i, name: s.name || `Stakeholder ${i + 1}`, state: s.signOff }],
  );
  // A plan that names nobody has nobody to sign it off, so that warning blocks go as well.
  const blocking = (f: Finding) => f.severity === 'error' || f.code === 'SSPR-STAKEHOLDERS-001';
  const blockers: Blocker[] = [
    ...findings.filter(blocking).map((finding) => ({ kind: 'finding' as const, finding })),
    ...signOffBlockers,
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
    testCases: plan.testing.cases.length,
  };
}
