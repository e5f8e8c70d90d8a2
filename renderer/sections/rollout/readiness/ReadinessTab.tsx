import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { lazy, startTransition, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { readinessOf } from '../../../../shared/plan/readiness';
import type { Plan } from '../../../../shared/plan/schema';
import { FindingList } from '../../../components/FindingList';
import { useAppStore } from '../../../state/store';
import { rolloutStrings } from '../strings';
import { localToday } from '../../../../shared/today';
import { PlanExports } from './PlanExports';
import { RegistrationByWave } from './RegistrationByWave';
import { SignOffBlockers } from './SignOffBlockers';
import { TestBlockers } from './TestBlockers';
import { VerdictCard } from './VerdictCard';
import { WatchList } from './WatchList';

// recharts is large: it loads only when the dashboard is shown, so the app starts quickly.
const ReadinessCharts = lazy(() => import('../../../charts/ReadinessCharts'));

const s = rolloutStrings.readiness;

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  loading: { minHeight: '240px', display: 'flex', alignItems: 'center', justifyContent: 'center' },
});

/** The go / no-go verdict, every reason behind it, the warnings to watch, and the plan in charts. */
export function ReadinessTab({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const findings = useAppStore((st) => st.findings);
  const readiness = useMemo(() => readinessOf(plan, findings, localToday()), [plan, findings]);
  const errors = readiness.blockers.flatMap((b) => (b.kind === 'finding' ? [b.finding] : []));
  const signOffs = readiness.blockers.flatMap((b) => (b.kind === 'signOff' ? [b] : []));
  const tests = readiness.blockers.flatMap((b) => (b.kind === 'testCase' ? [b] : []));
  const id = useId();
  // The charts are the heaviest part of the app to render: the verdict and its reasons paint first,
  // and the charts follow in a transition that never holds up a click.
  const [chartsReady, setChartsReady] = useState(false);
  useEffect(() => startTransition(() => setChartsReady(true)), []);

  return (
    <>
      <VerdictCard readiness={readiness}>
        <PlanExports />
      </VerdictCard>

      <section className={styles.block} aria-labelledby={`${id}-blockers`}>
        <Text as="h3" id={`${id}-blockers`} size={500} weight="semibold">
          {s.blockersHeading(readiness.blockers.length)}
        </Text>
        {readiness.blockers.length === 0 && <Text className={styles.muted}>{s.noBlockers}</Text>}
        <FindingList findings={errors} label={s.errorsLabel} locate />
        <SignOffBlockers blockers={signOffs} stakeholders={plan.stakeholders} />
        <TestBlockers blockers={tests} />
      </section>

      <section className={styles.block} aria-labelledby={`${id}-watch`}>
        <Text as="h3" id={`${id}-watch`} size={500} weight="semibold">
          {s.watchHeading(readiness.watch.length)}
        </Text>
        {readiness.watch.length === 0 && <Text className={styles.muted}>{s.noWatch}</Text>}
        <WatchList findings={readiness.watch} />
      </section>

      <RegistrationByWave />

      <section className={styles.block} aria-labelledby={`${id}-charts`}>
        <Text as="h3" id={`${id}-charts`} size={500} weight="semibold">
          {s.chartsHeading}
        </Text>
        <Suspense fallback={<Spinner className={styles.loading} label={s.chartsLoading} />}>
          {chartsReady ? (
            <ReadinessCharts plan={plan} findings={findings} readiness={readiness} />
          ) : (
            <Spinner className={styles.loading} label={s.chartsLoading} />
          )}
        </Suspense>
      </section>
    </>
  );
}
