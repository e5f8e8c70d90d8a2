import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import type { CampaignEmail, Phase } from '../../shared/plan/schema';
import { ChartFrame } from './ChartFrame';
import { localDate } from './dates';
import { palette } from './palette';
import { chartStrings } from './strings';
import { layoutTimeline, type Timeline, type TimelineRow } from './timelineLayout';

const s = chartStrings.timeline;
const EMAIL_KINDS = ['comingSoon', 'availableNow', 'reminder', 'custom'] as const satisfies readonly CampaignEmail['kind'][];
const PHASE_KINDS = ['pilot', 'wave', 'all'] as const satisfies readonly Phase['kind'][];

/** Marker shapes centred on 0,0, so that a send's kind shows by shape as well as by colour. */
const SHAPES: Record<CampaignEmail['kind'], string> = {
  comingSoon: 'M-5 0a5 5 0 1 0 10 0a5 5 0 1 0 -10 0Z',
  availableNow: 'M0 -6.5L6.5 0L0 6.5L-6.5 0Z',
  reminder: 'M0 -6L6 5L-6 5Z',
  custom: 'M-4.5 -4.5h9v9h-9Z',
};

const LANE = 44;
const pct = (x: number) => `${(x * 100).toFixed(3)}%`;

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'minmax(96px, 150px) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, alignItems: 'center' },
  label: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  dates: { color: tokens.colorNeutralForeground3 },
  lane: { display: 'block', width: '100%', overflow: 'visible' },
  axisText: { fill: tokens.colorNeutralForeground3, fontSize: '11px' },
  todayText: { fill: tokens.colorNeutralForeground2, fontSize: '11px', fontWeight: tokens.fontWeightSemibold },
});

/** A send on a lane: a nested svg placed at a percentage carries the shape drawn around its origin. */
function Marker({ kind, x, title }: { kind: CampaignEmail['kind']; x: string; title: string }) {
  return (
    <svg x={x} y={33} overflow="visible">
      <path d={SHAPES[kind]} fill={palette.email[kind]} stroke={tokens.colorNeutralBackground1} strokeWidth={1}>
        <title>{title}</title>
      </path>
    </svg>
  );
}

function LegendMarker({ kind }: { kind: CampaignEmail['kind'] }) {
  return (
    <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden>
      <path d={SHAPES[kind]} fill={palette.email[kind]} />
    </svg>
  );
}

function Lane({ row, timeline }: { row: TimelineRow; timeline: Timeline }) {
  const styles = useStyles();
  return (
    <svg className={styles.lane} height={LANE}>
      {timeline.ticks.map((t) => (
        <line key={t.date} x1={pct(t.x)} x2={pct(t.x)} y1={0} y2={LANE} stroke={palette.grid} />
      ))}
      <line x1="0" x2="100%" y1={33} y2={33} stroke={palette.grid} strokeDasharray="2 3" />
      {timeline.today !== null && <line x1={pct(timeline.today)} x2={pct(timeline.today)} y1={0} y2={LANE} stroke={palette.text} strokeDasharray="4 3" />}
      {row.bar && row.kind && (
        <rect x={pct(row.bar.x)} width={pct(row.bar.width)} y={6} height={16} rx={3} fill={palette.phase[row.kind]}>
          <title>{`${row.name}: ${localDate(row.start as string)} – ${row.end ? localDate(row.end) : s.noEnd}`}</title>
        </rect>
      )}
      {row.markers.map((m) => (
        <Marker key={m.id} kind={m.kind} x={pct(m.x)} title={`${m.name}: ${localDate(m.date)}`} />
      ))}
    </svg>
  );
}

function Axis({ timeline }: { timeline: Timeline }) {
  const styles = useStyles();
  return (
    <svg className={styles.lane} height={20}>
      {timeline.ticks.map((t) => (
        <text key={t.date} x={pct(t.x)} y={14} textAnchor={t.x < 0.04 ? 'start' : t.x > 0.96 ? 'end' : 'middle'} className={styles.axisText}>
          {localDate(t.date, 'month')}
        </text>
      ))}
      {timeline.today !== null && (
        <text x={pct(timeline.today)} y={14} dx={4} className={styles.todayText}>
          {s.today}
        </text>
      )}
    </svg>
  );
}

function datesOf(row: TimelineRow): string {
  if (row.start === null) return s.noDates;
  return `${localDate(row.start)} – ${row.end ? localDate(row.end) : s.noEnd}`;
}

/** Phases as bars on a date axis, with each phase's campaign sends as markers beneath its bar. */
export function TimelineChart({ phases, emails, today }: { phases: readonly Phase[]; emails: readonly CampaignEmail[]; today: string }) {
  const styles = useStyles();
  const timeline = layoutTimeline(phases, emails, today, s.otherSends);
  const sends = timeline?.rows.reduce((n, r) => n + r.markers.length, 0) ?? 0;
  const kindsUsed = EMAIL_KINDS.filter((k) => emails.some((e) => e.kind === k && e.sendDate !== null));
  return (
    <ChartFrame
      wide
      title={s.title}
      summary={timeline ? s.summary(phases.length, sends, localDate(timeline.from), localDate(timeline.to)) : s.none}
      empty={timeline ? null : s.none}
      legend={[
        ...PHASE_KINDS.filter((k) => phases.some((p) => p.kind === k)).map((k) => ({ label: s.kinds[k], color: palette.phase[k] })),
        ...kindsUsed.map((k) => ({ label: s.emailKinds[k], color: palette.email[k], marker: <LegendMarker kind={k} /> })),
      ]}
      table={{
        columns: [s.phase, s.dates, s.sends],
        rows: (timeline?.rows ?? []).map((r) => [r.name, datesOf(r), r.markers.map((m) => `${m.name} (${localDate(m.date)})`).join('; ')]),
      }}
    >
      {timeline && (
        <div className={styles.grid}>
          {timeline.rows.map((row) => (
            <Fragment key={row.phaseId ?? 'other'}>
              <div className={styles.label}>
                <Text size={200} weight="semibold" className={styles.name}>
                  {row.name}
                </Text>
                <Text size={100} className={styles.dates}>
                  {datesOf(row)}
                </Text>
              </div>
              <Lane row={row} timeline={timeline} />
            </Fragment>
          ))}
          <span />
          <Axis timeline={timeline} />
        </div>
      )}
    </ChartFrame>
  );
}
