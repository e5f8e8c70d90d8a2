/**
 * Every table of the plan as plain data: the document renders each as a Word table and the CSV
 * export writes each as a file (writeCsv escapes formula-looking cells), so every cell is plain
 * text with line breaks at most.
 */
export interface ReportTable {
  id: string;
  title: string;
  columns: string[];
  rows: string[][];
}

export const TABLE_IDS = [
  'overview',
  'businessCase',
  'stakeholders',
  'raci',
  'licenseSkus',
  'licenseCoverage',
  'licenseUncovered',
  'configuration',
  'communications',
  'testMatrix',
  'supportScenarios',
  'supportSteps',
  'supportRoles',
  'backups',
  'phases',
  'checklist',
  'blockers',
  'watch',
  'findings',
  'sweepWaves',
  'sweepReasons',
  'forecastWaves',
  'roi',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export const table = (id: TableId, spec: { title: string; columns: readonly string[] }, rows: string[][]): ReportTable => ({
  id,
  title: spec.title,
  columns: [...spec.columns],
  rows,
});

