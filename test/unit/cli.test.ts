import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';
import { COMMAND_HELP } from '../../main/cli-help';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const result = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  if (result.code === 'serving') {
    result.api.close();
    await result.host.close();
  }
  return { code: result.code, out: out.join('\n'), err: err.join('\n') };
}

describe('sspr-planner CLI', () => {
  it('creates the demo and validates it as JSON with stable codes', async () => {
    const plan = path.join(tempDir(), 'x.ssprplan');
    expect((await cli('new', plan, '--demo')).code).toBe(0);
    const r = await cli('validate', plan, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.plan).toBe(plan);
    expect(doc.counts.error).toBe(0);
    expect(doc.findings.length).toBeGreaterThan(0);
    for (const f of doc.findings) expect(f.code).toMatch(/^SSPR-[A-Z]+-\d{3}$/);
    // The demo still waits for three sign-offs and its nine pilot test cases.
    expect(doc.readiness.verdict).toBe('no-go');
    expect(doc.readiness.blockers).toHaveLength(12);
    expect(doc.readiness.blockers).toContain('Lena Fischer has not signed off yet.');
    expect((await cli('validate', plan)).out).toContain('Readiness: NO-GO (12 blockers)');
  });

  it('exits 1 when the plan has errors', async () => {
    const plan = path.join(tempDir(), 'x.ssprplan');
    await cli('new', plan);
    const r = await cli('validate', plan);
    expect(r.code).toBe(1);
    expect(r.out).toContain('SSPR-OVERVIEW-001');
  });

  it('gets and sets policy fields and dotted paths', async () => {
    const plan = path.join(tempDir(), 'x.ssprplan');
    await cli('new', plan, '--demo', '--org', 'Fabrikam');
    expect((await cli('get', plan, 'overview.organization')).out).toBe('Fabrikam');
    expect((await cli('set', plan, 'scope=selected', 'group=Pilot', 'methodsToReset=2')).code).toBe(0);
    expect((await cli('get', plan, 'methodsToReset')).out).toBe('2');
    expect((await cli('get', plan, 'group', '--json')).out).toBe('"Pilot"');
    const bad = await cli('set', plan, 'methodsToReset=two', 'scope=all');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('policy.methodsToReset');
    expect((await cli('get', plan, 'scope')).out).toBe('selected');
    expect((await cli('get', plan, 'policy.nothing')).code).toBe(2);
  });

  it('exports and imports JSON', async () => {
    const dir = tempDir();
    const plan = path.join(dir, 'x.ssprplan');
    await cli('new', plan, '--demo');
    expect((await cli('export-json', plan, '--out', path.join(dir, 'x.json'))).code).toBe(0);
    expect((await cli('import-json', path.join(dir, 'x.json'), path.join(dir, 'y.ssprplan'))).code).toBe(0);
    expect((await cli('get', path.join(dir, 'y.ssprplan'), 'overview.organization')).out).toBe('Contoso');
    writeFileSync(path.join(dir, 'broken.json'), '{"format": "sspr-rollout-plan", ');
    const r = await cli('import-json', path.join(dir, 'broken.json'), path.join(dir, 'z.ssprplan'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('broken.json is not valid JSON');
  });

  it('refuses a text file renamed to .ssprplan with exit 2', async () => {
    const file = path.join(tempDir(), 'notes.ssprplan');
    writeFileSync(file, 'hello');
    const r = await cli('validate', file, '--json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('is not a plan file');
  });

  it('answers usage errors with exit 2 and the command help', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    const missing = await cli('new');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(COMMAND_HELP.new);
    expect((await cli('validate', 'x.ssprplan', '--verbose')).err).toContain('has no option --verbose');
    expect((await cli('serve', '--port', 'abc')).code).toBe(2);
  });

  it('prints help for every command with exit 0', async () => {
    for (const command of Object.keys(COMMAND_HELP)) {
      const r = await cli(command, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toContain(`sspr-planner ${command}`);
    }
  });

  it('serves a plan on 127.0.0.1 and prints its tokenized address', async () => {
    const plan = path.join(tempDir(), 'x.ssprplan');
    await cli('new', plan, '--demo');
    const r = await cli('serve', plan);
    expect(r.out).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}/);
  });
});
