import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../main/api';
import { sendTestEmail } from '../../main/export/smtp';
import { keychainOf, PASSWORD_FILE, SETTINGS_FILE, type Keychain, type SafeStorageLike } from '../../main/smtp-settings';
import type { SmtpSettings } from '../../shared/api';
import { composeCampaign } from '../../shared/comms/compose';
import { createDemoPlan } from '../../shared/plan/demo';
import type { CampaignEmail, Plan } from '../../shared/plan/schema';
import { refusal, useTempDir } from './helpers';

const USER = 'comms@contoso.com';
const PASSWORD = 'Tr0ub4dor&3-sspr-secret';
const TO = 'ann@contoso.com';

interface Received {
  raw: Buffer;
  secure: boolean;
}

interface RunningServer {
  port: number;
  received: Received[];
}

const servers: SMTPServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

/** A real SMTP server on 127.0.0.1 that insists on USER/PASSWORD and keeps every message it accepts. */
async function startSmtp(options: SMTPServerOptions = {}): Promise<RunningServer> {
  const received: Received[] = [];
  const server = new SMTPServer({
    logger: false,
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: options.key ? [] : ['STARTTLS'],
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: USER });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ raw: Buffer.concat(chunks), secure: session.secure });
        callback();
      });
    },
    ...options,
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.server.address() as net.AddressInfo).port, received };
}

/** A port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const tempDir = useTempDir();

function sendOf(plan: Plan): CampaignEmail {
  const phase = plan.rollout.phases[0];
  if (!phase) throw new Error('the demo plan has no phase');
  return { id: 'send-pilot-soon', kind: 'comingSoon', name: 'Pilot: coming soon', phaseId: phase.id, sendDate: '2030-01-05', templateId: '', offsetDays: null, sent: false };
}

/** An API over a fresh demo plan holding one send; the plan file lies in the data folder. */
async function demoApi(keychain?: Keychain) {
  const dir = tempDir();
  const api = createApi({ mode: keychain ? 'electron' : 'browser', dataDir: dir, keychain });
  const planPath = path.join(dir, 'contoso.ssprplan');
  const { plan } = await api.invoke('plan.create', { path: planPath, demo: true });
  await api.invoke('plan.update', { changes: [{ path: 'communications.emails', value: [sendOf(plan)] }] });
  return { api, dir, planPath };
}

const smtpOn = (port: number, security: SmtpSettings['security'] = 'none', host = '127.0.0.1'): SmtpSettings => ({ host, port, security, user: USER });

const sendTest = (api: Api, smtp: SmtpSettings, password: string, remember = false) =>
  api.invoke('comms.sendTest', { sendId: 'send-pilot-soon', to: TO, smtp, password, remember });

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const addresses = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value.map((v) => v.address));

/** Reversible like a keychain, and visibly not the plain text. */
function fakeKeychain(available = true): Keychain & { encrypted: string[] } {
  const encrypted: string[] = [];
  return {
    encrypted,
    available: async () => available,
    encrypt: async (text) => {
      encrypted.push(text);
      return Buffer.from(`FAKE-KEYCHAIN:${Buffer.from(text).toString('base64')}`);
    },
    decrypt: async (data) => {
      const s = data.toString();
      if (!s.startsWith('FAKE-KEYCHAIN:')) throw new Error('not ours');
      return Buffer.from(s.slice('FAKE-KEYCHAIN:'.length), 'base64').toString();
    },
  };
}

