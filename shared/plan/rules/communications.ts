import { composeEmail } from '../../comms/compose';
import type { FillProblem } from '../../comms/fill';
import type { PlaceholderName } from '../../comms/placeholders';
import { deadlineOf } from '../../comms/schedule';
import { campaignTemplates, templateIdOf, templateOfSend } from '../../comms/templates';
import { longDate } from '../../dates';
import { EMAIL } from '../formats';
import type { CampaignEmail, EmailKind, Phase, Plan } from '../schema';
import { hit, type Rule, type RuleHit } from './types';

export const CAMPAIGN_LABELS: Record<EmailKind, string> = {
  comingSoon: 'Coming Soon',
  availableNow: 'Available Now',
  reminder: 'Registration Reminder',
  custom: 'custom',
};

const CAMPAIGN_KINDS = ['comingSoon', 'availableNow', 'reminder'] as const;

/** Each send with its position in the plan, its phase and, when both are known, its date. */
function sends(plan: Plan) {
  return plan.communications.emails.map((send, i) => ({
    send,
    i,
    phase: plan.rollout.phases.find((p) => p.id === send.phaseId) ?? null,
  }));
}

/** Where an empty placeholder's value is filled in, as a plan path (phase values point at the phase). */
function sourceField(plan: Plan, name: PlaceholderName, phase: Phase | null): string {
  const at = phase ? plan.rollout.phases.indexOf(phase) : -1;
  const fields: Partial<Record<PlaceholderName, string>> = {
    organization: 'overview.organization',
    sender: 'communications.senderName',
    senderEmail: 'communications.senderEmail',
    landingPage: 'overview.landingPageUrl',
    helpdesk: 'overview.helpdeskContact',
    methods: 'policy.methods',
    audience: at >= 0 ? `rollout.phases.${at}.name` : 'rollout.phases',
    launchDate: at >= 0 ? `rollout.phases.${at}.start` : 'overview.launch',
    deadline: at >= 0 ? `rollout.phases.${at}.end` : 'overview.fullRollout',
  };
  return fields[name] ?? 'communications';
}

/** The template's own plan path when the plan holds it (edited or custom); shipped wording has none. */
function templateField(plan: Plan, id: string, part: 'body' | 'subject'): string {
  const at = plan.communications.templates.findIndex((t) => t.id === id);
  return at >= 0 ? `communications.templates.${at}.${part}` : 'communications.templates';
}

type PlacedProblem = { name: string; templateId: string; phase: Phase | null; problem: FillProblem };

/** The plan sections an email's wording is filled from. */
const FILL_INPUTS = ['communications', 'rollout', 'overview', 'policy'] as const;

// Three rules read the same fill problems, on every edit. Unchanged sections keep their identity
// between edits and a changed one is a new object (main/api.ts never edits a section in place), so
// the last result holds until one of the sections the emails read is replaced.
let lastFill: { inputs: readonly unknown[]; problems: PlacedProblem[] } | null = null;

function fillProblems(plan: Plan): PlacedProblem[] {
  const inputs = FILL_INPUTS.map((key) => plan[key]);
  if (!lastFill || lastFill.inputs.some((section, i) => section !== inputs[i])) lastFill = { inputs, problems: computeFillProblems(plan) };
  return lastFill.problems;
}

/** Fill problems of every template as used by each of its sends (or once for the whole campaign when it has none). */
function computeFillProblems(plan: Plan): PlacedProblem[] {
  return campaignTemplates(plan).flatMap(({ template }) => {
    const uses = plan.communications.emails.filter((e) => templateOfSend(plan, e)?.id === template.id);
    const phases = uses.length === 0 ? [null] : uses.map((e) => plan.rollout.phases.find((p) => p.id === e.phaseId) ?? null);
    return [...new Set(phases)].flatMap((phase) =>
      composeEmail(plan, template, phase).filled.problems.map((problem) => ({ name: template.name, templateId: template.id, phase, problem })),
    );
  });
}

const isBefore = (a: string, b: string) => a < b;

