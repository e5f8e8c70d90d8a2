import { Label, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { lazy, startTransition, Suspense, useEffect, useId, useState, type ReactNode } from 'react';
import type { Plan } from '../../../../shared/plan/schema';
import type { Forecast } from '../../../../shared/simulator/forecast/types';
import { localToday } from '../../../../shared/today';
import { localDate } from '../../../charts/dates';
import { FiguresCard } from '../../../components/FiguresCard';
import { SectionCard } from '../../../components/SectionCard';
import { formatMoney } from '../../overview/baseline';
import { AssumptionsEditor } from './AssumptionsEditor';
import { ALL_WAVES, launchIndex, seriesOf } from './series';
import { forecastStrings } from './strings';
import { useForecast } from './useForecast';
import { WavesBehind } from './WavesBehind';

// recharts is large: the charts load only when this view is shown, so the app starts quickly.
const ForecastChart = lazy(() => import('../../../charts/ForecastChart'));
const ForecastRoiChart = lazy(() => import('../../../charts/ForecastRoiChart'));

const s = forecastStrings;

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  picker: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginLeft: 'auto' },
  select: { width: '200px' },
  headline: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  loading: { minHeight: '240px', display: 'flex', alignItems: 'center', justifyContent: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  totals: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`, margin: 0 },
  total: { display: 'flex', flexDirection: 'column-reverse', gap: tokens.spacingVerticalXXS },
  totalLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  totalValue: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  assumptions: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

const money = (amount: number, currency: string) => formatMoney(Math.round(amount), currency);

function Figures({ forecast }: { forecast: Forecast }) {
  const { days, registeredShare: band, roi } = forecast;
  const last = days.length - 1;
  const launch = launchIndex(forecast);
  const behind = forecast.waves.filter((w) => w.behind).map((w) => w.wave);
  const range = (i: number) => s.range(s.percent(band.p10[i]), s.percent(band.p90[i]));
  return (
    <FiguresCard
      label={s.figuresLabel}
      fine={behind.length === 0}
      status={behind.length > 0 ? s.statusBehind(behind) : s.status(band.p50[launch], band.p50[last], localDate(days[last]))}
      figures={[
        { key: 'users', label: s.figures.users, value: forecast.users },
        { key: 'atLaunch', label: s.figures.atLaunch(localDate(days[launch])), value: s.percent(band.p50[launch]), detail: range(launch) },
        { key: 'atEnd', label: s.figures.atEnd(localDate(days[last])), value: s.percent(band.p50[last]), detail: range(last) },
        {
          key: 'saved',
          label: s.figures.saved,
          value: money(roi.totalSaved, roi.currency),
          detail: s.range(money(roi.totalSavedP10, roi.currency), money(roi.totalSavedP90, roi.currency)),
        },
      ]}
    />
  );
}

/** Waits a transition before drawing, so the figures paint first and a click is never held up. */
function Deferred({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  const [ready, setReady] = useState(false);
  useEffect(() => startTransition(() => setReady(true)), []);
  const loading = <Spinner className={styles.loading} label={label} />;
  return <Suspense fallback={loading}>{ready ? children : loading}</Suspense>;
}

function Curve({ forecast, stale }: { forecast: Forecast; stale: boolean }) {
  const styles = useStyles();
  const id = useId();
  const selectId = useId();
  const [wave, setWave] = useState(ALL_WAVES);
  // A wave that is gone from the plan falls back to all waves.
  const shown = forecast.waves.some((w) => w.wave === wave) ? wave : ALL_WAVES;
  return (
    <section className={styles.block} aria-labelledby={id}>
      <div className={styles.head}>
        <div className={styles.headline}>
          <Text as="h3" id={id} size={500} weight="semibold">
            {s.chartsHeading}
          </Text>
          <Text size={200} className={styles.muted} role="status">
            {stale ? s.refreshing : ''}
          </Text>
        </div>
        {forecast.waves.length > 1 && (
          <div className={styles.picker}>
            <Label htmlFor={selectId}>{s.waveSelect}</Label>
            <Select id={selectId} className={styles.select} value={shown} onChange={(_, data) => setWave(data.value)}>
              <option value={ALL_WAVES}>{s.allWaves}</option>
              {forecast.waves.map((w) => (
                <option key={w.wave} value={w.wave}>
                  {w.wave}
                </option>
              ))}
            </Select>
          </div>
        )}
      </div>
      <Deferred label={s.chartsLoading}>
        <ForecastChart series={seriesOf(forecast, shown, s.allWaves)} today={localToday()} />
      </Deferred>
    </section>
  );
}

function RoiCard({ forecast }: { forecast: Forecast }) {
  const styles = useStyles();
  const { roi } = forecast;
  const calls = roi.months.reduce((n, m) => n + m.callsAvoided, 0);
  const hasBaseline = roi.callsPerMonth > 0 && roi.costPerCall > 0;
  return (
    <SectionCard id="rollout-forecast-roi" title={s.roi.heading} description={s.roi.description}>
      {hasBaseline ? (
        <>
          <dl className={styles.totals}>
            <div className={styles.total} data-figure="roiSaved">
              <dt className={styles.totalLabel}>{s.roi.totalSaved}</dt>
              <dd className={styles.totalValue}>{money(roi.totalSaved, roi.currency)}</dd>
            </div>
            <div className={styles.total}>
              <dt className={styles.totalLabel}>{s.roi.range}</dt>
              <dd className={styles.totalValue}>
                {money(roi.totalSavedP10, roi.currency)} – {money(roi.totalSavedP90, roi.currency)}
              </dd>
            </div>
            <div className={styles.total} data-figure="roiCalls">
              <dt className={styles.totalLabel}>{s.roi.totalCalls}</dt>
              <dd className={styles.totalValue}>{Math.round(calls).toLocaleString()}</dd>
            </div>
          </dl>
          {roi.months.length > 0 && (
            <Deferred label={s.chartsLoading}>
              <ForecastRoiChart roi={roi} />
            </Deferred>
          )}
        </>
      ) : (
        <Text className={styles.muted}>{s.roi.noBaseline}</Text>
      )}
      <Text as="h4" weight="semibold">
        {s.roi.assumptions}
      </Text>
      <ul className={styles.assumptions}>
        {roi.assumptions.map((a) => (
          <li key={a}>
            <Text>{a}</Text>
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}

/**
 * How fast users are expected to register, wave by wave, how the actual registrations compare,
 * what SSPR saves, and the assumptions behind it all, editable.
 */
export function ForecastTab({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const { forecast, error, stale } = useForecast();

  let body;
  if (error && !forecast) body = <Text className={styles.muted}>{s.loadFailed(error)}</Text>;
  else if (!forecast) body = <Spinner className={styles.loading} label={s.loading} />;
  else if (forecast.days.length === 0 || forecast.users === 0) body = <Text>{s.noWaves}</Text>;
  else
    body = (
      <>
        <Figures forecast={forecast} />
        <Curve forecast={forecast} stale={stale} />
        <WavesBehind plan={plan} forecast={forecast} />
        <RoiCard forecast={forecast} />
      </>
    );

  return (
    <>
      {error && forecast && <Text className={styles.muted}>{s.loadFailed(error)}</Text>}
      <div className={styles.panel}>
        {body}
      </div>
      <AssumptionsEditor settings={plan.forecast} notes={forecast?.assumptions ?? []} />
    </>
  );
}
