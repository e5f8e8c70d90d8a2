import { describe, expect, it } from 'vitest';
import { apiCall, send, useDemoHosts } from './host-helpers';

const { demoHost } = useDemoHosts();

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 with a random port and prints a tokenized URL', async () => {
    const host = await demoHost();
    expect(host.port).toBeGreaterThan(0);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers API calls that carry the token', async () => {
    const host = await demoHost();
    const r = await apiCall(host, 'plan.get', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).value.plan.overview.organization).toBe('Contoso');
  });

  it('refuses API calls without the token or with a wrong one (401)', async () => {
    const host = await demoHost();
    const none = await send(host, { method: 'POST', path: '/api/plan.get', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body).error.code).toBe('UNAUTHORIZED');
    expect((await apiCall(host, 'plan.get', {}, { 'x-sspr-token': 'wrong' })).status).toBe(401);
  });

  it('refuses a foreign Host header (403), even with the token', async () => {
    const host = await demoHost();
    expect((await apiCall(host, 'plan.get', {}, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await send(host, { path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('refuses a foreign Origin (403)', async () => {
    const host = await demoHost();
    expect((await apiCall(host, 'plan.get', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await apiCall(host, 'plan.get', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses non-JSON bodies and methods the window may not call', async () => {
    const host = await demoHost();
    const form = await send(host, {
      method: 'POST',
      path: '/api/plan.get',
      headers: { 'content-type': 'text/plain', 'x-sspr-token': host.token },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const open = await apiCall(host, 'plan.open', { path: '/etc/passwd' });
    expect(open.status).toBe(400);
    expect(JSON.parse(open.body).error.code).toBe('FORBIDDEN');
  });

  it('serves the app with a strict CSP and a fresh nonce per page', async () => {
    const host = await demoHost();
    const a = await send(host, { path: '/' });
    const b = await send(host, { path: '/' });
    expect(a.status).toBe(200);
    const csp = String(a.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    const nonce = /nonce-([^']+)/.exec(csp)?.[1];
    expect(a.body).toContain(`content="${nonce}"`);
    expect(b.headers['content-security-policy']).not.toBe(csp);
    expect((await send(host, { path: '/assets/main.js' })).status).toBe(200);
  });

  it('never serves files outside the renderer folder', async () => {
    const host = await demoHost();
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const r = await send(host, { path: p });
      expect(r.status, p).not.toBe(200);
      expect(r.body).not.toContain('do not serve');
    }
  });
});
