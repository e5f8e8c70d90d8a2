import type { JsonValue } from './paths';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The app's navigation sections; every finding belongs to one. */
export const SECTION_IDS = [
  'overview',
  'stakeholders',
  'licensing',
  'configuration',
  'communications',
  'testing',
  'support',
  'reporting',
  'rollout',
  'simulator',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface FixChange {
  /** Dotted plan path, e.g. `policy.methodsToRegister`. */
  path: string;
  value: JsonValue;
}

export interface Fix {
  label: string;
  changes: FixChange[];
}

export interface Finding {
  code: string;
  severity: Severity;
  section: SectionId;
  /** Dotted plan path of the field the finding points at. */
  field: string;
  message: string;
  fix?: Fix;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code) || a.field.localeCompare(b.field);
}

/** Whether a finding is about `field` (a dotted plan path) or something inside it. */
export function pointsAt(finding: Pick<Finding, 'field'>, field: string): boolean {
  return finding.field === field || finding.field.startsWith(`${field}.`);
}
