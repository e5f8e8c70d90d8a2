import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../main/api';
import { composeCampaign, composeEmail } from '../../shared/comms/compose';
import { fillText } from '../../shared/comms/fill';
import { emailHtml } from '../../shared/comms/html';
import { landingPage } from '../../shared/comms/landing';
import { parseMarkup, placeholdersIn } from '../../shared/comms/markup';
import { isPlaceholderName, PORTALS, placeholderValues } from '../../shared/comms/placeholders';
import { missingSends, offsetWords, settleSchedule } from '../../shared/comms/schedule';
import { campaignTemplates, SHIPPED_TEMPLATES, templateOfSend } from '../../shared/comms/templates';
import { emailText } from '../../shared/comms/text';
import { textOn } from '../../shared/comms/colors';
import { createDemoPlan } from '../../shared/plan/demo';
import { planSchema, type EmailTemplate, type Plan } from '../../shared/plan/schema';
import { refusal, useTempDir } from './helpers';

const tempDir = useTempDir();

function template(body: string, subject = 'Hello'): EmailTemplate {
  return { id: 'tpl-test', kind: 'custom', name: 'Test', subject, preheader: '', body, offsets: [] };
}

const wave1 = (plan: Plan) => plan.rollout.phases.find((p) => p.name === 'Wave 1') ?? null;

describe('the template markup', () => {
  it('reads headings, paragraphs with line breaks, lists, buttons, bold, links and placeholders', () => {
    const blocks = parseMarkup('# Hi {{organization}}\n\nLine one\nline **two**\n\n- a\n- [b](https://b.example)\n\n[Go]({{resetLink}})\n\n{{methods}}');
    expect(blocks.map((b) => b.t)).toEqual(['heading', 'paragraph', 'list', 'button', 'methods']);
    expect(blocks[1]).toEqual({
      t: 'paragraph',
      c: [{ t: 'text', v: 'Line one' }, { t: 'br' }, { t: 'text', v: 'line ' }, { t: 'strong', c: [{ t: 'text', v: 'two' }] }],
    });
    expect(placeholdersIn(blocks)).toEqual(['organization', 'resetLink', 'methods']);
  });

  it('keeps a link inside a sentence a link, and only a line holding a link alone becomes a button', () => {
    const blocks = parseMarkup('Read [the guide](https://x.example) first.\n\n[Start](https://x.example)');
    expect(blocks.map((b) => b.t)).toEqual(['paragraph', 'button']);
    const wiki = parseMarkup('See [Contoso](https://en.wikipedia.org/wiki/Contoso_(company)).');
    expect(wiki[0]).toMatchObject({ c: [{ v: 'See ' }, { t: 'link', href: [{ v: 'https://en.wikipedia.org/wiki/Contoso_(company)' }] }, { v: '.' }] });
  });

  it('ships three campaign templates that use only placeholders the app fills', () => {
    expect(SHIPPED_TEMPLATES.map((t) => [t.id, t.offsets])).toEqual([
      ['comingSoon', [-14]],
      ['availableNow', [0]],
      ['reminder', [7, 14]],
    ]);
    for (const t of SHIPPED_TEMPLATES) {
      const used = placeholdersIn(parseMarkup(`${t.subject}\n\n${t.preheader}\n\n${t.body}`));
      expect(used.filter((n) => !isPlaceholderName(n)), t.id).toEqual([]);
      expect(t.subject).not.toMatch(/[\r\n]/);
    }
  });
});

