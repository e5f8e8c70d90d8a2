import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../shared/plan/defaults';
import type { CampaignEmail, ForecastSettings, Phase, Plan } from '../../shared/plan/schema';
import { EMPTY_TENANT, type Tenant, type TenantUser } from '../../shared/plan/tenant';
import { mulberry32 } from '../../shared/simulator/rollout';
import { forecastPlan } from '../../shared/simulator/forecast';
import { binomial } from '../../shared/simulator/forecast/binomial';
import { addDays } from '../../shared/dates';

/**
 * Hand-computed expectations for simple cases. With uncertainty 0 every run uses the same rates, so
 * the median share of a wave of U users is the expected share give or take one binomial standard
 * deviation divided by √runs: for U = 20,000 the share's spread is at most 0.5 / √20000 ≈ 0.0035, and
 * the median of 200 runs sits within about 0.0003 of its centre. TOL = 0.003 leaves ten times that
 * for the normal approximation's rounding (1/U) and still catches a wrong formula.
 */
const TOL = 0.003;
const DAY0 = '2027-01-04'; // a Monday
const USERS = 20_000;

function phase(name: string, start: string | null, kind: Phase['kind'] = 'all', group = ''): Phase {
  return { id: `phase-${name}`, name, kind, group, start, end: null, exitCriteria: [] };
}

function email(phaseName: string, sendDate: string, kind: CampaignEmail['kind'] = 'reminder'): CampaignEmail {
  return { id: `email-${phaseName}-${sendDate}`, kind, name: `${kind} ${phaseName}`, phaseId: `phase-${phaseName}`, sendDate, templateId: '', offsetDays: null, sent: false };
}

/** One wave of USERS (no imported users), enabled on DAY0, nobody registered, no sends, nothing enforced. */
function plan(o: { settings?: Partial<ForecastSettings>; phases?: Phase[]; emails?: CampaignEmail[]; enforce?: boolean; reconfirmDays?: number; users?: number } = {}): Plan {
  const p = createDefaultPlan('Contoso');
  p.licensing.inScopePopulation = o.users ?? USERS;
  p.rollout.phases = o.phases ?? [phase('All', DAY0)];
  p.communications.emails = o.emails ?? [];
  p.policy = { ...p.policy, requireRegistration: o.enforce ?? false, reconfirmDays: o.reconfirmDays ?? 0 };
  p.forecast = { ...p.forecast, runs: 200, horizonDays: 60, uncertainty: 0, baselineDaily: 0, sendResponse: 0.2, responseHalfLifeDays: 2, ...o.settings };
  return p;
}

const run = (p: Plan, tenant: Tenant = EMPTY_TENANT, asOf = DAY0) => forecastPlan(p, tenant, asOf);
const p50 = (p: Plan) => run(p).registeredShare.p50;

