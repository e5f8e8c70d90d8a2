import { EMAIL, HTTPS_URL } from './formats';
import type { SectionId } from './findings';
import type { Plan } from './schema';
import { WORKSTREAMS } from './schema';

export interface Completeness {
  done: number;
  total: number;
}

const filled = (s: string) => s.trim() !== '';
const tally = (checks: boolean[]): Completeness => ({ done: checks.filter(Boolean).length, total: checks.length });

/**
 * How much of each section is filled in, as the checks a project lead would tick off. Findings
 * say what is wrong; this says what is still empty. The simulator has nothing to fill in.
 */
export function completenessOf(plan: Plan): Record<Exclude<SectionId, 'simulator'>, Completeness> {
  const { overview: o, businessCase: b, policy, communications, testing, support, reporting, rollout } = plan;
  return {
    overview: tally([
      filled(o.organization),
      filled(o.tenantDomain),
      o.pilotStart !== null,
      o.launch !== null,
      o.fullRollout !== null,
      HTTPS_URL.test(o.landingPageUrl),
      filled(o.helpdeskContact),
      b.passwordCallsPerMonth > 0,
      b.costPerCall > 0,
    ]),
    stakeholders: tally([
      plan.stakeholders.length > 0,
      plan.stakeholders.length > 0 && plan.stakeholders.every((s) => filled(s.name) && EMAIL.test(s.email) && filled(s.role)),
      ...WORKSTREAMS.map((w) => plan.stakeholders.some((s) => s.raci[w] === 'A')),
      plan.stakeholders.length > 0 && plan.stakeholders.every((s) => s.signOff === 'signed'),
    ]),
    licensing: tally([
      plan.licensing.skus.some((s) => s.seatsOwned > 0),
      plan.licensing.licensedGroups.length > 0,
      plan.licensing.inScopePopulation > 0,
    ]),
    configuration: tally([
      policy.scope !== 'selected' || filled(policy.group),
      policy.methods.length >= 2,
      !policy.helpdesk || filled(policy.helpdeskLink),
    ]),
    communications: tally(
      (['comingSoon', 'availableNow', 'reminder'] as const).map((kind) =>
        communications.emails.some((e) => e.kind === kind && e.sendDate !== null),
      ),
    ),
    testing: tally([testing.cases.length > 0, filled(testing.testAccount)]),
    support: tally([
      support.scenarios.length > 0 && support.scenarios.every((s) => filled(s.resolution)),
      support.roles.length > 0,
      filled(support.networkAccess),
    ]),
    reporting: tally(reporting.backups.map((r) => r.frequencyDays !== null && filled(r.targetSystem) && filled(r.responsible))),
    rollout: tally([
      rollout.phases.some((p) => p.kind === 'pilot'),
      rollout.phases.some((p) => p.kind === 'all'),
      rollout.phases.length > 0 && rollout.phases.every((p) => p.start !== null && (p.kind === 'all' || filled(p.group))),
      rollout.phases.length > 0 && rollout.phases.every((p) => p.exitCriteria.length > 0),
      rollout.checklist.length > 0 && rollout.checklist.every((c) => filled(c.owner)),
    ]),
  };
}
