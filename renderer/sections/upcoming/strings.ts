import type { SectionId } from '../../../shared/plan/findings';

export type UpcomingSectionId = Exclude<SectionId, 'configuration'>;

/** Wording of the sections whose editors arrive in later versions. */
export const upcomingStrings = {
  coming: {
    overview:
      'This section will hold the organization and its tenant domain, whether users are cloud-only or synced from on-premises AD, other systems that must learn the new password, the key dates, and the help-desk figures behind the business case.',
    stakeholders:
      'This section will list the people who sponsor, run, support and sign off the rollout: their role, what they contribute and answer for, who is responsible or accountable for each workstream, and their sign-off.',
    licensing:
      'This section will hold the licenses that allow self-service reset, the seats owned and the groups that receive licenses, and will check every user in scope against the imported tenant data.',
    communications:
      'This section will plan the email campaign (coming soon, available now, registration reminders) with send dates tied to the rollout phases, the sender and brand colour, a preview of each email, and the password landing page.',
    testing:
      'This section will hold the business-case test matrix that testers work through during the pilot: preconditions, steps, expected result, network and device for each case, and the result they record.',
    support:
      'This section will describe how the help desk handles the usual problems: each scenario with its likely causes and resolution, the Entra role each support tier holds, and a cheat sheet for the first line.',
    reporting:
      'This section will plan how registration and reset audit events are kept beyond the days Entra ID stores them: how often each backup is exported, where it goes and who is responsible.',
    rollout:
      'This section will lay out the phases from a pilot group to all users, with the dates, the group each phase enables and the exit criteria it must meet before the next one starts.',
    simulator:
      'This section will run the policy against the imported users and groups: who can register and reset, what each test scenario would do, and a forecast of how registration grows over the rollout.',
  } satisfies Record<UpcomingSectionId, string>,
  laterVersion: 'Its editor arrives in a later version; the checks below already run on this plan.',
  findingsHeading: 'Open findings',
  findingsLabel: (title: string) => `Findings for ${title}`,
  noFindings: 'No findings for this section.',
};
