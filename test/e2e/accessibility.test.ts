import AxeBuilder from '@axe-core/playwright';
import { simpleParser } from 'mailparser';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SECTION_IDS, type SectionId } from '../../shared/plan/findings';
import { collectErrors, savedPlan, useDemoApp } from './helpers';

const app = useDemoApp('sspr-e2e-a11y-');

/** WCAG 2.1 A and AA: what the issue asks for. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Finding {
  view: string;
  rule: string;
  impact: string;
  targets: string[];
  summary: string;
}

const serious: Finding[] = [];
let views = 0;
/** Moderate and minor violations by rule: reported, not failed. */
const lesser = new Map<string, number>();
let sentinels = 0;

/**
 * Runs axe on what the page shows now. In dark colours only the contrast rule is run: the markup is
 * the same in both schemes, the colours are what differ, and the whole rule set twice would double the time.
 */
async function check(page: Page, view: string, only?: string[]): Promise<void> {
  // Legacy mode runs axe in the page directly; the default opens a second page per run, four times slower.
  // The previews' frames are sandboxed without scripts, so axe stays out of them; it still checks the frames' titles.
  let builder = new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'], iframes: false });
  if (only) builder = builder.withRules(only);
  const result = await builder.analyze();
  views += 1;
  for (const v of result.violations) {
    // Fluent's focus sentinels (<i data-tabster-dummy>) are aria-hidden and focusable on purpose: they pass the focus on at once.
    const nodes = v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy')));
    sentinels += v.nodes.length - nodes.length;
    if (nodes.length === 0) continue;
    if (v.impact === 'serious' || v.impact === 'critical') {
      serious.push({
        view,
        rule: v.id,
        impact: v.impact,
        targets: nodes.map((n) => `${n.target.join(' ')}  ${n.html.slice(0, 300)}`),
        summary: nodes[0].failureSummary?.split('\n').slice(0, 3).join(' ') ?? v.help,
      });
    } else {
      lesser.set(v.id, (lesser.get(v.id) ?? 0) + nodes.length);
    }
  }
}

const TABS: Partial<Record<SectionId, string[]>> = {
  licensing: ['Licenses and seats', 'Tenant data', 'Coverage by user'],
  communications: ['Emails', 'Schedule', 'Branding & sender', 'Landing page', 'Test send'],
  rollout: ['Readiness', 'Phases', 'Checklist', 'Forecast'],
  simulator: ['Whole tenant', 'Try it', 'Scenario file'],
};

/** A section switch as the navigation makes it: the page stays, the hash changes. */
async function goTo(page: Page, section: SectionId): Promise<void> {
  await page.evaluate(`location.hash = '#/${section}'`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await settle(page);
}

/**
 * Lazy charts and the previews' frames settle shortly after the data (and with reduced motion,
 * Fluent's colour transitions are instant). Not networkidle: the page keeps asking whether the plan file changed on disk.
 */
const settle = (page: Page) => page.waitForTimeout(150);

/** Every section and every tab of the tabbed ones. */
async function sweepSections(page: Page, scheme: string, only?: string[]): Promise<void> {
  for (const section of SECTION_IDS) {
    await goTo(page, section);
    const tabs = TABS[section];
    if (!tabs) {
      await check(page, `${section} (${scheme})`, only);
      continue;
    }
    for (const tab of tabs) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await settle(page);
      await check(page, `${section} › ${tab} (${scheme})`, only);
    }
  }
}

/** The dialogs, drawers and menus a user opens on the way; each is left with Escape or Cancel, so the plan stays as it was. */
async function sweepOverlays(page: Page, scheme: string, only?: string[]): Promise<void> {
  await goTo(page, 'stakeholders');
  await page.getByRole('button', { name: /^Edit / }).first().click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Name' }).waitFor();
  await settle(page);
  await check(page, `stakeholder drawer (${scheme})`, only);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  await goTo(page, 'testing');
  await page.getByRole('button', { name: /^Open TC-01/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Record run' }).waitFor();
  await settle(page);
  await check(page, `test case drawer with the run form (${scheme})`, only);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Start testing' }).click();
  await page.getByText(/^Case 1 of \d+ not passed when you started/).waitFor();
  await check(page, `Start testing (${scheme})`, only);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Start testing' }).waitFor();

  await goTo(page, 'rollout');
  await page.getByRole('tab', { name: 'Phases' }).click();
  await page.getByRole('button', { name: 'Remove Wave 2' }).click();
  await page.getByRole('alertdialog').waitFor();
  await settle(page);
  await check(page, `remove-phase dialog (${scheme})`, only);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });

  await goTo(page, 'communications');
  await page.getByRole('button', { name: 'Restore our wording' }).click();
  await page.getByRole('dialog', { name: /^Restore our wording of / }).waitFor();
  await settle(page);
  await check(page, `restore-wording dialog (${scheme})`, only);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menu').waitFor();
  await settle(page);
  await check(page, `File menu (${scheme})`, only);
  await page.keyboard.press('Escape');
  await page.getByRole('menu').waitFor({ state: 'detached' });
}

