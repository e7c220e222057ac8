// The browser harness: the whole app where Electron cannot run. It serves the built renderer and
// mounts the same core the Electron main process uses; a small shim gives the page a window.api
// built from the shared contract that forwards each call over HTTP to dispatch().
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OP_NAMES } from '../../shared/api';
import { createCore, type Core } from '../../electron/core/core';
import { dispatchAsync } from '../../electron/core/dispatch';
import { harnessPlatform } from './platform';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2',
};

// Same shape as the preload's buildApi(): api.group.method(input) → Promise<Result>.
const SHIM = `(() => {
  const names = ${JSON.stringify(OP_NAMES)};
  const api = {};
  for (const name of names) {
    const [group, method] = name.split('.');
    (api[group] ??= {})[method] = (input) => fetch('/__api/' + name, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input ?? {}),
    }).then((r) => r.json());
  }
  window.api = Object.freeze(api);
})();`;

export interface Harness { url: string; core: Core; dataDir: string; platform: ReturnType<typeof harnessPlatform>; close(): Promise<void> }

export async function startHarness(opts: { dataDir: string; port?: number }): Promise<Harness> {
  if (!fs.existsSync(path.join(ROOT, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build:renderer` first');
  const platform = harnessPlatform(opts.dataDir);
  const core = createCore({ dataDir: opts.dataDir, appVersion: 'harness', platform });
  // As the app does: a backup at start, then every 30 minutes of changes.
  await core.backups.scheduler.start();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'POST' && url.pathname.startsWith('/__api/')) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        let input: unknown;
        try {
          input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        } catch {
          input = undefined;
        }
        const result = await dispatchAsync(core.handlers, decodeURIComponent(url.pathname.slice('/__api/'.length)), input, { log: core.log });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(result));
      });
      return;
    }
    if (url.pathname === '/__harness/api.js') {
      res.writeHead(200, { 'content-type': TYPES['.js'] });
      res.end(SHIM);
      return;
    }
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(ROOT, rel);
    if (!file.startsWith(ROOT + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('Không tìm thấy');
      return;
    }
    let body: Buffer | string = fs.readFileSync(file);
    if (rel === 'index.html') {
      // The shim must run before the app's module script.
      body = body.toString('utf8').replace('<head>', '<head>\n    <script src="/__harness/api.js"></script>');
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    core,
    platform,
    dataDir: opts.dataDir,
    close: () => new Promise<void>((resolve) => {
      server.close(() => { core.close(); resolve(); });
      server.closeAllConnections(); // the browser keeps connections alive; do not wait for them
    }),
  };
}
