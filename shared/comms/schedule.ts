import { addDays, daysBetween } from '../dates';
import type { CampaignEmail, EmailTemplate, Phase, Plan } from '../plan/schema';
import { campaignTemplates, templateIdOf } from './templates';

/** The day a phase's users should be registered by: its end, else the full rollout date. */
export function deadlineOf(plan: Plan, phase: Phase): string | null {
  return phase.end ?? plan.overview.fullRollout;
}

/**
 * Keeps relative sends on their phase: after a change, a send with an offset takes its phase's start
 * plus the offset, unless the change moved the send date itself, in which case the offset follows
 * the new date. Returns `next` itself when nothing moved.
 */
export function settleSchedule(previous: Plan, next: Plan): Plan {
  const starts = new Map(next.rollout.phases.map((p) => [p.id, p.start]));
  let changed = false;
  const emails = next.communications.emails.map((send) => {
    if (send.offsetDays === null) return send;
    const start = starts.get(send.phaseId) ?? null;
    if (start === null) return send;
    const before = previous.communications.emails.find((e) => e.id === send.id);
    const dateMoved = before !== undefined && before.sendDate !== send.sendDate && before.offsetDays === send.offsetDays;
    if (dateMoved) {
      changed = true;
      return { ...send, offsetDays: send.sendDate === null ? null : daysBetween(start, send.sendDate) };
    }
    const date = addDays(start, send.offsetDays);
    if (date === send.sendDate) return send;
    changed = true;
    return { ...send, sendDate: date };
  });
  return changed ? { ...next, communications: { ...next.communications, emails } } : next;
}

/** "14 days before launch", "on launch day", "7 days after launch". */
export function offsetWords(days: number): string {
  if (days === 0) return 'on launch day';
  const n = Math.abs(days);
  return `${n} day${n === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'} launch`;
}

/**
 * The sends each template's schedule asks for that the plan does not have yet: one per phase with a
 * start and per offset, following the phase. `newId` names each (phase, template, nth offset).
 */
export function missingSends(plan: Plan, newId: (phaseId: string, templateId: string, nth: number) => string): CampaignEmail[] {
  const have = new Set(plan.communications.emails.map((e) => `${e.phaseId}|${templateIdOf(e)}|${e.offsetDays}`));
  const out: CampaignEmail[] = [];
  for (const phase of plan.rollout.phases) {
    if (phase.start === null) continue;
    for (const { template } of campaignTemplates(plan)) {
      template.offsets.forEach((offset, i) => {
        if (have.has(`${phase.id}|${template.id}|${offset}`)) return;
        const nth = template.offsets.length > 1 ? ` ${i + 1}` : '';
        out.push(relativeSend(newId(phase.id, template.id, i), `${template.name}${nth} (${phase.name})`, template, phase, offset));
      });
    }
  }
  return out;
}

/** A send of `template` to `phase` that follows the phase's start by `offset` days. */
export function relativeSend(id: string, name: string, template: EmailTemplate, phase: Phase, offset: number): CampaignEmail {
  return {
    id,
    kind: template.kind,
    name,
    phaseId: phase.id,
    sendDate: phase.start === null ? null : addDays(phase.start, offset),
    // Shipped templates are found by kind, so a send keeps working when its template is restored.
    templateId: template.kind === 'custom' ? template.id : '',
    offsetDays: offset,
    sent: false,
  };
}
