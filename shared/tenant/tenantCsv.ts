import { writeCsv } from '../plan/csv';
import type { Plan } from '../plan/schema';
import type { Tenant } from '../plan/tenant';
import { licenseReport, type UncoveredReason } from './coverage';
import { registrationByWave } from './registration';

/** Why a user is not covered, in words a license admin acts on. */
export const UNCOVERED_REASON_TEXT: Record<UncoveredReason, string> = {
  noLicense: 'holds no license',
  unknownSku: 'holds only licenses the SKU table does not list',
  noReset: 'holds licenses that do not include self-service reset',
  noWriteback: 'synced user whose licenses do not include reset with writeback',
};

export type TenantList = 'uncovered' | 'notRegistered';

/** The lists people act on outside the app, as CSV (formula-looking cells escaped). */
export function tenantCsv(list: TenantList, plan: Plan, tenant: Tenant): string {
  if (list === 'uncovered') {
    return writeCsv(
      ['userPrincipalName', 'displayName', 'wave', 'synced', 'reason', 'licensesHeld'],
      licenseReport(plan, tenant).uncovered.map((u) => [
        u.upn,
        u.displayName,
        u.wave,
        u.synced ? 'True' : 'False',
        UNCOVERED_REASON_TEXT[u.reason],
        u.held.join(';'),
      ]),
    );
  }
  return writeCsv(
    ['userPrincipalName', 'displayName', 'wave'],
    registrationByWave(plan, tenant).flatMap((w) => w.notRegistered.map((u) => [u.upn, u.displayName, w.wave])),
  );
}