describe('forecast model against hand-computed cases', () => {
  it('with no sends and no enforcement only the baseline moves: 1 − (1 − b)^(days enabled)', () => {
    const b = 0.01;
    const share = p50(plan({ settings: { baselineDaily: b } }));
    for (const d of [0, 6, 29, 59]) expect(Math.abs(share[d] - (1 - (1 - b) ** (d + 1)))).toBeLessThan(TOL);
  });

  it('nothing at all registers nobody; a wave without a start date stays flat', () => {
    expect(Math.max(...p50(plan()))).toBe(0);
    const f = run(plan({ settings: { baselineDaily: 0.05 }, phases: [phase('Now', DAY0), phase('Later', null)], enforce: true }));
    expect(Math.max(...f.waves[1].registeredShare.p90)).toBe(0);
    expect(f.waves[0].registeredShare.p50[59]).toBeGreaterThan(0.99);
  });

  it('enforced registration registers with a daily chance of 1 − (1 − b)(1 − s·c)', () => {
    const [b, s, c] = [0.003, 0.1, 0.5];
    const share = p50(plan({ settings: { baselineDaily: b, signInRate: s, promptCompletion: c }, enforce: true }));
    const daily = 1 - (1 - b) * (1 - s * c);
    for (const d of [0, 9, 29]) expect(Math.abs(share[d] - (1 - (1 - daily) ** (d + 1)))).toBeLessThan(TOL);
  });

  it('enabling enforcement raises the median at day 30 by the expected amount', () => {
    const settings = { baselineDaily: 0.003, signInRate: 0.1, promptCompletion: 0.5 };
    const off = p50(plan({ settings }))[30];
    const on = p50(plan({ settings, enforce: true }))[30];
    const stay = 1 - 0.003;
    const expected = stay ** 31 - (stay * 0.95) ** 31; // ≈ 0.70
    expect(Math.abs(on - off - expected)).toBeLessThan(2 * TOL);
  });

  it('one send registers about sendResponse of the unregistered after a few half-lives', () => {
    const [r, h, t] = [0.2, 2, 5];
    const share = p50(plan({ emails: [email('All', addDays(DAY0, t))] }));
    const keep = 2 ** (-1 / h);
    let stay = 1;
    for (let k = 0; k < 20; k++) stay *= 1 - r * (1 - keep) * keep ** k;
    expect(share[t - 1]).toBe(0);
    expect(Math.abs(share[t + 19] - (1 - stay))).toBeLessThan(TOL);
    // The pulls add up to sendResponse; as chances on a shrinking audience they register a little less.
    expect(share[59]).toBeGreaterThan(0.17);
    expect(share[59]).toBeLessThanOrEqual(0.2);
  });

  it('a send before its wave starts pulls only from the start, already faded', () => {
    const keep = 2 ** (-1 / 2);
    const f = run(plan({ phases: [phase('All', addDays(DAY0, 4))], emails: [email('All', DAY0)] }));
    let stay = 1;
    for (let k = 4; k < 60; k++) stay *= 1 - 0.2 * (1 - keep) * keep ** k;
    expect(f.registeredShare.p50[3]).toBe(0);
    expect(Math.abs(f.registeredShare.p50[59] - (1 - stay))).toBeLessThan(TOL);
  });

  it('moving a send later shifts the curve later', () => {
    const early = p50(plan({ emails: [email('All', addDays(DAY0, 5))] }));
    const late = p50(plan({ emails: [email('All', addDays(DAY0, 15))] }));
    expect(early[10] - late[10]).toBeGreaterThan(0.15);
    expect(late[10]).toBe(0);
    expect(Math.abs(early[59] - late[59])).toBeLessThan(TOL);
  });

  it('keeps p10 ≤ p50 ≤ p90, and a narrow band without uncertainty', () => {
    const wide = run(plan({ settings: { uncertainty: 0.25, baselineDaily: 0.003 }, enforce: true, emails: [email('All', DAY0)] }));
    const narrow = run(plan({ settings: { baselineDaily: 0.003 }, enforce: true, emails: [email('All', DAY0)] }));
    for (const f of [wide, narrow]) {
      for (const band of [f.registeredShare, ...f.waves.map((w) => w.registeredShare)]) {
        band.p50.forEach((m, d) => {
          expect(band.p10[d]).toBeLessThanOrEqual(m);
          expect(m).toBeLessThanOrEqual(band.p90[d]);
        });
      }
    }
    const width = (f: typeof wide, d: number) => f.registeredShare.p90[d] - f.registeredShare.p10[d];
    for (let d = 0; d < 60; d++) expect(width(narrow, d)).toBeLessThan(0.01);
    expect(width(wide, 1)).toBeGreaterThan(0.05);
  });

  it('spreads the in-scope population over the phases when no users are imported', () => {
    const f = run(plan({ users: 10, phases: [phase('A', DAY0, 'pilot', 'G1'), phase('B', addDays(DAY0, 7), 'wave', 'G2'), phase('C', addDays(DAY0, 14))] }));
    expect(f.waves.map((w) => [w.wave, w.users])).toEqual([['A', 4], ['B', 3], ['C', 3]]);
    expect(f.users).toBe(10);
    expect(f.assumptions[0]).toContain('spread evenly over the 3 rollout phases');
    expect(f.actual).toBeNull();
  });

  it('starts on the earliest phase start or send date and covers horizonDays days', () => {
    const f = run(plan({ phases: [phase('All', '2027-02-01')], emails: [email('All', '2027-01-20', 'comingSoon')] }), EMPTY_TENANT, '2026-06-01');
    expect(f.days[0]).toBe('2027-01-20');
    expect(f.days).toHaveLength(60);
    expect(f.days[59]).toBe(addDays('2027-01-20', 59));
    const none = run(plan({ phases: [] }), EMPTY_TENANT, '2026-06-01');
    expect(none.days[0]).toBe('2026-06-01');
  });

  it('counts reconfirmation prompts without lowering the registered share', () => {
    const users: TenantUser[] = Array.from({ length: 1000 }, (_, i) => user(`u${i}`, ['All-G'], '2026-10-01'));
    const tenant: Tenant = { users, groups: [] };
    const p = plan({ settings: { signInRate: 0.5, promptCompletion: 1 }, enforce: true, reconfirmDays: 100, phases: [phase('All', DAY0)] });
    p.policy = { ...p.policy, methodsToRegister: 1, methods: ['email'] };
    const f = run(p, tenant);
    const due = 100 - ((Date.parse(DAY0) - Date.parse('2026-10-01')) / 86_400_000) + 1; // first day index with more than 100 days since
    expect(f.reconfirmPrompts[due - 1]).toBe(0);
    // Half the 1,000 due users sign in that day and all reconfirm; the next day half of the rest.
    expect(f.reconfirmPrompts[due]).toBeGreaterThan(450);
    expect(f.reconfirmPrompts[due]).toBeLessThan(550);
    expect(f.reconfirmPrompts[due + 1]).toBeGreaterThan(200);
    expect(f.reconfirmPrompts[due + 1]).toBeLessThan(300);
    expect(Math.min(...f.registeredShare.p10)).toBe(1);
    const never = run({ ...p, policy: { ...p.policy, reconfirmDays: 0 } }, tenant);
    expect(Math.max(...never.reconfirmPrompts)).toBe(0);
  });

  it('gives the same numbers for the same seed and different ones for another seed', () => {
    const p = plan({ settings: { uncertainty: 0.25, baselineDaily: 0.003 }, enforce: true, emails: [email('All', addDays(DAY0, 3))] });
    expect(run(p)).toEqual(run(p));
    const other = run({ ...p, forecast: { ...p.forecast, seed: p.forecast.seed + 1 } });
    expect(other.registeredShare).not.toEqual(run(p).registeredShare);
  });
});

