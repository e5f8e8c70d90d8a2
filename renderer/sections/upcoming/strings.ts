import type { SectionId } from '../../../shared/plan/findings';

/** Sections whose editors arrive in later versions. */
const UPCOMING = ['communications'] as const satisfies readonly SectionId[];
export type UpcomingSectionId = (typeof UPCOMING)[number];

export function isUpcoming(section: SectionId): section is UpcomingSectionId {
  return (UPCOMING as readonly SectionId[]).includes(section);
}

/** Wording of the sections whose editors arrive in later versions. */
export const upcomingStrings = {
  coming: {
    communications:
      'This section will plan the email campaign (coming soon, available now, registration reminders) with send dates tied to the rollout phases, the sender and brand colour, a preview of each email, and the password landing page.',
  } satisfies Record<UpcomingSectionId, string>,
  laterVersion: 'Its editor arrives in a later version; the checks below already run on this plan.',
  findingsHeading: 'Open findings',
  findingsLabel: (title: string) => `Findings for ${title}`,
  noFindings: 'No findings for this section.',
};
