import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../main/api';
import type { PlanState } from '../../shared/api';
import { PLAN_SCHEMA_VERSION, planSchema } from '../../shared/plan/schema';
import { tenantSchema } from '../../shared/plan/tenant';
import { brokenValue, expectAnswer, fuzzTally, mutatedJsonText, suiteApi, type Json } from './fuzz-helpers';
import { useTempDir } from './helpers';

/**
 * Bad input, JSON import: the demo plan's own export damaged field by field (sections, tenant,
 * evidence, format and version), cut short or replaced. Each import is refused naming the line or
 * field with the plan left exactly as it was, or accepted as a valid plan.
 */

const tally = fuzzTally('json import');
const tempDir = useTempDir();

const suite = suiteApi('browser');
let original: string;
beforeAll(async () => {
  original = (await suite.api().invoke('plan.exportJson', {})).json;
});

/** A refusal names the JSON line, the field (a dotted path from the top), or the version. */
const NAMES_WHERE = /^The imported JSON( is not valid JSON( at line \d+, column \d+)?: |: (top level|format|schemaVersion|exportedAt|plan|tenant|evidence)\b| was exported by a newer version \(plan format )/;

const snapshot = async () => ({ state: await suite.api().invoke('plan.get', {}), tenant: await suite.api().invoke('tenant.summary', {}) });

async function importJson(json: string): Promise<void> {
  const api = suite.api();
  const before = await snapshot();
  const result = await api.call('plan.importJson', { json }, 'renderer');
  expectAnswer(result, ['JSON_INVALID', 'PLAN_FROM_NEWER_VERSION']);
  if (!result.ok) {
    expect(result.error.message).toMatch(NAMES_WHERE);
    expect(await snapshot()).toEqual(before);
    return;
  }
  const state = result.value as PlanState;
  expect(planSchema.safeParse(state.plan).success).toBe(true);
  expect(state.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
  // Back to the demo for the next case; its import must always be accepted.
  const reset = await api.call('plan.importJson', { json: original }, 'renderer');
  expect(reset.ok).toBe(true);
}

describe('fuzz: JSON import', () => {
  it('damaged exports are refused naming the line or field, leaving the plan as it was, or accepted as valid', async () => {
    const doc = JSON.parse(original) as Json;
    await tally.check(
      fc.asyncProperty(mutatedJsonText(doc), async ({ text }) => importJson(text)),
      700,
    );
  });

  it('the format and version fields: wrong, missing, newer or not numbers', async () => {
    const doc = JSON.parse(original) as Record<string, Json>;
    const versions = fc.oneof(
      fc.constantFrom<Json>(PLAN_SCHEMA_VERSION + 1, 999, 0, -1, 1.5, 2 ** 53 + 2, 1e308, `${PLAN_SCHEMA_VERSION}`, null),
      brokenValue,
    );
    await tally.check(
      fc.asyncProperty(versions, fc.constantFrom<Json>('sspr-rollout-plan', 'SSPR-ROLLOUT-PLAN', '', null), async (schemaVersion, format) => {
        await importJson(JSON.stringify({ ...doc, format, schemaVersion }));
      }),
      200,
    );
  });

  it('after every case the plan file still opens and holds a valid tenant', async () => {
    const other = createApi({ mode: 'cli', dataDir: tempDir() });
    const opened = await other.call('plan.open', { path: suite.planPath() }, 'trusted');
    expect(opened.ok).toBe(true);
    const exported = JSON.parse((await other.invoke('plan.exportJson', {})).json) as { tenant: unknown };
    expect(tenantSchema.safeParse(exported.tenant).success).toBe(true);
    other.close();
  });
});

describe('counterexamples the fuzzing found', () => {
  it('an export listing a user twice is refused naming the repeat, not as a failed write', async () => {
    const doc = JSON.parse(original) as { tenant: { users: { upn: string }[] } };
    const users = doc.tenant.users;
    users.push({ ...users[0], upn: users[0].upn.toUpperCase() });
    const before = await snapshot();
    const result = await suite.api().call('plan.importJson', { json: JSON.stringify(doc) }, 'renderer');
    expect(result.ok ? null : result.error).toEqual({
      code: 'JSON_INVALID',
      message: `The imported JSON: tenant.users.${users.length - 1}.upn: ${users[0].upn.toUpperCase()} appears again (first as tenant.users.0); each user may appear once.`,
    });
    expect(await snapshot()).toEqual(before);
  });
});
