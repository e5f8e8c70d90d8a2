import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../main/api';
import { LATEST_VERSION } from '../../main/store/migrations';
import { PLAN_SCHEMA_VERSION } from '../../shared/plan/schema';
import { refusal, useTempDir } from './helpers';

/**
 * Plan files and JSON exports made by every earlier version of the app (test/fixtures/plans/README.md
 * says how): each opens, is migrated to the current format, reads back its demo content and
 * validates; a file from a newer version is refused without a byte of it changing.
 */

const tempDir = useTempDir();
const FIXTURES = path.resolve('test/fixtures/plans');
const fixtures = (ext: string) => readdirSync(FIXTURES).filter((f) => f.endsWith(`${ext}.gz`));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function unpack(fixture: string): string {
  const file = path.join(tempDir(), fixture.replace(/\.gz$/, ''));
  writeFileSync(file, gunzipSync(readFileSync(path.join(FIXTURES, fixture))));
  return file;
}

interface DemoFacts {
  organization: string;
  stakeholders: number;
  phases: string[];
  users: number;
  memberships: number;
}

/** What the old file holds, read with plain SQL so that the app under test is not its own witness. */
function factsInFile(file: string): DemoFacts & { version: number } {
  const db = new Database(file, { readonly: true });
  try {
    const section = (name: string) => JSON.parse(db.prepare('SELECT data FROM sections WHERE name = ?').pluck().get(name) as string) as Record<string, unknown>;
    const version = db.pragma('user_version', { simple: true }) as number;
    // Format 1 kept each group's members in its JSON row; format 2 keeps one row per membership.
    const memberships =
      version === 1
        ? (db.prepare('SELECT data FROM tenant_groups').pluck().all() as string[]).reduce((n, g) => n + ((JSON.parse(g) as { members?: string[] }).members?.length ?? 0), 0)
        : (db.prepare('SELECT count(*) FROM tenant_members').pluck().get() as number);
    return {
      version,
      organization: section('overview').organization as string,
      stakeholders: (section('stakeholders') as unknown as unknown[]).length,
      phases: (section('rollout').phases as { name: string }[]).map((p) => p.name),
      users: db.prepare('SELECT count(*) FROM tenant_users').pluck().get() as number,
      memberships,
    };
  } finally {
    db.close();
  }
}

async function openThroughApi(file: string): Promise<DemoFacts & { findings: number }> {
  const api = createApi({ mode: 'cli', dataDir: path.dirname(file) });
  try {
    const state = await api.invoke('plan.open', { path: file });
    const { counts } = await api.invoke('tenant.summary', {});
    const findings = await api.invoke('plan.validate', {});
    return {
      organization: state.plan.overview.organization,
      stakeholders: state.plan.stakeholders.length,
      phases: state.plan.rollout.phases.map((p) => p.name),
      users: counts.users,
      memberships: counts.memberships,
      findings: findings.length,
    };
  } finally {
    api.close();
  }
}

describe('plan files from every earlier version', () => {
  const plans = fixtures('.ssprplan');

  it('has a file for each format up to the current one', () => {
    const formats = new Set(plans.map((f) => Number(/^v(\d+)-/.exec(f)?.[1])));
    expect([...formats].sort()).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });

  it.each(plans)('%s opens, migrates to the current format, keeps its demo content and validates; opening again changes nothing', async (fixture) => {
    const file = unpack(fixture);
    const before = factsInFile(file);
    expect(before.version).toBe(Number(/^v(\d+)-/.exec(fixture)?.[1]));
    expect(before.organization).toBe('Contoso');
    expect(before.stakeholders).toBeGreaterThan(0);
    expect(before.phases.length).toBeGreaterThan(0);

    const read = await openThroughApi(file);
    expect(read).toEqual({ ...before, version: undefined, findings: read.findings });
    expect(read.findings).toBeGreaterThan(0);
    const after = factsInFile(file);
    expect(after.version).toBe(LATEST_VERSION);

    const migrated = sha(file);
    expect(await openThroughApi(file)).toEqual(read);
    expect(sha(file)).toBe(migrated);
  });

  it('refuses a plan file from a newer version with PLAN_FROM_NEWER_VERSION and leaves its bytes as they were', async () => {
    const file = unpack(plans.filter((f) => f.startsWith(`v${LATEST_VERSION}-`)).sort().at(-1) ?? '');
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = sha(file);
    const api = createApi({ mode: 'cli', dataDir: path.dirname(file) });
    const e = await refusal(api.invoke('plan.open', { path: file }));
    api.close();
    expect(e.code).toBe('PLAN_FROM_NEWER_VERSION');
    expect(e.message).toContain(file);
    expect(e.message).toMatch(/newer version .* Update the app/);
    expect(sha(file)).toBe(before);
  });
});

