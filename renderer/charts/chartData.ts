import { SECTION_IDS, SEVERITIES, type Finding, type SectionId, type Severity } from '../../shared/plan/findings';
import type { Readiness } from '../../shared/plan/readiness';

/** The numbers behind the readiness charts, computed from the plan's own data and nothing else. */

export type SeverityCounts = Record<Severity, number>;

export interface SectionFindings extends SeverityCounts {
  section: SectionId;
  total: number;
}

/** Findings per section and severity, in navigation order; sections without findings are left out. */
export function findingsBySection(findings: readonly Finding[]): SectionFindings[] {
  return SECTION_IDS.flatMap((section) => {
    const own = findings.filter((f) => f.section === section);
    if (own.length === 0) return [];
    const counts = Object.fromEntries(SEVERITIES.map((sev) => [sev, own.filter((f) => f.severity === sev).length])) as SeverityCounts;
    return [{ section, ...counts, total: own.length }];
  });
}

export interface ChecklistBar {
  phase: string;
  done: number;
  open: number;
}

export function checklistBars(readiness: Readiness): ChecklistBar[] {
  return readiness.checklist.map((c) => ({ phase: c.phase, done: c.done, open: c.total - c.done }));
}

export const TEST_RESULTS = ['passed', 'failed', 'blocked', 'notRun'] as const;
export type TestResult = (typeof TEST_RESULTS)[number];

const RESULT_OF: Record<TestResult, keyof Readiness['tests']> = { passed: 'pass', failed: 'fail', blocked: 'blocked', notRun: 'notRun' };

/** Latest results of the current phase's test cases, per state. */
export function testResults(readiness: Readiness): { result: TestResult; count: number }[] {
  return TEST_RESULTS.map((result) => ({ result, count: readiness.tests[RESULT_OF[result]] }));
}