describe('filling an email from the plan', () => {
  it('fills every placeholder of the shipped emails for the demo plan', () => {
    const plan = createDemoPlan();
    for (const email of composeCampaign(plan)) {
      expect(email.filled.problems, email.name).toEqual([]);
      expect(JSON.stringify(email.filled)).not.toContain('{{');
    }
  });

  it("takes each send's audience and dates from its own phase", () => {
    const plan = createDemoPlan();
    const values = placeholderValues(plan, wave1(plan));
    expect(values.audience).toBe('Wave 1 users');
    expect(values.launchDate).toBe('Monday 1 February 2027');
    expect(values.deadline).toBe('Friday 19 February 2027');
    expect(placeholderValues(plan, plan.rollout.phases.find((p) => p.kind === 'all') ?? null).audience).toBe('everyone');
  });

  it('leaves an empty or unknown placeholder visible and reports it', () => {
    const plan = createDemoPlan();
    plan.overview.landingPageUrl = '';
    const f = fillText(template('See [{{landingPage}}]({{landingPage}}) or ask {{manager}}.'), placeholderValues(plan, null));
    expect(f.problems).toEqual([
      { kind: 'emptyPlaceholder', name: 'landingPage' },
      { kind: 'unknownPlaceholder', name: 'manager' },
    ]);
    const spans = f.blocks[0].kind === 'paragraph' ? f.blocks[0].spans : [];
    expect(spans.filter((s) => s.unfilled).map((s) => s.text)).toEqual(['{{landingPage}}', '{{manager}}']);
    expect(spans.some((s) => s.href)).toBe(false);
  });

  it('never turns a value into markup: a name with brackets and stars stays text', () => {
    const plan = createDemoPlan();
    plan.overview.organization = '**Big** [Co](javascript:alert(1))';
    const f = fillText(template('Hello {{organization}}'), placeholderValues(plan, null));
    expect(f.blocks[0]).toEqual({ kind: 'paragraph', spans: [{ text: 'Hello ' }, { text: '**Big** [Co](javascript:alert(1))' }] });
  });

  it('links only to http(s) and mailto addresses', () => {
    const plan = createDemoPlan();
    const f = fillText(template('[a](javascript:void0) [b](mailto:help@contoso.com) [c](file:///etc/passwd) [d](http://intranet.contoso.com)'), placeholderValues(plan, null));
    const spans = f.blocks[0].kind === 'paragraph' ? f.blocks[0].spans : [];
    expect(spans.flatMap((s) => (s.href ? [s.href] : []))).toEqual(['mailto:help@contoso.com', 'http://intranet.contoso.com']);
    expect(f.problems.map((p) => (p.kind === 'unsafeLink' ? p.link : ''))).toEqual(['javascript:void0', 'file:///etc/passwd']);
  });

  it('keeps the subject on one line whatever a value holds', () => {
    const plan = createDemoPlan();
    plan.overview.organization = 'Contoso\r\nBcc: everyone@contoso.com';
    expect(fillText(template('x', 'News for {{organization}}'), placeholderValues(plan, null)).subject).toBe('News for Contoso Bcc: everyone@contoso.com');
  });
});

