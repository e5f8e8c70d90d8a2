import { describe, expect, it } from 'vitest';
import { findingsBySection, testResults } from '../../renderer/charts/chartData';
import { layoutTimeline } from '../../renderer/charts/timelineLayout';
import {
  addCustomStepChange,
  addPhaseChanges,
  defaultPhaseName,
  insertionIndex,
  movePhaseChange,
  newPhase,
  removePhaseChanges,
  sendsOfPhase,
  tabForField,
  titleOf,
} from '../../renderer/sections/rollout/phaseOps';
import { createDemoPlan } from '../../shared/plan/demo';
import { createDemoTenant } from '../../shared/plan/demoTenant';
import type { Finding } from '../../shared/plan/findings';
import { readinessOf } from '../../shared/plan/readiness';
import { validatePlan } from '../../shared/plan/rules';
import { planSchema, type ChecklistItem, type Phase } from '../../shared/plan/schema';

const NAMES = { pilot: 'Pilot', wave: 'Wave', all: 'All users' };

describe('rollout phase edits', () => {
  it('names a new phase after its kind, numbering waves and taken names', () => {
    const { phases } = createDemoPlan().rollout;
    expect(defaultPhaseName(phases, 'wave', NAMES)).toBe('Wave 3');
    expect(defaultPhaseName(phases, 'pilot', NAMES)).toBe('Pilot 2');
    expect(defaultPhaseName([], 'all', NAMES)).toBe('All users');
  });

  it('puts pilots first, waves before all users, and all users last', () => {
    const { phases } = createDemoPlan().rollout;
    expect(insertionIndex(phases, 'pilot')).toBe(1);
    expect(insertionIndex(phases, 'wave')).toBe(3);
    expect(insertionIndex(phases, 'all')).toBe(4);
    expect(insertionIndex([], 'wave')).toBe(0);
  });

  it('adds a phase and its standard checklist as whole lists in one change set', () => {
    const plan = createDemoPlan();
    const phase = newPhase('phase-abc', 'wave', 'Wave 3');
    const changes = addPhaseChanges(plan.rollout, phase);
    expect(changes.map((c) => c.path)).toEqual(['rollout.phases', 'rollout.checklist']);
    const phases = changes[0].value as Phase[];
    const checklist = changes[1].value as ChecklistItem[];
    expect(phases.map((p) => p.id)).toEqual(['phase-pilot', 'phase-wave-1', 'phase-wave-2', 'phase-abc', 'phase-all']);
    expect(checklist.filter((c) => c.phaseId === 'phase-abc').map((c) => c.step)).toEqual([
      'groups',
      'licenses',
      'ssprSettings',
      'lockScreen',
      'communications',
      'reports',
    ]);
    // The result is still a valid plan.
    expect(planSchema.safeParse({ ...plan, rollout: { phases, checklist } }).success).toBe(true);
  });

  it('removes a phase with its checklist steps but leaves the campaign emails alone', () => {
    const plan = createDemoPlan();
    const [phases, checklist] = removePhaseChanges(plan.rollout, 1).map((c) => c.value) as [Phase[], ChecklistItem[]];
    expect(phases.map((p) => p.id)).not.toContain('phase-wave-1');
    expect(checklist.some((c) => c.phaseId === 'phase-wave-1')).toBe(false);
    expect(checklist).toHaveLength(plan.rollout.checklist.length - 6);
    expect(sendsOfPhase(plan.communications.emails, 'phase-wave-1').map((s) => s.item.kind)).toEqual(['comingSoon', 'availableNow', 'reminder', 'reminder']);
  });

  it('moves a phase one place and refuses to move past either end', () => {
    const { phases } = createDemoPlan().rollout;
    const down = movePhaseChange(phases, 1, 1);
    expect((down?.value as Phase[]).map((p) => p.name)).toEqual(['Pilot', 'Wave 2', 'Wave 1', 'All users']);
    expect(movePhaseChange(phases, 0, -1)).toBeNull();
    expect(movePhaseChange(phases, 3, 1)).toBeNull();
  });

  it('adds a custom step right after its phase and titles steps from the standard list', () => {
    const { checklist } = createDemoPlan().rollout;
    const change = addCustomStepChange(checklist, 'phase-pilot', 'step-1', 'Intranet news item published');
    const next = change.value as ChecklistItem[];
    const pilotItems = checklist.filter((c) => c.phaseId === 'phase-pilot').length;
    expect(next[pilotItems]).toMatchObject({ id: 'step-1', step: 'custom', phaseId: 'phase-pilot', done: false });
    expect(titleOf(next[pilotItems])).toBe('Intranet news item published');
    expect(titleOf({ ...checklist[0], title: 'old wording' })).toBe('Groups created and populated');
  });

  it('opens the tab that holds a finding’s field', () => {
    expect(tabForField('rollout.phases.2.end')).toBe('phases');
    expect(tabForField('rollout.phases')).toBe('phases');
    expect(tabForField('rollout.checklist.4')).toBe('checklist');
    expect(tabForField('forecast.signInRate')).toBe('forecast');
    expect(tabForField('stakeholders.1.signOff')).toBeNull();
    expect(tabForField(null)).toBeNull();
  });
});

