import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, collectErrors, savedPlan as readSavedPlan, useDemoApp } from './helpers';

const app = useDemoApp('sspr-e2e-rollout-');
const consoleErrors: string[] = [];


const api = <T>(method: string, body: unknown) => callApi<T>(app.server, method, body);
const savedPlan = () => readSavedPlan(app.server);

async function openRollout(): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
  collectErrors(page, consoleErrors);
  await page.goto(`${app.server.url}#/rollout`);
  await page.getByRole('tab', { name: 'Readiness' }).waitFor();
  return page;
}

const waitSaved = (page: Page) => page.getByText('All changes saved').first().waitFor();
/** The verdict word shown in the go / no-go card. */
const verdict = (page: Page, word: 'GO' | 'NO-GO') => page.getByRole('region', { name: 'Go / no-go' }).getByRole('status').getByText(word, { exact: true });

describe('Rollout in browser mode', () => {
  it('says NO-GO on the demo plan, naming the sign-offs still pending', async () => {
    const page = await openRollout();
    await verdict(page, 'NO-GO').waitFor();
    const signOffs = page.getByRole('list', { name: 'Sign-offs not given' });
    for (const name of ['Lena Fischer', 'Aisha Karim', 'Hannah Cho']) {
      expect(await signOffs.getByText(new RegExp(`${name}.*has not signed off yet`)).count(), name).toBe(1);
      expect(await signOffs.getByRole('button', { name: `Go to sign-off of ${name}` }).count(), name).toBe(1);
    }
    expect(await page.getByRole('list', { name: 'Errors in the plan' }).count()).toBe(0);
    // The charts load on demand and name what they show.
    await page.getByRole('img', { name: /Donut chart: 4 signed, 3 pending, 0 declined/ }).waitFor();
    await page.getByRole('img', { name: /Bar chart of the pilot test cases: 0 passed, 0 failed, 0 blocked, 9 not run yet/ }).waitFor();
    expect(await page.getByRole('list', { name: 'Test cases not passed' }).getByRole('listitem').count()).toBe(9);
    await page.getByRole('img', { name: /Timeline from .* 4 phases and 16 campaign sends/ }).waitFor();
    await page.close();
  });

  it('adds a wave together with its checklist, and one undo removes both', async () => {
    const page = await openRollout();
    await page.getByRole('tab', { name: 'Phases' }).click();
    await page.getByRole('button', { name: 'Add phase' }).click();
    await page.getByRole('menuitem', { name: 'Wave' }).click();
    const wave3 = page.getByRole('region', { name: 'Wave 3' });
    await wave3.waitFor();
    // The new phase's name has the focus, ready to be typed over.
    const name = wave3.getByRole('textbox', { name: 'Name' });
    await expect.poll(() => name.evaluate((el) => el.matches(':focus'))).toBe(true);
    await waitSaved(page);
    let plan = await savedPlan();
    const added = plan.rollout.phases.find((p) => p.name === 'Wave 3');
    expect(added?.id).toMatch(/^phase-/);
    // A wave comes before the switch to all users.
    expect(plan.rollout.phases.map((p) => p.name)).toEqual(['Pilot', 'Wave 1', 'Wave 2', 'Wave 3', 'All users']);
    expect(plan.rollout.checklist.filter((c) => c.phaseId === added?.id)).toHaveLength(6);

    await page.getByRole('tab', { name: 'Checklist' }).click();
    const checklist = page.getByRole('region', { name: 'Wave 3 checklist' });
    await checklist.waitFor();
    expect(await checklist.getByRole('checkbox').count()).toBe(6);
    expect(await checklist.getByRole('checkbox', { name: 'Groups created and populated, Wave 3' }).isChecked()).toBe(false);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => checklist.count()).toBe(0);
    await waitSaved(page);
    plan = await savedPlan();
    expect(plan.rollout.phases.map((p) => p.name)).toEqual(['Pilot', 'Wave 1', 'Wave 2', 'All users']);
    expect(plan.rollout.checklist).toHaveLength(26);
    await page.getByRole('tab', { name: 'Phases' }).click();
    await page.getByRole('region', { name: 'Pilot' }).waitFor();
    expect(await page.getByRole('region', { name: 'Wave 3' }).count()).toBe(0);
    await page.close();
  });

  it('keeps a ticked checklist step over a reload', async () => {
    let page = await openRollout();
    await page.getByRole('tab', { name: 'Checklist' }).click();
    const step = () => page.getByRole('checkbox', { name: 'Communications started, Pilot' });
    expect(await step().isChecked()).toBe(false);
    await step().check();
    await waitSaved(page);
    await page.close();

    page = await openRollout();
    await page.getByRole('tab', { name: 'Checklist' }).click();
    expect(await step().isChecked()).toBe(true);
    expect(await page.getByRole('region', { name: 'Pilot checklist' }).getByText('7 of 9 done').count()).toBe(1);
    await page.close();
  });

  it('refuses a phase end before its start at the field and saves nothing', async () => {
    const page = await openRollout();
    await page.getByRole('tab', { name: 'Phases' }).click();
    const pilot = page.getByRole('region', { name: 'Pilot' });
    const end = pilot.getByLabel('End', { exact: true });
    await end.fill('2027-01-05');
    await end.press('Enter');
    await pilot.getByText('This cannot come before the start (2027-01-11).').waitFor();
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    const plan = await savedPlan();
    expect(plan.rollout.phases[0]).toMatchObject({ name: 'Pilot', start: '2027-01-11', end: '2027-01-29' });
    await page.close();
  });

  it('lists an error finding as a blocker whose "Go to field" opens the Phases tab at the field', async () => {
    // A plan edited elsewhere (a script, an import) can still hold the mistake: the finding catches it.
    await api('plan.update', { changes: [{ path: 'rollout.phases.1.end', value: '2027-01-20' }] });
    const page = await openRollout();
    await verdict(page, 'NO-GO').waitFor();
    const errors = page.getByRole('list', { name: 'Errors in the plan' });
    await errors.getByText(/Wave 1 ends \(2027-01-20\) before it starts \(2027-02-01\)/).waitFor();
    await errors.getByRole('button', { name: 'Go to field' }).click();
    expect(await page.getByRole('tab', { name: 'Phases' }).getAttribute('aria-selected')).toBe('true');
    const end = page.getByRole('region', { name: 'Wave 1' }).getByLabel('End', { exact: true });
    await expect.poll(() => end.evaluate((el) => el.matches(':focus'))).toBe(true);

    await end.fill('2027-02-19');
    await end.press('Enter');
    await waitSaved(page);
    expect((await savedPlan()).rollout.phases[1].end).toBe('2027-02-19');
    await page.getByRole('tab', { name: 'Readiness' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Errors in the plan' }).count()).toBe(0);
    await page.close();
  });

  it('asks before removing a phase that campaign emails point at, and undo brings it back', async () => {
    const page = await openRollout();
    await page.getByRole('tab', { name: 'Phases' }).click();
    await page.getByRole('region', { name: 'Wave 2' }).getByRole('button', { name: 'Remove Wave 2' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove Wave 2?' });
    await dialog.waitFor();
    expect(await dialog.getByText(/4 campaign emails set for this phase would then belong to no phase/).count()).toBe(1);
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual(['Coming Soon (Wave 2)', 'Available Now (Wave 2)', 'Registration Reminder 1 (Wave 2)', 'Registration Reminder 2 (Wave 2)']);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // The page behind the dialog is hidden from assistive technology until the dialog has gone.
    await expect.poll(() => page.getByRole('region', { name: 'Wave 2' }).count()).toBe(1);

    await page.getByRole('region', { name: 'Wave 2' }).getByRole('button', { name: 'Remove Wave 2' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove phase' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Wave 2' }).count()).toBe(0);
    await waitSaved(page);
    let plan = await savedPlan();
    expect(plan.rollout.phases.map((p) => p.name)).toEqual(['Pilot', 'Wave 1', 'All users']);
    expect(plan.rollout.checklist.some((c) => c.phaseId === 'phase-wave-2')).toBe(false);
    // The emails now point nowhere, and the plan says so.
    await page.getByRole('tab', { name: 'Readiness' }).click();
    await verdict(page, 'NO-GO').waitFor();
    await page.getByRole('list', { name: 'Errors in the plan' }).getByText(/Coming Soon \(Wave 2\).*not in the rollout/).waitFor();

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await waitSaved(page);
    await expect.poll(async () => (await savedPlan()).rollout.phases.map((p) => p.name)).toEqual(['Pilot', 'Wave 1', 'Wave 2', 'All users']);
    plan = await savedPlan();
    expect(plan.rollout.checklist.filter((c) => c.phaseId === 'phase-wave-2')).toHaveLength(6);
    expect(await page.getByRole('list', { name: 'Errors in the plan' }).count()).toBe(0);
    await page.close();
  });

  it('goes to a pending sign-off in Stakeholders and turns GO once everyone signed off', async () => {
    // The testers have passed every pilot case (recorded as they would, through the API); sign-offs remain.
    for (const c of (await savedPlan()).testing.cases) {
      await api('testing.recordRun', { caseId: c.id, result: 'pass', tester: 'Pilot tester' });
    }
    const page = await openRollout();
    expect(await page.getByRole('list', { name: 'Test cases not passed' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Go to sign-off of Lena Fischer' }).click();
    await page.getByRole('heading', { name: 'Stakeholders', level: 2 }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/stakeholders');

    const plan = await savedPlan();
    const pending = plan.stakeholders.filter((s) => s.signOff !== 'signed');
    expect(pending.map((s) => s.name)).toEqual(['Lena Fischer', 'Aisha Karim', 'Hannah Cho']);
    const select = (name: string) => page.getByRole('combobox', { name: `Sign-off for ${name}` });
    // "Go to sign-off" landed on Lena's sign-off control.
    await expect.poll(() => select('Lena Fischer').evaluate((el) => el.matches(':focus'))).toBe(true);
    for (const s of pending) {
      await select(s.name).selectOption('signed');
      await waitSaved(page);
    }

    await page.getByRole('navigation').getByRole('link', { name: /^Rollout/ }).click();
    await verdict(page, 'GO').waitFor();
    expect(await verdict(page, 'NO-GO').count()).toBe(0);
    await page.getByText('Nothing blocks the rollout.').waitFor();
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
