import type { Severity } from '../../shared/plan/findings';
import type { RunResult } from '../../shared/plan/schema';
import { counted } from '../../shared/text';
import { rolloutStrings } from '../sections/rollout/strings';
import type { TestResult } from './chartData';

/** Every user-visible string of the readiness charts; the wording is ours. */
export const chartStrings = {
  dataTable: (title: string) => `${title}: the numbers`,

  severity: { error: 'Errors', warning: 'Warnings', info: 'Suggestions' } satisfies Record<Severity, string>,

  findings: {
    title: 'Findings by section',
    section: 'Section',
    total: 'Total',
    none: 'No findings: the plan passes every check.',
    summary: (total: number, errors: number, warnings: number, info: number, sections: number) =>
      `Bar chart: ${counted(total, 'finding')} in ${counted(sections, 'section')}: ${counted(errors, 'error')}, ${counted(warnings, 'warning')}, ${counted(info, 'suggestion')}.`,
  },

  signOffs: {
    title: 'Stakeholder sign-offs',
    state: 'Sign-off',
    count: 'Stakeholders',
    states: { signed: 'Signed', pending: 'Pending', declined: 'Declined' },
    centre: (signed: number, total: number) => `${signed} of ${total}`,
    centreCaption: 'signed',
    none: 'No stakeholders yet: add them in Stakeholders.',
    summary: (signed: number, pending: number, declined: number) =>
      `Donut chart: ${signed} signed, ${pending} pending, ${declined} declined.`,
  },

  tests: {
    title: 'Test matrix',
    result: 'Result',
    count: 'Cases',
    results: { passed: 'Passed', failed: 'Failed', blocked: 'Blocked', notRun: 'Not run yet' } satisfies Record<TestResult, string>,
    note: (phase: string) => `The ${phase} test cases, by their latest run. Every one must pass before going ahead.`,
    summary: (phase: string, counts: string) => `Bar chart of the ${phase} test cases: ${counts}.`,
  },

  testResults: {
    title: 'Results by phase',
    phase: 'Phase',
    results: { pass: 'Passed', fail: 'Failed', blocked: 'Blocked', notRun: 'Not run' } satisfies Record<RunResult, string>,
    kinds: rolloutStrings.kinds,
    none: 'No test cases yet.',
    note: 'Each case counts once, by its latest run.',
    summary: (rows: { phase: string; pass: number; total: number }[]) =>
      `Stacked bar chart: ${rows.map((r) => `${r.phase} ${r.pass} of ${counted(r.total, 'case')} passed`).join('; ')}.`,
  },

  checklist: {
    title: 'Checklist progress per phase',
    phase: 'Phase',
    done: 'Done',
    open: 'Open',
    none: 'No phases yet.',
    summary: (rows: { phase: string; done: number; open: number }[]) =>
      `Bar chart: ${rows.map((r) => `${r.phase} ${r.done} of ${r.done + r.open} steps done`).join('; ')}.`,
  },

  timeline: {
    title: 'Timeline of phases and campaign sends',
    phase: 'Phase',
    dates: 'Dates',
    sends: 'Campaign sends',
    noDates: 'no dates',
    noEnd: 'no end date',
    today: 'Today',
    otherSends: 'Sends of no phase',
    none: 'Give the phases dates to see them on a timeline.',
    kinds: rolloutStrings.kinds,
    emailKinds: rolloutStrings.emailKinds,
    summary: (phases: number, sends: number, from: string, to: string) =>
      `Timeline from ${from} to ${to}: ${counted(phases, 'phase')} and ${counted(sends, 'campaign send')}.`,
  },

  coverage: {
    byWave: 'Coverage by wave',
    byGroup: 'Coverage by group',
    wave: 'Wave',
    group: 'Group',
    covered: 'Covered',
    uncovered: 'Not covered',
    noneWave: 'The plan enables nobody in the tenant snapshot yet.',
    noneGroup: 'The plan names no groups yet: no policy group, phase group or licensed group.',
    waveNote: 'Each user counts once, in the first phase that enables them.',
    groupNote: 'The policy\u2019s group, the phases\u2019 groups and the licensed groups. A user counts in every group they belong to.',
    summary: (title: string, rows: { name: string; covered: number; uncovered: number }[]) =>
      `Stacked bar chart, ${title}: ${rows.map((r) => `${r.name} ${r.covered} covered, ${r.uncovered} not covered`).join('; ')}.`,
  },
};