describe('comms.sendTest through a local SMTP server', () => {
  it('delivers the send as a [Test] message with text, HTML and the inline logo, and keeps the settings but never the password', async () => {
    const server = await startSmtp();
    const { api, dir, planPath } = await demoApi();
    const result = await sendTest(api, smtpOn(server.port), PASSWORD);
    expect(result.accepted).toEqual([TO]);
    expect(result.rejected).toEqual([]);
    expect(result.response).toMatch(/^250/);

    expect(server.received).toHaveLength(1);
    const mail = await simpleParser(server.received[0]?.raw ?? Buffer.alloc(0), { keepCidLinks: true });
    expect(addresses(mail.to)).toEqual([TO]);
    expect(mail.from?.value[0]).toMatchObject({ name: 'Contoso IT', address: 'it-communications@contoso.com' });
    expect(mail.subject).toMatch(/^\[Test\] \S/);
    expect(mail.subject).not.toMatch(/[{}]/);
    expect(mail.text?.length).toBeGreaterThan(100);
    expect(mail.html).toContain('<html');
    const logo = mail.attachments.find((a) => a.related);
    expect(logo?.contentType).toBe('image/png');
    expect(mail.html).toContain(`cid:${logo?.cid}`);

    const state = await api.invoke('comms.smtpSettings', {});
    expect(state).toEqual({ settings: smtpOn(server.port), passwordSaved: false, keychain: false });
    expect(JSON.parse(readFileSync(path.join(dir, SETTINGS_FILE), 'utf8'))).toEqual(smtpOn(server.port));
    api.close();
    expect(existsSync(path.join(dir, PASSWORD_FILE))).toBe(false);
    const files = filesUnder(dir);
    expect(files).toContain(planPath);
    for (const file of files) expect(readFileSync(file).includes(PASSWORD), file).toBe(false);
  });

  it('refuses a wrong password as an authentication failure, and keeps no settings', async () => {
    const server = await startSmtp();
    const { api, dir } = await demoApi();
    const error = await refusal(sendTest(api, smtpOn(server.port), 'wrong-password'));
    expect(error.code).toBe('SMTP_FAILED');
    expect(error.message).toMatch(/authentication failed/i);
    expect(error.message).toContain(USER);
    expect(error.message).toMatch(/The server said: "535 /);
    expect(error.message).not.toContain('wrong-password');
    expect(server.received).toHaveLength(0);
    expect(existsSync(path.join(dir, SETTINGS_FILE))).toBe(false);
    api.close();
  });

  it('says it could not connect when nothing listens on the port', async () => {
    const port = await closedPort();
    const { api } = await demoApi();
    const error = await refusal(sendTest(api, smtpOn(port), PASSWORD));
    expect(error.code).toBe('SMTP_FAILED');
    expect(error.message).toContain(`Could not connect to 127.0.0.1:${port}`);
    expect(error.message).toMatch(/nothing accepts connections/);
    api.close();
  });

  it('names a recipient the server refuses, with the server\'s reason', async () => {
    const server = await startSmtp({
      onRcptTo(address, _session, callback) {
        callback(address.address === TO ? Object.assign(new Error('5.1.1 Mailbox unknown'), { responseCode: 550 }) : undefined);
      },
    });
    const { api } = await demoApi();
    const error = await refusal(sendTest(api, smtpOn(server.port), PASSWORD));
    expect(error.code).toBe('SMTP_FAILED');
    expect(error.message).toContain(`refused the recipient ${TO}`);
    expect(error.message).toContain('550 5.1.1 Mailbox unknown');
    api.close();
  });

  it('gives up on a server that never answers, saying so', async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const plan = createDemoPlan('Contoso');
      const [email] = composeCampaign({ ...plan, communications: { ...plan.communications, emails: [sendOf(plan)] } });
      if (!email) throw new Error('no email composed');
      const error = await refusal(sendTestEmail(email, TO, smtpOn(port), PASSWORD, { timeoutMs: 500 }));
      expect(error.code).toBe('SMTP_FAILED');
      expect(error.message).toMatch(/did not answer in time/);
    } finally {
      silent.close();
    }
  });

  it('refuses an unknown send, a sender that is no address, and a user without any password before connecting', async () => {
    const server = await startSmtp();
    const { api } = await demoApi();
    const unknown = await refusal(api.invoke('comms.sendTest', { sendId: 'nope', to: TO, smtp: smtpOn(server.port), password: PASSWORD }));
    expect(unknown.code).toBe('KEY_UNKNOWN');
    expect(unknown.message).toContain('"nope"');

    const noPassword = await refusal(sendTest(api, smtpOn(server.port), ''));
    expect(noPassword.code).toBe('INPUT_INVALID');
    expect(noPassword.message).toMatch(/^password: /);

    await api.invoke('plan.update', { changes: [{ path: 'communications.senderEmail', value: 'IT team' }] });
    const sender = await refusal(sendTest(api, smtpOn(server.port), PASSWORD));
    expect(sender.code).toBe('VALUE_INVALID');
    expect(sender.message).toContain('Communications → Sender address');
    expect(server.received).toHaveLength(0);
    api.close();
  });

  it('treats a damaged smtp.json as no settings and replaces it after the next send', async () => {
    const server = await startSmtp();
    const { api, dir } = await demoApi();
    writeFileSync(path.join(dir, SETTINGS_FILE), '{"host": "mail.contoso.com", "port": ');
    expect(await api.invoke('comms.smtpSettings', {})).toEqual({ settings: null, passwordSaved: false, keychain: false });
    await sendTest(api, smtpOn(server.port), PASSWORD);
    expect((await api.invoke('comms.smtpSettings', {})).settings).toEqual(smtpOn(server.port));
    api.close();
  });

  it('lets the renderer send, and its errors carry no password', async () => {
    const { api } = await demoApi();
    const port = await closedPort();
    const result = await api.call('comms.sendTest', { sendId: 'send-pilot-soon', to: TO, smtp: smtpOn(port), password: PASSWORD }, 'renderer');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
    expect(result.ok ? '' : result.error.code).toBe('SMTP_FAILED');
    api.close();
  });
});