function user(name: string, groups: string[], registeredOn: string | null): TenantUser {
  return {
    upn: `${name}@contoso.com`,
    displayName: name,
    groups,
    roles: [],
    licenses: [],
    synced: false,
    onPremAdmin: false,
    registered: registeredOn === null ? {} : { email: `${name}@example.net` },
    registeredOn,
  };
}

describe('actual registration against the forecast', () => {
  /** Ten pilot users: two registered before the rollout, one on its third day, seven not at all. */
  function pilot(enforce: boolean) {
    const p = plan({
      enforce,
      settings: { signInRate: 0.6, promptCompletion: 0.85, baselineDaily: 0.003 },
      phases: [phase('Pilot', DAY0, 'pilot', 'Pilot')],
      emails: [email('Pilot', DAY0, 'availableNow'), email('Pilot', '2027-01-11')],
    });
    p.policy = { ...p.policy, methodsToRegister: 1, methods: ['email', 'mobilePhone'] };
    const dates = ['2026-12-01', '2027-01-01', '2027-01-06', null, null, null, null, null, null, null];
    const tenant: Tenant = { users: dates.map((d, i) => user(`p${i}`, ['Pilot'], d)), groups: [] };
    return { p, tenant };
  }

  it('plots the actual share up to the import day and flags a wave that falls behind', () => {
    const { p, tenant } = pilot(true);
    const f = run(p, tenant, '2027-01-13');
    const wave = f.waves[0];
    expect(wave.actual?.slice(0, 11)).toEqual([0.2, 0.2, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, null]);
    expect(f.actual?.[9]).toBe(0.3);
    // With enforcement the forecast expects nearly all ten by day 9: three is far below its 10th percentile.
    expect(wave.registeredShare.p10[9]).toBeGreaterThan(0.8);
    expect(wave.behind).toBe(true);
    // The day after the import (a Thursday) is three days after the reminder of Monday 11 January.
    expect(wave.suggestedReminder).toBe('2027-01-14');
    // Imported on a Friday: the next weekday is Monday.
    expect(run(p, tenant, '2027-01-15').waves[0].suggestedReminder).toBe('2027-01-18');
  });

  it('does not flag a wave that keeps up with the forecast', () => {
    const { p, tenant } = pilot(false);
    p.communications.emails = [];
    const wave = run(p, tenant, '2027-01-13').waves[0];
    expect(wave.registeredShare.p10[9]).toBeLessThanOrEqual(0.3);
    expect(wave.behind).toBe(false);
    expect(wave.suggestedReminder).toBeNull();
  });

  it('has no actuals without registration dates, or before the rollout starts', () => {
    const { p, tenant } = pilot(true);
    const undated: Tenant = { ...tenant, users: tenant.users.map((u) => ({ ...u, registeredOn: null })) };
    expect(run(p, undated, '2027-01-13').actual).toBeNull();
    const early = run(p, tenant, '2026-12-20');
    expect(early.actual).toBeNull();
    expect(early.waves[0].behind).toBe(false);
  });
});

