import { ERROR_DESCRIPTIONS } from '../shared/errors';
import { RULES } from '../shared/plan/rules';

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
  return { 'docs/finding-codes.md': findings, 'docs/error-codes.md': errors };
}