describe('comms.sendTest passwords: OS keychain or nowhere', () => {
  it('refuses "remember" without a keychain before sending anything', async () => {
    const server = await startSmtp();
    const { api, dir } = await demoApi();
    const error = await refusal(sendTest(api, smtpOn(server.port), PASSWORD, true));
    expect(error.code).toBe('NOT_AVAILABLE');
    expect(error.message).toMatch(/only by the desktop app/);
    expect(server.received).toHaveLength(0);
    expect(existsSync(path.join(dir, PASSWORD_FILE))).toBe(false);
    api.close();
  });

  it('refuses "remember" when the desktop app finds no usable keychain', async () => {
    const { api } = await demoApi(fakeKeychain(false));
    expect((await api.invoke('comms.smtpSettings', {})).keychain).toBe(false);
    const error = await refusal(sendTest(api, smtpOn(await closedPort()), PASSWORD, true));
    expect(error.code).toBe('NOT_AVAILABLE');
    expect(error.message).toMatch(/no OS keychain/);
    api.close();
  });

  it('keeps only the encrypted password, reuses it for the same server and user, forgets it on request', async () => {
    const server = await startSmtp();
    const keychain = fakeKeychain();
    const { api, dir } = await demoApi(keychain);
    expect(await api.invoke('comms.smtpSettings', {})).toEqual({ settings: null, passwordSaved: false, keychain: true });

    await sendTest(api, smtpOn(server.port), PASSWORD, true);
    expect(keychain.encrypted).toHaveLength(1);
    const blob = readFileSync(path.join(dir, PASSWORD_FILE));
    expect(blob.toString()).toMatch(/^FAKE-KEYCHAIN:/);
    for (const file of filesUnder(dir)) expect(readFileSync(file).includes(PASSWORD), file).toBe(false);
    expect(await api.invoke('comms.smtpSettings', {})).toEqual({ settings: smtpOn(server.port), passwordSaved: true, keychain: true });

    // An empty password means "the kept one".
    await sendTest(api, smtpOn(server.port), '');
    expect(server.received).toHaveLength(2);

    // Another user on the same server does not get this password.
    const other = await refusal(sendTest(api, { ...smtpOn(server.port), user: 'someone@contoso.com' }, ''));
    expect(other.code).toBe('INPUT_INVALID');

    const forgotten = await api.invoke('comms.forgetSmtpPassword', {});
    expect(forgotten).toEqual({ settings: smtpOn(server.port), passwordSaved: false, keychain: true });
    expect(existsSync(path.join(dir, PASSWORD_FILE))).toBe(false);
    expect((await refusal(sendTest(api, smtpOn(server.port), ''))).code).toBe('INPUT_INVALID');
    api.close();
  });

  it('drops the kept password when a send goes through another server', async () => {
    const first = await startSmtp();
    const second = await startSmtp({ authOptional: true });
    const { api, dir } = await demoApi(fakeKeychain());
    await sendTest(api, smtpOn(first.port), PASSWORD, true);
    expect(existsSync(path.join(dir, PASSWORD_FILE))).toBe(true);

    // 'localhost' is another host name: the kept password is not offered to it...
    const elsewhere = smtpOn(second.port, 'none', 'localhost');
    expect((await refusal(sendTest(api, elsewhere, ''))).code).toBe('INPUT_INVALID');
    // ...and once a send through it succeeds (here one that needs no sign-in), the old server's password is gone.
    await sendTest(api, { ...elsewhere, user: '' }, '');
    expect(second.received).toHaveLength(1);
    expect(existsSync(path.join(dir, PASSWORD_FILE))).toBe(false);
    expect(await api.invoke('comms.smtpSettings', {})).toMatchObject({ settings: { host: 'localhost', user: '' }, passwordSaved: false });
    api.close();
  });

  it('forgets a kept password when the user types one without "remember"', async () => {
    const server = await startSmtp();
    const { api, dir } = await demoApi(fakeKeychain());
    await sendTest(api, smtpOn(server.port), PASSWORD, true);
    await sendTest(api, smtpOn(server.port), PASSWORD, false);
    expect(server.received).toHaveLength(2);
    expect(existsSync(path.join(dir, PASSWORD_FILE))).toBe(false);
    expect((await api.invoke('comms.smtpSettings', {})).passwordSaved).toBe(false);
    api.close();
  });

  it('uses Electron safeStorage only when it is backed by a real keychain', async () => {
    const safeStorage = (backend: string, available = true): SafeStorageLike => ({
      isAsyncEncryptionAvailable: async () => available,
      getSelectedStorageBackend: () => backend,
      encryptStringAsync: async (text) => Buffer.from([...text].reverse().join('')),
      decryptStringAsync: async (data) => ({ result: [...data.toString()].reverse().join('') }),
    });
    expect(await keychainOf(safeStorage('basic_text'), 'linux').available()).toBe(false);
    expect(await keychainOf(safeStorage('gnome_libsecret'), 'linux').available()).toBe(true);
    expect(await keychainOf(safeStorage('gnome_libsecret', false), 'linux').available()).toBe(false);
    expect(await keychainOf(safeStorage('unknown'), 'darwin').available()).toBe(true);
    const keychain = keychainOf(safeStorage('kwallet6'), 'linux');
    expect(await keychain.decrypt(await keychain.encrypt('secret'))).toBe('secret');
  });
});

