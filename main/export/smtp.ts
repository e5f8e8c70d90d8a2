import type { ConnectionOptions } from 'node:tls';
import { createTransport } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type { SmtpSettings } from '../../shared/api';
import type { ComposedEmail } from '../../shared/comms/compose';
import { ApiError } from '../../shared/errors';
import { mailOptionsOf } from './mail';

export interface TestSendResult {
  accepted: string[];
  rejected: string[];
  response: string;
}

export interface TestSendOptions {
  /** Extra TLS options; tests pass the CA of their self-signed server. Not reachable through the API. */
  tls?: ConnectionOptions;
  /** Connection, greeting and socket timeouts in milliseconds. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** The message a test send delivers: the campaign email to one address, marked as a test in its subject. */
export function testMessageOf(email: ComposedEmail, to: string): Mail.Options {
  const options = mailOptionsOf(email);
  return { ...options, to, subject: `[Test] ${options.subject ?? ''}` };
}

/**
 * Sends one campaign email to one address through the team's SMTP server. Every failure becomes
 * SMTP_FAILED with a message a communications person can act on; the password never appears in it.
 */
export async function sendTestEmail(
  email: ComposedEmail,
  to: string,
  smtp: SmtpSettings,
  password: string,
  options: TestSendOptions = {},
): Promise<TestSendResult> {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const transport = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.security === 'tls',
    requireTLS: smtp.security === 'starttls',
    ignoreTLS: smtp.security === 'none',
    auth: smtp.user ? { user: smtp.user, pass: password } : undefined,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    // A test send is one message: no pool, no logging (the log would carry the AUTH exchange).
    logger: false,
    debug: false,
    ...(options.tls ? { tls: options.tls } : {}),
  });
  try {
    const info = await transport.sendMail(testMessageOf(email, to));
    return { accepted: info.accepted.map(addressText), rejected: info.rejected.map(addressText), response: oneLine(info.response) };
  } catch (e) {
    const failure = smtpFailure(e, smtp, to, email.fromAddress);
    // A server that echoes what it was sent must not put the password into an error message.
    if (password && failure.message.includes(password)) throw new ApiError(failure.code, failure.message.split(password).join('••••'));
    throw failure;
  } finally {
    transport.close();
  }
}

function addressText(a: string | Mail.Address): string {
  return typeof a === 'string' ? a : a.address;
}

/** Server responses can span lines; an error message stays one readable line. */
function oneLine(text: unknown): string {
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim().slice(0, 300) : '';
}

interface NodemailerError {
  code?: string;
  message?: string;
  response?: string;
  command?: string;
}

const CERTIFICATE_WORDS = /certificate|self[- ]signed|unable to verify|altnames|hostname\/ip does not match/i;
const TLS_WORDS = /ssl|tls|handshake|wrong version|alert|protocol version/i;

/** OpenSSL's reasons come wrapped in library codes and source file names; a person needs only the reason. */
function tlsReason(detail: string): string {
  if (/wrong version number/i.test(detail)) return 'the server does not speak TLS on this port';
  const reason = /SSL routines:[^:]*:([^:]+)/i.exec(detail)?.[1];
  return reason ?? detail;
}

/** Turns nodemailer's error into SMTP_FAILED saying what went wrong: connecting, TLS, sign-in, addresses or timing. */
export function smtpFailure(e: unknown, smtp: SmtpSettings, to: string, from: string): ApiError {
  const err = (typeof e === 'object' && e !== null ? e : { message: String(e) }) as NodemailerError;
  const server = `${smtp.host}:${smtp.port}`;
  const said = err.response ? ` The server said: "${oneLine(err.response)}".` : '';
  const detail = oneLine(err.message).replace(/^Error initiating TLS - /, '');
  const fail = (message: string) => new ApiError('SMTP_FAILED', message);
  const secured = `The secure connection (${smtp.security === 'tls' ? 'TLS' : 'STARTTLS'}) to ${server} failed`;
  const securityHint =
    smtp.security === 'tls'
      ? 'Port 465 usually needs "TLS"; ports 587 and 25 usually need "STARTTLS".'
      : 'Check the security setting: port 587 usually needs "STARTTLS", port 465 "TLS".';

  if (CERTIFICATE_WORDS.test(detail) && (err.code === 'ETLS' || err.code === 'ESOCKET')) {
    return fail(`${secured}: ${detail}. This computer does not trust the server's certificate for "${smtp.host}"; use the server name the certificate was issued for, or ask the mail team.`);
  }
  if (err.code === 'ETLS' && err.command === 'STARTTLS' && err.response) {
    return fail(`${secured}: the server does not offer STARTTLS.${said} ${securityHint}`);
  }
  switch (err.code) {
    case 'EDNS':
      return fail(`Could not connect to ${server}: the host name "${smtp.host}" was not found. Check the SMTP server name.`);
    case 'ETIMEDOUT':
      return fail(`Could not connect to ${server}: the server did not answer in time. Check the host, the port and that a firewall lets the connection through.`);
    case 'ETLS':
      return fail(`${secured}: ${tlsReason(detail)}. ${securityHint}`);
    case 'EAUTH':
    case 'ENOAUTH':
      return fail(`The server ${server} refused the sign-in (authentication failed) for user "${smtp.user}". Check the user name and password.${said}`);
    case 'EENVELOPE':
      if (err.command === 'MAIL FROM') return fail(`The server ${server} refused the sender address ${from}.${said}`);
      if (err.command === 'RCPT TO') return fail(`The server ${server} refused the recipient ${to}.${said}`);
      return fail(`The server ${server} refused the message addresses: ${detail}`);
    case 'EMESSAGE':
      return fail(`The server ${server} refused the message.${said}`);
  }
  if (TLS_WORDS.test(detail)) return fail(`${secured}: ${tlsReason(detail)}. ${securityHint}`);
  const refused = /ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ECONNRESET|EADDRNOTAVAIL|ENOTFOUND|EAI_AGAIN/.exec(detail);
  if (refused || err.code === 'ESOCKET' || err.code === 'ECONNECTION') {
    const why =
      refused?.[0] === 'ECONNREFUSED'
        ? 'nothing accepts connections on that port'
        : refused?.[0] === 'ENOTFOUND' || refused?.[0] === 'EAI_AGAIN'
          ? `the host name "${smtp.host}" was not found`
          : detail || 'the connection failed';
    return fail(`Could not connect to ${server}: ${why}. Check the host and the port.${said}`);
  }
  return fail(`Sending through ${server} failed: ${detail || 'unknown error'}.${said}`);
}
