import type { Finding, SectionId, Severity } from '../findings';
import type { Plan } from '../schema';
import type { Tenant } from '../tenant';

export interface RuleContext {
  plan: Plan;
  tenant: Tenant;
  /** Today's date (YYYY-MM-DD) for rules about what has already begun; null where no clock applies. */
  today: string | null;
}

/** What a rule reports for one hit; code, severity and section come from the rule itself. */
export type RuleHit = Omit<Finding, 'code' | 'severity' | 'section'> & { section?: SectionId };

export interface Rule {
  /** Stable code `SSPR-AREA-NNN`; never reused for another meaning. */
  code: string;
  severity: Severity;
  section: SectionId;
  /** One line for the codes reference. */
  summary: string;
  check(ctx: RuleContext): RuleHit[];
}

export function hit(condition: boolean, h: RuleHit): RuleHit[] {
  return condition ? [h] : [];
}