describe('return on investment', () => {
  it('avoids calls in proportion to the enabled registered share, month by month', () => {
    // Every user registered before the rollout; the wave is enabled from day 0, so the share is 1.
    const p = plan({ phases: [phase('All', DAY0)] });
    p.policy = { ...p.policy, methodsToRegister: 1, methods: ['email'] };
    p.businessCase = { passwordCallsPerMonth: 1000, costPerCall: 20, currency: 'EUR' };
    const tenant: Tenant = { users: Array.from({ length: 50 }, (_, i) => user(`r${i}`, [], '2026-11-01')), groups: [] };
    const roi = run(p, tenant).roi;
    // 60 days from 4 January: 28 days of January, all 28 of February, 4 of March.
    expect(roi.months.map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03']);
    const calls = [1000 * 0.7 * (28 / 31), 1000 * 0.7, 1000 * 0.7 * (4 / 31)];
    roi.months.forEach((m, k) => {
      expect(m.callsAvoided).toBeCloseTo(calls[k], 6);
      expect(m.saved).toBeCloseTo(calls[k] * 20, 6);
    });
    expect(roi.totalSaved).toBeCloseTo(calls.reduce((a, b) => a + b) * 20, 6);
    expect(roi.months[2].cumulativeSaved).toBeCloseTo(roi.totalSaved, 6);
    expect(roi.currency).toBe('EUR');
    expect(roi.assumptions.join(' ')).toContain('1000 password calls a month at 20 EUR');
  });

  it('sums the months, keeps the band around the median, and is zero without calls', () => {
    const p = plan({ settings: { uncertainty: 0.25, baselineDaily: 0.003 }, enforce: true, emails: [email('All', DAY0)] });
    p.businessCase = { passwordCallsPerMonth: 1150, costPerCall: 24, currency: 'USD' };
    const roi = run(p).roi;
    const sum = (k: 'saved' | 'savedP10' | 'savedP90') => roi.months.reduce((s, m) => s + m[k], 0);
    expect(roi.totalSaved).toBeCloseTo(sum('saved'), 6);
    expect(roi.totalSavedP10).toBeCloseTo(sum('savedP10'), 6);
    expect(roi.totalSavedP90).toBeCloseTo(sum('savedP90'), 6);
    let cumulative = 0;
    for (const m of roi.months) {
      cumulative += m.saved;
      expect(m.cumulativeSaved).toBeCloseTo(cumulative, 6);
      expect(m.savedP10).toBeLessThanOrEqual(m.saved + 1e-9);
      expect(m.saved).toBeLessThanOrEqual(m.savedP90 + 1e-9);
    }
    expect(roi.totalSaved).toBeGreaterThan(0);
    p.businessCase.passwordCallsPerMonth = 0;
    const none = run(p).roi;
    expect(none.totalSaved).toBe(0);
    expect(none.months.every((m) => m.callsAvoided === 0 && m.savedP90 === 0)).toBe(true);
  });
});

describe('binomial draws', () => {
  it.each([
    [1000, 0.01],
    [40, 0.9],
    [10_000, 0.3],
  ])('Binomial(%i, %f) has the right mean and variance', (n, p) => {
    const rng = mulberry32(5);
    const draws = Array.from({ length: 20_000 }, () => binomial(n, p, rng));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
    const sd = Math.sqrt(n * p * (1 - p));
    expect(Math.abs(mean - n * p)).toBeLessThan((4 * sd) / Math.sqrt(draws.length) + 0.01);
    expect(variance / (sd * sd)).toBeGreaterThan(0.95);
    expect(variance / (sd * sd)).toBeLessThan(1.05);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThanOrEqual(n);
  });
});
