import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../main/api';
import { refusal, useTempDir } from './helpers';

const tempDir = useTempDir();

async function demo() {
  const dir = tempDir();
  const api = createApi({ mode: 'cli', dataDir: dir });
  await api.invoke('plan.create', { path: path.join(dir, 'contoso.ssprplan'), demo: true });
  return api;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("'forecast.run' over the demo plan", () => {
  it('forecasts every day of the horizon for every wave of the plan', async () => {
    const api = await demo();
    const state = await api.invoke('plan.get', {});
    const f = await api.invoke('forecast.run', {});
    expect(f.days).toHaveLength(state.plan.forecast.horizonDays);
    expect(f.registeredShare.p50).toHaveLength(f.days.length);
    expect(f.waves.map((w) => w.wave)).toEqual(state.plan.rollout.phases.map((p) => p.name));
    expect(f.waves.reduce((n, w) => n + w.users, 0)).toBe(f.users);
    expect(f.sends.length).toBeGreaterThan(0);
    expect(await api.invoke('forecast.run', {})).toEqual(f);
    api.close();
  });

  it('applies overrides without saving them, and they move the curve', async () => {
    const api = await demo();
    const base = await api.invoke('forecast.run', {});
    const short = await api.invoke('forecast.run', { settings: { horizonDays: 30 } });
    expect(short.days).toHaveLength(30);
    const quiet = await api.invoke('forecast.run', { settings: { sendResponse: 0, signInRate: 0 } });
    expect(mean(quiet.registeredShare.p50)).toBeLessThan(mean(base.registeredShare.p50) - 0.1);
    expect((await api.invoke('plan.get', {})).plan.forecast.sendResponse).toBe(0.2);
    expect(await api.invoke('forecast.run', {})).toEqual(base);
    const bad = await refusal(api.invoke('forecast.run', { settings: { runs: 1 } }));
    expect(bad.code).toBeTruthy();
    api.close();
  });
});
