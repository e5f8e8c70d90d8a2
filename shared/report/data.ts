import type { Finding } from '../plan/findings';
import { readinessOf, type Readiness } from '../plan/readiness';
import type { Plan } from '../plan/schema';
import type { Tenant } from '../plan/tenant';
import { forecastPlan } from '../simulator/forecast';
import type { Forecast } from '../simulator/forecast/types';
import { sweepReport, type SweepReport } from '../simulator/sweep';
import { licenseReport, type LicenseReport } from '../tenant/coverage';

/**
 * Everything the plan's tables, charts and documents are built from: the plan, its findings, and
 * the reports worked out from it and the tenant. Tenant figures are null without imported users.
 */
export interface ReportData {
  plan: Plan;
  findings: readonly Finding[];
  /** YYYY-MM-DD: the day readiness and the simulator are judged on. */
  today: string;
  readiness: Readiness;
  licenses: LicenseReport | null;
  sweep: SweepReport | null;
  forecast: Forecast | null;
}

export interface ReportOptions {
  /** The forecast's "as of" day (the last tenant import in the app); today when not given. */
  asOf?: string;
  /**
   * Monte Carlo runs for the document's forecast; the plan's own setting when not given. A few
   * hundred runs draw the same band to the width of a line, at a fraction of the time.
   */
  forecastRuns?: number;
}

export function reportData(plan: Plan, tenant: Tenant, findings: readonly Finding[], today: string, options: ReportOptions = {}): ReportData {
  const hasTenant = tenant.users.length > 0;
  const runs = options.forecastRuns ?? plan.forecast.runs;
  return {
    plan,
    findings,
    today,
    readiness: readinessOf(plan, findings, today),
    licenses: hasTenant ? licenseReport(plan, tenant) : null,
    sweep: hasTenant ? sweepReport(plan, tenant, today) : null,
    forecast: hasTenant ? forecastPlan({ ...plan, forecast: { ...plan.forecast, runs } }, tenant, options.asOf ?? today) : null,
  };
}
