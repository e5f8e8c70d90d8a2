import type { CampaignEmail, Phase } from '../../shared/plan/schema';

/**
 * Where the phases and campaign sends of a plan sit on a date axis. Positions are fractions of the
 * axis (0 = its first day, 1 = its last), so the drawing scales to any width without measuring.
 */

export interface TimelineMarker {
  id: string;
  name: string;
  kind: CampaignEmail['kind'];
  date: string;
  x: number;
}

export interface TimelineRow {
  /** The phase id, or null for the row of sends whose phase is not in the rollout. */
  phaseId: string | null;
  name: string;
  kind: Phase['kind'] | null;
  start: string | null;
  end: string | null;
  /** Null when the phase has no start date. A phase with no end is drawn as a single day. */
  bar: { x: number; width: number } | null;
  markers: TimelineMarker[];
}

export interface Timeline {
  from: string;
  to: string;
  rows: TimelineRow[];
  /** First days of months inside the axis, thinned out so that at most about eight are labelled. */
  ticks: { date: string; x: number }[];
  /** Today's position when it falls inside the axis. */
  today: number | null;
}

const DAY = 86_400_000;
/** Days added before the first and after the last date, so nothing sits on the chart's edge. */
const PAD_DAYS = 4;
const MAX_TICKS = 8;

const dayOf = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY;
};
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

function monthStarts(from: number, to: number): number[] {
  const first = new Date(from * DAY);
  const starts: number[] = [];
  for (let m = first.getUTCMonth() + 1, y = first.getUTCFullYear(); ; m++) {
    const day = Date.UTC(y, m, 1) / DAY;
    if (day > to) break;
    starts.push(day);
  }
  return starts;
}

/** Null when neither a phase nor a send has a date, so there is nothing to place. */
export function layoutTimeline(
  phases: readonly Phase[],
  emails: readonly CampaignEmail[],
  today: string,
  otherSendsName: string,
): Timeline | null {
  const dates = [
    ...phases.flatMap((p) => [p.start, p.end]),
    ...emails.map((e) => e.sendDate),
  ].filter((d): d is string => d !== null);
  if (dates.length === 0) return null;

  const days = dates.map(dayOf);
  const from = Math.min(...days) - PAD_DAYS;
  const to = Math.max(...days) + PAD_DAYS + 1;
  const x = (day: number) => (day - from) / (to - from);

  const markersOf = (keep: (e: CampaignEmail) => boolean): TimelineMarker[] =>
    emails
      .filter((e) => e.sendDate !== null && keep(e))
      .map((e) => ({ id: e.id, name: e.name, kind: e.kind, date: e.sendDate as string, x: x(dayOf(e.sendDate as string) + 0.5) }))
      .sort((a, b) => a.x - b.x);

  const rows: TimelineRow[] = phases.map((p) => {
    const start = p.start === null ? null : dayOf(p.start);
    const end = p.end === null || start === null ? start : Math.max(dayOf(p.end), start);
    return {
      phaseId: p.id,
      name: p.name,
      kind: p.kind,
      start: p.start,
      end: p.end,
      bar: start === null || end === null ? null : { x: x(start), width: x(end + 1) - x(start) },
      markers: markersOf((e) => e.phaseId === p.id),
    };
  });

  const ids = new Set(phases.map((p) => p.id));
  const others = markersOf((e) => !ids.has(e.phaseId));
  if (others.length > 0) {
    rows.push({ phaseId: null, name: otherSendsName, kind: null, start: null, end: null, bar: null, markers: others });
  }

  const starts = monthStarts(from, to);
  const step = Math.max(1, Math.ceil(starts.length / MAX_TICKS));
  const ticks = starts.filter((_, i) => i % step === 0).map((day) => ({ date: isoOf(day), x: x(day) }));

  const now = dayOf(today);
  return { from: isoOf(from), to: isoOf(to - 1), rows, ticks, today: now >= from && now < to ? x(now + 0.5) : null };
}
