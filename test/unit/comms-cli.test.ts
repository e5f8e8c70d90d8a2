import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, useTempDir } from './helpers';

const tempDir = useTempDir();


async function demoPlan(): Promise<{ plan: string; dir: string }> {
  const dir = tempDir();
  const plan = path.join(dir, 'contoso.ssprplan');
  expect((await cli('new', plan, '--demo')).code).toBe(0);
  return { plan, dir };
}

/** The demo schedules four sends (Coming Soon, Available Now, two reminders) for each of its four phases. */
const DEMO_SENDS = 16;

describe('sspr-planner export-emails', () => {
  it('writes every send in all four formats by default and prints each file', async () => {
    const { plan, dir } = await demoPlan();
    const out = path.join(dir, 'emails');
    const r = await cli('export-emails', plan, '--out', out);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(DEMO_SENDS * 4);
    expect(lines.every((f) => existsSync(f))).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['docx', 'eml', 'html', 'txt']);
    for (const format of ['docx', 'eml', 'html', 'txt']) expect(readdirSync(path.join(out, format))).toHaveLength(DEMO_SENDS);
    expect(lines).toContain(path.join(out, 'eml', '2026-12-28 Coming Soon (Pilot).eml'));
    expect(readFileSync(path.join(out, 'txt', '2027-01-11 Available Now (Pilot).txt'), 'utf8')).toMatch(
      /^Subject: Set up password self-service today: it takes two minutes\n\n/,
    );
  });

  it('writes only the formats asked for', async () => {
    const { plan, dir } = await demoPlan();
    const out = path.join(dir, 'emails');
    const r = await cli('export-emails', plan, '--out', out, '--format', 'eml,docx');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toHaveLength(DEMO_SENDS * 2);
    expect(readdirSync(out).sort()).toEqual(['docx', 'eml']);
    expect((await cli('export-emails', plan, `--out=${path.join(dir, 'one')}`, '--format=txt')).out.split('\n')).toHaveLength(DEMO_SENDS);
  });

  it('refuses an unknown format with exit code 2, naming it and the formats there are', async () => {
    const { plan, dir } = await demoPlan();
    const out = path.join(dir, 'emails');
    const r = await cli('export-emails', plan, '--out', out, '--format', 'eml,pdf');
    expect(r.code).toBe(2);
    expect(r.err).toContain('"pdf"');
    expect(r.err).toContain('eml, html, docx, txt');
    expect(r.out).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out', async () => {
    const { plan } = await demoPlan();
    const r = await cli('export-emails', plan);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--out DIR is required');
  });

  it('names the folder it cannot write, with exit code 2', async () => {
    const { plan } = await demoPlan();
    const r = await cli('export-emails', plan, '--out', plan, '--format', 'txt');
    expect(r.code).toBe(2);
    expect(r.err).toContain(plan);
    expect(r.err).toContain('[FILE_WRITE_FAILED]');
  });

  it('says so on stderr when a placeholder has no value, and still writes the files', async () => {
    const { plan, dir } = await demoPlan();
    expect((await cli('set', plan, 'overview.landingPageUrl=')).code).toBe(0);
    const r = await cli('export-emails', plan, '--out', path.join(dir, 'emails'), '--format', 'txt');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toHaveLength(DEMO_SENDS);
    expect(r.err).toMatch(/Check before sending: \d+ communications findings?\./);
    expect(r.err).toContain('SSPR-COMMS-');
  });
});

describe('sspr-planner export-landing', () => {
  it('writes index.html, style.css and the logo and prints them', async () => {
    const { plan, dir } = await demoPlan();
    const out = path.join(dir, 'site');
    const r = await cli('export-landing', plan, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual(['index.html', 'style.css', 'logo.png'].map((f) => path.join(out, f)));
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('href="https://aka.ms/sspr"');
  });

  it('is listed in the usage and has its own help', async () => {
    expect((await cli('--help')).out).toMatch(/export-landing <plan> --out DIR/);
    const help = await cli('export-emails', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--format');
  });
});
