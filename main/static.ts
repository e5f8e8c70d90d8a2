import { randomBytes } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';

/** Serves the built renderer to both the Electron protocol handler and the browser-mode host. */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/**
 * The app's Content-Security-Policy. Styles need a per-response nonce because Fluent UI's Griffel
 * inserts its rules into <style> elements it creates at run time.
 */
export function contentSecurityPolicy(nonce: string, connectSrc = "'self'"): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connectSrc}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/** The built renderer beside the bundled main code (dist/main → dist/renderer). */
export function defaultRendererRoot(): string {
  return process.env.SSPR_RENDERER_DIR ?? path.resolve(__dirname, '../renderer');
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const forbidden = (): StaticResponse => ({ status: 403, headers: { 'content-type': 'text/plain' }, body: 'Forbidden' });

function isInside(root: string, file: string): boolean {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** Resolves a URL path inside the renderer folder, refusing anything that escapes it. */
export async function serveRendererFile(root: string, urlPath: string, connectSrc?: string): Promise<StaticResponse> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return { status: 400, headers: { 'content-type': 'text/plain' }, body: 'Bad path' };
  }
  if (decoded.includes('\0')) return { status: 400, headers: { 'content-type': 'text/plain' }, body: 'Bad path' };
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = path.resolve(root);
  const resolved = path.resolve(base, relative);
  if (!isInside(base, resolved)) return forbidden();
  let body: Buffer;
  try {
    // A symlink inside the folder may point anywhere: the file actually read must be inside too.
    if (!isInside(await realpath(base), await realpath(resolved))) return forbidden();
    body = await readFile(resolved);
  } catch {
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found' };
  }
  const ext = path.extname(resolved).toLowerCase();
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  };
  if (ext === '.html') {
    const nonce = randomBytes(16).toString('base64');
    headers['content-security-policy'] = contentSecurityPolicy(nonce, connectSrc);
    return { status: 200, headers, body: body.toString('utf8').replaceAll(NONCE_PLACEHOLDER, nonce) };
  }
  return { status: 200, headers, body };
}
