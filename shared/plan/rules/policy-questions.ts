import type { Plan } from '../schema';
import { hit, type Rule } from './types';

const usesQuestions = (plan: Plan) => plan.policy.methods.includes('securityQuestions');
const inRange = (n: number) => n >= 3 && n <= 5;

export const questionRules: Rule[] = [
  {
    code: 'SSPR-QUESTIONS-001',
    severity: 'error',
    section: 'configuration',
    summary: 'Security questions required to register is outside 3–5.',
    check: ({ plan }) =>
      hit(usesQuestions(plan) && !inRange(plan.policy.questionsToRegister), {
        field: 'policy.questionsToRegister',
        message: `Users must answer between 3 and 5 questions at registration; the plan says ${plan.policy.questionsToRegister}.`,
        fix: { label: 'Ask 5 questions at registration', changes: [{ path: 'policy.questionsToRegister', value: 5 }] },
      }),
  },
  {
    code: 'SSPR-QUESTIONS-002',
    severity: 'error',
    section: 'configuration',
    summary: 'Security questions required to reset is outside 3–5.',
    check: ({ plan }) =>
      hit(usesQuestions(plan) && !inRange(plan.policy.questionsToReset), {
        field: 'policy.questionsToReset',
        message: `A reset must ask between 3 and 5 questions; the plan says ${plan.policy.questionsToReset}.`,
        fix: { label: 'Ask 3 questions at reset', changes: [{ path: 'policy.questionsToReset', value: 3 }] },
      }),
  },
  {
    code: 'SSPR-QUESTIONS-003',
    severity: 'error',
    section: 'configuration',
    summary: 'Fewer questions are answered at registration than a reset asks.',
    check: ({ plan }) => {
      const { questionsToRegister, questionsToReset } = plan.policy;
      return hit(usesQuestions(plan) && questionsToRegister < questionsToReset, {
        field: 'policy.questionsToRegister',
        message: `A reset asks ${questionsToReset} questions but users answer only ${questionsToRegister} when they register.`,
        fix: {
          label: `Ask ${questionsToReset} questions at registration`,
          changes: [{ path: 'policy.questionsToRegister', value: questionsToReset }],
        },
      });
    },
  },
  {
    code: 'SSPR-QUESTIONS-004',
    severity: 'error',
    section: 'configuration',
    summary: 'The question set has fewer questions than users must answer.',
    check: ({ plan }) => {
      const available = plan.policy.predefinedQuestions.length + plan.policy.customQuestions.length;
      return hit(usesQuestions(plan) && available < plan.policy.questionsToRegister, {
        field: 'policy.predefinedQuestions',
        message: `Users must answer ${plan.policy.questionsToRegister} questions but only ${available} are offered.`,
      });
    },
  },
];
