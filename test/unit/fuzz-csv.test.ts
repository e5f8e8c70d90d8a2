import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../main/api';
import { readTenantFiles, type TenantFiles } from '../../main/tenant/import';
import { ApiError } from '../../shared/errors';
import { QUALIFYING_SKUS } from '../../shared/plan/defaults';
import { createDemoPlan } from '../../shared/plan/demo';
import { stakeholderSchema, testCaseSchema, testRunSchema, type TestRun } from '../../shared/plan/schema';
import { stakeholdersFromCsv, stakeholdersToCsv } from '../../shared/plan/stakeholdersCsv';
import { tenantSchema } from '../../shared/plan/tenant';
import { casesFromCsv, casesToCsv, runsFromCsv, runsToCsv } from '../../shared/plan/testingCsv';
import { encoder, fuzzTally, mutatedCsv, nastyText } from './fuzz-helpers';
import { useTempDir } from './helpers';
import { csv, put, readExports, refusalOf } from './tenant-helpers';

/**
 * Bad input, CSV: the tenant export files, the stakeholder list and the test matrix files, each a
 * real file damaged by random edits and encodings, or arbitrary text. Every file is either read into
 * sane data or refused with a message that names the file and where it went wrong.
 */

const tally = fuzzTally('csv');
const tempDir = useTempDir();

const DEMO = path.join(__dirname, '../../demo/contoso');
const demoText = (name: string) => {
  const bytes = readFileSync(path.join(DEMO, name));
  return bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8').replace(/^\uFEFF/, '');
};

/** The demo export, a few of its member files included: each run damages one file of it. */
const KINDS = ['users', 'groups/SSPR-Pilot.csv', 'groups/LIC-M365-E3.csv', 'licenses', 'roles', 'registration'] as const;
type Kind = (typeof KINDS)[number];
const fileName = (kind: Kind) => (kind.startsWith('groups/') ? kind : `${kind}.csv`);
const ORIGINAL = new Map(KINDS.map((k) => [k, readFileSync(path.join(DEMO, fileName(k)))]));
const TEXT = new Map(KINDS.map((k) => [k, demoText(fileName(k))]));

/** The untouched files, written once; each run writes only the file it damages. */
let originals: string | null = null;
afterAll(() => {
  if (originals !== null) rmSync(originals, { recursive: true, force: true });
});

function writeExport(dir: string, damaged: Kind, bytes: Buffer): TenantFiles {
  if (originals === null) {
    originals = mkdtempSync(path.join(os.tmpdir(), 'sspr-fuzz-'));
    mkdirSync(path.join(originals, 'groups'));
    for (const kind of KINDS) writeFileSync(path.join(originals, fileName(kind)), ORIGINAL.get(kind)!);
  }
  const base = originals;
  const put = (kind: Kind) => {
    let file = path.join(base, fileName(kind));
    if (kind === damaged) {
      file = path.join(dir, path.basename(file));
      writeFileSync(file, bytes);
    }
    return { path: file, label: path.basename(file) };
  };
  return {
    users: put('users'),
    groupMembers: [
      { group: 'SSPR-Pilot', file: put('groups/SSPR-Pilot.csv') },
      { group: 'LIC-M365-E3', file: put('groups/LIC-M365-E3.csv') },
    ],
    licenses: put('licenses'),
    roles: put('roles'),
    registration: put('registration'),
  };
}

/** Repeats the last line until the file passes 1 MiB, so the import streams it in pieces instead of reading it whole. */
const overOneMiB = (text: string) => {
  const lines = text.trimEnd().split(/\r?\n/);
  const last = lines[lines.length - 1];
  return `${text.trimEnd()}\r\n${`${last}\r\n`.repeat(Math.ceil((1 << 20) / (last.length + 2)) + 10)}`;
};

/** A damaged file of the export: a real one edited, or arbitrary text; then encoded. */
const damagedExport = fc.constantFrom(...KINDS).chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    text: fc.oneof(
      { weight: 10, arbitrary: mutatedCsv(TEXT.get(kind)!) },
      { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
      { weight: 2, arbitrary: nastyText },
      { weight: 1, arbitrary: mutatedCsv(TEXT.get(kind)!).map(overOneMiB) },
    ),
    encode: encoder,
  }),
);

/** Where a refusal points: a line (and column), the columns it looked for, or what is wrong with the whole file. */
const NAMES_WHERE = /Line \d+|looked for|is empty|lists no users|not UTF-8 or UTF-16/;
const UPN = /^[^\s@]+@[^\s@]+$/;