describe('the HTML and text of an email', () => {
  const hostile = () => {
    const plan = createDemoPlan();
    plan.overview.organization = '<script>alert("x")</script> & Co';
    plan.communications.senderName = '"Eve" <eve@evil.example>';
    return plan;
  };

  it('escapes every value: an organization called <script> is text', () => {
    const plan = hostile();
    const email = composeEmail(plan, SHIPPED_TEMPLATES[1], wave1(plan));
    const html = emailHtml(email, { inline: true, scheme: 'auto', logoSrc: 'cid:logo' });
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; Co');
    expect(html).not.toContain('"Eve" <eve');
  });

  it('inlines styles for mail clients, and for the preview puts them in one nonced style element instead', () => {
    const plan = createDemoPlan();
    const email = composeEmail(plan, SHIPPED_TEMPLATES[0], wave1(plan));
    const exported = emailHtml(email, { inline: true, scheme: 'auto', logoSrc: null });
    const preview = emailHtml(email, { inline: false, nonce: 'abc123', scheme: 'dark', logoSrc: null });
    expect(exported).toContain(' style="');
    expect(exported).toContain('@media (prefers-color-scheme:dark)');
    expect(preview).not.toContain(' style="');
    expect(preview).toContain('<style nonce="abc123">');
    expect(preview).not.toContain('prefers-color-scheme');
    expect(preview).toContain('.body{background:#121212 !important;');
  });

  it('puts dark text on a light brand colour and white text on a dark one', () => {
    expect(textOn('#FFE14D')).toBe('#1B1B1B');
    expect(textOn('#0F4C81')).toBe('#FFFFFF');
  });

  it('writes links out in the plain-text version', () => {
    const plan = createDemoPlan();
    const text = emailText(composeEmail(plan, SHIPPED_TEMPLATES[1], wave1(plan)));
    expect(text).toContain(`Set up my security info: ${PORTALS.registration}`);
    expect(text).toContain('  - a text message or call to your mobile phone');
    expect(text).toContain('-- \nSent by Contoso IT for Contoso.');
    expect(text).toContain('Contact helpdesk@contoso.com.');
  });

  it('links the help-desk contact when it is an address or web page, not when it is a phone number', () => {
    const plan = createDemoPlan();
    const html = () => emailHtml(composeEmail(plan, SHIPPED_TEMPLATES[1], wave1(plan)), { inline: true, scheme: 'auto', logoSrc: null });
    expect(html()).toContain('href="mailto:helpdesk@contoso.com"');
    plan.overview.helpdeskContact = '+1 555 0100';
    expect(html()).not.toContain('href="mailto:');
    expect(html()).toContain('+1 555 0100');
  });
});

describe('the landing page', () => {
  it('links to the reset, registration and change portals, escapes the name and carries the brand colour', () => {
    const plan = createDemoPlan();
    plan.overview.organization = '<b>Fabrikam</b>';
    plan.communications.brandColor = '#AA3300';
    const page = landingPage(plan, 'logo.png');
    for (const url of [PORTALS.reset, PORTALS.registration, PORTALS.change]) expect(page.html).toContain(`href="${url}"`);
    expect(page.html).toContain('&#60;b&#62;Fabrikam&#60;/b&#62;');
    expect(page.html).not.toContain('<b>Fabrikam');
    expect(page.css).toContain('--brand: #AA3300');
    expect(page.filled.problems).toEqual([]);
  });
});

describe('the campaign schedule', () => {
  it('gives the demo every shipped send for every phase, each following its phase', () => {
    const plan = createDemoPlan();
    expect(plan.communications.emails).toHaveLength(plan.rollout.phases.length * 4);
    expect(missingSends(plan, () => 'x')).toEqual([]);
    expect(plan.communications.emails.every((e) => e.offsetDays !== null)).toBe(true);
  });

  it('adds the sends a new custom email asks for, one per phase and offset', () => {
    const plan = createDemoPlan();
    plan.communications.templates = [{ ...template('Last chance!'), name: 'Last chance', offsets: [10] }];
    let n = 0;
    const added = missingSends(plan, () => `new-${++n}`);
    expect(added.map((s) => s.name)).toEqual(plan.rollout.phases.map((p) => `Last chance (${p.name})`));
    expect(added.every((s) => s.templateId === 'tpl-test' && s.offsetDays === 10)).toBe(true);
    plan.communications.emails.push(...added);
    expect(added.map((s) => templateOfSend(plan, s)?.name)).toEqual(added.map(() => 'Last chance'));
  });

  it('moves relative sends with their phase and keeps fixed ones; moving a send re-measures its offset', () => {
    const before = createDemoPlan();
    const fixedId = before.communications.emails[0].id;
    before.communications.emails[0] = { ...before.communications.emails[0], offsetDays: null };
    const moved = structuredClone(before);
    moved.rollout.phases[0].start = '2027-01-18';
    const settled = settleSchedule(before, moved);
    const pilotSends = settled.communications.emails.filter((e) => e.phaseId === moved.rollout.phases[0].id);
    expect(pilotSends.map((e) => [e.id === fixedId, e.sendDate])).toEqual([
      [true, '2026-12-28'],
      [false, '2027-01-18'],
      [false, '2027-01-25'],
      [false, '2027-02-01'],
    ]);
    const dragged = structuredClone(settled);
    dragged.communications.emails[1].sendDate = '2027-01-20';
    expect(settleSchedule(settled, dragged).communications.emails[1].offsetDays).toBe(2);
    expect(settleSchedule(before, before)).toBe(before);
  });

  it('describes offsets in words', () => {
    expect([-14, -1, 0, 7].map(offsetWords)).toEqual(['14 days before launch', '1 day before launch', 'on launch day', '7 days after launch']);
  });

  it("through the API, a phase's new start date moves its sends in the same save", async () => {
    const dir = tempDir();
    const api = createApi({ mode: 'cli', dataDir: dir });
    await api.invoke('plan.create', { path: path.join(dir, 'p.ssprplan'), demo: true });
    const state = await api.invoke('plan.update', { changes: [{ path: 'rollout.phases.1.start', value: '2027-02-08' }] });
    const wave = state.plan.communications.emails.filter((e) => e.phaseId === 'phase-wave-1').map((e) => e.sendDate);
    expect(wave).toEqual(['2027-01-25', '2027-02-08', '2027-02-15', '2027-02-22']);
    api.close();
    const reopened = createApi({ mode: 'cli', dataDir: dir });
    const again = await reopened.invoke('plan.open', { path: path.join(dir, 'p.ssprplan') });
    expect(again.plan.communications.emails.filter((e) => e.phaseId === 'phase-wave-1').map((e) => e.sendDate)).toEqual(wave);
    reopened.close();
  });
});

