import { describe, expect, it } from 'vitest';
import {
  checkLogo,
  defaultPreviewPhase,
  deleteTemplateChanges,
  landingSrcdoc,
  newCustomTemplate,
  newSend,
  parseOffsets,
  restoreChanges,
  tabOfField,
  templateFieldChanges,
} from '../../renderer/sections/communications/campaignOps';
import { campaignTemplates, SHIPPED_TEMPLATES } from '../../shared/comms/templates';
import { createDemoPlan } from '../../shared/plan/demo';
import { keyToPath, setAtPath } from '../../shared/plan/paths';
import type { Plan } from '../../shared/plan/schema';

const apply = (plan: Plan, changes: readonly { path: string; value: unknown }[]) => changes.reduce<Plan>((p, c) => setAtPath(p, keyToPath(c.path), c.value), plan);

describe('Communications editor helpers', () => {
  it('makes the plan its own copy of a shipped email on the first edit, then edits that copy in place', () => {
    const demo = createDemoPlan();
    const first = templateFieldChanges(demo, 'reminder', 'subject', 'Last call: password self-service');
    expect(first).toHaveLength(1);
    expect(first[0].path).toBe('communications.templates');
    const edited = apply(demo, first);
    const copy = edited.communications.templates.find((t) => t.id === 'reminder');
    const shipped = SHIPPED_TEMPLATES.find((t) => t.id === 'reminder');
    expect(copy).toEqual({ ...shipped, subject: 'Last call: password self-service' });
    expect(campaignTemplates(edited).find((c) => c.template.id === 'reminder')?.edited).toBe(true);

    const at = edited.communications.templates.indexOf(copy!);
    expect(templateFieldChanges(edited, 'reminder', 'offsets', [3])).toEqual([{ path: `communications.templates.${at}.offsets`, value: [3] }]);
    expect(templateFieldChanges(edited, 'no-such-email', 'name', 'x')).toEqual([]);

    const restored = apply(edited, restoreChanges(edited, 'reminder'));
    expect(restored.communications.templates.some((t) => t.id === 'reminder')).toBe(false);
    expect(campaignTemplates(restored).find((c) => c.template.id === 'reminder')?.template.subject).toBe(shipped?.subject);
  });

  it('deletes a custom email together with its sends and leaves the other sends alone', () => {
    const demo = createDemoPlan();
    const custom = newCustomTemplate('template-1', 'Last chance', '# Hi');
    const phase = demo.rollout.phases[0];
    const withCustom = apply(demo, [
      { path: 'communications.templates', value: [custom] },
      { path: 'communications.emails', value: [...demo.communications.emails, newSend('email-x', custom, phase, 5)] },
    ]);
    expect(withCustom.communications.emails).toHaveLength(demo.communications.emails.length + 1);
    const after = apply(withCustom, deleteTemplateChanges(withCustom, 'template-1'));
    expect(after.communications.templates).toEqual([]);
    expect(after.communications.emails).toEqual(demo.communications.emails);
  });

  it('makes a send that follows its phase: date from the start, template named only for custom emails', () => {
    const demo = createDemoPlan();
    const phase = { ...demo.rollout.phases[0], start: '2027-01-11' };
    const reminder = SHIPPED_TEMPLATES.find((t) => t.id === 'reminder')!;
    expect(newSend('e1', reminder, phase, -3)).toMatchObject({ kind: 'reminder', templateId: '', sendDate: '2027-01-08', offsetDays: -3, sent: false });
    const custom = newCustomTemplate('template-2', 'Pilot invitation', '');
    expect(newSend('e2', custom, phase, 0)).toMatchObject({ kind: 'custom', templateId: 'template-2', sendDate: '2027-01-11', name: `Pilot invitation (${phase.name})` });
    expect(newSend('e3', custom, { ...phase, start: null }, 7).sendDate).toBeNull();
  });

  it('reads schedules written as day offsets and refuses anything else', () => {
    expect(parseOffsets('-14')).toEqual([-14]);
    expect(parseOffsets(' 7, 14 ')).toEqual([7, 14]);
    expect(parseOffsets('−7')).toEqual([-7]);
    expect(parseOffsets('')).toEqual([]);
    expect(parseOffsets('two weeks')).toBeNull();
    expect(parseOffsets('1.5')).toBeNull();
    expect(parseOffsets('400')).toBeNull();
    expect(parseOffsets('1,2,3,4,5,6,7,8,9,10,11')).toBeNull();
  });

  it('accepts a logo only when its type, size and first bytes agree', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const text = new TextEncoder().encode('hello wo');
    expect(checkLogo('image/png', 2_000, png)).toEqual({ ok: true, type: 'image/png' });
    expect(checkLogo('text/plain', 20, text)).toEqual({ ok: false, reason: 'type' });
    expect(checkLogo('image/svg+xml', 20, text)).toEqual({ ok: false, reason: 'type' });
    expect(checkLogo('image/png', 600 * 1024, png)).toEqual({ ok: false, reason: 'size' });
    expect(checkLogo('image/png', 20, text)).toEqual({ ok: false, reason: 'content' });
    expect(checkLogo('image/jpeg', 20, png)).toEqual({ ok: false, reason: 'content' });
  });

  it('previews the landing page with its stylesheet inline under the page nonce', () => {
    const html = '<head><link rel="stylesheet" href="style.css"></head>';
    expect(landingSrcdoc(html, 'body{color:red}', 'abc')).toBe('<head><style nonce="abc">body{color:red}</style></head>');
    // A stylesheet cannot close the <style> element early.
    expect(landingSrcdoc(html, 'a{}</style><script>x</script>', 'abc')).not.toContain('</style><script>');
  });

  it('opens the preview on the first phase that gets the email, and "go to field" on the tab holding it', () => {
    const demo = createDemoPlan();
    expect(defaultPreviewPhase(demo, 'reminder')).toBe(demo.rollout.phases[0].id);
    const onlyLast = { ...demo, communications: { ...demo.communications, emails: demo.communications.emails.filter((e) => e.phaseId === demo.rollout.phases[3].id) } };
    expect(defaultPreviewPhase(onlyLast, 'reminder')).toBe(demo.rollout.phases[3].id);
    expect(tabOfField('communications.emails.3.sendDate')).toBe('schedule');
    expect(tabOfField('communications.templates.0.body')).toBe('emails');
    expect(tabOfField('communications.logo')).toBe('branding');
    expect(tabOfField('overview.landingPageUrl')).toBeNull();
  });
});
