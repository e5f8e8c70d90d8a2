import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Api } from './api';

export const DEMO_PLAN_NAME = 'Contoso demo.ssprplan';

/** The per-user data folder, as Electron's userData would name it; SSPR_PLANNER_DATA overrides it. */
export function defaultDataDir(): string {
  if (process.env.SSPR_PLANNER_DATA) return path.resolve(process.env.SSPR_PLANNER_DATA);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'SSPR Rollout Planner');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'SSPR Rollout Planner');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'SSPR Rollout Planner');
}

/** Opens the demo plan in the data folder, creating it on first run. */
export async function ensureDemoPlan(api: Api, dataDir: string): Promise<string> {
  mkdirSync(dataDir, { recursive: true });
  const planPath = path.join(dataDir, DEMO_PLAN_NAME);
  if (existsSync(planPath)) await api.invoke('plan.open', { path: planPath });
  else await api.invoke('plan.create', { path: planPath, demo: true });
  return planPath;
}
