import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantOverview, WaveRegistrationView } from '../../shared/api';
import type { LicenseReport } from '../../shared/tenant/coverage';
import type { TenantImportSummary } from '../../shared/tenant/importSummary';
import { callApi, collectErrors } from './helpers';
import { serve, type Served } from './serve';
import { launchChromium } from './shots';

const DEMO = path.resolve('demo/contoso');
const GROUP_FILES = readdirSync(path.join(DEMO, 'groups'))
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((f) => path.join(DEMO, 'groups', f));
const OPTIONAL = { licenses: 'licenses.csv', roles: 'roles.csv', registration: 'registration.csv' } as const;

let dataDir: string;
let planPath: string;
let server: Served;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

/** The real CLI, as a script would run it. */
function planner(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/sspr-planner.cjs', ...args], {
    env: { ...process.env, SSPR_PLANNER_DATA: dataDir },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function newDemoPlan(name: string): string {
  const file = path.join(dataDir, name);
  const created = planner('new', file, '--demo');
  expect(created.code, created.err).toBe(0);
  return file;
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'sspr-e2e-tenant-'));
  planPath = newDemoPlan('contoso.ssprplan');
  server = await serve([planPath], { SSPR_PLANNER_DATA: dataDir });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  collectErrors(page, consoleErrors);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const summary = () => callApi<TenantOverview>(server, 'tenant.summary');
const snapshot = () => page.getByRole('region', { name: 'Tenant data in the plan' });
const importButton = () => page.getByRole('button', { name: 'Import', exact: true });

/** A description list on screen as { term: description }. */
function terms(list: Locator): Promise<Record<string, string>> {
  return list.evaluate((dl) =>
    Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [dt.textContent?.trim() ?? '', dt.nextElementSibling?.textContent?.trim() ?? ''])),
  );
}

const shownCounts = () => terms(snapshot().locator('dl[aria-label="Counts of the tenant snapshot"]'));

async function openLicensingTab(name: 'Licenses and seats' | 'Tenant data' | 'Coverage by user') {
  if (!page.url().includes('#/licensing')) {
    await page.goto(`${server.url}#/licensing`);
    await page.getByRole('heading', { level: 2, name: 'Licensing' }).waitFor();
  }
  await page.getByRole('tab', { name }).click();
}

/** Chooses the demo export files in the Tenant data view, as a user would with the file pickers. */
async function chooseDemoFiles(which: { groups: boolean; optional: boolean }) {
  await page.getByLabel('Choose the users file').setInputFiles(path.join(DEMO, 'users.csv'));
  if (which.groups) await page.getByLabel('Choose group member files').setInputFiles(GROUP_FILES);
  if (which.optional) {
    await page.getByLabel('Choose the licenses file').setInputFiles(path.join(DEMO, OPTIONAL.licenses));
    await page.getByLabel('Choose the roles file').setInputFiles(path.join(DEMO, OPTIONAL.roles));
    await page.getByLabel('Choose the registration details file').setInputFiles(path.join(DEMO, OPTIONAL.registration));
  }
}

async function importAndWait() {
  await importButton().click();
  await page.getByText('Import finished').waitFor();
}

async function download(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  const saved = path.join(dataDir, `download-${Date.now()}.csv`);
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), text: readFileSync(saved, 'utf8') };
}

const csvRows = (text: string) => text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);