describe('the communications schema', () => {
  it('refuses a subject or sender name with a line break, so nothing can reach other mail headers', async () => {
    const dir = tempDir();
    const api = createApi({ mode: 'cli', dataDir: dir });
    await api.invoke('plan.create', { path: path.join(dir, 'p.ssprplan'), demo: true });
    const shipped = campaignTemplates((await api.invoke('plan.get', {})).plan)[2].template;
    const bad = await refusal(
      api.invoke('plan.update', { changes: [{ path: 'communications.templates', value: [{ ...shipped, subject: 'Hi\r\nBcc: all@contoso.com' }] }] }),
    );
    expect(bad.code).toBe('VALUE_INVALID');
    expect(bad.message).toContain('communications.templates.0.subject: must stay on one line');
    expect((await refusal(api.invoke('plan.update', { changes: [{ path: 'communications.senderName', value: 'IT\nX: y' }] }))).code).toBe('VALUE_INVALID');
    expect((await api.invoke('plan.get', {})).plan.communications.templates).toEqual([]);
    api.close();
  });

  it('refuses a logo that is not the image type it claims', () => {
    const plan = createDemoPlan();
    const fake = { name: 'logo.png', type: 'image/png', dataBase64: Buffer.from('<svg onload=alert(1)>').toString('base64') };
    const result = planSchema.safeParse({ ...plan, communications: { ...plan.communications, logo: fake } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain('is not a PNG, JPEG or GIF image');
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('opens a plan saved before templates, logos and relative sends existed', () => {
    const plan = createDemoPlan();
    const old = {
      ...plan,
      communications: {
        senderName: 'IT',
        senderEmail: 'it@contoso.com',
        brandColor: '#0F6CBD',
        emails: [{ id: 'e1', kind: 'reminder', name: 'Reminder', subject: 'Old subject', phaseId: 'phase-pilot', sendDate: '2027-01-20' }],
      },
    };
    const parsed = planSchema.parse(old);
    expect(parsed.communications.logo).toBeNull();
    expect(parsed.communications.templates).toEqual([]);
    expect(parsed.communications.emails[0]).toEqual({ id: 'e1', kind: 'reminder', name: 'Reminder', phaseId: 'phase-pilot', sendDate: '2027-01-20', templateId: '', offsetDays: null, sent: false });
    expect(templateOfSend(parsed, parsed.communications.emails[0])?.id).toBe('reminder');
  });
});
