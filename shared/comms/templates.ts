import type { CampaignEmail, EmailKind, EmailTemplate, Plan } from '../plan/schema';
import { LANDING_PAGE_FILE, SHIPPED_EMAIL_FILES } from './shipped';

/**
 * A template file: `key: value` lines (name, subject, preheader, schedule as comma-separated day
 * offsets), a line `---`, then the body in the markup of markup.ts.
 */
export function parseTemplateFile(id: string, kind: EmailKind, text: string): EmailTemplate {
  const [head, ...rest] = text.replace(/\r\n?/g, '\n').split(/^---$/m);
  if (rest.length === 0) throw new Error(`Template ${id} has no "---" line before its body.`);
  const fields = new Map(
    head
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const at = l.indexOf(':');
        if (at < 0) throw new Error(`Template ${id}: "${l}" is not a "key: value" line.`);
        return [l.slice(0, at).trim(), l.slice(at + 1).trim()] as const;
      }),
  );
  const field = (key: string) => {
    const v = fields.get(key);
    if (v === undefined) throw new Error(`Template ${id} has no "${key}:" line.`);
    return v;
  };
  const schedule = field('schedule');
  return {
    id,
    kind,
    name: field('name'),
    subject: field('subject'),
    preheader: field('preheader'),
    body: rest.join('---').replace(/^\n/, ''),
    offsets: schedule === '' ? [] : schedule.split(',').map((n) => Number.parseInt(n.trim(), 10)),
  };
}

/** The three campaign emails as shipped in templates/emails/; their ids are their kinds. */
export const SHIPPED_TEMPLATES: readonly EmailTemplate[] = (['comingSoon', 'availableNow', 'reminder'] as const).map((kind) =>
  parseTemplateFile(kind, kind, SHIPPED_EMAIL_FILES[kind]),
);

/** The password landing page's wording (templates/landing/page.txt). */
export const LANDING_TEMPLATE: EmailTemplate = parseTemplateFile('landing', 'custom', LANDING_PAGE_FILE);

export interface CampaignTemplate {
  template: EmailTemplate;
  /** The shipped wording this template started from; null for a custom email. */
  shipped: EmailTemplate | null;
  /** True when the plan holds its own copy of a shipped template. */
  edited: boolean;
}

/** The plan's email templates: the shipped three (edited or not), then the team's own. */
export function campaignTemplates(plan: Plan): CampaignTemplate[] {
  const own = plan.communications.templates;
  const shipped = SHIPPED_TEMPLATES.map((s) => {
    const copy = own.find((t) => t.id === s.id);
    return { template: copy ?? s, shipped: s, edited: copy !== undefined };
  });
  const custom = own.filter((t) => !SHIPPED_TEMPLATES.some((s) => s.id === t.id)).map((t) => ({ template: t, shipped: null, edited: false }));
  return [...shipped, ...custom];
}

/** The id of the template a send uses: the one it names, else the shipped one of its kind. */
export function templateIdOf(send: Pick<CampaignEmail, 'templateId' | 'kind'>): string {
  return send.templateId || send.kind;
}

export function templateOfSend(plan: Plan, send: CampaignEmail): EmailTemplate | null {
  const id = templateIdOf(send);
  return campaignTemplates(plan).find((c) => c.template.id === id)?.template ?? null;
}
