import type { CommsTab } from './strings';
import { relativeSend } from '../../../shared/comms/schedule';
import { campaignTemplates, templateIdOf } from '../../../shared/comms/templates';
import type { FixChange } from '../../../shared/plan/findings';
import type { JsonValue } from '../../../shared/plan/paths';
import { LOGO_TYPES, MAX_LOGO_BYTES, startsLikeLogo, type CampaignEmail, type EmailTemplate, type Logo, type LogoType, type Phase, type Plan } from '../../../shared/plan/schema';

/** The template fields the editor changes. */
export type TemplateField = 'name' | 'subject' | 'preheader' | 'body' | 'offsets';

const asJson = (value: unknown) => value as JsonValue;

/**
 * Saves one field of a template. A shipped template the plan has no copy of yet gets one (same id
 * as its kind), so the change is one undo step and the shipped wording stays for "restore".
 */
export function templateFieldChanges(plan: Plan, templateId: string, field: TemplateField, value: string | number[]): FixChange[] {
  const own = plan.communications.templates;
  const at = own.findIndex((t) => t.id === templateId);
  if (at >= 0) return [{ path: `communications.templates.${at}.${field}`, value }];
  const shipped = campaignTemplates(plan).find((c) => c.template.id === templateId)?.template;
  if (!shipped) return [];
  return [{ path: 'communications.templates', value: asJson([...own, { ...shipped, [field]: value }]) }];
}

/** Drops the plan's copy of a shipped template, so the shipped wording applies again. */
export function restoreChanges(plan: Plan, templateId: string): FixChange[] {
  return [{ path: 'communications.templates', value: asJson(plan.communications.templates.filter((t) => t.id !== templateId)) }];
}

/** A custom email's first draft: enough structure to show the markup, nothing to send as is. */
export function newCustomTemplate(id: string, name: string, body: string): EmailTemplate {
  return { id, kind: 'custom', name, subject: `${name} – {{organization}}`, preheader: '', body, offsets: [] };
}

export function addTemplateChanges(plan: Plan, template: EmailTemplate): FixChange[] {
  return [{ path: 'communications.templates', value: asJson([...plan.communications.templates, template]) }];
}

/** The sends that use a template: by id, or by kind for shipped templates named ''. */
export function sendsOfTemplate(plan: Plan, templateId: string): CampaignEmail[] {
  return plan.communications.emails.filter((e) => templateIdOf(e) === templateId);
}

/** Removes a custom template and its sends in one change set (one undo). */
export function deleteTemplateChanges(plan: Plan, templateId: string): FixChange[] {
  const gone = new Set(sendsOfTemplate(plan, templateId).map((e) => e.id));
  return [
    { path: 'communications.templates', value: asJson(plan.communications.templates.filter((t) => t.id !== templateId)) },
    { path: 'communications.emails', value: asJson(plan.communications.emails.filter((e) => !gone.has(e.id))) },
  ];
}

/** "-14" or "7, 14" → days; null when the text is not a short list of whole days. */
export function parseOffsets(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length > 10) return null;
  const days = parts.map((p) => (/^[+\-−]?\d{1,3}$/.test(p) ? Number(p.replace('−', '-')) : Number.NaN));
  return days.every((d) => Number.isInteger(d) && d >= -365 && d <= 365) ? days : null;
}

export const formatOffsets = (offsets: readonly number[]) => offsets.join(', ');

/** A send of `template` to `phase`, following the phase's start by `offset` days. */
export function newSend(id: string, template: EmailTemplate, phase: Phase, offset: number): CampaignEmail {
  return relativeSend(id, `${template.name} (${phase.name || 'phase'})`, template, phase, offset);
}

/** The phase a preview shows first: the first one with a send of the template, else the first phase. */
export function defaultPreviewPhase(plan: Plan, templateId: string): string {
  const phases = plan.rollout.phases;
  const used = new Set(sendsOfTemplate(plan, templateId).map((e) => e.phaseId));
  return (phases.find((p) => used.has(p.id)) ?? phases[0])?.id ?? '';
}

export type LogoCheck = { ok: true; type: LogoType } | { ok: false; reason: 'type' | 'size' | 'content' };

/**
 * Whether a chosen file can be the logo: one of the three image types, at most 500 KB, and starting
 * with the bytes of the type it claims (a renamed text file is not an image). Main checks again.
 */
export function checkLogo(type: string, size: number, head: Uint8Array): LogoCheck {
  if (!(LOGO_TYPES as readonly string[]).includes(type)) return { ok: false, reason: 'type' };
  if (size > MAX_LOGO_BYTES) return { ok: false, reason: 'size' };
  const logoType = type as LogoType;
  return startsLikeLogo(logoType, String.fromCharCode(...head.subarray(0, 8))) ? { ok: true, type: logoType } : { ok: false, reason: 'content' };
}

export const logoDataUrl = (logo: Logo | null) => (logo ? `data:${logo.type};base64,${logo.dataBase64}` : null);

/**
 * The landing page as one document for the preview: its stylesheet link becomes a <style> carrying
 * the app's nonce, since the preview inherits the app's Content-Security-Policy.
 */
export function landingSrcdoc(html: string, css: string, nonce: string | undefined): string {
  const style = `<style${nonce ? ` nonce="${nonce.replace(/"/g, '')}"` : ''}>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  return html.replace('<link rel="stylesheet" href="style.css">', () => style);
}

/** The tab that shows a field, so "go to field" lands on a control that is on screen. */
export function tabOfField(field: string | null): CommsTab | null {
  if (field === null) return null;
  if (field.startsWith('communications.emails')) return 'schedule';
  if (field.startsWith('communications.templates')) return 'emails';
  if (/^communications\.(sender|brandColor|logo)/.test(field)) return 'branding';
  return null;
}
