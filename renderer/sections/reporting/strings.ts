import type { BackupRow } from '../../../shared/plan/schema';

/**
 * Every user-visible string of the Reporting section. Facts follow sspr-domain.md §3, §8 and §9;
 * the wording is ours (activity names are Entra's own, so they can be searched for in the logs).
 */
export const reportingStrings = {
  intro:
    'How registration and reset events are kept after Entra ID drops them: how long the tenant holds its audit log, and how often each backup takes a copy, where it goes and who looks after it. Every change is saved at once.',
  generalFindingsHeading: 'Findings about reporting as a whole',
  generalFindingsLabel: 'Reporting findings not tied to one field',

  retention: {
    title: 'Audit log retention',
    label: 'Days Entra ID keeps audit events',
    hint: 'Entra ID keeps the audit log for 30 days with P1 or P2 licenses and for 7 days on the Free tier. Enter the window your tenant really has; every backup below must run more often than that, or events fall out in between.',
  },

  backups: {
    title: 'Backup schedule',
    description:
      'Each backup downloads the audit events on a schedule, to a SIEM such as Microsoft Sentinel, Splunk or ArcSight, or to a storage account. Leave the interval empty while it is undecided.',
    tableLabel: 'Backup schedule',
    columns: {
      kind: 'Backup',
      frequency: 'Download every (days)',
      target: 'Target system',
      responsible: 'Responsible party',
      actions: 'Actions',
    },
    kinds: {
      auditing: 'Auditing backup',
      reporting: 'Reporting backup',
      disasterRecovery: 'Disaster-recovery backup',
    } satisfies Record<BackupRow['kind'], string>,
    frequencyLabel: (kind: string) => `${kind}: download every (days)`,
    targetLabel: (kind: string) => `${kind}: target system`,
    responsibleLabel: (kind: string) => `${kind}: responsible party`,
    targetPlaceholder: 'Choose or type a system',
    responsiblePlaceholder: 'Team or person',
    frequencyInvalid: 'Enter a whole number of days from 1 to 3650, or leave it empty.',
    remove: (kind: string) => `Remove ${kind}`,
    empty: 'The schedule has no rows.',
    addBack: 'Add back:',
    addRow: (kind: string) => `Add ${kind} row`,
    suggestions: [
      'Microsoft Sentinel',
      'Splunk',
      'ArcSight',
      'Azure Storage account',
      'Log Analytics workspace',
      'Event hub feeding another SIEM',
    ],
  },

  activities: {
    title: 'Audit activities worth keeping',
    description:
      'Entra ID logs these under the service "Self-service Password Management". Make sure each backup includes them; registrations made through combined registration appear under "Authentication Methods" instead.',
    listLabel: 'Audit activities',
    items: [
      { name: 'Reset password (self-service)', meaning: 'A user set a new password after proving who they are.' },
      {
        name: 'Self-service password reset flow activity progress',
        meaning: 'Each step of a reset attempt, failures included: the first place to look when a user says the reset did not work.',
      },
      { name: 'Unlock user account (self-service)', meaning: 'A user unlocked the account without changing the password.' },
      { name: 'User registered for self-service password reset', meaning: 'A user set up or updated the methods used to prove who they are.' },
      { name: 'Change password (self-service)', meaning: 'A signed-in user changed a password they still knew.' },
      { name: 'Reset password (by admin)', meaning: 'Someone from the help desk or an administrator reset another user\u2019s password.' },
      {
        name: 'Blocked from self-service password reset',
        meaning: 'A user failed verification more than five times within 24 hours and is locked out of self-service until the window passes.',
      },
      { name: 'Self-service password reset policy changes', meaning: 'Someone changed the password reset settings; worth an alert as well as a backup.' },
    ],
  },
};
