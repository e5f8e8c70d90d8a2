import type { Finding, SectionId } from '../../shared/plan/findings';

export interface FindingCount {
  total: number;
  errors: number;
}

export function findingsOf(findings: readonly Finding[], section: SectionId): Finding[] {
  return findings.filter((f) => f.section === section);
}

export function countFindings(findings: readonly Finding[], section: SectionId): FindingCount {
  const own = findingsOf(findings, section);
  return { total: own.length, errors: own.filter((f) => f.severity === 'error').length };
}

/** A finding belongs to a field when it points at the field itself or at something inside it. */
export { pointsAt } from '../../shared/plan/findings';

/** "contoso-sspr.ssprplan" from a full path on any platform. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
