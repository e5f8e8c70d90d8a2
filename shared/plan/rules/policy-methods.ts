import { METHODS } from '../methods';
import { hit, type Rule } from './types';
import { counted } from '../../text';

export const methodRules: Rule[] = [
  {
    code: 'SSPR-METHODS-001',
    severity: 'error',
    section: 'configuration',
    summary: 'Methods required to reset is not 1 or 2.',
    check: ({ plan }) =>
      hit(![1, 2].includes(plan.policy.methodsToReset), {
        field: 'policy.methodsToReset',
        message: `Methods required to reset is ${plan.policy.methodsToReset}; Entra ID accepts only 1 or 2.`,
        fix: { label: 'Require 1 method to reset', changes: [{ path: 'policy.methodsToReset', value: 1 }] },
      }),
  },
  {
    code: 'SSPR-METHODS-002',
    severity: 'error',
    section: 'configuration',
    summary: 'Methods required to register is lower than methods required to reset.',
    check: ({ plan }) => {
      const { methodsToRegister, methodsToReset, methods } = plan.policy;
      const target = methodsToReset + 1 <= methods.length ? methodsToReset + 1 : methodsToReset;
      return hit(methodsToRegister < methodsToReset, {
        field: 'policy.methodsToRegister',
        message: `Users register ${counted(methodsToRegister, 'method')} but must prove ${methodsToReset} to reset, so nobody could ever reset.`,
        fix: { label: `Require ${counted(target, 'method')} to register`, changes: [{ path: 'policy.methodsToRegister', value: target }] },
      });
    },
  },
  {
    code: 'SSPR-METHODS-003',
    severity: 'warning',
    section: 'configuration',
    summary: 'Methods required to register equals methods required to reset; one more is recommended.',
    check: ({ plan }) => {
      const { methodsToRegister, methodsToReset, methods } = plan.policy;
      const target = methodsToReset + 1;
      return hit(methodsToRegister === methodsToReset, {
        field: 'policy.methodsToRegister',
        message: `Users register exactly the ${counted(methodsToReset, 'method')} a reset needs: losing one phone locks them out. Ask for one more at registration.`,
        fix:
          target <= methods.length
            ? { label: `Require ${counted(target, 'method')} to register`, changes: [{ path: 'policy.methodsToRegister', value: target }] }
            : undefined,
      });
    },
  },
  {
    code: 'SSPR-METHODS-004',
    severity: 'error',
    section: 'configuration',
    summary: 'Fewer methods are enabled than users must register.',
    check: ({ plan }) => {
      const { methodsToRegister, methods } = plan.policy;
      return hit(methods.length < methodsToRegister, {
        field: 'policy.methods',
        message: `Users must register ${methodsToRegister} methods but only ${methods.length} are enabled, so registration can never finish.`,
        fix:
          methods.length >= 1
            ? {
                label: `Require ${counted(methods.length, 'method')} to register`,
                changes: [{ path: 'policy.methodsToRegister', value: methods.length }],
              }
            : undefined,
      });
    },
  },
  {
    code: 'SSPR-METHODS-005',
    severity: 'error',
    section: 'configuration',
    summary: 'Methods required to register is outside 1 to the number of available methods.',
    check: ({ plan }) =>
      hit(plan.policy.methodsToRegister < 1 || plan.policy.methodsToRegister > Object.keys(METHODS).length, {
        field: 'policy.methodsToRegister',
        message: `Methods required to register is ${plan.policy.methodsToRegister}; it must be between 1 and ${Object.keys(METHODS).length}.`,
        fix: { label: 'Require 3 methods to register', changes: [{ path: 'policy.methodsToRegister', value: 3 }] },
      }),
  },
  {
    code: 'SSPR-METHODS-006',
    severity: 'warning',
    section: 'configuration',
    summary: 'Fewer than two methods are enabled.',
    check: ({ plan }) =>
      hit(plan.policy.methods.length < 2, {
        field: 'policy.methods',
        message: 'Enable at least two methods so a user who loses one still has another way in.',
      }),
  },
  {
    code: 'SSPR-METHODS-007',
    severity: 'info',
    section: 'configuration',
    summary: 'Fewer than the recommended three methods are required at registration.',
    check: ({ plan }) => {
      const { methodsToRegister, methodsToReset, methods } = plan.policy;
      return hit(methodsToRegister > methodsToReset && methodsToRegister < 3 && methods.length >= 3, {
        field: 'policy.methodsToRegister',
        message: `The deployment plan recommends registering three methods; this plan asks for ${methodsToRegister}.`,
        fix: { label: 'Require 3 methods to register', changes: [{ path: 'policy.methodsToRegister', value: 3 }] },
      });
    },
  },
  {
    code: 'SSPR-METHODS-008',
    severity: 'warning',
    section: 'configuration',
    summary: 'Security questions are the only method for users.',
    check: ({ plan }) =>
      hit(plan.policy.methods.length === 1 && plan.policy.methods[0] === 'securityQuestions', {
        field: 'policy.methods',
        message: 'Security questions alone are the weakest way to prove identity; add a phone, app or email method.',
      }),
  },
  {
    code: 'SSPR-METHODS-009',
    severity: 'warning',
    section: 'configuration',
    summary: 'Fewer than two methods other than security questions are enabled, which administrators need.',
    check: ({ plan }) => {
      const usable = plan.policy.methods.filter((m) => m !== 'securityQuestions').length;
      return hit(usable < 2, {
        field: 'policy.methods',
        message: `Administrators must prove two methods and may never use security questions; only ${counted(usable, 'other method')} ${usable === 1 ? 'is' : 'are'} enabled.`,
      });
    },
  },
];
