import { WORKSTREAMS } from '../schema';
import { hit, type Rule } from './types';
import { counted } from '../../text';

export const sectionRules: Rule[] = [
  {
    code: 'SSPR-STAKEHOLDERS-001',
    severity: 'warning',
    section: 'stakeholders',
    summary: 'No stakeholders are listed.',
    check: ({ plan }) =>
      hit(plan.stakeholders.length === 0, {
        field: 'stakeholders',
        message: 'List the people who sponsor, run, support and sign off the rollout.',
      }),
  },
  {
    code: 'SSPR-STAKEHOLDERS-002',
    severity: 'warning',
    section: 'stakeholders',
    summary: 'A workstream has nobody accountable.',
    check: ({ plan }) =>
      plan.stakeholders.length === 0
        ? []
        : WORKSTREAMS.filter((w) => !plan.stakeholders.some((s) => s.raci[w] === 'A')).map((w) => ({
            field: 'stakeholders',
            message: `Nobody is accountable (A) for ${w}.`,
          })),
  },
  {
    code: 'SSPR-STAKEHOLDERS-004',
    severity: 'info',
    section: 'stakeholders',
    summary: 'Sign-offs are still pending.',
    check: ({ plan }) => {
      const pending = plan.stakeholders.filter((s) => s.signOff !== 'signed');
      return hit(pending.length > 0, {
        field: 'stakeholders',
        message: `${pending.length} of ${counted(plan.stakeholders.length, 'stakeholder')} ${pending.length === 1 ? 'has' : 'have'} not signed off yet.`,
      });
    },
  },
  {
    code: 'SSPR-TESTING-001',
    severity: 'warning',
    section: 'testing',
    summary: 'The test matrix is empty.',
    check: ({ plan }) =>
      hit(plan.testing.cases.length === 0, {
        field: 'testing.cases',
        message: 'Add the business cases the pilot must pass before SSPR reaches everyone.',
      }),
  },
  {
    code: 'SSPR-SUPPORT-001',
    severity: 'warning',
    section: 'support',
    summary: 'No support scenarios are written down.',
    check: ({ plan }) =>
      hit(plan.support.scenarios.length === 0, {
        field: 'support.scenarios',
        message: 'Write down how the help desk handles the usual SSPR problems before users meet them.',
      }),
  },
  {
    code: 'SSPR-SUPPORT-002',
    severity: 'warning',
    section: 'support',
    summary: 'A support scenario has no resolution steps.',
    check: ({ plan }) =>
      plan.support.scenarios.flatMap((s, i) =>
        hit(s.resolution.trim() === '', {
          field: `support.scenarios.${i}.resolution`,
          message: `"${s.title}" says nothing about how to resolve it.`,
        }),
      ),
  },
  {
    code: 'SSPR-ROLLOUT-001',
    severity: 'warning',
    section: 'rollout',
    summary: 'The rollout has no pilot phase.',
    check: ({ plan }) =>
      hit(!plan.rollout.phases.some((p) => p.kind === 'pilot'), {
        field: 'rollout.phases',
        message: 'Start with a pilot group so problems surface with a few users rather than everyone.',
      }),
  },
  {
    code: 'SSPR-ROLLOUT-002',
    severity: 'error',
    section: 'rollout',
    summary: 'A phase ends before it starts.',
    check: ({ plan }) =>
      plan.rollout.phases.flatMap((p, i) =>
        hit(p.start !== null && p.end !== null && p.end < p.start, {
          field: `rollout.phases.${i}.end`,
          message: `${p.name} ends (${p.end}) before it starts (${p.start}).`,
        }),
      ),
  },
  {
    code: 'SSPR-ROLLOUT-003',
    severity: 'warning',
    section: 'rollout',
    summary: 'A pilot or wave phase has no group.',
    check: ({ plan }) =>
      plan.rollout.phases.flatMap((p, i) =>
        hit(p.kind !== 'all' && p.group.trim() === '', {
          field: `rollout.phases.${i}.group`,
          message: `${p.name} names no group, so nobody can be enabled for it.`,
        }),
      ),
  },
  {
    code: 'SSPR-ROLLOUT-004',
    severity: 'info',
    section: 'rollout',
    summary: 'The rollout never reaches all users.',
    check: ({ plan }) =>
      hit(plan.rollout.phases.length > 0 && !plan.rollout.phases.some((p) => p.kind === 'all'), {
        field: 'rollout.phases',
        message: 'No phase switches SSPR on for all users; add one when the waves are done.',
      }),
  },
  {
    code: 'SSPR-ROLLOUT-005',
    severity: 'warning',
    section: 'rollout',
    summary: 'A phase has no exit criteria.',
    check: ({ plan }) =>
      plan.rollout.phases.flatMap((p, i) =>
        hit(p.exitCriteria.every((c) => c.trim() === ''), {
          field: `rollout.phases.${i}.exitCriteria`,
          message: `${p.name} says nothing about when it is finished; add exit criteria such as a registration rate or passed tests.`,
        }),
      ),
  },
  {
    code: 'SSPR-ROLLOUT-006',
    severity: 'warning',
    section: 'rollout',
    summary: 'Phases start out of order (pilot, then waves, then all users).',
    check: ({ plan }) => {
      const rank = { pilot: 0, wave: 1, all: 2 } as const;
      return plan.rollout.phases.flatMap((p, i) =>
        plan.rollout.phases
          .filter((q) => rank[q.kind] < rank[p.kind] && q.start !== null && p.start !== null && q.start > p.start)
          .slice(0, 1)
          .map((q) => ({
            field: `rollout.phases.${i}.start`,
            message: `${p.name} starts (${p.start}) before ${q.name} (${q.start}), which should come first.`,
          })),
      );
    },
  },
  {
    code: 'SSPR-ROLLOUT-007',
    severity: 'error',
    section: 'rollout',
    summary: 'A checklist item belongs to a phase that does not exist.',
    check: ({ plan }) =>
      plan.rollout.checklist.flatMap((c, i) =>
        hit(!plan.rollout.phases.some((p) => p.id === c.phaseId), {
          field: `rollout.checklist.${i}`,
          message: `The checklist step "${c.title}" belongs to phase "${c.phaseId}", which is not in the rollout.`,
          fix: { label: 'Remove the orphaned step', changes: [{ path: 'rollout.checklist', value: plan.rollout.checklist.filter((_, j) => j !== i) }] },
        }),
      ),
  },
];
