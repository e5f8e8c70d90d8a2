import type { Plan, Sku } from '../plan/schema';
import type { Tenant, TenantUser } from '../plan/tenant';
import { enabledUsers, groupResolver, upnKeys } from './groups';
import { memoPerTenant } from './memo';
import { wavesOf } from './waves';

/**
 * Per-user license coverage (sspr-domain.md §4): a cloud-only user needs a SKU that allows a cloud
 * reset, a synced (hybrid) user one that allows reset with writeback. Licenses count when assigned
 * directly or through a group: the tenant's group-based licensing, or the plan's licensed groups.
 */

export const UNCOVERED_REASONS = ['noLicense', 'unknownSku', 'noReset', 'noWriteback'] as const;
export type UncoveredReason = (typeof UNCOVERED_REASONS)[number];

export interface UncoveredUser {
  upn: string;
  displayName: string;
  synced: boolean;
  wave: string;
  reason: UncoveredReason;
  /** Part numbers the user holds, directly or through groups. */
  held: string[];
}

export interface SkuUse {
  skuPartNumber: string;
  name: string;
  seatsOwned: number;
  /** Imported users holding it, directly or through a group. */
  holders: number;
  /** Of those, users the plan enables. */
  inScope: number;
  /** Whether it covers a hybrid user (writeback) and a cloud user. */
  hybridWriteback: boolean;
  cloudReset: boolean;
}

export interface CoverageBar {
  name: string;
  covered: number;
  uncovered: number;
}

export interface LicenseReport {
  /** Users the policy enables today: its scope (none, the group with nested groups, or all) plus every admin. */
  enabledToday: number;
  /** Users the plan enables now or in a later phase; the coverage below is about them. */
  inScope: number;
  covered: number;
  uncovered: UncoveredUser[];
  skus: SkuUse[];
  /** Part numbers users hold that the plan's SKU table does not list, with how many hold each. */
  unknownSkus: { skuPartNumber: string; holders: number }[];
  byWave: CoverageBar[];
  /** The plan's groups: the policy's, the phases' and the licensed groups. */
  byGroup: CoverageBar[];
}

const normalized = new Map<string, string>();
/** Part numbers compare trimmed and upper-cased; the few distinct ones are worked out once. */
const norm = (s: string) => {
  let n = normalized.get(s);
  if (n === undefined) {
    n = s.trim().toUpperCase();
    normalized.set(s, n);
  }
  return n;
};

/** A SKU covers what a user needs: a hybrid (synced) user needs writeback, a cloud user a cloud reset. */
export function covers(sku: Sku, synced: boolean): boolean {
  return synced ? sku.hybridWriteback : sku.cloudReset;
}

function reasonFor(held: string[], skus: Map<string, Sku>, synced: boolean): UncoveredReason | null {
  if (held.length === 0) return 'noLicense';
  const known = held.map((p) => skus.get(norm(p))).filter((s): s is Sku => s !== undefined);
  if (known.some((s) => covers(s, synced))) return null;
  if (known.length === 0) return 'unknownSku';
  return synced && known.some((s) => s.cloudReset) ? 'noWriteback' : 'noReset';
}

type Inputs = Pick<Plan, 'policy' | 'rollout' | 'licensing'>;

export function licenseReport(plan: Inputs, tenant: Tenant): LicenseReport {
  return cachedReport(tenant, plan.policy, plan.rollout, plan.licensing);
}

const cachedReport = memoPerTenant((tenant: Tenant, policy: Plan['policy'], rollout: Plan['rollout'], licensing: Plan['licensing']) =>
  computeReport({ policy, rollout, licensing }, tenant),
);

