import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Forecast } from '../../shared/simulator/forecast/types';
import { cli, useTempDir } from './helpers';

const tempDir = useTempDir();


async function demoPlan(): Promise<string> {
  const plan = path.join(tempDir(), 'contoso.ssprplan');
  expect((await cli('new', plan, '--demo')).code).toBe(0);
  return plan;
}

async function forecast(plan: string): Promise<Forecast> {
  const r = await cli('forecast', plan, '--json');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Forecast;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('sspr-planner forecast', () => {
  it('prints one JSON document with days, the registered share band and the ROI', async () => {
    const plan = await demoPlan();
    const f = await forecast(plan);
    expect(f.days.length).toBe(120);
    expect(f.days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    for (const k of ['p10', 'p50', 'p90'] as const) {
      expect(f.registeredShare[k]).toHaveLength(f.days.length);
      expect(f.registeredShare[k].every((x) => x >= 0 && x <= 1)).toBe(true);
    }
    expect(f.roi.currency).toBe('USD');
    expect(f.roi.months.length).toBeGreaterThan(0);
    expect(f.roi.totalSaved).toBeGreaterThan(0);
    expect(await forecast(plan)).toEqual(f);
  });

  it('prints the settings, weekly rows, the waves and the ROI with its assumptions', async () => {
    const plan = await demoPlan();
    const r = await cli('forecast', plan);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Settings: seed 20270111, 1000 runs, 120 days');
    expect(r.out).toMatch(/2026-12-28 +\d+\.\d % +\d+\.\d % +\d+\.\d %/);
    expect(r.out).toMatch(/Wave 1 +19 users +from 2027-02-01/);
    expect(r.out).toMatch(/total +[\d,]+ calls +[\d,]+ USD/);
    expect(r.out).toContain('Assumptions:');
    expect(r.out).toContain('password calls a month at 24 USD');
  });

  it('lowers the curve when registration is no longer enforced', async () => {
    const plan = await demoPlan();
    const enforced = await forecast(plan);
    expect((await cli('set', plan, 'requireRegistration=false')).code).toBe(0);
    const free = await forecast(plan);
    expect(sum(free.registeredShare.p50)).toBeLessThan(sum(enforced.registeredShare.p50) - 10);
    expect(free.registeredShare.p50.every((x, d) => x <= enforced.registeredShare.p50[d])).toBe(true);
  });

  it('moves a wave’s curve later when its Available Now email goes out later', async () => {
    const plan = await demoPlan();
    // Without enforcement and with a strong response the emails drive the curve.
    expect((await cli('set', plan, 'requireRegistration=false', 'forecast.sendResponse=0.6')).code).toBe(0);
    const before = await forecast(plan);
    const emails = JSON.parse((await cli('get', plan, 'communications.emails', '--json')).out) as { phaseId: string; kind: string; sendDate: string }[];
    const n = emails.findIndex((e) => e.phaseId === 'phase-wave-1' && e.kind === 'availableNow');
    expect(emails[n].sendDate).toBe('2027-02-01');
    expect((await cli('set', plan, `communications.emails.${n}.sendDate=2027-02-15`)).code).toBe(0);
    const after = await forecast(plan);
    const wave = (f: Forecast) => f.waves.find((w) => w.wave === 'Wave 1')?.registeredShare.p50 ?? [];
    const day = before.days.indexOf('2027-02-05');
    expect(wave(after)[day]).toBeLessThan(wave(before)[day] - 0.2);
    expect(after.sends.some((s) => s.date === '2027-02-15' && s.wave === 'Wave 1')).toBe(true);
  });

  it('refuses unknown options and a missing plan with exit code 2', async () => {
    expect((await cli('forecast')).code).toBe(2);
    expect((await cli('forecast', 'x.ssprplan', '--csv')).err).toContain('has no option --csv');
  });
});
