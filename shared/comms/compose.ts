import { safeFileName } from '../text';
import type { CampaignEmail, EmailTemplate, Logo, Phase, Plan } from '../plan/schema';
import { fillText, type FilledText } from './fill';
import { placeholderValues } from './placeholders';
import { templateOfSend } from './templates';

/** One email ready to render: its wording filled for one audience, with the campaign's branding. */
export interface ComposedEmail {
  templateId: string;
  /** The send it was made for; null when previewing a template without one. */
  sendId: string | null;
  name: string;
  phaseName: string;
  sendDate: string | null;
  fromName: string;
  fromAddress: string;
  organization: string;
  brandColor: string;
  logo: Logo | null;
  filled: FilledText;
}

export function composeEmail(plan: Plan, template: EmailTemplate, phase: Phase | null, send: CampaignEmail | null = null): ComposedEmail {
  const c = plan.communications;
  return {
    templateId: template.id,
    sendId: send?.id ?? null,
    name: send?.name ?? template.name,
    phaseName: phase?.name ?? '',
    sendDate: send?.sendDate ?? null,
    fromName: c.senderName.trim(),
    fromAddress: c.senderEmail.trim(),
    organization: plan.overview.organization.trim(),
    brandColor: c.brandColor,
    logo: c.logo,
    filled: fillText(template, placeholderValues(plan, phase)),
  };
}

/** Every send of the campaign as an email, in send-date order; sends without a template are skipped. */
export function composeCampaign(plan: Plan): ComposedEmail[] {
  return sendsByDate(plan).flatMap((send) => {
    const template = templateOfSend(plan, send);
    if (!template) return [];
    const phase = plan.rollout.phases.find((p) => p.id === send.phaseId) ?? null;
    return [composeEmail(plan, template, phase, send)];
  });
}

/** The campaign's sends in send-date order, undated ones last. */
export function sendsByDate(plan: Plan): CampaignEmail[] {
  return [...plan.communications.emails].sort((a, b) => (a.sendDate ?? '9999').localeCompare(b.sendDate ?? '9999'));
}

/** A file name for an exported email: date, name, no characters file systems refuse. */
export function emailFileBase(email: ComposedEmail): string {
  const name = safeFileName(`${email.sendDate ?? 'undated'} ${email.name}`).replace(/\s+/g, ' ');
  return name.trim().slice(0, 150) || 'email';
}
