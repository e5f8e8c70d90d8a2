import { symlinkSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Host } from '../../main/host';
import { apiCall, send, useDemoHosts, type Reply, type SendOptions } from './host-helpers';

/** The browser-mode host against what a hostile web page, a rebinding DNS name or a stray request can send. */

const { demoHost, demoSetup } = useDemoHosts();

/** True when a TCP connection to address:port opens. */
function reachable(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const errorCode = (r: Reply): string => (JSON.parse(r.body) as { error: { code: string } }).error.code;
const organization = async (host: Host): Promise<string> =>
  (JSON.parse((await apiCall(host, 'plan.get', {})).body) as { value: { plan: { overview: { organization: string } } } }).value.plan.overview.organization;
const renameTo = (name: string) => ({ changes: [{ path: 'overview.organization', value: name }] });

describe('browser-mode host: hostile requests', () => {
  it('listens on 127.0.0.1 only: not on other loopback addresses, IPv6 or the network interfaces', async () => {
    const { port } = await demoHost();
    expect(await reachable('127.0.0.1', port)).toBe(true);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .flatMap((a) => (a && !a.internal ? [a.address] : []));
    for (const address of ['127.0.0.2', '::1', ...external]) expect(await reachable(address, port), address).toBe(false);
  });

  it('accepts the token only in its header: not in the query string, as a bearer token or altered', async () => {
    const host = await demoHost();
    const json = { 'content-type': 'application/json' };
    const attempts: SendOptions[] = [
      { method: 'POST', path: `/api/plan.update?token=${host.token}`, headers: json, body: JSON.stringify(renameTo('Query')) },
      { method: 'POST', path: '/api/plan.update', headers: { ...json, authorization: `Bearer ${host.token}` }, body: JSON.stringify(renameTo('Bearer')) },
      { method: 'POST', path: '/api/plan.update', headers: { ...json, 'x-sspr-token': host.token.toUpperCase() }, body: JSON.stringify(renameTo('Upper')) },
      { method: 'POST', path: '/api/plan.update', headers: { ...json, 'x-sspr-token': `${host.token}x` }, body: JSON.stringify(renameTo('Longer')) },
      { method: 'POST', path: '/api/plan.update', headers: { ...json, 'x-sspr-token': host.token.slice(1) }, body: JSON.stringify(renameTo('Shorter')) },
      { method: 'POST', path: '/api/plan.update', headers: { ...json, 'x-sspr-token': '' }, body: JSON.stringify(renameTo('Empty')) },
      // Unknown methods are refused the same way, so the method list is not discoverable without the token.
      { method: 'POST', path: '/api/no.such', headers: json, body: '{}' },
    ];
    for (const attempt of attempts) {
      const r = await send(host, attempt);
      expect(r.status, attempt.path).toBe(401);
      expect(errorCode(r)).toBe('UNAUTHORIZED');
    }
    expect(await organization(host)).toBe('Contoso');
    const ok = await apiCall(host, 'plan.update', renameTo('Fabrikam'));
    expect(ok.status).toBe(200);
    expect(await organization(host)).toBe('Fabrikam');
  });

  it('refuses every Host but 127.0.0.1:PORT and localhost:PORT (DNS rebinding), for pages and API alike', async () => {
    const host = await demoHost();
    const p = host.port;
    const foreign = [
      `evil.example:${p}`,
      `127.0.0.1.evil.example:${p}`,
      `localhost.evil.example:${p}`,
      `127.0.0.1:${p}.evil.example`,
      `127.0.0.1:${p + 1}`,
      '127.0.0.1',
      'localhost',
      `0.0.0.0:${p}`,
      `[::1]:${p}`,
      `127.0.0.1.:${p}`,
    ];
    for (const name of foreign) {
      const page = await send(host, { path: '/', headers: { host: name } });
      expect(page.status, name).toBe(403);
      expect(page.body).not.toContain('<p>app</p>');
      const api = await apiCall(host, 'plan.update', renameTo('Rebound'), { host: name });
      expect(api.status, name).toBe(403);
      expect(errorCode(api)).toBe('FORBIDDEN');
    }
    // Node itself answers 400 to an HTTP/1.1 request without Host; either way the page is not served.
    const missing = await send(host, { path: '/', setHost: false });
    expect([400, 403]).toContain(missing.status);
    expect(missing.body).not.toContain('<p>app</p>');
    expect(await organization(host)).toBe('Contoso');
    expect((await send(host, { path: '/', headers: { host: `localhost:${p}` } })).status).toBe(200);
  });

  it('refuses a foreign Origin even with the token, and changes nothing', async () => {
    const host = await demoHost();
    const p = host.port;
    const foreign = [
      'https://evil.example',
      `http://evil.example:${p}`,
      'null',
      `https://127.0.0.1:${p}`,
      `http://127.0.0.1:${p + 1}`,
      `http://127.0.0.1:${p}.evil.example`,
      `http://localhost.evil.example:${p}`,
      'file://',
    ];
    for (const origin of foreign) {
      const r = await apiCall(host, 'plan.update', renameTo('Hijacked'), { origin });
      expect(r.status, origin).toBe(403);
      expect(errorCode(r)).toBe('FORBIDDEN');
    }
    expect(await organization(host)).toBe('Contoso');
    expect((await apiCall(host, 'plan.get', {}, { origin: `http://localhost:${p}` })).status).toBe(200);
  });

  it('never grants CORS: a preflight from another site gets no Access-Control-Allow-Origin', async () => {
    const host = await demoHost();
    const preflight = await send(host, {
      method: 'OPTIONS',
      path: '/api/plan.update',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-sspr-token,content-type' },
    });
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    const replies = [preflight, await apiCall(host, 'plan.get', {}), await send(host, { path: '/' }), await send(host, { path: '/assets/main.js' })];
    for (const r of replies) expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a malformed percent-encoding with 400 and keeps running', async () => {
    const host = await demoHost();
    const api = await apiCall(host, '%E0%A4%A', {});
    expect(api.status).toBe(400);
    expect(errorCode(api)).toBe('INPUT_INVALID');
    expect((await send(host, { method: 'POST', path: '/api/%E0%A4%A', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await send(host, { path: '/%E0%A4%A' })).status).toBe(400);
    expect((await apiCall(host, 'plan.get', {})).status).toBe(200);
  });

  it('serves nothing outside the renderer folder: dot segments, encodings, NUL, absolute paths, symlinks', async () => {
    const { host, dir, rendererDir } = await demoSetup();
    const secret = path.join(dir, 'secret.txt');
    symlinkSync(secret, path.join(rendererDir, 'link-out.txt'));
    symlinkSync(dir, path.join(rendererDir, 'linked-dir'));
    symlinkSync(path.join(rendererDir, 'assets', 'main.js'), path.join(rendererDir, 'assets', 'alias.js'));
    const repoPackage = path.resolve(__dirname, '../../package.json');
    const attempts = [
      '/../secret.txt',
      '/../../package.json',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/../../secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%5c..%5csecret.txt',
      '/%252e%252e/secret.txt',
      '/..%255csecret.txt',
      '/secret.txt%00.html',
      '/..%2fsecret.txt%00',
      '/index.html%00',
      `/${encodeURIComponent(secret)}`,
      `/${secret}`,
      `//${secret}`,
      `/${encodeURIComponent(repoPackage)}`,
      `/%2F${repoPackage.slice(1)}`,
      '/link-out.txt',
      '/linked-dir/secret.txt',
    ];
    const statuses: Record<string, number> = {};
    for (const p of attempts) {
      const r = await send(host, { path: p });
      statuses[p] = r.status;
      expect([400, 403, 404], p).toContain(r.status);
      expect(r.body, p).not.toContain('do not serve');
      expect(r.body, p).not.toContain('sspr-rollout-planner');
    }
    // The symlinks that lead out are refused as such, not merely missed.
    expect(statuses['/link-out.txt']).toBe(403);
    expect(statuses['/linked-dir/secret.txt']).toBe(403);
    // A link that stays inside the folder still works.
    const alias = await send(host, { path: '/assets/alias.js' });
    expect(alias.status).toBe(200);
    expect(alias.body).toBe('console.log(1)');
  });

  it('sends the CSP on every page and nosniff on scripts and API answers', async () => {
    const host = await demoHost();
    for (const p of ['/', '/index.html']) {
      const csp = String((await send(host, { path: p })).headers['content-security-policy']);
      for (const directive of ["default-src 'none'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'"]) {
        expect(csp, `${p}: ${directive}`).toContain(directive);
      }
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
    }
    expect((await send(host, { path: '/assets/main.js' })).headers['x-content-type-options']).toBe('nosniff');
    expect((await apiCall(host, 'plan.get', {})).headers['x-content-type-options']).toBe('nosniff');
  });
});
