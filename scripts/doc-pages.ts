import { readFileSync } from 'node:fs';
import { ERROR_DESCRIPTIONS } from '../shared/errors';
import { RULES } from '../shared/plan/rules';
import { SIM_RULES, type SimRule } from '../shared/simulator/ruleCodes';
import { ACTIONS, AUDIT_ACTIVITIES, OUTCOMES } from '../shared/simulator/vocabulary';

const escape = (s: string) => s.replaceAll('|', '\\|');

/** The generated reference pages, by path; a test keeps the committed copies equal to these. */
export function docPages(): Record<string, string> {
  const findings = [
    '# Finding codes',
    '',
    'Generated from `shared/plan/rules/` by `npm run docs`. Codes are stable: a code keeps its meaning',
    'forever and a retired code is never reused. `field` in a finding is the dotted plan path it points at.',
    '',
    '| code | severity | section | what it means |',
    '| --- | --- | --- | --- |',
    ...RULES.map((r) => `| \`${r.code}\` | ${r.severity} | ${r.section} | ${escape(r.summary)} |`),
    '',
  ].join('\n');
  const errors = [
    '# Error codes',
    '',
    'Every API, CLI and browser-host error carries one of these codes as `{ code, message }`.',
    'Generated from `shared/errors.ts` by `npm run docs`. The CLI prints `[CODE]` after the message and exits 2.',
    '',
    '| code | meaning |',
    '| --- | --- |',
    ...Object.entries(ERROR_DESCRIPTIONS).map(([code, text]) => `| \`${code}\` | ${escape(text)} |`),
    '',
  ].join('\n');
  return {
    'docs/finding-codes.md': findings,
    'docs/error-codes.md': errors,
    'docs/simulator-rules.md': simulatorRules(),
    'shared/comms/shipped.ts': shippedTemplates(),
  };
}

const ACTION_HEADINGS: Record<SimRule['action'], string> = {
  signIn: '`signIn`: signing in (registration prompts)',
  register: '`register`: registering methods',
  reset: '`reset`: self-service reset in the browser',
  unlock: '`unlock`: unlocking without a reset (after the reset checks up to verification)',
  adminReset: '`adminReset`: an admin resets another user (`by`)',
  lockScreenReset: '`lockScreenReset`: the reset link on the Windows lock screen (then the reset rules)',
  any: 'Any self-service step',
};

/** The simulator's decision rules per action, in the order the engine checks them (first match wins). */
function simulatorRules(): string {
  const rules = Object.entries(SIM_RULES) as [string, SimRule][];
  const sections = [...ACTIONS, 'any' as const].flatMap((action) => {
    const own = rules.filter(([, r]) => r.action === action);
    if (own.length === 0) return [];
    return ['', `## ${ACTION_HEADINGS[action]}`, '', '| rule | outcome | when |', '| --- | --- | --- |', ...own.map(([code, r]) => `| \`${code}\` | \`${r.outcome}\` | ${escape(r.text)} |`)];
  });
  return [
    '# Simulator rules',
    '',
    'Generated from `shared/simulator/ruleCodes.ts` by `npm run docs`. The simulator (`sspr-planner simulate`,',
    'the Simulator section) decides every step by the first rule that matches, in the order listed per',
    'action, and names that rule in its report; a scenario step may expect one with `expect.rule`. Codes',
    'are stable: a code keeps its meaning and is never reused.',
    ...sections,
    '',
    '## Outcomes',
    '',
    'A step\'s `expect.outcome` is one of:',
    '',
    ...OUTCOMES.map((o) => {
      const codes = rules.filter(([, r]) => r.outcome === o).map(([code]) => `\`${code}\``);
      return `- \`${o}\`${codes.length > 0 ? `: ${codes.join(', ')}` : ''}`;
    }),
    '',
    '## Audit activities',
    '',
    'A step\'s `expect.audit` lists Entra\'s activity names (service "Self-service Password Management"), compared as a set:',
    '',
    ...AUDIT_ACTIVITIES.map((a) => `- ${a}`),
    '',
  ].join('\n');
}

/**
 * templates/ as a TypeScript module: shared code may not read files, and the renderer previews and
 * checks the same wording that main exports.
 */
function shippedTemplates(): string {
  const read = (file: string) => JSON.stringify(readFileSync(`templates/${file}`, 'utf8'));
  return [
    '// Generated from templates/ by `npm run docs`; edit those files, not this one.',
    '',
    'export const SHIPPED_EMAIL_FILES = {',
    `  comingSoon: ${read('emails/coming-soon.txt')},`,
    `  availableNow: ${read('emails/available-now.txt')},`,
    `  reminder: ${read('emails/reminder.txt')},`,
    '} as const;',
    '',
    `export const LANDING_PAGE_FILE = ${read('landing/page.txt')};`,
    '',
    `export const LANDING_PAGE_CSS = ${read('landing/style.css')};`,
    '',
  ].join('\n');
}