describe('Tenant import, license coverage and registration in the browser', () => {
  it('shows the demo snapshot as counts only, then imports the demo export files through the file pickers', async () => {
    await openLicensingTab('Tenant data');
    await snapshot().getByText('came with the plan itself').waitFor();
    expect((await shownCounts()).Users).toBe('61');

    await chooseDemoFiles({ groups: true, optional: true });
    // The group's name comes from the file name and can be corrected before the import.
    const pilot = page.getByRole('textbox', { name: 'Group listed in SSPR-Pilot.csv' });
    expect(await pilot.inputValue()).toBe('SSPR-Pilot');
    expect(await page.getByRole('list', { name: 'Group member files' }).getByRole('listitem').count()).toBe(GROUP_FILES.length);

    // Two files named for one group cannot be imported: the field says so and Import waits.
    await pilot.fill('Sales');
    await page.getByText('Sales is named for more than one file; each group needs exactly one.').first().waitFor();
    expect(await importButton().isDisabled()).toBe(true);
    await pilot.fill('SSPR-Pilot');
    expect(await importButton().isDisabled()).toBe(false);

    await importAndWait();
    await page.getByText('The plan now holds 61 users and 12 groups from 16 files.').waitFor();
    expect(await shownCounts()).toMatchObject({ Users: '61', Groups: '12', Memberships: '75' });
    await snapshot().getByText('1 disabled account and 1 guest were left out').waitFor();
    await snapshot().getByText(/^Last imported /).waitFor();
    // The demo plan already held this tenant, so nobody came or went.
    const changes = await terms(snapshot().locator('dl').last());
    expect(changes['Users added']).toBe('0');
    expect(changes['Users removed']).toBe('0');
    const files = snapshot().getByRole('table', { name: 'Files read' });
    expect(await files.getByRole('row').count()).toBe(1 + 1 + GROUP_FILES.length + 3);
    await files.getByRole('row', { name: /Members of SSPR-Pilot SSPR-Pilot\.csv 5/ }).waitFor();

    // The files are gone from the pickers once imported, and main holds exactly what the screen says.
    expect(await page.getByText('No file chosen').count()).toBe(4);
    const { counts, lastImport } = await summary();
    expect(counts).toMatchObject({ users: 61, groups: 12, memberships: 75 });
    expect(lastImport?.leftOut).toEqual({ disabled: 1, guests: 1 });
    expect(lastImport?.changes?.added.count).toBe(0);
    expect(lastImport?.changes?.removed.count).toBe(0);
  });

  it('the command line imports the same files into another plan with the same counts', async () => {
    const plan2 = newDemoPlan('contoso-cli.ssprplan');
    const groupArgs = GROUP_FILES.flatMap((f) => ['--group-members', `${path.basename(f, '.csv')}=${f}`]);
    const r = planner(
      'import-tenant',
      plan2,
      '--users',
      path.join(DEMO, 'users.csv'),
      ...groupArgs,
      '--licenses',
      path.join(DEMO, OPTIONAL.licenses),
      '--roles',
      path.join(DEMO, OPTIONAL.roles),
      '--registration',
      path.join(DEMO, OPTIONAL.registration),
      '--json',
    );
    expect(r.code, r.err).toBe(0);
    const cli = JSON.parse(r.out) as TenantImportSummary;
    const ui = (await summary()).lastImport;
    expect(cli.counts).toEqual({ users: 61, groups: 12, memberships: 75, admins: ui?.counts.admins, licensed: ui?.counts.licensed, withMethods: ui?.counts.withMethods });
    expect(cli.leftOut).toEqual({ disabled: 1, guests: 1 });
    expect(cli.changes?.added.count).toBe(0);
    expect(cli.changes?.removed.count).toBe(0);
    expect(cli.files.map((f) => [f.name, f.rows])).toEqual(ui?.files.map((f) => [f.name, f.rows]));
  });

  it('refuses a users file without a user principal name column, says nothing changed, and keeps the snapshot', async () => {
    const before = await summary();
    const bad = path.join(dataDir, 'bad-users.csv');
    writeFileSync(bad, 'displayName,mail,accountEnabled\nAnn Lee,ann.lee@contoso.com,True\n');
    await page.getByLabel('Choose the users file').setInputFiles(bad);
    await importButton().click();

    const alert = page.getByRole('alert').filter({ hasText: 'Import refused' });
    await alert.waitFor();
    await alert.getByText('nothing was changed').waitFor();
    await alert.getByText(/bad-users\.csv: no column holds the user principal name/).waitFor();
    await alert.getByText(/"userPrincipalName"/).waitFor();

    expect(await shownCounts()).toMatchObject({ Users: '61', Groups: '12', Memberships: '75' });
    const after = await summary();
    expect(after.counts).toEqual(before.counts);
    expect(after.lastImport?.importedAt).toBe(before.lastImport?.importedAt);

    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('button', { name: 'Remove the users file' }).click();
    expect(await importButton().isDisabled()).toBe(true);
  });

  it('the coverage report shows the 5 users not covered and downloads them as CSV', async () => {
    await openLicensingTab('Coverage by user');
    const figures = page.getByRole('region', { name: 'Coverage in numbers' });
    await figures.waitFor();
    expect(await terms(figures.locator('dl'))).toEqual({ 'Enabled by the policy today': '14', 'Users the plan enables': '61', Covered: '56', 'Not covered': '5' });

    const table = page.getByRole('table', { name: 'Users not covered' });
    expect(await table.getByRole('row').count()).toBe(1 + 5);
    await table.getByRole('row', { name: /Erin Walsh erin\.walsh@contoso\.com All users Holds no license none/ }).waitFor();
    await page.getByRole('heading', { name: 'Coverage by wave' }).waitFor();
    await page.getByRole('table', { name: 'Licenses held per SKU' }).getByRole('row', { name: /Microsoft 365 E3 SPE_E3 4,600 54 54/ }).waitFor();

    const csv = await download(() => page.getByRole('button', { name: 'Export all 5 as CSV' }).click());
    expect(csv.name).toBe('contoso-unlicensed-users.csv');
    const rows = csvRows(csv.text);
    expect(rows[0]).toBe('userPrincipalName,displayName,wave,synced,reason,licensesHeld');
    expect(rows.slice(1).map((r) => r.split(',')[0]).sort()).toEqual(
      ['da.hugo.brennan@contoso.com', 'erin.walsh@contoso.com', 'felix.hart@contoso.com', 'gina.russo@contoso.com', 'hamid.karimi@contoso.com'].sort(),
    );
  });

  it('the coverage report follows plan changes: SKUs that stop counting, then undo', async () => {
    await openLicensingTab('Licenses and seats');
    await page.getByRole('checkbox', { name: 'SPE_E3: cloud users can reset' }).uncheck();
    await page.getByRole('checkbox', { name: 'SPE_E3: hybrid users can reset with writeback' }).uncheck();
    const report = await callApi<LicenseReport>(server, 'tenant.licenses', {});
    const uncovered = report.inScope - report.covered;
    expect(uncovered).toBeGreaterThan(5);

    await page.getByRole('tab', { name: 'Coverage by user' }).click();
    const notCovered = async () => (await terms(page.getByRole('region', { name: 'Coverage in numbers' }).locator('dl')))['Not covered'];
    await expect.poll(notCovered).toBe(String(uncovered));
    // Undo happens while the report is on screen; it refetches by itself.
    await page.getByRole('button', { name: /^Undo/ }).click();
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(notCovered).toBe('5');
  });

  it('Rollout shows registration per wave and downloads the Reminder audience', async () => {
    await page.goto(`${server.url}#/rollout`);
    const card = page.getByRole('region', { name: 'Registration per wave' });
    const list = card.getByRole('list', { name: 'Registration per wave' });
    await list.waitFor();
    const waves = await callApi<WaveRegistrationView[]>(server, 'tenant.registration');
    expect(waves.length).toBeGreaterThan(1);
    for (const w of waves) {
      await list.getByRole('listitem').filter({ hasText: w.wave }).getByText(`${w.registered} of ${w.users} registered`).waitFor();
    }
    const bar = list.getByRole('progressbar', { name: `Registered in ${waves[0].wave}` });
    expect(await bar.getAttribute('aria-valuenow')).toBe(String(waves[0].registered));

    const total = waves.reduce((n, w) => n + w.notRegistered, 0);
    const csv = await download(() => card.getByRole('button', { name: `Export the ${total} not registered as CSV` }).click());
    expect(csv.name).toBe('contoso-not-registered-users.csv');
    expect(csvRows(csv.text)).toHaveLength(1 + total);
  });

  it('"Go to field" on a licensing finding opens the Licenses view even when another view was left open', async () => {
    await openLicensingTab('Coverage by user');
    // A hash change, not a reload: the app keeps which Licensing view was open.
    await page.evaluate("location.hash = '#/rollout'");
    const watch = page.getByRole('list', { name: 'Warnings to watch' });
    await watch.waitFor();
    const more = page.getByRole('button', { name: /^Show all \d+ warnings$/ });
    if (await more.count()) await more.click();
    await watch.getByRole('listitem').filter({ hasText: 'SSPR-LICENSE-003' }).getByRole('button', { name: 'Go to field' }).click();

    expect(await page.getByRole('tab', { name: 'Licenses and seats' }).getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => page.evaluate('document.activeElement?.closest(\'[data-field~="licensing.skus"]\') !== null'))
      .toBe(true);
  });

  it('a users-only import changes findings and coverage at once; the full import then names who is newly covered', async () => {
    await openLicensingTab('Tenant data');
    await chooseDemoFiles({ groups: false, optional: false });
    await importAndWait();
    expect(await shownCounts()).toMatchObject({ Users: '61', Groups: '0', Memberships: '0' });

    await page.getByRole('tab', { name: 'Licenses and seats' }).click();
    const tenantCard = page.getByRole('region', { name: 'Tenant data' });
    await tenantCard.getByText(/61 users the plan enables have no license/).waitFor();
    await page.getByRole('tab', { name: 'Coverage by user' }).click();
    await expect.poll(async () => (await terms(page.getByRole('region', { name: 'Coverage in numbers' }).locator('dl')))['Not covered']).toBe('61');

    await page.getByRole('tab', { name: 'Tenant data' }).click();
    await chooseDemoFiles({ groups: true, optional: true });
    await importAndWait();
    const changes = await terms(snapshot().locator('dl').last());
    expect(changes['Newly covered by a license']).toMatch(/^56: .+, and 51 more$/);
    await page.getByRole('tab', { name: 'Licenses and seats' }).click();
    await tenantCard.getByText(/5 users the plan enables have no license/).waitFor();
  });

  it('a large users file shows real progress while it is sent and read', { timeout: 120_000 }, async () => {
    const header = readFileSync(path.join(DEMO, 'users.csv'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    const n = 80_000;
    const lines = [header];
    for (let i = 0; i < n; i++) {
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      lines.push(`user${i}@contoso.com,User Number ${i},Number ${i},user${i}@contoso.com,User,${id},Member,Clerk,Operations,True,US,+1 555 0100,user${i}@fabrikam.com,False,1/1/2021 1:00:00 AM`);
    }
    const big = path.join(dataDir, 'users-big.csv');
    writeFileSync(big, `${lines.join('\r\n')}\r\n`);

    await openLicensingTab('Tenant data');
    await page.getByLabel('Choose the users file').setInputFiles(big);
    // Every text the progress bar shows, sampled in the page, so a fast step is not missed.
    await page.evaluate(`(() => {
      const seen = (window.progressSeen = []);
      setInterval(() => {
        const bar = document.querySelector('[role="progressbar"][aria-valuetext]');
        const text = bar ? bar.getAttribute('aria-valuetext') + '|' + bar.getAttribute('aria-valuenow') : null;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }, 10);
    })()`);
    await importButton().click();
    await page.getByText('Import finished').waitFor({ timeout: 100_000 });
    const seen = (await page.evaluate('window.progressSeen')) as string[];
    expect(seen.some((t) => t.startsWith('Sending users-big.csv to the planner:'))).toBe(true);
    // Main reported how far it had read: more than nothing of the whole file.
    expect(seen.some((t) => /^Reading users-big\.csv: (?!0\.0 \/)[\d.,]+ \/ [\d.,]+ MB\|\d+$/.test(t))).toBe(true);
    expect(await shownCounts()).toMatchObject({ Users: n.toLocaleString('en-US'), Groups: '0' });

    // Nobody in it holds a license: the window gets the first 200 and says so; the CSV has them all.
    await page.getByRole('tab', { name: 'Coverage by user' }).click();
    await page.getByText(`Showing 200 of ${n.toLocaleString('en-US')}. The CSV export holds them all.`).waitFor();
    expect(await page.getByRole('table', { name: 'Users not covered' }).getByRole('row').count()).toBe(1 + 200);
    const csv = await download(() => page.getByRole('button', { name: `Export all ${n.toLocaleString('en-US')} as CSV` }).click());
    expect(csvRows(csv.text)).toHaveLength(1 + n);
  });

  it('logged no errors in the page apart from the refused import', () => {
    // The refused import is answered with HTTP 400, which Chromium logs as a failed resource.
    const refused = /the server responded with a status of 400/;
    expect(consoleErrors.filter((e) => !refused.test(e))).toEqual([]);
    expect(consoleErrors.filter((e) => refused.test(e))).toHaveLength(1);
  });
});
