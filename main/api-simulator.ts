import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApiOutputs, ApiParsedInput } from '../shared/api';
import type { ApiMethod } from '../shared/api-methods';
import { ApiError } from '../shared/errors';
import type { Plan } from '../shared/plan/schema';
import type { Tenant } from '../shared/plan/tenant';
import { simulateBusinessCases } from '../shared/simulator/businessCases';
import { UnknownUserError } from '../shared/simulator/engine';
import { parseScenario, runScenario, type ScenarioReport } from '../shared/simulator/scenario';
import { ScenarioError } from '../shared/simulator/scenarioIssues';
import { sweepCsv, sweepReport } from '../shared/simulator/sweep';
import { tryIt } from '../shared/simulator/tryIt';
import { jsonPosition } from '../shared/text';

type SimulatorMethod = Extract<ApiMethod, `simulator.${string}`>;
type SimulatorHandlers = { [M in SimulatorMethod]: (input: ApiParsedInput<M>) => ApiOutputs[M] };

interface PlanView {
  plan: Plan;
  tenant: Tenant;
  /** The plan file's name without folder or extension, for export file names. */
  baseName: string;
}

/** Parses and runs one scenario text; every problem becomes SCENARIO_INVALID naming `source`. */
function runScenarioText(text: string, source: string, view: PlanView): ScenarioReport {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // V8 counts characters from the start ("at position 55"); the line and column say the same more usefully.
    const msg = (e as Error).message.replace(/ in JSON at position \d+.*$/s, '');
    throw new ApiError('SCENARIO_INVALID', `${source} is not valid JSON${jsonPosition(text)}: ${msg}`);
  }
  try {
    return runScenario(parseScenario(raw), view.plan.policy, view.tenant);
  } catch (e) {
    if (e instanceof ScenarioError) throw new ApiError('SCENARIO_INVALID', `${source}: ${e.message}`);
    throw e;
  }
}

/** The simulator's API methods over the open plan; `view` throws NO_PLAN_OPEN when none is. */
export function simulatorHandlers(view: () => PlanView): SimulatorHandlers {
  return {
    'simulator.runScenarioFiles': ({ files }) => {
      const v = view();
      return files.map((file) => {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (e) {
          throw new ApiError('FILE_UNREADABLE', `Cannot read the scenario ${file}: ${(e as Error).message}`);
        }
        return { file, report: runScenarioText(text, path.basename(file), v) };
      });
    },
    'simulator.runScenario': ({ json, source }) => runScenarioText(json, source, view()),
    'simulator.businessCases': () => {
      const v = view();
      return simulateBusinessCases(v.plan, v.tenant);
    },
    'simulator.sweep': ({ on }) => {
      const v = view();
      return sweepReport(v.plan, v.tenant, on);
    },
    'simulator.sweepCsv': ({ on }) => {
      const v = view();
      return { fileName: `${v.baseName}-sweep-${on}.csv`, csv: sweepCsv(v.plan, v.tenant, on) };
    },
    'simulator.findUsers': ({ query, limit }) => {
      const q = query.trim().toLowerCase();
      const out: { upn: string; displayName: string }[] = [];
      for (const u of view().tenant.users) {
        if (out.length >= limit) break;
        if (q === '' || u.upn.toLowerCase().includes(q) || u.displayName.toLowerCase().includes(q)) out.push({ upn: u.upn, displayName: u.displayName });
      }
      return out;
    },
    'simulator.tryIt': ({ user, steps }) => {
      const v = view();
      try {
        return tryIt(v.plan.policy, v.tenant, user, steps);
      } catch (e) {
        if (e instanceof UnknownUserError) throw new ApiError('KEY_UNKNOWN', `The imported users hold no ${e.upn}.`);
        throw e;
      }
    },
  };
}