function computeReport(plan: Inputs, tenant: Tenant): LicenseReport {
  const members = groupResolver(tenant);
  const skus = new Map(plan.licensing.skus.map((s) => [norm(s.skuPartNumber), s]));

  const viaGroups = new Map<string, Set<string>>();
  const grant = (group: string, parts: readonly string[]) => {
    for (const upn of members(group)) {
      const held = viaGroups.get(upn) ?? new Set<string>();
      for (const p of parts) held.add(p);
      viaGroups.set(upn, held);
    }
  };
  for (const lg of plan.licensing.licensedGroups) grant(lg.group, lg.skus);
  for (const g of tenant.groups) if (g.licenses && g.licenses.length > 0) grant(g.name, g.licenses);
  const keys = upnKeys(tenant);
  const heldBy = (u: TenantUser, key: string): string[] => {
    const via = viaGroups.size === 0 ? undefined : viaGroups.get(key);
    if (!via) return u.licenses;
    const all = new Set(u.licenses);
    for (const p of via) all.add(p);
    return [...all];
  };
  // Users share a handful of license combinations; each combination's verdict is worked out once.
  const verdicts = new Map<string, UncoveredReason | null>();
  const verdict = (held: string[], synced: boolean): UncoveredReason | null => {
    const key = `${synced ? 'h' : 'c'}${held.join('\n')}`;
    let reason = verdicts.get(key);
    if (reason === undefined) {
      reason = reasonFor(held, skus, synced);
      verdicts.set(key, reason);
    }
    return reason;
  };

  const waves = wavesOf(plan, tenant);
  const holders = new Map<string, { all: number; inScope: number }>();
  const uncovered: UncoveredUser[] = [];
  const waveBars = new Map<string, CoverageBar>(waves.names.map((name) => [name, { name, covered: 0, uncovered: 0 }]));
  /** Planned users by key: true when covered. */
  const coveredByKey = new Map<string, boolean>();

  tenant.users.forEach((user, i) => {
    const held = heldBy(user, keys[i]);
    const inScope = waves.planned[i];
    for (const p of held) {
      let h = holders.get(p);
      if (!h) holders.set(p, (h = { all: 0, inScope: 0 }));
      h.all++;
      if (inScope) h.inScope++;
    }
    if (!inScope) return;
    const wave = waves.wave[i];
    const bar = waveBars.get(wave) as CoverageBar;
    const reason = verdict(held, user.synced);
    coveredByKey.set(keys[i], reason === null);
    if (reason === null) bar.covered++;
    else {
      bar.uncovered++;
      uncovered.push({ upn: user.upn, displayName: user.displayName, synced: user.synced, wave, reason, held });
    }
  });
  // Part numbers were counted as written; "spe_e3" and "SPE_E3" are one SKU.
  const holdersBySku = new Map<string, { all: number; inScope: number }>();
  for (const [part, h] of holders) {
    const total = holdersBySku.get(norm(part)) ?? { all: 0, inScope: 0 };
    holdersBySku.set(norm(part), { all: total.all + h.all, inScope: total.inScope + h.inScope });
  }

  const groupNames = [
    ...(plan.policy.scope === 'selected' ? [plan.policy.group] : []),
    ...plan.rollout.phases.filter((p) => p.kind !== 'all').map((p) => p.group),
    ...plan.licensing.licensedGroups.map((g) => g.group),
  ].filter((g, i, all) => g.trim() !== '' && all.indexOf(g) === i);
  const byGroup = groupNames.map((name) => {
    const bar: CoverageBar = { name, covered: 0, uncovered: 0 };
    for (const upn of members(name)) {
      const covered = coveredByKey.get(upn);
      if (covered === true) bar.covered++;
      else if (covered === false) bar.uncovered++;
    }
    return bar;
  });

  return {
    enabledToday: enabledUsers(tenant, plan.policy.scope, plan.policy.group).length,
    inScope: waves.plannedCount,
    covered: waves.plannedCount - uncovered.length,
    uncovered,
    skus: plan.licensing.skus.map((s) => ({
      skuPartNumber: s.skuPartNumber,
      name: s.name,
      seatsOwned: s.seatsOwned,
      holders: holdersBySku.get(norm(s.skuPartNumber))?.all ?? 0,
      inScope: holdersBySku.get(norm(s.skuPartNumber))?.inScope ?? 0,
      hybridWriteback: s.hybridWriteback,
      cloudReset: s.cloudReset,
    })),
    unknownSkus: [...holdersBySku.entries()]
      .filter(([part]) => !skus.has(part))
      .map(([skuPartNumber, h]) => ({ skuPartNumber, holders: h.all }))
      .sort((a, b) => b.holders - a.holders),
    byWave: [...waveBars.values()],
    byGroup,
  };
}