export const communicationRules: Rule[] = [
  {
    code: 'SSPR-COMMS-001',
    severity: 'warning',
    section: 'communications',
    summary: 'A campaign email is missing.',
    check: ({ plan }) =>
      CAMPAIGN_KINDS.filter((kind) => !plan.communications.emails.some((e) => e.kind === kind)).map((kind) => ({
        field: 'communications.emails',
        message: `The campaign has no ${CAMPAIGN_LABELS[kind]} email.`,
      })),
  },
  {
    code: 'SSPR-COMMS-002',
    severity: 'warning',
    section: 'communications',
    summary: 'A campaign email has no send date.',
    check: ({ plan }) =>
      plan.communications.emails.flatMap((e, i) =>
        hit(e.sendDate === null, { field: `communications.emails.${i}.sendDate`, message: `"${e.name}" has no send date.` }),
      ),
  },
  {
    code: 'SSPR-COMMS-003',
    severity: 'error',
    section: 'communications',
    summary: 'A campaign email belongs to a rollout phase that does not exist.',
    check: ({ plan }) =>
      plan.communications.emails.flatMap((e, i) =>
        hit(e.phaseId !== '' && !plan.rollout.phases.some((p) => p.id === e.phaseId), {
          field: `communications.emails.${i}.phaseId`,
          message: `"${e.name}" is set for phase "${e.phaseId}", which is not in the rollout.`,
        }),
      ),
  },
  {
    code: 'SSPR-COMMS-004',
    severity: 'warning',
    section: 'communications',
    summary: 'A rollout phase misses one of the campaign emails.',
    // Only kinds the campaign uses somewhere: a kind missing everywhere is SSPR-COMMS-001's to report.
    check: ({ plan }) =>
      plan.rollout.phases.flatMap((phase) =>
        CAMPAIGN_KINDS.filter(
          (kind) => plan.communications.emails.some((e) => e.kind === kind) && !plan.communications.emails.some((e) => e.kind === kind && e.phaseId === phase.id),
        ).map((kind) => ({
          field: 'communications.emails',
          message: `${phase.name || 'A phase'} gets no ${CAMPAIGN_LABELS[kind]} email, so its users miss that step of the campaign.`,
        })),
      ),
  },
  {
    code: 'SSPR-COMMS-005',
    severity: 'warning',
    section: 'communications',
    summary: 'A send date has passed and the email is not marked as sent.',
    check: ({ plan, today }) =>
      today === null
        ? []
        : plan.communications.emails.flatMap((e, i) =>
            hit(!e.sent && e.sendDate !== null && isBefore(e.sendDate, today), {
              field: `communications.emails.${i}.sendDate`,
              message: `"${e.name}" was due on ${longDate(e.sendDate ?? today)}. Tick it as sent if it went out, or give it a new date.`,
            }),
          ),
  },
  {
    code: 'SSPR-COMMS-006',
    severity: 'warning',
    section: 'communications',
    summary: "A send comes after its phase's registration deadline.",
    check: ({ plan }) =>
      sends(plan).flatMap(({ send, i, phase }) => {
        const deadline = phase ? deadlineOf(plan, phase) : null;
        return hit(send.sendDate !== null && deadline !== null && isBefore(deadline, send.sendDate), {
          field: `communications.emails.${i}.sendDate`,
          message: `"${send.name}" goes out after ${phase?.name ?? 'its phase'} should be registered (by ${longDate(deadline ?? '')}), when it can no longer help.`,
        });
      }),
  },
  {
    code: 'SSPR-COMMS-007',
    severity: 'warning',
    section: 'communications',
    summary: "A send is on the wrong side of its phase's launch.",
    check: ({ plan }) =>
      sends(plan).flatMap(({ send, i, phase }): RuleHit[] => {
        const start = phase?.start ?? null;
        if (send.sendDate === null || start === null) return [];
        const early = send.kind !== 'comingSoon' && send.kind !== 'custom' && isBefore(send.sendDate, start);
        const late = send.kind === 'comingSoon' && !isBefore(send.sendDate, start);
        return hit(early || late, {
          field: `communications.emails.${i}.sendDate`,
          message: late
            ? `"${send.name}" announces what is coming, but goes out on or after ${phase?.name}'s launch (${longDate(start)}).`
            : `"${send.name}" asks users to act before ${phase?.name} launches on ${longDate(start)}, when the portal is not open to them yet.`,
        });
      }),
  },
  {
    code: 'SSPR-COMMS-008',
    severity: 'warning',
    section: 'communications',
    summary: 'An email uses a placeholder the plan has no value for.',
    check: ({ plan }) => {
      const seen = new Map<string, { field: string; name: string; emails: Set<string> }>();
      for (const { name, phase, problem } of fillProblems(plan)) {
        if (problem.kind !== 'emptyPlaceholder') continue;
        const field = sourceField(plan, problem.name, phase);
        const key = `${problem.name}|${field}`;
        const entry = seen.get(key) ?? { field, name: problem.name, emails: new Set<string>() };
        entry.emails.add(name);
        seen.set(key, entry);
      }
      return [...seen.values()].map(({ field, name, emails }) => ({
        field,
        message: `{{${name}}} has no value yet, so ${[...emails].join(', ')} would show it unfilled. Fill in ${field}.`,
      }));
    },
  },
  {
    code: 'SSPR-COMMS-009',
    severity: 'error',
    section: 'communications',
    summary: 'A template uses a placeholder the app does not know.',
    check: ({ plan }) => {
      const hits = new Map<string, RuleHit>();
      for (const { name, templateId, problem } of fillProblems(plan)) {
        if (problem.kind !== 'unknownPlaceholder') continue;
        const inSubject = campaignTemplates(plan).some((c) => c.template.id === templateId && c.template.subject.includes(`{{${problem.name}}}`));
        hits.set(`${templateId}|${problem.name}`, {
          field: templateField(plan, templateId, inSubject ? 'subject' : 'body'),
          message: `"${name}" uses {{${problem.name}}}, which is not a placeholder the app fills. Check its spelling against the list beside the editor.`,
        });
      }
      return [...hits.values()];
    },
  },
  {
    code: 'SSPR-COMMS-010',
    severity: 'error',
    section: 'communications',
    summary: 'A link in an email is not a web or mail address.',
    check: ({ plan }) => {
      const hits = new Map<string, RuleHit>();
      for (const { name, templateId, problem } of fillProblems(plan)) {
        if (problem.kind !== 'unsafeLink') continue;
        // The landing page address is one fix however many emails use it.
        const landing = problem.link === plan.overview.landingPageUrl.trim();
        hits.set(landing ? 'landing' : `${templateId}|${problem.link}`, {
          field: landing ? 'overview.landingPageUrl' : templateField(plan, templateId, 'body'),
          message: landing
            ? `The landing page address "${problem.link}" is not an http(s) address, so the emails show it as plain text instead of a link.`
            : `"${name}" links to "${problem.link}", which is not an http(s) or mailto address; it is shown as plain text instead.`,
        });
      }
      return [...hits.values()];
    },
  },
  {
    code: 'SSPR-COMMS-011',
    severity: 'warning',
    section: 'communications',
    summary: 'The campaign has no usable sender address.',
    check: ({ plan }) =>
      hit(plan.communications.emails.length > 0 && !EMAIL.test(plan.communications.senderEmail.trim()), {
        field: 'communications.senderEmail',
        message:
          plan.communications.senderEmail.trim() === ''
            ? 'Name the address the campaign emails come from; the exported drafts have no sender without it.'
            : `"${plan.communications.senderEmail}" is not an email address, so the exported drafts have no sender.`,
      }),
  },
  {
    code: 'SSPR-COMMS-012',
    severity: 'error',
    section: 'communications',
    summary: 'A send uses a template that does not exist.',
    check: ({ plan }) =>
      plan.communications.emails.flatMap((e: CampaignEmail, i) =>
        hit(templateOfSend(plan, e) === null, {
          field: `communications.emails.${i}.templateId`,
          message: `"${e.name}" uses template "${templateIdOf(e)}", which the campaign no longer has.`,
        }),
      ),
  },
];
