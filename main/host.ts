import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOKEN_HEADER } from '../shared/api-methods';
import type { ApiErrorShape, ApiResult } from '../shared/errors';
import type { Api } from './api';
import { defaultRendererRoot, serveRendererFile } from './static';

export interface HostOptions {
  api: Api;
  /** 0 (the default) picks a free port. */
  port?: number;
  rendererDir?: string;
}

export interface Host {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 60 * 1024 * 1024;
const API_PREFIX = '/api/';

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, error: ApiErrorShape): void {
  sendJson(res, status, { ok: false, error });
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Browser mode: the built renderer and the API on 127.0.0.1 only. API calls need the per-launch
 * token; the Host header must name this server, which defeats DNS rebinding; a foreign Origin is refused.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = randomBytes(24).toString('base64url');
  const root = options.rendererDir ?? defaultRendererRoot();
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const handleApi = async (req: IncomingMessage, res: ServerResponse, encodedMethod: string) => {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      return refuse(res, 403, { code: 'FORBIDDEN', message: `Requests from ${origin} are not allowed.` });
    }
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, token)) {
      return refuse(res, 401, { code: 'UNAUTHORIZED', message: 'The launch token is missing or wrong; open the address printed at start-up.' });
    }
    if (req.method !== 'POST') return refuse(res, 405, { code: 'INPUT_INVALID', message: 'API calls use POST.' });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 415, { code: 'INPUT_INVALID', message: 'API calls send application/json.' });
    }
    let method: string;
    try {
      method = decodeURIComponent(encodedMethod);
    } catch {
      return refuse(res, 400, { code: 'INPUT_INVALID', message: 'The API method name is not valid percent-encoding.' });
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      return refuse(res, 400, { code: 'INPUT_INVALID', message: 'The request body is not valid JSON or is too large.' });
    }
    const result = await options.api.call(method, input, 'renderer');
    sendJson(res, result.ok ? 200 : result.error.code === 'INTERNAL' ? 500 : 400, result);
  };

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts().has(host)) {
      refuse(res, 403, { code: 'FORBIDDEN', message: `Host "${host}" is not this server.` });
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname.startsWith(API_PREFIX)) {
      // Decoded inside, after the checks: a malformed name thrown here would take the whole host down.
      handleApi(req, res, pathname.slice(API_PREFIX.length)).catch(() =>
        refuse(res, 500, { code: 'INTERNAL', message: 'The request failed.' }),
      );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    serveRendererFile(root, pathname).then(
      (r) => {
        res.writeHead(r.status, r.headers);
        res.end(req.method === 'HEAD' ? undefined : r.body);
      },
      () => res.writeHead(500).end(),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
