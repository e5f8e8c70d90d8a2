import { CHECKLIST_STEPS, checklistForPhase } from '../../../shared/plan/checklist';
import type { FixChange } from '../../../shared/plan/findings';
import type { CampaignEmail, ChecklistItem, Phase, Plan } from '../../../shared/plan/schema';

/**
 * Pure edits of plan.rollout. Each returns the changes to send: lists are always sent whole, so undo
 * restores them exactly, and a phase travels together with its checklist in one change set.
 */
type Rollout = Plan['rollout'];

const RANK: Record<Phase['kind'], number> = { pilot: 0, wave: 1, all: 2 };

/** "Pilot", "Wave 3", "All users": the kind's name, numbered when the name is taken. */
export function defaultPhaseName(phases: readonly Phase[], kind: Phase['kind'], names: Record<Phase['kind'], string>): string {
  const taken = new Set(phases.map((p) => p.name));
  if (kind !== 'wave' && !taken.has(names[kind])) return names[kind];
  let n = kind === 'wave' ? phases.filter((p) => p.kind === 'wave').length + 1 : 2;
  while (taken.has(`${names[kind]} ${n}`)) n++;
  return `${names[kind]} ${n}`;
}

/** A new phase goes after the phases that come before its kind: pilots first, then waves, then all users. */
export function insertionIndex(phases: readonly Phase[], kind: Phase['kind']): number {
  const after = phases.findIndex((p) => RANK[p.kind] > RANK[kind]);
  return after === -1 ? phases.length : after;
}

export function newPhase(id: string, kind: Phase['kind'], name: string): Phase {
  return { id, name, kind, group: '', start: null, end: null, exitCriteria: [] };
}

/** Adds the phase and its standard checklist steps as one change set (one undo reverts both). */
export function addPhaseChanges(rollout: Rollout, phase: Phase): FixChange[] {
  const at = insertionIndex(rollout.phases, phase.kind);
  const phases = [...rollout.phases.slice(0, at), phase, ...rollout.phases.slice(at)];
  return [
    { path: 'rollout.phases', value: phases },
    { path: 'rollout.checklist', value: [...rollout.checklist, ...checklistForPhase(phase)] },
  ];
}

/** Removes a phase and its checklist steps; campaign emails are left for the Communications editor. */
export function removePhaseChanges(rollout: Rollout, index: number): FixChange[] {
  const gone = rollout.phases[index];
  return [
    { path: 'rollout.phases', value: rollout.phases.filter((_, i) => i !== index) },
    { path: 'rollout.checklist', value: rollout.checklist.filter((c) => c.phaseId !== gone.id) },
  ];
}

/** Moves a phase one place up (-1) or down (+1); null at either end. */
export function movePhaseChange(phases: readonly Phase[], index: number, delta: -1 | 1): FixChange | null {
  const to = index + delta;
  if (to < 0 || to >= phases.length) return null;
  const next = [...phases];
  [next[index], next[to]] = [next[to], next[index]];
  return { path: 'rollout.phases', value: next };
}

export interface Indexed<T> {
  item: T;
  /** Position in the plan's list, for the dotted path of its fields. */
  index: number;
}

/** The campaign emails set for a phase, with their positions in plan.communications.emails. */
export function sendsOfPhase(emails: readonly CampaignEmail[], phaseId: string): Indexed<CampaignEmail>[] {
  return emails.flatMap((item, index) => (item.phaseId === phaseId ? [{ item, index }] : []));
}

/** A phase's checklist items in plan order, with their positions in plan.rollout.checklist. */
export function itemsOfPhase(checklist: readonly ChecklistItem[], phaseId: string): Indexed<ChecklistItem>[] {
  return checklist.flatMap((item, index) => (item.phaseId === phaseId ? [{ item, index }] : []));
}

/** A custom step goes right after the phase's last item so the saved list stays grouped by phase. */
export function addCustomStepChange(checklist: readonly ChecklistItem[], phaseId: string, id: string, title: string): FixChange {
  const item: ChecklistItem = { id, phaseId, step: 'custom', title, owner: '', due: null, done: false };
  const last = checklist.reduce((at, c, i) => (c.phaseId === phaseId ? i : at), -1);
  const at = last === -1 ? checklist.length : last + 1;
  return { path: 'rollout.checklist', value: [...checklist.slice(0, at), item, ...checklist.slice(at)] };
}

export function removeStepChange(checklist: readonly ChecklistItem[], index: number): FixChange {
  return { path: 'rollout.checklist', value: checklist.filter((_, i) => i !== index) };
}

export type RolloutTab = 'readiness' | 'phases' | 'checklist' | 'forecast';

/** The tab that holds the control of a field, for "go to field". */
export function tabForField(field: string | null): RolloutTab | null {
  if (field === null) return null;
  if (field === 'rollout.phases' || field.startsWith('rollout.phases.')) return 'phases';
  if (field === 'rollout.checklist' || field.startsWith('rollout.checklist.')) return 'checklist';
  if (field === 'forecast' || field.startsWith('forecast.')) return 'forecast';
  return null;
}

/** The title a step shows: the standard step's own title, or the one a custom step was given. */
export function titleOf(item: ChecklistItem): string {
  return item.step === 'custom' ? item.title : CHECKLIST_STEPS[item.step].title;
}
