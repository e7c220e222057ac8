// The page is served from app://bienban/ (a privileged custom scheme) rather than file://: the
// page's origin is its own, not every file on the disk, so the Electron fuse that grants file://
// extra privileges can be turned off (electron-builder.yml, electronFuses). Only files inside the
// built renderer folder are served; a path that climbs out of it (.., encoded slashes, backslashes,
// NUL) is refused, and every response carries its MIME type and the app's Content Security Policy.
import type { Protocol } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { CSP } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bienban';
/** The one page of the app; IPC answers only calls from it (security.ts isSamePage). */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** What the renderer build contains (vite: html, scripts, styles, source maps, images, fonts). */
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeOf(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` an app:// URL names, or null when it names nothing there: another scheme or
 * host, or a path that would leave `root` once decoded (whatever the URL parser left in it).
 */
export function resolveAppFile(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null; // a malformed escape
  }
  // Decoded, a path may hold what the URL could not: "..", "\", a drive ("C:"), NUL.
  if (rel.includes('\0') || rel.includes('\\') || /(^|\/)\.\.?(\/|$)/.test(rel) || /^\/*[A-Za-z]:/.test(rel)) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${rel.startsWith('/') ? rel : `/${rel}`}`);
  const inside = path.relative(base, file);
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

type Reader = (file: string) => Promise<Uint8Array<ArrayBuffer>>;
const readFile: Reader = async (file) => new Uint8Array(await fs.promises.readFile(file));

/** The handler protocol.handle runs for every app:// request: the file with its type, or an error status. */
export function appProtocolHandler(root: string, read: Reader = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveAppFile(root, request.url);
    if (!file) return new Response(null, { status: 403 });
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await read(file);
    } catch {
      return new Response(null, { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'Content-Type': mimeOf(file),
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}

/**
 * app:// behaves like https for the page: a standard scheme (relative URLs, an origin of its own),
 * secure, allowed for fetch and module scripts. Must run before the app is ready.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    // codeCache: V8 keeps the compiled code of the 450 KB entry chunk between starts, as it does for
    // http(s); without it every start compiles it again (Electron 28+, standard schemes only).
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

/** Serves `root` (dist/renderer) on app://bienban/; once the app is ready. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(root));
}
