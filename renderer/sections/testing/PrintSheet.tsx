import { makeStaticStyles, makeStyles, mergeClasses } from '@fluentui/react-components';
import { Fragment } from 'react';
import { createPortal } from 'react-dom';
import { PHASE_KINDS, type Plan, type TestRun } from '../../../shared/plan/schema';
import { resultsByPhase } from '../../../shared/plan/testMatrix';
import type { CaseRow } from './matrix';
import { testingStrings } from './strings';

const s = testingStrings.print;

/** On screen the sheet is hidden; in print only the sheet shows, black on white, whatever the theme. */
const usePrintRules = makeStaticStyles(`
  @media screen { [data-print-sheet] { display: none !important; } }
  @media print {
    html, body { height: auto !important; background: #fff !important; color-scheme: light; }
    body > :not([data-print-sheet]) { display: none !important; }
  }
  @page { margin: 14mm 12mm; }
`);

const INK = '#000';
const RULE = '1px solid #888';

const useStyles = makeStyles({
  sheet: { color: INK, backgroundColor: '#fff', fontFamily: "'Segoe UI', system-ui, sans-serif", fontSize: '10pt', lineHeight: 1.35 },
  h1: { fontSize: '18pt', margin: '0 0 2pt' },
  meta: { color: '#444', margin: '0 0 10pt' },
  h2: { fontSize: '13pt', margin: '14pt 0 6pt' },
  h3: { fontSize: '11pt', margin: '0 0 4pt' },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    marginBottom: '6pt',
    '& th': { border: RULE, padding: '3pt 5pt', verticalAlign: 'top' },
    '& td': { border: RULE, padding: '3pt 5pt', verticalAlign: 'top' },
  },
  th: { backgroundColor: '#eee', fontWeight: 600, textAlign: 'left' },
  summary: { width: 'auto', minWidth: '50%' },
  historyTable: { tableLayout: 'fixed' },
  colResult: { width: '14%' },
  colTester: { width: '22%' },
  colWhen: { width: '24%' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  caseBlock: { breakInside: 'avoid', borderTop: '2px solid #000', paddingTop: '6pt', marginTop: '10pt' },
  label: { fontWeight: 600, margin: '4pt 0 1pt' },
  pre: { whiteSpace: 'pre-wrap', margin: 0 },
  status: { fontWeight: 700 },
  muted: { color: '#555' },
  nowrap: { whiteSpace: 'nowrap' },
});

function History({ runs }: { runs: TestRun[] }) {
  const styles = useStyles();
  if (runs.length === 0) return <p className={styles.muted}>{s.noRuns}</p>;
  return (
    <table className={mergeClasses(styles.table, styles.historyTable)}>
      <thead>
        <tr>
          <th className={mergeClasses(styles.th, styles.colResult)}>{s.result}</th>
          <th className={mergeClasses(styles.th, styles.colTester)}>{s.tester}</th>
          <th className={mergeClasses(styles.th, styles.colWhen)}>{s.when}</th>
          <th className={styles.th}>{s.notes}</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r) => (
          <tr key={r.id}>
            <td className={styles.status}>{testingStrings.results[r.result]}</td>
            <td>{r.tester}</td>
            <td className={styles.nowrap}>{testingStrings.when(r.at)}</td>
            <td className={styles.pre}>{[r.notes, r.leadNote].filter((t) => t.trim() !== '').join('\n')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The printable matrix (window.print() or the browser's own print): a summary per phase, the cases
 * shown with their status, then each case with its steps and run history, kept on one page where it fits.
 */
export function PrintSheet({ plan, rows }: { plan: Plan; rows: readonly CaseRow[] }) {
  usePrintRules();
  const styles = useStyles();
  const byPhase = resultsByPhase(plan);
  const historyByCase = new Map<string, TestRun[]>();
  for (const run of plan.testing.runs) historyByCase.set(run.caseId, [run, ...(historyByCase.get(run.caseId) ?? [])]);
  const phases = PHASE_KINDS.filter((k) => plan.testing.cases.some((c) => c.phase === k));

  return createPortal(
    <div data-print-sheet="" className={styles.sheet}>
      <h1 className={styles.h1}>{s.title(plan.overview.organization)}</h1>
      <p className={styles.meta}>
        {s.printed(new Date().toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' }))} · {s.account(plan.testing.testAccount)}
      </p>
      <h2 className={styles.h2}>{s.summary}</h2>
      <table className={mergeClasses(styles.table, styles.summary)}>
        <thead>
          <tr>
            <th className={styles.th}>{s.phase}</th>
            {(['pass', 'fail', 'blocked', 'notRun'] as const).map((r) => (
              <th key={r} className={mergeClasses(styles.th, styles.num)}>
                {testingStrings.results[r]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {phases.map((k) => (
            <tr key={k}>
              <td>{testingStrings.phases[k]}</td>
              {(['pass', 'fail', 'blocked', 'notRun'] as const).map((r) => (
                <td key={r} className={styles.num}>
                  {byPhase[k][r]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className={styles.table}>
        <thead>
          <tr>
            {[s.id, s.case, s.phase, s.environment, s.status, s.lastRun].map((h) => (
              <th key={h} className={styles.th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.testCase.id}>
              <td className={styles.nowrap}>{r.testCase.id}</td>
              <td>{r.testCase.title.trim() || testingStrings.untitled}</td>
              <td>{testingStrings.phases[r.testCase.phase]}</td>
              <td>{[testingStrings.networkShort[r.testCase.network], r.testCase.device].filter((t) => t.trim() !== '').join(' · ')}</td>
              <td className={styles.status}>{testingStrings.results[r.status]}</td>
              <td>{r.latest ? `${r.latest.tester}, ${testingStrings.when(r.latest.at)}` : testingStrings.table.never}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.map((r) => (
        <section key={r.testCase.id} className={styles.caseBlock}>
          <h3 className={styles.h3}>
            {r.testCase.id} · {r.testCase.title.trim() || testingStrings.untitled} · <span className={styles.status}>{testingStrings.results[r.status]}</span>
          </h3>
          {(
            [
              [testingStrings.drawer.preconditions, r.testCase.preconditions],
              [testingStrings.drawer.steps, r.testCase.steps],
              [testingStrings.drawer.expected, r.testCase.expected],
            ] as const
          ).map(([label, text]) => (
            <Fragment key={label}>
              <p className={styles.label}>{label}</p>
              <p className={styles.pre}>{text.trim() || testingStrings.drawer.none}</p>
            </Fragment>
          ))}
          <p className={styles.label}>{s.runs}</p>
          <History runs={historyByCase.get(r.testCase.id) ?? []} />
        </section>
      ))}
    </div>,
    document.body,
  );
}