describe('JSON exports from every earlier version', () => {
  const exports = fixtures('.json');

  it('has an export for each format up to the current one', () => {
    const formats = new Set(exports.map((f) => Number(/^v(\d+)-/.exec(f)?.[1])));
    expect([...formats].sort()).toEqual(Array.from({ length: PLAN_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it.each(exports)('%s imports into a new plan with its demo content', async (fixture) => {
    const json = unpack(fixture);
    const raw = JSON.parse(readFileSync(json, 'utf8')) as {
      schemaVersion: number;
      plan: { overview: { organization: string }; stakeholders: unknown[]; rollout: { phases: { name: string }[] } };
      tenant: { users: unknown[]; groups: { members: unknown[] }[] };
    };
    expect(raw.schemaVersion).toBe(Number(/^v(\d+)-/.exec(fixture)?.[1]));
    const target = path.join(path.dirname(json), 'imported.ssprplan');
    const api = createApi({ mode: 'cli', dataDir: path.dirname(json) });
    await api.invoke('plan.importJsonFile', { file: json, path: target });
    api.close();
    expect(await openThroughApi(target)).toMatchObject({
      organization: raw.plan.overview.organization,
      stakeholders: raw.plan.stakeholders.length,
      phases: raw.plan.rollout.phases.map((p) => p.name),
      users: raw.tenant.users.length,
      memberships: raw.tenant.groups.reduce((n, g) => n + g.members.length, 0),
    });
  });

  it('refuses a JSON export from a newer version with PLAN_FROM_NEWER_VERSION and writes nothing', async () => {
    const json = unpack(exports.filter((f) => f.startsWith(`v${PLAN_SCHEMA_VERSION}-`)).sort().at(-1) ?? '');
    const raw = JSON.parse(readFileSync(json, 'utf8')) as { schemaVersion: number };
    writeFileSync(json, JSON.stringify({ ...raw, schemaVersion: PLAN_SCHEMA_VERSION + 1 }));
    const before = sha(json);
    const dir = path.dirname(json);
    const api = createApi({ mode: 'cli', dataDir: dir });
    const fresh = path.join(dir, 'fresh.ssprplan');
    const e = await refusal(api.invoke('plan.importJsonFile', { file: json, path: fresh }));
    expect(e.code).toBe('PLAN_FROM_NEWER_VERSION');
    expect(e.message).toContain(json);
    expect(existsSync(fresh)).toBe(false);
    // Into an existing plan: the plan keeps its bytes.
    const existing = path.join(dir, 'existing.ssprplan');
    await api.invoke('plan.create', { path: existing, demo: true });
    api.close();
    const planBefore = sha(existing);
    const again = createApi({ mode: 'cli', dataDir: dir });
    expect((await refusal(again.invoke('plan.importJsonFile', { file: json, path: existing }))).code).toBe('PLAN_FROM_NEWER_VERSION');
    again.close();
    expect(sha(existing)).toBe(planBefore);
    expect(sha(json)).toBe(before);
  });
});
