import path from 'node:path';
import type { ScenarioFileReport } from '../shared/api';
import type { Plan } from '../shared/plan/schema';
import type { CaseSimulation } from '../shared/simulator/businessCases';
import type { SimNotification } from '../shared/simulator/engine';
import type { ScenarioReport, StepResult } from '../shared/simulator/scenario';
import { counted } from '../shared/text';
import type { Api } from './api';

/** What `simulate` prints; parsing, running and judging scenarios is the API's. */

export interface SimulatedStep {
  /** 1-based, as testers count the steps of a file. */
  number: number;
  on: string;
  do: string;
  user: string;
  by?: string;
  with?: string[];
  outcome: string;
  rule: string;
  notifications: SimNotification[];
  audit: string[];
  passwordProblem?: string;
  expect?: StepResult['step']['expect'];
  /** Unmet expectations in words; empty when the step met them. */
  failures: string[];
}

export interface SimulatedScenario {
  /** The scenario file, or null for a business case's built-in scenario. */
  file: string | null;
  name: string;
  passed: boolean;
  checked: number;
  failed: number;
  steps: SimulatedStep[];
}

export interface SimulatedCase {
  caseId: string;
  title: string;
  simulable: boolean;
  result: CaseSimulation['result'];
  note: string;
  testerResult: CaseSimulation['testerResult'];
  disagrees: boolean;
  scenario: SimulatedScenario | null;
}

export interface SimulateSummary {
  scenarios: number;
  passed: number;
  failed: number;
  /** Steps that carried an expectation, and how many of them were not met. */
  checked: number;
  unmet: number;
}

/** `simulate --json`: exactly one of `scenarios` (with --scenario) or `cases` (the plan's business cases). */
export interface SimulateJson {
  plan: string;
  passed: boolean;
  summary: SimulateSummary & { notSimulated?: number };
  scenarios?: SimulatedScenario[];
  cases?: SimulatedCase[];
}

function simulatedStep(s: StepResult): SimulatedStep {
  const { step, decision } = s;
  return {
    number: s.index + 1,
    on: step.on,
    do: step.do,
    user: step.user,
    ...(step.by === undefined ? {} : { by: step.by }),
    ...(step.with === undefined ? {} : { with: step.with }),
    outcome: decision.outcome,
    rule: decision.rule,
    notifications: decision.notifications,
    audit: decision.audit,
    ...(decision.passwordProblem === undefined ? {} : { passwordProblem: decision.passwordProblem }),
    ...(step.expect === undefined ? {} : { expect: step.expect }),
    failures: s.failures,
  };
}

function simulatedScenario(report: ScenarioReport, file: string | null): SimulatedScenario {
  return { file, name: report.name, passed: report.passed, checked: report.checked, failed: report.failed, steps: report.steps.map(simulatedStep) };
}

function summaryOf(scenarios: SimulatedScenario[]): SimulateSummary {
  return {
    scenarios: scenarios.length,
    passed: scenarios.filter((s) => s.passed).length,
    failed: scenarios.filter((s) => !s.passed).length,
    checked: scenarios.reduce((n, s) => n + s.checked, 0),
    unmet: scenarios.reduce((n, s) => n + s.failed, 0),
  };
}

/** Runs scenario files (the API stops at the first malformed one, naming file, step and field). */
export async function simulateFiles(api: Api, planPath: string, files: string[]): Promise<SimulateJson> {
  const reports: ScenarioFileReport[] = await api.invoke('simulator.runScenarioFiles', { files });
  const scenarios = reports.map((r) => simulatedScenario(r.report, r.file));
  const summary = summaryOf(scenarios);
  return { plan: planPath, passed: summary.failed === 0, summary, scenarios };
}

/** Runs the built-in scenarios of the plan's business cases; a case simulated as fail is an unmet expectation. */
export async function simulateCases(api: Api, planPath: string, plan: Plan): Promise<SimulateJson> {
  const results = await api.invoke('simulator.businessCases', {});
  const titles = new Map(plan.testing.cases.map((c) => [c.id, c.title]));
  const cases = results.map(
    (c): SimulatedCase => ({
      caseId: c.caseId,
      title: titles.get(c.caseId) ?? '',
      simulable: c.simulable,
      result: c.result,
      note: c.note,
      testerResult: c.testerResult,
      disagrees: c.disagrees,
      scenario: c.report ? simulatedScenario(c.report, null) : null,
    }),
  );
  const simulated = cases.filter((c) => c.result !== null);
  const summary = {
    ...summaryOf(cases.flatMap((c) => (c.scenario ? [c.scenario] : []))),
    scenarios: simulated.length,
    passed: simulated.filter((c) => c.result === 'pass').length,
    failed: simulated.filter((c) => c.result === 'fail').length,
    notSimulated: cases.length - simulated.length,
  };
  return { plan: planPath, passed: summary.failed === 0, summary, cases };
}

function describeStep(s: SimulatedStep): string[] {
  const by = s.by === undefined ? '' : ` by ${s.by}`;
  const why = s.passwordProblem === undefined ? s.rule : `${s.rule}, password ${s.passwordProblem}`;
  return [`  ${s.number}. ${s.on} ${s.do} ${s.user}${by} → ${s.outcome} (${why})`, ...s.failures.map((f) => `       step ${s.number}: ${f}`)];
}

function describeScenario(s: SimulatedScenario): string[] {
  const where = s.file === null ? '' : `  (${path.basename(s.file)})`;
  return [`${s.passed ? 'PASS' : 'FAIL'}  ${s.name}${where}`, ...s.steps.flatMap(describeStep)];
}

function expectationsLine(s: SimulateSummary): string {
  return `${s.unmet} of ${counted(s.checked, 'checked step')} unmet`;
}

const RESULT_WORD = { pass: 'PASS', fail: 'FAIL' } as const;

/** The readable report: a heading per scenario or case, a line per step, unmet expectations under their step. */
export function describeSimulation(r: SimulateJson): string[] {
  const lines: string[] = [];
  if (r.scenarios) {
    for (const s of r.scenarios) lines.push(...describeScenario(s), '');
    lines.push(`${counted(r.summary.scenarios, 'scenario')}: ${r.summary.passed} passed, ${r.summary.failed} failed (${expectationsLine(r.summary)}).`);
    return lines;
  }
  const cases = r.cases ?? [];
  lines.push(`Business cases of ${r.plan}, run through the simulator's built-in scenarios:`, '');
  for (const c of cases) {
    const verdict = c.result === null ? 'NOT SIMULATED' : RESULT_WORD[c.result];
    lines.push(`${verdict}  ${c.caseId}${c.title ? ` ${c.title}` : ''}`);
    if (c.note) lines.push(`  ${c.note}`);
    if (c.disagrees) lines.push(`  The testers' latest recorded result is ${c.testerResult ?? 'none'}: check which one is right.`);
    if (c.scenario) lines.push(...c.scenario.steps.flatMap(describeStep));
    lines.push('');
  }
  lines.push(
    `${counted(cases.length, 'business case')}: ${r.summary.passed} passed, ${r.summary.failed} failed, ${r.summary.notSimulated ?? 0} not simulated (${expectationsLine(r.summary)}).`,
  );
  return lines;
}
