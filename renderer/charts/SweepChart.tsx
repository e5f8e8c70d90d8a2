import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { tokens } from '@fluentui/react-components';
import type { SweepWave } from '../../shared/simulator/sweep';
import { OUTCOMES, type Outcome } from '../../shared/simulator/vocabulary';
import { simulatorStrings } from '../sections/simulator/strings';
import { ChartFrame } from './ChartFrame';
import { axisTick, HORIZONTAL_BARS, palette, tooltipStyle } from './palette';

const s = simulatorStrings.chart;

/** Reasons take these in turn: warm colours, so "cannot reset" reads apart from the green and grey. */
const REASON_COLORS = [
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteRedBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPalettePumpkinBorderActive,
  tokens.colorPaletteCranberryBorderActive,
  tokens.colorPaletteGoldBorderActive,
  tokens.colorPalettePlumBorderActive,
];

const SEGMENTS = {
  canReset: palette.coverage.covered,
  notEnabled: tokens.colorNeutralStroke1,
  prompted: tokens.colorPaletteBlueBorderActive,
};

const axisWidth = (names: string[]) => Math.min(180, Math.max(64, 12 + 7 * Math.max(0, ...names.map((n) => n.length))));

/**
 * Every wave's users as one stacked bar (can reset, cannot reset by reason, not enabled yet) and a
 * thin bar of those prompted at sign-in. Loaded on demand (React.lazy) because recharts is large.
 */
export default function SweepChart({ waves }: { waves: SweepWave[] }) {
  const reasons = OUTCOMES.filter((o) => waves.some((w) => (w.cannotReset[o] ?? 0) > 0));
  const rows = waves.map((w) => ({
    wave: w.wave,
    users: w.users,
    canReset: w.canReset,
    notEnabled: w.users - w.enabled,
    prompted: w.promptRegister + w.promptReconfirm,
    ...Object.fromEntries(reasons.map((o) => [o, w.cannotReset[o] ?? 0])),
  })) as ({ wave: string; users: number; canReset: number; notEnabled: number; prompted: number } & Partial<Record<Outcome, number>>)[];
  const color = (o: Outcome) => REASON_COLORS[reasons.indexOf(o) % REASON_COLORS.length];
  const total = (key: string) => rows.reduce((n, r) => n + Number((r as Record<string, unknown>)[key] ?? 0), 0);
  const legend = [
    { label: s.canReset, color: SEGMENTS.canReset, value: total('canReset') },
    ...reasons.map((o) => ({ label: simulatorStrings.outcomes[o], color: color(o), value: total(o) })),
    { label: s.notEnabled, color: SEGMENTS.notEnabled, value: total('notEnabled') },
    { label: s.prompted, color: SEGMENTS.prompted, value: total('prompted') },
  ];
  return (
    <ChartFrame
      title={s.title}
      wide
      summary={s.summary(rows.map((r) => ({ wave: r.wave, users: r.users, canReset: r.canReset, cannot: r.users - r.notEnabled - r.canReset })))}
      empty={rows.length === 0 ? s.none : null}
      note={s.note}
      legend={legend}
      table={{
        columns: [s.category, s.canReset, ...reasons.map((o) => simulatorStrings.outcomes[o]), s.notEnabled, s.prompted],
        rows: rows.map((r) => [r.wave, r.canReset, ...reasons.map((o) => r[o] ?? 0), r.notEnabled, r.prompted]),
      }}
    >
      <BarChart {...HORIZONTAL_BARS} data={rows} style={{ width: '100%', height: 44 + rows.length * 52 }} barCategoryGap="18%" barGap={2}>
        <CartesianGrid horizontal={false} stroke={palette.grid} />
        <XAxis type="number" allowDecimals={false} tick={axisTick} stroke={palette.axis} />
        <YAxis type="category" dataKey="wave" width={axisWidth(rows.map((r) => r.wave))} tick={axisTick} stroke={palette.axis} interval={0} />
        <Tooltip {...tooltipStyle} />
        <Bar dataKey="canReset" name={s.canReset} stackId="users" fill={SEGMENTS.canReset} isAnimationActive={false} />
        {reasons.map((o) => (
          <Bar key={o} dataKey={o} name={simulatorStrings.outcomes[o]} stackId="users" fill={color(o)} isAnimationActive={false} />
        ))}
        <Bar dataKey="notEnabled" name={s.notEnabled} stackId="users" fill={SEGMENTS.notEnabled} isAnimationActive={false} />
        <Bar dataKey="prompted" name={s.prompted} stackId="prompted" fill={SEGMENTS.prompted} barSize={8} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
