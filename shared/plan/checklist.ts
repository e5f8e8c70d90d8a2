import type { ChecklistItem, Phase } from './schema';

export const CHECKLIST_STEP_KEYS = [
  'groups',
  'licenses',
  'writebackPermissions',
  'writebackConnect',
  'ssprSettings',
  'lockScreen',
  'communications',
  'reports',
  'feedback',
] as const;

export type ChecklistStep = (typeof CHECKLIST_STEP_KEYS)[number];

/**
 * The implementation steps of sspr-domain.md §5 and §10, in rollout order, with a short how-to in
 * our own words. Items in a plan store only the step key; titles and how-tos come from here.
 */
export const CHECKLIST_STEPS: Record<ChecklistStep, { title: string; howTo: string; phases: readonly Phase['kind'][] }> = {
  groups: {
    title: 'Groups created and populated',
    howTo: "Create the phase's security group in Entra ID (nested groups count) and add its members; check the member count against the plan.",
    phases: ['pilot', 'wave'],
  },
  licenses: {
    title: 'Licenses assigned and verified',
    howTo: 'Assign a qualifying license to every user in scope, directly or through group-based licensing, and check the license report for errors.',
    phases: ['pilot', 'wave', 'all'],
  },
  writebackPermissions: {
    title: 'On-premises permissions for writeback granted',
    howTo: "Give the Entra Connect AD DS connector account the Reset password, Change password and write lockoutTime / pwdLastSet rights on the users' OUs.",
    phases: ['pilot'],
  },
  writebackConnect: {
    title: 'Password writeback switched on in Entra Connect',
    howTo: 'In the Entra Connect wizard choose Customize synchronization options, tick Password writeback, finish, and confirm the service shows it as enabled.',
    phases: ['pilot'],
  },
  ssprSettings: {
    title: 'SSPR scope and settings applied',
    howTo: "Set the scope to this phase's group (or All), then apply the plan's methods, counts, registration, notification and help-desk settings in the portal.",
    phases: ['pilot', 'wave', 'all'],
  },
  lockScreen: {
    title: 'Windows lock-screen reset policy deployed',
    howTo: 'Assign the Intune configuration profile that shows the reset link on the sign-in screen to the devices of this phase; confirm the link appears.',
    phases: ['pilot', 'wave', 'all'],
  },
  communications: {
    title: 'Communications started',
    howTo: "Send the phase's Coming Soon email on its date and schedule the Available Now and Reminder emails.",
    phases: ['pilot', 'wave', 'all'],
  },
  reports: {
    title: 'Registration and usage reports reviewed',
    howTo: 'Open the registration and SSPR usage reports, note the registration rate and failed resets, and export the audit log before it expires.',
    phases: ['pilot', 'wave', 'all'],
  },
  feedback: {
    title: 'Pilot feedback collected',
    howTo: 'Survey the pilot users and the help desk, record what went wrong, and agree the changes before the first wave.',
    phases: ['pilot'],
  },
};


/** The standard items for a new phase, not yet owned, dated or done. */
export function checklistForPhase(phase: Pick<Phase, 'id' | 'kind'>): ChecklistItem[] {
  return CHECKLIST_STEP_KEYS.filter((step) => CHECKLIST_STEPS[step].phases.includes(phase.kind)).map((step) => ({
    id: `${phase.id}-${step}`,
    phaseId: phase.id,
    step,
    title: CHECKLIST_STEPS[step].title,
    owner: '',
    due: null,
    done: false,
  }));
}

/** How-to of an item; custom items have none. */
export function howToOf(item: ChecklistItem): string | null {
  return item.step === 'custom' ? null : CHECKLIST_STEPS[item.step].howTo;
}
