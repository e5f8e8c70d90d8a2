import { Button, Card, makeStyles, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular, CheckmarkCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { lazy, startTransition, Suspense, useEffect, useId, useState } from 'react';
import type { Sku } from '../../../../shared/plan/schema';
import type { LicenseReport } from '../../../../shared/tenant/coverage';
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
  figuresCard: {
    display: 'flex',
    flexDirection: 'row',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    borderLeft: '6px solid',
  },
  allCovered: { borderLeftColor: tokens.colorStatusSuccessBorderActive },
  someUncovered: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  figures: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`, margin: 0 },
  figure: { display: 'flex', flexDirection: 'column-reverse', gap: tokens.spacingVerticalXXS },
  figureLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  figureValue: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  bad: { color: tokens.colorPaletteDarkOrangeForeground1 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  status: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, flex: '1 1 300px', minWidth: 0 },
  icon: { flexShrink: 0, marginTop: '2px' },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  loading: { minHeight: '200px', display: 'flex', alignItems: 'center', justifyContent: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** In scope, covered and not covered at a glance, with one sentence on what it means. */
function Figures({ report }: { report: LicenseReport }) {
  const styles = useStyles();
  const uncovered = report.inScope - report.covered;
  const figures = [
    { label: s.figures.enabledToday, value: report.enabledToday, className: undefined },
    { label: s.figures.inScope, value: report.inScope, className: undefined },
    { label: s.figures.covered, value: report.covered, className: styles.good },
    { label: s.figures.uncovered, value: uncovered, className: uncovered > 0 ? styles.bad : undefined },
  ];
  const Icon = uncovered === 0 ? CheckmarkCircleFilled : WarningFilled;
  return (
    <Card className={mergeClasses(styles.figuresCard, uncovered === 0 ? styles.allCovered : styles.someUncovered)} role="region" aria-label={s.figuresLabel}>
      <dl className={styles.figures}>
        {figures.map((f) => (
          <div key={f.label} className={styles.figure}>
            <dt className={styles.figureLabel}>{f.label}</dt>
            <dd className={mergeClasses(styles.figureValue, f.className)}>{f.value.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.status} role="status">
        <Icon className={mergeClasses(styles.icon, uncovered === 0 ? styles.good : styles.bad)} fontSize={20} aria-hidden />
        <Text>{uncovered === 0 ? s.allCovered : s.someUncovered(uncovered)}</Text>
      </div>
    </Card>
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
