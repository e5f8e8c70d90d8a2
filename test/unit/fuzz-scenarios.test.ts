import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioReport } from '../../shared/simulator/scenario';
import { expectAnswer, fuzzTally, mutatedJsonText, suiteApi, type Json } from './fuzz-helpers';

/**
 * Bad input, scenario files: the shipped scenarios damaged field by field, cut short or replaced by
 * arbitrary JSON, run against the demo plan. Each gives a report or SCENARIO_INVALID naming where.
 */

const tally = fuzzTally('scenarios');

const FIXTURES = path.join(__dirname, '../fixtures/scenarios');
const scenarios = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as Json);

const SOURCE = 'fuzz-scenario.json';
/** A JSON error gives the line and column; a format error names the field (or "top level"), often with the step. */
const NAMES_WHERE = new RegExp(
  `^${SOURCE.replace('.', '\\.')}( is not valid JSON( at line \\d+, column \\d+)?: |: (top level|name|description|policy|users|groups|steps)\\b)`,
);

const suite = suiteApi('browser');

async function run(json: string): Promise<void> {
  const result = await suite.api().call('simulator.runScenario', { json, source: SOURCE }, 'renderer');
  expectAnswer(result, ['SCENARIO_INVALID']);
  if (!result.ok) return void expect(result.error.message).toMatch(NAMES_WHERE);
  const report = result.value as ScenarioReport;
  const steps = (JSON.parse(json.replace(/^\uFEFF/, '')) as { steps: unknown[] }).steps;
  expect(report.steps).toHaveLength(steps.length);
  expect(report.failed).toBeLessThanOrEqual(report.checked);
  expect(report.passed).toBe(report.failed === 0);
}

describe('fuzz: scenario files', () => {
  it('damaged scenario files give a report or SCENARIO_INVALID naming the field or the JSON line', async () => {
    await tally.check(
      fc.asyncProperty(
        fc.constantFrom(...scenarios).chain((doc) => mutatedJsonText(doc)),
        async ({ text }) => run(text),
      ),
      2000,
    );
  });

  it('arbitrary JSON and text give SCENARIO_INVALID, never a crash', async () => {
    await tally.check(
      fc.asyncProperty(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), fc.string()), async (text) => run(text)),
      500,
    );
  });
});