describe('readiness charts data', () => {
  it('counts findings per section and severity in navigation order', () => {
    const f = (section: Finding['section'], severity: Finding['severity']): Finding => ({ code: 'X', section, severity, field: '', message: '' });
    const rows = findingsBySection([f('rollout', 'error'), f('overview', 'info'), f('rollout', 'warning'), f('rollout', 'error')]);
    expect(rows).toEqual([
      { section: 'overview', error: 0, warning: 0, info: 1, total: 1 },
      { section: 'rollout', error: 2, warning: 1, info: 0, total: 3 },
    ]);
  });

  it('shows every test case as not run until runs are recorded, inventing no results', () => {
    const plan = createDemoPlan();
    const readiness = readinessOf(plan, validatePlan(plan, createDemoTenant()), '2026-11-23');
    expect(testResults(readiness)).toEqual([
      { result: 'passed', count: 0 },
      { result: 'failed', count: 0 },
      { result: 'blocked', count: 0 },
      { result: 'notRun', count: plan.testing.cases.length },
    ]);
  });
});

describe('timeline layout', () => {
  const phase = (id: string, start: string | null, end: string | null, kind: Phase['kind'] = 'wave'): Phase => ({
    id,
    name: id,
    kind,
    group: '',
    start,
    end,
    exitCriteria: [],
  });

  it('places the demo phases in order on one axis, with every send on its phase’s row', () => {
    const plan = createDemoPlan();
    const t = layoutTimeline(plan.rollout.phases, plan.communications.emails, '2020-01-01', 'Other');
    expect(t).not.toBeNull();
    if (!t) return;
    expect(t.rows.map((r) => r.name)).toEqual(['Pilot', 'Wave 1', 'Wave 2', 'All users']);
    for (const row of t.rows) {
      expect(row.bar).not.toBeNull();
      expect(row.bar!.x).toBeGreaterThan(0);
      expect(row.bar!.x + row.bar!.width).toBeLessThan(1);
    }
    const bars = t.rows.map((r) => r.bar!.x);
    expect([...bars].sort((a, b) => a - b)).toEqual(bars);
    expect(t.rows.map((r) => r.markers.length)).toEqual([4, 4, 4, 4]);
    // The pilot's Coming Soon goes out two weeks before the pilot starts, so it sits left of the bar.
    expect(t.rows[0].markers[0].x).toBeLessThan(t.rows[0].bar!.x);
    expect(t.ticks.map((tick) => tick.date)).toEqual(['2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01', '2027-05-01']);
    expect(t.today).toBeNull();
  });

  it('draws a phase without an end as one day, skips undated ones, and shows today inside the axis', () => {
    const t = layoutTimeline([phase('a', '2027-01-10', null), phase('b', null, null)], [], '2027-01-10', 'Other');
    expect(t?.rows[0].bar?.width).toBeCloseTo(1 / 9, 5);
    expect(t?.rows[1].bar).toBeNull();
    expect(t?.today).toBeCloseTo(0.5, 5);
  });

  it('keeps a phase that ends before it starts to a single day instead of a negative bar', () => {
    const t = layoutTimeline([phase('a', '2027-03-10', '2027-03-01')], [], '2000-01-01', 'Other');
    expect(t?.rows[0].bar?.width).toBeGreaterThan(0);
  });

  it('collects sends of missing phases on their own row and says null when nothing is dated', () => {
    const email = { id: 'e', kind: 'reminder' as const, name: 'Lost', phaseId: 'gone', sendDate: '2027-05-01', templateId: '', offsetDays: null, sent: false };
    const t = layoutTimeline([phase('a', '2027-04-01', '2027-04-30')], [email], '2000-01-01', 'Other');
    expect(t?.rows.at(-1)).toMatchObject({ phaseId: null, name: 'Other', markers: [{ id: 'e', date: '2027-05-01' }] });
    expect(layoutTimeline([phase('a', null, null)], [], '2027-01-01', 'Other')).toBeNull();
  });

  it('labels at most about eight month ticks on a long rollout', () => {
    const t = layoutTimeline([phase('a', '2027-01-01', '2028-12-31')], [], '2000-01-01', 'Other');
    expect(t?.ticks.length).toBeLessThanOrEqual(8);
    expect(t?.ticks[0].date).toBe('2027-01-01');
  });
});
