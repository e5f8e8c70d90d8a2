import { registrationByWave } from '../../tenant/registration';
import { counted } from '../../text';
import { hit, type Rule } from './types';

/** Rules on how registration is going, from imported registration details (sspr-domain.md §12). */
export const registrationRules: Rule[] = [
  {
    code: 'SSPR-ROLLOUT-008',
    severity: 'warning',
    section: 'rollout',
    summary: 'A rollout phase has begun and fewer than half of its users have registered (imported registration data).',
    check: ({ plan, tenant, today }) => {
      // Without registration details in the tenant data nobody looks registered, which says nothing.
      if (today === null || !tenant.users.some((u) => Object.keys(u.registered).length > 0)) return [];
      const byWave = new Map(registrationByWave(plan, tenant).map((w) => [w.wave, w]));
      return plan.rollout.phases.flatMap((phase, i) => {
        const wave = byWave.get(phase.name);
        if (!wave || wave.users === 0 || phase.start === null || phase.start > today) return [];
        return hit(wave.registered * 2 < wave.users, {
          field: `rollout.phases.${i}.start`,
          message: `${phase.name} began on ${phase.start}, and ${wave.registered} of its ${counted(wave.users, 'user')} (${Math.round((wave.registered / wave.users) * 100)}%) have registered. Send the Reminder email to the ${wave.users - wave.registered} who have not; export them from the tenant data.`,
        });
      });
    },
  },
];