function expectSaneTenant(read: Awaited<ReturnType<typeof readTenantFiles>>): void {
  for (const value of Object.values(read.counts)) if (typeof value === 'number') expect(value).toBeGreaterThanOrEqual(0);
  expect(read.leftOut.disabled).toBeGreaterThanOrEqual(0);
  expect(read.leftOut.guests).toBeGreaterThanOrEqual(0);
  const upns = read.tenant.users.map((u) => u.upn.toLowerCase());
  for (const upn of upns) expect(upn).toMatch(UPN);
  expect(new Set(upns).size).toBe(upns.length);
  // The plan file checks every stored user against this schema when it opens; what it refuses must not be stored.
  const checked = tenantSchema.safeParse(read.tenant);
  expect(checked.success, checked.error?.message).toBe(true);
}

describe('fuzz: CSV importers', () => {
  it('tenant export files: damaged files are read into a sane tenant or refused naming the file and where', async () => {
    await tally.check(
      fc.asyncProperty(damagedExport, async ({ kind, text, encode }) => {
        const files = writeExport(tempDir(), kind, encode(text));
        let read;
        try {
          read = await readTenantFiles(files, QUALIFYING_SKUS, () => undefined);
        } catch (e) {
          expect(e).toBeInstanceOf(ApiError);
          const { code, message } = e as ApiError;
          expect(code, message).toBe('TENANT_FILE_INVALID');
          expect(message).toContain(path.basename(fileName(kind)));
          expect(message).toMatch(NAMES_WHERE);
          return;
        }
        expectSaneTenant(read);
      }),
      400,
    );
  });

  it('tenant import through the API: a refused export leaves the plan and its tenant as they were', async () => {
    const dir = tempDir();
    const api = createApi({ mode: 'cli', dataDir: dir });
    await api.invoke('plan.create', { path: path.join(dir, 'fuzz.ssprplan'), demo: true });
    try {
      await tally.check(
        fc.asyncProperty(damagedExport, async ({ kind, text, encode }) => {
          const files = writeExport(tempDir(), kind, encode(text));
          const before = { plan: await api.invoke('plan.get', {}), tenant: await api.invoke('tenant.summary', {}) };
          const input = {
            users: files.users.path,
            groupMembers: files.groupMembers.map((g) => ({ group: g.group, file: g.file.path })),
            licenses: files.licenses?.path,
            roles: files.roles?.path,
            registration: files.registration?.path,
          };
          const result = await api.call('tenant.importFiles', input, 'trusted');
          if (result.ok) {
            const { counts } = await api.invoke('tenant.summary', {});
            for (const value of Object.values(counts)) if (typeof value === 'number') expect(value).toBeGreaterThanOrEqual(0);
            expect(counts).toEqual(result.value && (result.value as { summary: { counts: unknown } }).summary.counts);
            return;
          }
          expect(result.error.code, result.error.message).toBe('TENANT_FILE_INVALID');
          expect(await api.invoke('plan.get', {})).toEqual(before.plan);
          expect(await api.invoke('tenant.summary', {})).toEqual(before.tenant);
        }),
        100,
      );
      // Whatever was imported last, the plan file still opens.
      const reopened = createApi({ mode: 'cli', dataDir: dir });
      expect((await reopened.call('plan.open', { path: path.join(dir, 'fuzz.ssprplan') }, 'trusted')).ok).toBe(true);
      reopened.close();
    } finally {
      api.close();
    }
  });

  const plan = createDemoPlan('Contoso');
  const runs: TestRun[] = plan.testing.cases.slice(0, 4).map((c, i) => ({
    id: `run-${i}`,
    caseId: c.id,
    result: (['pass', 'fail', 'blocked', 'notRun'] as const)[i],
    tester: 'Ann Tester',
    at: `2027-01-1${i}T09:30:00Z`,
    notes: 'Reset from the kiosk, "quoted", with, commas',
    evidence: [],
    supportScenarioId: '',
    leadNote: '',
  }));
  const sources = {
    stakeholders: stakeholdersToCsv(plan.stakeholders),
    cases: casesToCsv(plan.testing.cases),
    runs: runsToCsv(runs),
  };
  const textOf = (seed: string) =>
    fc.oneof(
      { weight: 5, arbitrary: mutatedCsv(seed) },
      { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    );
  const REFUSAL = /^Line \d+(, column \d+ \(.+\))?: /s;

  it('stakeholders CSV: read into valid stakeholders or refused with the line and column', async () => {
    await tally.check(
      fc.property(textOf(sources.stakeholders), (text) => {
        const result = stakeholdersFromCsv(text);
        if (!result.ok) return void expect(result.error).toMatch(REFUSAL);
        for (const s of result.stakeholders) expect(stakeholderSchema.safeParse(s).success).toBe(true);
      }),
      600,
    );
  });

  it('test cases CSV: read into valid, distinct cases or refused with the line and column', async () => {
    await tally.check(
      fc.property(textOf(sources.cases), (text) => {
        const result = casesFromCsv(text);
        if (!result.ok) return void expect(result.error).toMatch(REFUSAL);
        for (const c of result.value) expect(testCaseSchema.safeParse(c).success).toBe(true);
        expect(new Set(result.value.map((c) => c.id)).size).toBe(result.value.length);
      }),
      600,
    );
  });

  it('test runs CSV: read into valid runs of known cases or refused with the line and column', async () => {
    const context = { cases: plan.testing.cases, runs };
    await tally.check(
      fc.property(textOf(sources.runs), (text) => {
        const result = runsFromCsv(text, context);
        if (!result.ok) return void expect(result.error).toMatch(REFUSAL);
        for (const r of result.value) {
          expect(testRunSchema.safeParse(r).success).toBe(true);
          expect(plan.testing.cases.map((c) => c.id)).toContain(r.caseId);
        }
      }),
      600,
    );
  });
});

describe('counterexamples the fuzzing found', () => {
  // Each was imported, stored, and then stopped the plan from opening (PLAN_DAMAGED): the plan file keeps less.
  const USERS = csv([['userPrincipalName', 'displayName'], ['ann@contoso.com', 'Ann']]);

  it('a role longer than a plan keeps is refused at its cell, and the plan still opens', async () => {
    const dir = tempDir();
    const api = createApi({ mode: 'cli', dataDir: dir });
    const planPath = path.join(dir, 'roles.ssprplan');
    await api.invoke('plan.create', { path: planPath, demo: true });
    const users = put(dir, 'users.csv', USERS);
    const roles = put(dir, 'roles.csv', csv([['userPrincipalName', 'role'], ['ann@contoso.com', 'R'.repeat(250)]]));
    const result = await api.call('tenant.importFiles', { users: users.path, roles: roles.path }, 'trusted');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('TENANT_FILE_INVALID');
      expect(result.error.message).toMatch(/^roles\.csv: Line 2, column 2 \(role\): the role "R+…" is 250 characters long; a plan keeps at most 200\./);
    }
    api.close();
    const again = createApi({ mode: 'cli', dataDir: dir });
    expect((await again.call('plan.open', { path: planPath }, 'trusted')).ok).toBe(true);
    again.close();
  });

  it('too many or too long licenses, a too long group name, and a long contact are refused with file, line and column', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `SKU_${i}`).join(';');
    const cases: [Parameters<typeof refusalOf>[1], RegExp][] = [
      [{ users: csv([['userPrincipalName', 'assignedLicenses'], ['ann@contoso.com', many]]) }, /^users\.csv: Line 2, column 2 \(assignedLicenses\): the user would hold 101 licenses/],
      [{ users: USERS, licenses: csv([['userPrincipalName', 'skuPartNumber'], ['ann@contoso.com', 'S'.repeat(101)]]) }, /^licenses\.csv: Line 2, column 2 \(skuPartNumber\): the license "S+…" is 101 characters long/],
      [{ users: USERS, licenses: csv([['groupName', 'skuPartNumber'], ['G'.repeat(301), 'SPE_E3']]) }, /^licenses\.csv: Line 2, column 1 \(groupName\): the group name is 301 characters long/],
      [{ users: USERS, groups: { Pilot: csv([['Display name', 'Member type', 'Object ID'], ['N'.repeat(301), 'Group', '']]) } }, /^Pilot\.csv: Line 2, column 1 \(Display name\): the group name is 301 characters long/],
      [{ users: csv([['userPrincipalName', 'authenticationEmail'], ['ann@contoso.com', `${'e'.repeat(320)}@x.com`]]) }, /^users\.csv: Line 2, column 2 \(authenticationEmail\): the authentication email is 326 characters long/],
      [{ users: csv([['userPrincipalName', 'roles'], ['ann@contoso.com', Array.from({ length: 101 }, (_, i) => `Role ${i}`).join(';')]]) }, /^users\.csv: Line 2, column 2 \(roles\): the user would hold 101 roles/],
    ];
    for (const [spec, message] of cases) {
      const err = await refusalOf(tempDir(), spec);
      expect(err.code).toBe('TENANT_FILE_INVALID');
      expect(err.message).toMatch(message);
    }
  });

  it('a registration date before the year 1000 is kept as an ISO date the plan file accepts', async () => {
    const read = await readExports(tempDir(), {
      users: USERS,
      registration: csv([['userPrincipalName', 'methodsRegistered', 'lastUpdatedDateTime'], ['ann@contoso.com', 'mobilePhone', '0100-03-04T10:00:00Z']]),
    });
    expect(read.tenant.users[0].registeredOn).toBe('0100-03-04');
    expect(tenantSchema.safeParse(read.tenant).success).toBe(true);
  });
});
