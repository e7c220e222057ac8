// The app:// scheme the page loads from (electron/app-protocol.ts): only files of the built renderer
// folder, with their MIME type and the Content Security Policy; every way out of the folder refused.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import {
  APP_PAGE_URL, appProtocolHandler, mimeOf, registerAppScheme, resolveAppFile, serveApp,
} from '../../electron/app-protocol';
import { CSP } from '../../electron/security';

let base: string;
let root: string;
beforeAll(() => {
  base = tempDir('bienban-protocol-');
  root = path.join(base, 'dist', 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>BienBan</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'assets', 'Biểu đồ.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // What a path out of the folder would reach.
  fs.writeFileSync(path.join(base, 'secret.txt'), 'không được đọc');
  fs.writeFileSync(path.join(base, 'dist', 'main.cjs'), 'secret');
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => appProtocolHandler(root)(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves the page and its assets with their MIME types and the CSP', async () => {
    const page = await get(APP_PAGE_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>BienBan</title>');

    const js = await get('app://bienban/assets/index-abc.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('app://bienban/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    // A Vietnamese file name, percent-encoded by the browser.
    const svg = await get(`app://bienban/assets/${encodeURIComponent('Biểu đồ.svg')}`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    // A query or a #route does not change the file.
    expect((await get(`${APP_PAGE_URL}?v=1#/inspections/1`)).status).toBe(200);
  });

  it('knows the types a vite build emits, and sends anything else as plain bytes', () => {
    expect(mimeOf('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeOf('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeOf('a.js.map')).toBe('application/json; charset=utf-8');
    expect(mimeOf('a.png')).toBe('image/png');
    expect(mimeOf('a.woff2')).toBe('font/woff2');
    expect(mimeOf('a.exe')).toBe('application/octet-stream');
    expect(mimeOf('noext')).toBe('application/octet-stream');
  });

  it('refuses every path out of the renderer folder', async () => {
    const attempts = [
      'app://bienban/../secret.txt',
      'app://bienban/../../secret.txt',
      'app://bienban/%2e%2e/secret.txt',
      'app://bienban/..%2fsecret.txt',
      'app://bienban/..%2F..%2Fsecret.txt',
      'app://bienban/assets/..%2f..%2fmain.cjs',
      'app://bienban/..%5csecret.txt',
      'app://bienban/assets%5c..%5c..%5csecret.txt',
      `app://bienban/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
      'app://bienban/C:%5cWindows%5cwin.ini',
      'app://bienban/index.html%00.png',
      'app://bienban/%E0%A4%A',
    ];
    for (const url of attempts) {
      const file = resolveAppFile(root, url);
      if (file !== null) expect(path.relative(root, file).startsWith('..'), url).toBe(false);
      const res = await get(url);
      expect([403, 404], url).toContain(res.status);
      expect(await res.text(), url).not.toMatch(/không được đọc|secret/);
    }
    for (const url of ['app://bienban/..%2fsecret.txt', 'app://bienban/..%5csecret.txt', 'app://bienban/index.html%00.png']) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });

  it('serves only its own host and scheme, only GET and HEAD, and says 404 for a missing file', async () => {
    expect((await get('app://other/index.html')).status).toBe(403);
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'not a url')).toBeNull();
    expect((await get('app://bienban/')).status).toBe(403); // the folder itself is not a file
    expect((await get('app://bienban/nothing.js')).status).toBe(404);
    expect((await get('app://bienban/assets')).status).toBe(404); // a folder
    expect((await get(APP_PAGE_URL, 'POST')).status).toBe(405);
    const head = await get(APP_PAGE_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('registers app:// as a standard, secure scheme and serves the folder through protocol.handle', async () => {
    registerAppScheme(electron.protocol as never);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
    ]);
    serveApp(electron.protocol as never, root);
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler(new Request(APP_PAGE_URL))).status).toBe(200);
    expect((await handler(new Request('app://bienban/..%2fsecret.txt'))).status).toBe(403);
  });
});
