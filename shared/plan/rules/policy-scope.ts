import { groupExists } from '../../tenant/groups';
import { hit, type Rule } from './types';

export const scopeRules: Rule[] = [
  {
    code: 'SSPR-SCOPE-001',
    severity: 'error',
    section: 'configuration',
    summary: 'Scope is "Selected" but no group is named.',
    check: ({ plan }) =>
      hit(plan.policy.scope === 'selected' && plan.policy.group.trim() === '', {
        field: 'policy.group',
        message: 'SSPR is limited to a selected group, but no group is named, so only administrators could reset.',
      }),
  },
  {
    code: 'SSPR-SCOPE-002',
    severity: 'warning',
    section: 'configuration',
    summary: 'The selected group does not exist in the imported tenant.',
    check: ({ plan, tenant }) =>
      hit(
        plan.policy.scope === 'selected' &&
          plan.policy.group.trim() !== '' &&
          tenant.groups.length > 0 &&
          !groupExists(tenant, plan.policy.group),
        {
          field: 'policy.group',
          message: `No group called "${plan.policy.group}" is in the tenant data, so nobody but administrators would be enabled.`,
        },
      ),
  },
  {
    code: 'SSPR-SCOPE-003',
    severity: 'warning',
    section: 'configuration',
    summary: 'Scope is "None": SSPR is off for everyone except administrators.',
    check: ({ plan }) =>
      hit(plan.policy.scope === 'none', {
        field: 'policy.scope',
        message: 'With the scope set to None, only administrators can reset their own passwords.',
        fix: { label: 'Limit SSPR to a pilot group', changes: [{ path: 'policy.scope', value: 'selected' }] },
      }),
  },
  {
    code: 'SSPR-SCOPE-004',
    severity: 'info',
    section: 'configuration',
    summary: 'Scope is "All" while the rollout still has a pilot phase to run.',
    check: ({ plan }) => {
      const pilot = plan.rollout.phases.find((p) => p.kind === 'pilot');
      return hit(plan.policy.scope === 'all' && pilot !== undefined && pilot.group !== '', {
        field: 'policy.scope',
        message: `The rollout starts with a pilot, yet the policy enables everyone. Limit it to "${pilot?.group ?? ''}" until the pilot passes.`,
        fix: {
          label: `Limit SSPR to ${pilot?.group ?? 'the pilot group'}`,
          changes: [
            { path: 'policy.scope', value: 'selected' },
            { path: 'policy.group', value: pilot?.group ?? '' },
          ],
        },
      });
    },
  },
];
