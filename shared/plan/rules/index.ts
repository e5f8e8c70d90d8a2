import { compareFindings, type Finding } from '../findings';
import type { Plan } from '../schema';
import type { Tenant } from '../tenant';
import { adminRules } from './admins';
import { communicationRules } from './communications';
import { licensingRules } from './licensing';
import { overviewRules } from './overview';
import { methodRules } from './policy-methods';
import { questionRules } from './policy-questions';
import { scopeRules } from './policy-scope';
import { settingRules } from './policy-settings';
import { registrationRules } from './registration';
import { reportingRules } from './reporting';
import { sectionRules } from './sections';
import type { Rule } from './types';

export type { Rule, RuleContext } from './types';

/** Every rule the app knows, in reference order. */
export const RULES: readonly Rule[] = [
  ...overviewRules,
  ...scopeRules,
  ...methodRules,
  ...questionRules,
  ...settingRules,
  ...adminRules,
  ...licensingRules,
  ...reportingRules,
  ...sectionRules,
  ...communicationRules,
  ...registrationRules,
];

/** All findings for a plan and its tenant, errors first; rules about dates already passed need `today`. */
export function validatePlan(plan: Plan, tenant: Tenant, today: string | null = null): Finding[] {
  return RULES.flatMap((rule) =>
    rule.check({ plan, tenant, today }).map((h) => ({
      code: rule.code,
      severity: rule.severity,
      section: h.section ?? rule.section,
      field: h.field,
      message: h.message,
      ...(h.fix ? { fix: h.fix } : {}),
    })),
  ).sort(compareFindings);
}
