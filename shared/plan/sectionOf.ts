import type { SectionId } from './findings';
import type { PlanSectionKey } from './schema';

/** Which navigation section edits each part of the plan. */
const SECTION_OF_KEY: Record<PlanSectionKey, SectionId> = {
  overview: 'overview',
  businessCase: 'overview',
  stakeholders: 'stakeholders',
  licensing: 'licensing',
  policy: 'configuration',
  communications: 'communications',
  testing: 'testing',
  support: 'support',
  reporting: 'reporting',
  rollout: 'rollout',
  forecast: 'rollout',
};

/** The section a dotted plan path belongs to; tenant data is shown under Licensing. */
export function sectionOfPath(path: string): SectionId {
  const head = path.split('.')[0] as PlanSectionKey;
  return SECTION_OF_KEY[head] ?? 'licensing';
}