async function sweep(scheme: 'light' | 'dark', errors: string[]): Promise<void> {
  // A context of its own: the colour scheme is the context's, as the app follows the system's.
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    collectErrors(page, errors);
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    const only = scheme === 'dark' ? ['color-contrast'] : undefined;
    await sweepSections(page, scheme, only);
    await sweepOverlays(page, scheme, only);
  } finally {
    await context.close();
  }
}

/** The first campaign email's body gets one more sentence, so that "Restore our wording" has something to restore. */
async function editFirstEmail(errors: string[]): Promise<void> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  collectErrors(page, errors);
  await page.goto(`${app.server.url}#/communications`);
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.press('End');
  await body.pressSequentially(' Thanks.');
  await body.press('Tab');
  await page.getByRole('button', { name: 'Restore our wording' }).waitFor();
  await page.getByText('All changes saved').first().waitFor();
  await page.close();
}

describe('Accessibility (axe-core, WCAG 2.1 A/AA) on the demo plan', () => {
  it('every section, tab and dialog, light and dark, has no serious or critical violation', async () => {
    const errors: string[] = [];
    await editFirstEmail(errors);
    // Both schemes at once: axe works in each page's own renderer process.
    await Promise.all([sweep('light', errors), sweep('dark', errors)]);
    for (const f of serious) console.log(`axe ${f.impact}: ${f.rule} in ${f.view}\n  ${f.targets.slice(0, 5).join('\n  ')}\n  ${f.summary}`);
    const minor = [...lesser.values()].reduce((a, b) => a + b, 0);
    const byRule = [...lesser].map(([rule, n]) => `${rule} ${n}`).join(', ');
    console.log(`axe: ${views} views checked, ${serious.length} serious or critical; ${minor} moderate/minor (${byRule || 'none'})`);
    // Tabster's focus sentinels are aria-hidden yet focusable by design (microsoft/tabster#288): not counted above.
    console.log(`axe: ${sentinels} Fluent focus sentinels (data-tabster-dummy) left out of aria-hidden-focus`);
    expect(serious.map((f) => `${f.rule} @ ${f.view}: ${f.targets[0]}`)).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);
});

/**
 * Page-side helpers (plain JavaScript: the tests' TypeScript has no DOM types), installed before the app loads.
 * `indicator(el)` names what shows where the focus is: an outline, a box shadow, or a border or bar that a
 * ::before or ::after paints (Fluent draws its focus rings so), on the element or on a wrapper hugging it
 * (an input's frame); transparent colours and pseudo-elements scaled to nothing do not count.
 * `describe(el)` gives the tag, role and name for messages.
 */
const FOCUS_HELPERS = `globalThis.ssprFocus = {
  indicator(el) {
    if (!el || el === document.body) return null;
    const shows = (colour) => colour !== 'transparent' && !/^rgba\\(.*,\\s*0\\)$/.test(colour);
    const line = (width, style, colour) => parseFloat(width) > 0 && style !== 'none' && shows(colour);
    const box = el.getBoundingClientRect();
    const hugs = (node) => {
      const r = node.getBoundingClientRect();
      return r.left >= box.left - 12 && r.top >= box.top - 12 && r.right <= box.right + 12 && r.bottom <= box.bottom + 12;
    };
    let node = el;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      if (depth > 0 && !hugs(node)) break;
      const cs = getComputedStyle(node);
      if (line(cs.outlineWidth, cs.outlineStyle, cs.outlineColor)) return 'outline (' + node.tagName + ')';
      if (cs.boxShadow !== 'none') return 'box-shadow (' + node.tagName + ')';
      for (const pseudo of ['::after', '::before']) {
        const ps = getComputedStyle(node, pseudo);
        if (ps.content === 'none' || ps.visibility === 'hidden' || ps.opacity === '0') continue;
        const scale = /^matrix\\(([^,]+),[^,]+,[^,]+,([^,]+),/.exec(ps.transform);
        if (scale && (parseFloat(scale[1]) === 0 || parseFloat(scale[2]) === 0)) continue;
        const sides = ['Top', 'Right', 'Bottom', 'Left'].some((side) => line(ps['border' + side + 'Width'], ps['border' + side + 'Style'], ps['border' + side + 'Color']));
        const bar = (shows(ps.backgroundColor) || ps.backgroundImage !== 'none') && parseFloat(ps.width) > 0 && parseFloat(ps.height) > 0;
        if (sides || bar || line(ps.outlineWidth, ps.outlineStyle, ps.outlineColor) || ps.boxShadow !== 'none') return pseudo + ' (' + node.tagName + ')';
      }
    }
    return null;
  },
  describe(el) {
    if (!el) return 'nothing';
    const name = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '';
    const role = el.getAttribute('role');
    return el.tagName.toLowerCase() + (role ? '[role=' + role + ']' : '') + ' "' + name.trim().slice(0, 60) + '"';
  },
};`;

/** Where the focus is and what shows it, once any transition has ended. */
const FOCUS_PROBE = `(async () => {
  await Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => undefined)));
  const el = document.activeElement;
  return { where: ssprFocus.describe(el), indicator: ssprFocus.indicator(el) };
})()`;

const describeFocus = (page: Page) => page.evaluate('ssprFocus.describe(document.activeElement)') as Promise<string>;
const indicatorOf = (target: Locator) =>
  target.evaluate((el) => (globalThis as unknown as { ssprFocus: { indicator(e: unknown): string | null } }).ssprFocus.indicator(el));
const isFocused = (target: Locator) => target.evaluate((el) => el === el.ownerDocument.activeElement);
const holdsFocus = (target: Locator) => target.evaluate((el) => el.contains(el.ownerDocument.activeElement));

describe('The main flows with the keyboard alone', () => {
  it('sections, Overview, a stakeholder, a test run, an email and its export, a checklist step, and undo', async () => {
    // Reduced motion: Fluent then draws its focus rings at once instead of growing them in.
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, reducedMotion: 'reduce' });
    await page.addInitScript(FOCUS_HELPERS);
    const errors: string[] = [];
    collectErrors(page, errors);
    const unseen: string[] = [];
    let stops = 0;

    /** Every focus stop on the way must show itself. */
    const seen = async (why: string) => {
      stops += 1;
      const { where, indicator } = (await page.evaluate(FOCUS_PROBE)) as { where: string; indicator: string | null };
      if (!indicator) unseen.push(`${why}: ${where}`);
    };
    const press = async (key: string) => {
      await page.keyboard.press(key);
      await seen(key);
    };
    /** Presses `key` until `target` has the focus (or holds it, with `within`), at most `max` times. */
    const pressUntil = async (key: string, target: Locator, max = 40, within = false) => {
      for (let i = 0; ; i++) {
        if (await (within ? holdsFocus(target) : isFocused(target))) return;
        if (i === max) break;
        await press(key);
      }
      expect.fail(`${key} x${max} never reached ${String(target)}; the focus is on ${await describeFocus(page)}`);
    };
    const nav = page.getByRole('navigation', { name: 'Plan sections' });
    /** Back to the section navigation, down (or up) to `title`, Enter. */
    const openSection = async (title: string, hash: string, arrow: 'ArrowDown' | 'ArrowUp' = 'ArrowDown') => {
      await pressUntil('Shift+Tab', nav, 40, true);
      await pressUntil(arrow, nav.getByRole('link', { name: new RegExp(`^${title}`) }), 10);
      await press('Enter');
      await page.waitForURL(new RegExp(`#/${hash}$`));
      await page.getByRole('heading', { level: 2 }).first().waitFor();
    };

    await page.goto(`${app.server.url}#/overview`);
    const organization = page.getByRole('textbox', { name: 'Organization name' });
    await organization.waitFor();
    // The detector tells: nothing focused shows a ring.
    expect(await indicatorOf(page.getByRole('button', { name: 'File' }))).toBeNull();
    expect(await indicatorOf(organization)).toBeNull();

    // Overview: a field edited and saved when the focus leaves it.
    await pressUntil('Tab', organization);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Contoso Keyboard Ltd');
    await press('Tab');
    await expect.poll(async () => (await savedPlan(app.server)).overview.organization).toBe('Contoso Keyboard Ltd');

    // Sections from the navigation: Shift+Tab back to it, arrows to the section, Enter.
    await openSection('Stakeholders', 'stakeholders');

    // Stakeholders: open a person with Enter, change a field, Done; then the sign-off in the table.
    const edit = page.getByRole('button', { name: 'Edit Dana Whitfield' });
    await pressUntil('Tab', edit);
    await press('Enter');
    const drawer = page.getByRole('dialog');
    await expect.poll(() => isFocused(drawer.getByRole('textbox', { name: 'Name' }))).toBe(true);
    await pressUntil('Tab', drawer.getByRole('textbox', { name: 'Role in the rollout' }), 5);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Sponsor and budget owner');
    await pressUntil('Tab', drawer.getByRole('button', { name: 'Done' }), 10);
    await press('Enter');
    await drawer.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(edit)).toBe(true); // back where the user was
    await expect.poll(async () => (await savedPlan(app.server)).stakeholders[0].role).toBe('Sponsor and budget owner');
    const signOff = page.getByRole('combobox', { name: 'Sign-off for Dana Whitfield' });
    const before = (await savedPlan(app.server)).stakeholders[0].signOff;
    await pressUntil('Shift+Tab', signOff, 8);
    await press(before === 'declined' ? 'ArrowUp' : 'ArrowDown');
    await expect.poll(async () => (await savedPlan(app.server)).stakeholders[0].signOff).not.toBe(before);

    // Test matrix: Start testing, the tester's name, then P records a pass.
    await openSection('Test matrix', 'testing');
    const runsBefore = (await savedPlan(app.server)).testing.runs.length;
    await pressUntil('Tab', page.getByRole('button', { name: 'Start testing' }));
    await press('Enter');
    await page.getByText(/^Case 1 of \d+ not passed when you started/).waitFor();
    await pressUntil('Tab', page.getByRole('textbox', { name: 'Tester' }));
    await page.keyboard.type('Kim Keys');
    await press('Escape'); // leaves the field, the mode stays
    await press('p');
    await page.getByText(/^Case 2 of \d+ not passed when you started/).waitFor();
    await press('Escape'); // leaves the mode
    await page.getByRole('button', { name: 'Start testing' }).waitFor();
    await expect.poll(async () => (await savedPlan(app.server)).testing.runs.length).toBe(runsBefore + 1);
    expect((await savedPlan(app.server)).testing.runs.at(-1)).toMatchObject({ result: 'pass', tester: 'Kim Keys' });

    // Communications: pick an email, add a sentence to its body, preview it narrow and dark, export a send.
    await openSection('Communications', 'communications', 'ArrowUp');
    const emails = page.getByRole('navigation', { name: 'Campaign emails' });
    await pressUntil('Tab', emails.getByRole('button', { name: /^Registration Reminder,/ }));
    await press('Enter');
    await page.locator('iframe[title="Preview of Registration Reminder"]').waitFor();
    const body = page.getByRole('textbox', { name: 'Body' });
    await pressUntil('Tab', body);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Typed without a mouse.');
    await press('Tab');
    await expect
      .poll(async () => (await savedPlan(app.server)).communications.templates.find((t) => t.id === 'reminder')?.body ?? '')
      .toContain('Typed without a mouse.');
    await pressUntil('Tab', page.getByRole('radio', { checked: true, name: 'Desktop' }));
    await press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Narrow' }).isChecked()).toBe(true);
    await pressUntil('Tab', page.getByRole('radio', { checked: true, name: 'Light' }), 5);
    await press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    await pressUntil('Shift+Tab', page.getByRole('tab', { name: 'Emails', exact: true }), 60);
    await pressUntil('ArrowRight', page.getByRole('tab', { name: 'Schedule' }), 4);
    await press('Enter');
    const exportSend = page.getByRole('button', { name: 'Export Registration Reminder 1 (Pilot)' });
    await pressUntil('Tab', exportSend, 80);
    await press('Enter');
    await pressUntil('ArrowDown', page.getByRole('menuitem', { name: 'Email draft (.eml)' }), 8);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.eml$/);
    expect((await simpleParser(readFileSync(await download.path()))).text).toContain('Typed without a mouse.');

    // Rollout: the Checklist tab, Space ticks a step; Ctrl+Z takes it back.
    await openSection('Rollout', 'rollout');
    await pressUntil('Tab', page.getByRole('tab', { name: 'Readiness' }));
    await pressUntil('ArrowRight', page.getByRole('tab', { name: 'Checklist' }), 4);
    await press('Enter');
    const step = page.getByRole('checkbox', { name: 'Communications started, Pilot' });
    const stepDone = async () => (await savedPlan(app.server)).rollout.checklist.find((c) => c.step === 'communications' && c.phaseId === 'phase-pilot')?.done;
    expect(await stepDone()).toBe(false);
    await pressUntil('Tab', step);
    await press('Space');
    await expect.poll(stepDone).toBe(true);
    await press('Control+z');
    await expect.poll(stepDone).toBe(false);
    expect(await step.isChecked()).toBe(false);

    await page.close();
    console.log(`keyboard: ${stops} focus stops, ${unseen.length} without a visible indicator`);
    expect(unseen).toEqual([]);
    expect(errors).toEqual([]);
  });
});
