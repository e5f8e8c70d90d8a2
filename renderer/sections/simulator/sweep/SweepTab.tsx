import { Button, Field, Input, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import type { SweepReport } from '../../../../shared/simulator/sweep';
import { simulatorStrings } from '../strings';
import { localToday, useSweep } from '../useSweep';
import { AttentionTable } from './AttentionTable';
import { exportSweepCsv } from './exportSweep';
import { SweepFigures } from './SweepFigures';
import { ReasonsTable, WavesTable } from './SweepTables';

// recharts is large: the chart loads only when this view is shown.
const SweepChart = lazy(() => import('../../../charts/SweepChart'));

const s = simulatorStrings.sweep;

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  date: { maxWidth: '400px' },
  // Stays at the right edge when the bar wraps on a narrow window.
  export: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: tokens.spacingVerticalXXS, maxWidth: '360px', marginLeft: 'auto' },
  hint: { color: tokens.colorNeutralForeground3, textAlign: 'right' },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  loading: { minHeight: '200px', display: 'flex', alignItems: 'center', justifyContent: 'center' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

function Chart({ report }: { report: SweepReport }) {
  const styles = useStyles();
  // Figures and tables paint first; the chart follows in a transition that never holds up a click.
  const [ready, setReady] = useState(false);
  useEffect(() => startTransition(() => setReady(true)), []);
  const loading = <Spinner className={styles.loading} label={s.chartsLoading} />;
  return (
    <section className={styles.block} aria-label={s.chartsHeading}>
      <Suspense fallback={loading}>{ready ? <SweepChart waves={report.byWave} /> : loading}</Suspense>
    </section>
  );
}

/** Every imported user on one date: who is enabled, prompted, can reset, and why the others cannot. */
export function SweepTab() {
  const styles = useStyles();
  const [on, setOn] = useState(localToday);
  const { report, error } = useSweep(on);
  const [exporting, setExporting] = useState(false);
  const exportCsv = async () => {
    setExporting(true);
    await exportSweepCsv(on);
    setExporting(false);
  };
  return (
    <>
      <div className={styles.bar}>
        <Field className={styles.date} label={s.dateLabel} hint={s.dateHint}>
          <Input type="date" value={on} required onChange={(_, data) => data.value && setOn(data.value)} />
        </Field>
        <div className={styles.export}>
          <Button icon={<ArrowDownloadRegular />} disabled={!report || exporting} onClick={() => void exportCsv()}>
            {s.exportButton}
          </Button>
          <Text size={200} className={styles.hint}>
            {s.exportHint}
          </Text>
        </div>
      </div>
      {error && <Text className={styles.error} role="alert">{s.failed(error)}</Text>}
      {!report && !error && <Spinner className={styles.loading} label={s.loading} />}
      {report && (
        <>
          <SweepFigures report={report} />
          <ReasonsTable report={report} />
          <Chart report={report} />
          <WavesTable report={report} />
          <AttentionTable report={report} />
        </>
      )}
    </>
  );
}
