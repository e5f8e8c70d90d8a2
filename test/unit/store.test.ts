import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { createDemoPlan } from '../../shared/plan/demo';
import { createDemoTenant } from '../../shared/plan/demoTenant';
import { DEFAULT_FORECAST_SETTINGS, PLAN_SCHEMA_VERSION } from '../../shared/plan/schema';
import { EMPTY_TENANT } from '../../shared/plan/tenant';
import { LATEST_VERSION, MIGRATIONS } from '../../main/store/migrations';
import { PlanStore } from '../../main/store/plan-store';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

function fingerprint(file: string): string {
  return `${createHash('sha256').update(readFileSync(file)).digest('hex')}:${statSync(file).mtimeMs}`;
}

function refusal(file: string): ApiError {
  try {
    PlanStore.open(file).close();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error(`${file} was opened`);
}

function newPlanFile(): string {
  const file = path.join(tempDir(), 'x.ssprplan');
  PlanStore.create(file, createDemoPlan(), createDemoTenant()).close();
  return file;
}

describe('plan store', () => {
  it('creates an SQLite plan in WAL mode with its version and marker', () => {
    const file = newPlanFile();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(0x53535052);
    expect(db.prepare('SELECT count(*) AS n FROM tenant_users').get()).toEqual({ n: createDemoTenant().users.length });
    db.close();
  });

  it('reads back exactly what it saved, after reopening', () => {
    const file = newPlanFile();
    const store = PlanStore.open(file);
    const { plan } = store.read();
    const next = { ...plan, policy: { ...plan.policy, methodsToReset: 2 } };
    store.saveSections(plan, next);
    store.close();
    const reopened = PlanStore.open(file);
    expect(reopened.read()).toEqual({ plan: next, tenant: createDemoTenant() });
    reopened.close();
  });

  it('opens a plan saved before the forecast section existed with the default assumptions, and saves edits to it', () => {
    const file = newPlanFile();
    const db = new Database(file);
    db.prepare("DELETE FROM sections WHERE name = 'forecast'").run();
    db.close();
    const store = PlanStore.open(file);
    const { plan } = store.read();
    expect(plan.forecast).toEqual(DEFAULT_FORECAST_SETTINGS);
    store.saveSections(plan, { ...plan, forecast: { ...plan.forecast, signInRate: 0.4 } });
    store.close();
    const again = PlanStore.open(file);
    expect(again.read().plan.forecast.signInRate).toBe(0.4);
    again.close();
  });

  it('refuses to overwrite an existing file', () => {
    const file = newPlanFile();
    const before = fingerprint(file);
    expect(() => PlanStore.create(file, createDemoPlan(), EMPTY_TENANT)).toThrow(/already exists/);
    expect(fingerprint(file)).toBe(before);
  });

  it('refuses a text file renamed to .ssprplan without writing it', () => {
    const file = path.join(tempDir(), 'notes.ssprplan');
    writeFileSync(file, 'just some notes\n');
    const before = fingerprint(file);
    const e = refusal(file);
    expect(e.code).toBe('PLAN_NOT_SQLITE');
    expect(e.message).toContain(file);
    expect(fingerprint(file)).toBe(before);
  });

  it('refuses an empty file and a missing file', () => {
    const file = path.join(tempDir(), 'empty.ssprplan');
    writeFileSync(file, '');
    expect(refusal(file).code).toBe('PLAN_NOT_SQLITE');
    expect(refusal(path.join(tempDir(), 'missing.ssprplan')).code).toBe('PLAN_NOT_FOUND');
  });

  it('refuses an SQLite database that is not a plan', () => {
    const file = path.join(tempDir(), 'other.ssprplan');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const before = fingerprint(file);
    expect(refusal(file).code).toBe('PLAN_NOT_A_PLAN');
    expect(fingerprint(file)).toBe(before);
  });

  it('refuses a plan from a newer schema and leaves it untouched', () => {
    const file = newPlanFile();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = fingerprint(file);
    const e = refusal(file);
    expect(e.code).toBe('PLAN_FROM_NEWER_VERSION');
    expect(e.message).toMatch(/newer version/);
    expect(fingerprint(file)).toBe(before);
  });

  it('refuses a damaged file and leaves it untouched', () => {
    const file = newPlanFile();
    const bytes = readFileSync(file);
    // Overwrite the second page onwards (the b-tree pages) with garbage; the header stays valid.
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
    writeFileSync(file, bytes);
    const before = fingerprint(file);
    expect(refusal(file).code).toBe('PLAN_DAMAGED');
    expect(fingerprint(file)).toBe(before);
  });

  it('refuses a file whose stored section breaks the schema', () => {
    const file = newPlanFile();
    const db = new Database(file);
    db.prepare("UPDATE sections SET data = json_set(data, '$.methodsToReset', 'two') WHERE name = 'policy'").run();
    db.close();
    const e = refusal(file);
    expect(e.code).toBe('PLAN_DAMAGED');
    expect(e.message).toContain('policy.methodsToReset');
  });

  it('numbers migrations 1, 2, 3 … with the latest matching the plan schema version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(PLAN_SCHEMA_VERSION);
  });
});
