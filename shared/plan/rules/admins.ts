import { isAdmin, upnKeys } from '../../tenant/groups';
import { memoPerTenant } from '../../tenant/memo';
import type { Tenant } from '../tenant';
import { hit, type Rule } from './types';
import { counted, listSome } from '../../text';

/** Who the admin checks look at, worked out once per tenant snapshot rather than on every edit. */
const adminFacts = memoPerTenant((tenant: Tenant) => ({
  admins: tenant.users.filter(isAdmin).length,
  syncedOnPremAdmins: tenant.users.filter((u) => u.synced && u.onPremAdmin),
}));

const ADMIN_RESETTERS = ['global administrator', 'privileged authentication administrator'];

export const adminRules: Rule[] = [
  {
    code: 'SSPR-ADMIN-001',
    severity: 'info',
    section: 'configuration',
    summary: 'Administrators are enabled whatever the scope and get the two-method policy.',
    check: ({ plan, tenant }) => {
      const { admins } = adminFacts(tenant);
      return hit(admins > 0 && plan.policy.scope !== 'all', {
        field: 'policy.scope',
        message: `${counted(admins, 'administrator account')} can use SSPR whatever the scope says; they must prove two methods and cannot use security questions.`,
      });
    },
  },
  {
    code: 'SSPR-ADMIN-002',
    severity: 'warning',
    section: 'configuration',
    summary: 'Synced accounts are enterprise or domain admins on-premises.',
    check: ({ tenant }) => {
      const blocked = adminFacts(tenant).syncedOnPremAdmins;
      return hit(blocked.length > 0, {
        field: 'tenant.users',
        message: `${counted(blocked.length, 'synced account')} ${blocked.length === 1 ? 'is an' : 'are'} on-premises enterprise or domain admin${blocked.length === 1 ? '' : 's'} (${listSome(blocked.map((u) => u.upn))}). ${blocked.length === 1 ? 'Writeback refuses it; stop syncing that account.' : 'Writeback refuses them; stop syncing those accounts.'}`,
      });
    },
  },
  {
    code: 'SSPR-ADMIN-003',
    severity: 'warning',
    section: 'support',
    summary: 'No support role can reset an administrator\'s password.',
    check: ({ plan }) =>
      hit(!plan.support.roles.some((r) => ADMIN_RESETTERS.includes(r.entraRole.trim().toLowerCase())), {
        field: 'support.roles',
        message: 'Help-desk roles cannot reset administrators; give one escalation role Global administrator or Privileged authentication administrator.',
      }),
  },
  {
    code: 'SSPR-ADMIN-004',
    severity: 'warning',
    section: 'testing',
    summary: 'The test account is missing or is an administrator.',
    check: ({ plan, tenant }) => {
      const account = plan.testing.testAccount.trim().toLowerCase();
      const index = account === '' ? -1 : upnKeys(tenant).indexOf(account);
      const user = index === -1 ? undefined : tenant.users[index];
      if (account === '') {
        return [{ field: 'testing.testAccount', message: 'Name a non-admin account to test the user experience with.' }];
      }
      return hit(user !== undefined && isAdmin(user), {
        field: 'testing.testAccount',
        message: `${plan.testing.testAccount} holds an admin role, so it gets the stricter admin policy and cannot show what users see.`,
      });
    },
  },
];
