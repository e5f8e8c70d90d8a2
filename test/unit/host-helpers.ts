import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createApi } from '../../main/api';
import { startHost, type Host } from '../../main/host';
import { useTempDir } from './helpers';

/** The real browser-mode host on a demo plan, with a tiny renderer folder and a secret beside it. */

export interface DemoHost {
  host: Host;
  /** Holds the renderer folder and, outside it, secret.txt ("do not serve"). */
  dir: string;
  rendererDir: string;
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface SendOptions {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** false sends no Host header at all, as an HTTP/1.0 client may. */
  setHost?: boolean;
}

/** Registers the per-test clean-up; call once at the top of a test file. */
export function useDemoHosts(): { demoHost: () => Promise<Host>; demoSetup: () => Promise<DemoHost> } {
  const tempDir = useTempDir();
  const hosts: Host[] = [];
  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.close();
  });
  const demoSetup = async (): Promise<DemoHost> => {
    const dir = tempDir();
    const rendererDir = path.join(dir, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<meta name="csp-nonce" content="__CSP_NONCE__"><p>app</p>');
    writeFileSync(path.join(rendererDir, 'assets', 'main.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
    const api = createApi({ mode: 'browser', dataDir: dir });
    await api.invoke('plan.create', { path: path.join(dir, 'p.ssprplan'), demo: true });
    const host = await startHost({ api, rendererDir });
    hosts.push(host);
    return { host, dir, rendererDir };
  };
  return { demoSetup, demoHost: async () => (await demoSetup()).host };
}

/** A raw request, so Host and Origin can be forged the way a hostile page or DNS rebinding would. */
export function send(host: Host, opts: SendOptions): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = opts.setHost === false ? { ...opts.headers } : { host: `127.0.0.1:${host.port}`, ...opts.headers };
    const req = request(
      { host: '127.0.0.1', port: host.port, method: opts.method ?? 'GET', path: opts.path, headers, setHost: opts.setHost !== false },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** An API call as the page makes it: POST, JSON, the token header. */
export const apiCall = (host: Host, method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(host, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', 'x-sspr-token': host.token, ...headers },
    body: JSON.stringify(body),
  });
