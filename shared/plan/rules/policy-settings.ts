import { hit, type Rule } from './types';
import { EMAIL, HTTPS_URL } from '../formats';

export const settingRules: Rule[] = [
  {
    code: 'SSPR-REGISTRATION-001',
    severity: 'warning',
    section: 'configuration',
    summary: 'Registration is not enforced at sign-in and no data is pre-populated.',
    check: ({ plan }) =>
      hit(!plan.policy.requireRegistration && !plan.policy.prepopulated, {
        field: 'policy.requireRegistration',
        message: 'Users are not asked to register when they sign in and no authentication data is pre-populated, so most will be unable to reset when they need it.',
        fix: { label: 'Require registration at sign-in', changes: [{ path: 'policy.requireRegistration', value: true }] },
      }),
  },
  {
    code: 'SSPR-REGISTRATION-002',
    severity: 'error',
    section: 'configuration',
    summary: 'Days before reconfirmation is outside 0–730.',
    check: ({ plan }) =>
      hit(plan.policy.reconfirmDays > 730, {
        field: 'policy.reconfirmDays',
        message: `Reconfirmation can be set from 0 (never) to 730 days; the plan says ${plan.policy.reconfirmDays}.`,
        fix: { label: 'Reconfirm every 180 days', changes: [{ path: 'policy.reconfirmDays', value: 180 }] },
      }),
  },
  {
    code: 'SSPR-REGISTRATION-003',
    severity: 'info',
    section: 'configuration',
    summary: 'Reconfirmation interval is outside the recommended 90–180 days.',
    check: ({ plan }) => {
      const days = plan.policy.reconfirmDays;
      return hit(days <= 730 && (days < 90 || days > 180), {
        field: 'policy.reconfirmDays',
        message:
          days === 0
            ? 'Users are never asked to confirm their details again, so old phone numbers and addresses linger.'
            : `Users reconfirm every ${days} days; 90 to 180 days balances fresh data against interruptions.`,
        fix: { label: 'Reconfirm every 180 days', changes: [{ path: 'policy.reconfirmDays', value: 180 }] },
      });
    },
  },
  {
    code: 'SSPR-NOTIFY-001',
    severity: 'warning',
    section: 'configuration',
    summary: 'Users are not notified when their password is reset.',
    check: ({ plan }) =>
      hit(!plan.policy.notifyUsers, {
        field: 'policy.notifyUsers',
        message: 'Without a notice, a user whose password was reset by someone else has no way to notice it.',
        fix: { label: 'Notify users on reset', changes: [{ path: 'policy.notifyUsers', value: true }] },
      }),
  },
  {
    code: 'SSPR-NOTIFY-002',
    severity: 'warning',
    section: 'configuration',
    summary: 'Admins are not notified when another admin resets a password.',
    check: ({ plan }) =>
      hit(!plan.policy.notifyAdmins, {
        field: 'policy.notifyAdmins',
        message: 'Administrators will not hear about resets of other administrator accounts, the ones an attacker wants most.',
        fix: { label: 'Notify all admins', changes: [{ path: 'policy.notifyAdmins', value: true }] },
      }),
  },
  {
    code: 'SSPR-HELPDESK-001',
    severity: 'warning',
    section: 'configuration',
    summary: 'The help-desk link is not customized.',
    check: ({ plan }) =>
      hit(!plan.policy.helpdesk, {
        field: 'policy.helpdesk',
        message: 'Users who get stuck will see a generic "contact your administrator" message instead of your help desk.',
        fix: {
          label: 'Customize the help-desk link',
          changes: [
            { path: 'policy.helpdesk', value: true },
            ...(plan.policy.helpdeskLink === '' && plan.overview.helpdeskContact !== ''
              ? [{ path: 'policy.helpdeskLink', value: plan.overview.helpdeskContact }]
              : []),
          ],
        },
      }),
  },
  {
    code: 'SSPR-HELPDESK-002',
    severity: 'error',
    section: 'configuration',
    summary: 'The custom help-desk link is empty or not an email address or https address.',
    check: ({ plan }) => {
      const link = plan.policy.helpdeskLink.trim();
      const fallback = plan.overview.helpdeskContact.trim();
      const valid = (v: string) => EMAIL.test(v) || HTTPS_URL.test(v);
      return hit(plan.policy.helpdesk && !valid(link), {
        field: 'policy.helpdeskLink',
        message:
          link === ''
            ? 'The custom help-desk link is switched on but empty.'
            : `"${link}" is neither an email address nor an https:// address.`,
        fix: valid(fallback)
          ? { label: `Use ${fallback}`, changes: [{ path: 'policy.helpdeskLink', value: fallback }] }
          : undefined,
      });
    },
  },
  {
    code: 'SSPR-ONPREM-001',
    severity: 'error',
    section: 'configuration',
    summary: 'Hybrid environment with password writeback off.',
    check: ({ plan }) =>
      hit(plan.overview.environment === 'hybrid' && !plan.policy.writeback, {
        field: 'policy.writeback',
        message: 'Users synced from on-premises AD cannot finish a reset unless the new password is written back.',
        fix: { label: 'Write passwords back to on-premises AD', changes: [{ path: 'policy.writeback', value: true }] },
      }),
  },
  {
    code: 'SSPR-ONPREM-002',
    severity: 'info',
    section: 'configuration',
    summary: 'Writeback is on in a cloud-only environment.',
    check: ({ plan }) =>
      hit(plan.overview.environment === 'cloud' && plan.policy.writeback, {
        field: 'policy.writeback',
        message: 'The plan says the organization is cloud-only, so writeback has nothing to write to.',
      }),
  },
  {
    code: 'SSPR-ONPREM-003',
    severity: 'warning',
    section: 'configuration',
    summary: 'Users cannot unlock their account without resetting the password.',
    check: ({ plan }) =>
      hit(plan.overview.environment === 'hybrid' && !plan.policy.unlockWithoutReset, {
        field: 'policy.unlockWithoutReset',
        message: 'A locked-out user who still knows the password will be forced to pick a new one.',
        fix: { label: 'Allow unlock without reset', changes: [{ path: 'policy.unlockWithoutReset', value: true }] },
      }),
  },
  {
    code: 'SSPR-LOCKSCREEN-001',
    severity: 'warning',
    section: 'configuration',
    summary: 'Lock-screen reset is enabled through the registry.',
    check: ({ plan }) =>
      hit(plan.policy.lockScreenReset === 'registry', {
        field: 'policy.lockScreenReset',
        message: 'The registry key is meant for testing; deploy the lock-screen reset link with an Intune policy.',
        fix: { label: 'Use Intune', changes: [{ path: 'policy.lockScreenReset', value: 'intune' }] },
      }),
  },
];
