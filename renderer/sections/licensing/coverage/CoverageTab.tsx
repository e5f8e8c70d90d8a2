import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { lazy, startTransition, Suspense, useEffect, useId, useState } from 'react';
import type { Sku } from '../../../../shared/plan/schema';
import type { LicenseReport } from '../../../../shared/tenant/coverage';
import { FiguresCard } from '../../../components/FiguresCard';
import { SectionCard } from '../../../components/SectionCard';
import { useAppStore } from '../../../state/store';
import { useTenantReports } from '../../../state/useTenantReports';
import { licensingStrings } from '../strings';
import { SkuUse } from './SkuUse';
import { UncoveredUsers } from './UncoveredUsers';

// recharts is large: the charts load only when this view is shown, so the app starts quickly.
const CoverageCharts = lazy(() => import('../../../charts/CoverageCharts'));

const s = licensingStrings.report;

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  loading: { minHeight: '200px', display: 'flex', alignItems: 'center', justifyContent: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** In scope, covered and not covered at a glance, with one sentence on what it means. */
function Figures({ report }: { report: LicenseReport }) {
  const uncovered = report.inScope - report.covered;
  return (
    <FiguresCard
      label={s.figuresLabel}
      fine={uncovered === 0}
      status={uncovered === 0 ? s.allCovered : s.someUncovered(uncovered)}
      figures={[
        { key: 'enabledToday', label: s.figures.enabledToday, value: report.enabledToday },
        { key: 'inScope', label: s.figures.inScope, value: report.inScope },
        { key: 'covered', label: s.figures.covered, value: report.covered, tone: 'good' },
        { key: 'uncovered', label: s.figures.uncovered, value: uncovered, tone: uncovered > 0 ? 'bad' : undefined },
      ]}
    />
  );
}

function Charts({ report }: { report: LicenseReport }) {
  const styles = useStyles();
  const id = useId();
  // The figures and tables paint first; the charts follow in a transition that never holds up a click.
  const [ready, setReady] = useState(false);
  useEffect(() => startTransition(() => setReady(true)), []);
  const loading = <Spinner className={styles.loading} label={s.chartsLoading} />;
  return (
    <section className={styles.block} aria-labelledby={id}>
      <Text as="h3" id={id} size={500} weight="semibold">
        {s.chartsHeading}
      </Text>
      <Suspense fallback={loading}>{ready ? <CoverageCharts byWave={report.byWave} byGroup={report.byGroup} /> : loading}</Suspense>
    </section>
  );
}

/** License coverage person by person, from the tenant snapshot and the plan as saved. */
export function CoverageTab({ skus }: { skus: readonly Sku[] }) {
  const styles = useStyles();
  useTenantReports();
  const users = useAppStore((st) => st.tenantUsers);
  const report = useAppStore((st) => st.licenseReport);
  const error = useAppStore((st) => st.reportsError);
  const openTab = useAppStore((st) => st.setLicensingTab);

  if (users === 0) {
    return (
      <SectionCard id="licensing-report-empty" title={licensingStrings.tabs.coverage}>
        <Text>{s.noTenant}</Text>
        <div>
          <Button appearance="primary" icon={<ArrowUploadRegular />} onClick={() => openTab('tenant')}>
            {s.importButton}
          </Button>
        </div>
      </SectionCard>
    );
  }
  if (error && !report) return <Text className={styles.muted}>{s.loadFailed(error)}</Text>;
  if (!report) return <Spinner className={styles.loading} label={s.loading} />;
  const uncovered = report.inScope - report.covered;
  return (
    <>
      <Figures report={report} />
      {uncovered > 0 && <UncoveredUsers report={report} total={uncovered} />}
      <Charts report={report} />
      <SkuUse report={report} skus={skus} />
    </>
  );
}