describe('sendTestEmail over TLS', () => {
  let certDir = '';
  let key: Buffer;
  let cert: Buffer;
  const email = () => {
    const plan = createDemoPlan('Contoso');
    const first = composeCampaign({ ...plan, communications: { ...plan.communications, emails: [sendOf(plan)] } })[0];
    if (!first) throw new Error('no email composed');
    return first;
  };

  beforeAll(() => {
    certDir = mkdtempSync(path.join(os.tmpdir(), 'sspr-smtp-cert-'));
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-days', '1',
        '-keyout', path.join(certDir, 'key.pem'), '-out', path.join(certDir, 'cert.pem')],
      { stdio: 'ignore' },
    );
    key = readFileSync(path.join(certDir, 'key.pem'));
    cert = readFileSync(path.join(certDir, 'cert.pem'));
  });
  afterAll(() => rmSync(certDir, { recursive: true, force: true }));

  it('upgrades with STARTTLS to a server it trusts, and signs in only over the secure session', async () => {
    const server = await startSmtp({ key, cert, allowInsecureAuth: false });
    const result = await sendTestEmail(email(), TO, smtpOn(server.port, 'starttls'), PASSWORD, { tls: { ca: cert } });
    expect(result.accepted).toEqual([TO]);
    expect(server.received.map((r) => r.secure)).toEqual([true]);
  });

  it('refuses a self-signed server with the default trust, saying it is a TLS problem', async () => {
    const server = await startSmtp({ key, cert, allowInsecureAuth: false });
    const error = await refusal(sendTestEmail(email(), TO, smtpOn(server.port, 'starttls'), PASSWORD));
    expect(error.code).toBe('SMTP_FAILED');
    expect(error.message).toMatch(/secure connection \(STARTTLS\).*failed/);
    expect(error.message).toMatch(/self-signed certificate/i);
    expect(error.message).toMatch(/does not trust the server's certificate/);
    expect(server.received).toHaveLength(0);
  });

  it('refuses STARTTLS against a server that does not offer it instead of sending in the clear', async () => {
    const server = await startSmtp();
    const error = await refusal(sendTestEmail(email(), TO, smtpOn(server.port, 'starttls'), PASSWORD));
    expect(error.code).toBe('SMTP_FAILED');
    expect(error.message).toMatch(/STARTTLS/);
    expect(server.received).toHaveLength(0);
  });

  it('speaks TLS from the start when asked, and explains a plain server on that port', async () => {
    const secure = await startSmtp({ key, cert, secure: true });
    await sendTestEmail(email(), TO, smtpOn(secure.port, 'tls'), PASSWORD, { tls: { ca: cert } });
    expect(secure.received.map((r) => r.secure)).toEqual([true]);

    const plain = await startSmtp();
    const error = await refusal(sendTestEmail(email(), TO, smtpOn(plain.port, 'tls'), PASSWORD, { timeoutMs: 3000 }));
    expect(error.code).toBe('SMTP_FAILED');
    expect(error.message).toMatch(/TLS/);
    expect(plain.received).toHaveLength(0);
  });
});
