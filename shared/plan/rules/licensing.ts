import { covers, licenseReport } from '../../tenant/coverage';
import type { Plan } from '../schema';
import { hit, type Rule } from './types';
import { counted, listSome } from '../../text';

/** Seats of the SKUs that cover the plan's environment: writeback for hybrid, a cloud reset otherwise. */
export function qualifyingSeats(plan: Pick<Plan, 'overview' | 'licensing'>): number {
  const hybrid = plan.overview.environment === 'hybrid';
  return plan.licensing.skus.filter((s) => covers(s, hybrid)).reduce((sum, s) => sum + s.seatsOwned, 0);
}

export const licensingRules: Rule[] = [
  {
    code: 'SSPR-LICENSE-001',
    severity: 'error',
    section: 'licensing',
    summary: 'No seats of a SKU that covers the environment are owned.',
    check: ({ plan }) =>
      hit(qualifyingSeats(plan) === 0, {
        field: 'licensing.skus',
        message:
          plan.overview.environment === 'hybrid'
            ? 'No seats are recorded for a license that allows reset with writeback (Entra ID P1/P2, Business Premium, Microsoft 365 or EMS E3/E5).'
            : 'No seats are recorded for a license that allows cloud users to reset their password.',
      }),
  },
  {
    code: 'SSPR-LICENSE-002',
    severity: 'warning',
    section: 'licensing',
    summary: 'Fewer qualifying seats than users in scope.',
    check: ({ plan }) => {
      const seats = qualifyingSeats(plan);
      const population = plan.licensing.inScopePopulation;
      return hit(seats > 0 && population > seats, {
        field: 'licensing.inScopePopulation',
        message: `${population} users are in scope but only ${seats} qualifying seats are owned. Microsoft will not stop unlicensed users, so the gap is a compliance risk.`,
      });
    },
  },
  {
    code: 'SSPR-LICENSE-003',
    severity: 'warning',
    section: 'licensing',
    summary: 'Users the plan enables lack a license that covers them, in the imported tenant data.',
    check: ({ plan, tenant }) => {
      const missing = licenseReport(plan, tenant).uncovered;
      return hit(missing.length > 0, {
        field: 'licensing.skus',
        message: `${counted(missing.length, 'user')} the plan enables ${missing.length === 1 ? 'has' : 'have'} no license that covers self-service reset (${listSome(missing.map((u) => u.upn))}). SSPR will still let them in; assign licenses before launch.`,
      });
    },
  },
  {
    code: 'SSPR-LICENSE-004',
    severity: 'error',
    section: 'licensing',
    summary: 'A licensed group names a SKU that is not in the SKU table.',
    check: ({ plan }) => {
      const known = new Set(plan.licensing.skus.map((s) => s.skuPartNumber.toUpperCase()));
      return plan.licensing.licensedGroups.flatMap((lg, i) =>
        lg.skus
          .filter((s) => !known.has(s.toUpperCase()))
          .map((s) => ({
            field: `licensing.licensedGroups.${i}.skus`,
            message: `Group "${lg.group}" is licensed with "${s}", which is not in the SKU table. Add it there or correct the part number.`,
          })),
      );
    },
  },
  {
    code: 'SSPR-LICENSE-005',
    severity: 'warning',
    section: 'licensing',
    summary: 'A group enabled for SSPR has no license assignment recorded (used until tenant data is imported).',
    check: ({ plan, tenant }) => {
      // With imported users SSPR-LICENSE-003 checks every person; without them, groups are all we know.
      if (tenant.users.length > 0) return [];
      const licensed = new Set(plan.licensing.licensedGroups.map((g) => g.group.trim().toLowerCase()));
      const enabled = new Set([
        ...(plan.policy.scope === 'selected' ? [plan.policy.group] : []),
        ...plan.rollout.phases.filter((p) => p.kind !== 'all').map((p) => p.group),
      ]);
      return [...enabled]
        .filter((g) => g.trim() !== '' && !licensed.has(g.trim().toLowerCase()))
        .map((g) => ({
          field: 'licensing.licensedGroups',
          message: `"${g}" is enabled for SSPR but no license is recorded for it. Record the group (or the groups that license its members) with its SKU.`,
        }));
    },
  },
];
