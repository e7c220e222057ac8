// The shell's build and start scripts, and a smoke test of the real bundles: dist-electron/main.cjs
// and preload.cjs are built into a scratch folder and loaded with a stub 'electron' module.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OP_NAMES } from '../../shared/api';
import { tempDir } from '../helpers';

const root = path.resolve(__dirname, '../..');
const importScript = (name: string) => import(pathToFileURL(path.join(root, 'scripts', name)).href);

describe('scripts/build-electron.mjs', () => {
  it('produces what package.json "main" and the main process expect', async () => {
    const { OUTPUTS } = await importScript('build-electron.mjs');
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(OUTPUTS).toEqual(['dist-electron/main.cjs', 'dist-electron/preload.cjs']);
    expect(OUTPUTS).toContain(pkg.main);
    expect(pkg.scripts['build:electron']).toBe('node scripts/build-electron.mjs');
  });
});

describe('scripts/start-electron.mjs', () => {
  it('keys the Electron build of better-sqlite3 by both versions, platform and arch', async () => {
    const { addonKey } = await importScript('start-electron.mjs');
    const a = addonKey({ sqliteVersion: '12.11.1', electronVersion: '45.4.1', platform: 'win32', arch: 'x64' });
    expect(a).toBe('better-sqlite3-12.11.1-electron-45.4.1-win32-x64');
    expect(addonKey({ sqliteVersion: '12.11.1', electronVersion: '45.5.0', platform: 'win32', arch: 'x64' })).not.toBe(a);
    expect(addonKey({ sqliteVersion: '12.12.0', electronVersion: '45.4.1', platform: 'win32', arch: 'x64' })).not.toBe(a);
  });
  it('builds against Electron, not Node', async () => {
    const { nodeGypArgs, prebuildArgs } = await importScript('start-electron.mjs');
    expect(nodeGypArgs('45.4.1', 'x64')).toEqual(
      expect.arrayContaining(['rebuild', '--runtime=electron', '--target=45.4.1', '--arch=x64', '--dist-url=https://electronjs.org/headers']),
    );
    expect(prebuildArgs('45.4.1', 'x64')).toEqual(expect.arrayContaining(['--runtime=electron', '--target=45.4.1', '--arch=x64']));
  });
  it('finds node-gyp (the one npm runs scripts with first)', async () => {
    const { findNodeGyp } = await importScript('start-electron.mjs');
    const fake = path.join(root, 'package.json');
    expect(findNodeGyp({ npm_config_node_gyp: fake })).toBe(fake);
    expect(findNodeGyp({})).toMatch(/node-gyp\.js$/);
  });
  it('explains a missing Electron binary in Vietnamese and English', async () => {
    const { MSG_NO_ELECTRON } = await importScript('start-electron.mjs');
    expect(MSG_NO_ELECTRON).toMatch(/Electron chưa được tải về/);
    expect(MSG_NO_ELECTRON).toMatch(/Electron binary is missing/);
  });
});

describe('the built bundles', () => {
  let out: string;
  let load: NodeRequire;
  beforeAll(async () => {
    // Inside the repo so that require('better-sqlite3') from the bundle finds node_modules.
    out = path.join(root, '.cache', `test-bundle-${process.pid}-${Date.now()}`);
    const { buildElectron } = await importScript('build-electron.mjs');
    await buildElectron({ outDir: out, quiet: true });
    fs.mkdirSync(path.join(out, 'node_modules', 'electron'), { recursive: true });
    // Reads the stub of the moment, so each test can install its own.
    const names = ['app', 'BrowserWindow', 'contextBridge', 'dialog', 'ipcMain', 'ipcRenderer', 'Menu', 'protocol', 'session', 'shell'];
    fs.writeFileSync(
      path.join(out, 'node_modules', 'electron', 'index.js'),
      `for (const k of ${JSON.stringify(names)}) Object.defineProperty(exports, k, { enumerable: true, get: () => globalThis.__bienbanElectronStub[k] });`,
    );
    load = createRequire(path.join(out, 'x.js'));
  }, 60_000);
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).__bienbanElectronStub;
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('the main bundle requires nothing but Node built-ins, electron and the packages in "dependencies"', () => {
    // Everything else must be bundled: electron-builder packs only the production dependencies, so a
    // require of a devDependency would work here and fail in the installed app.
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const allowed = new Set(['electron', ...Object.keys(pkg.dependencies ?? {})]);
    for (const file of ['main.cjs', 'preload.cjs']) {
      const code = fs.readFileSync(path.join(out, file), 'utf8');
      const required = [...new Set([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]))];
      expect(required.length, file).toBeGreaterThan(0);
      const packageOf = (id: string) => (id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]);
      const foreign = required.filter((id) => !isBuiltin(id) && !allowed.has(packageOf(id)));
      expect(foreign, file).toEqual([]);
      // A dynamic require (a computed name) could load anything: there is none.
      expect(code.match(/\brequire\(\s*[^"'`\s)]/g) ?? [], file).toEqual([]);
    }
    expect(allowed).toContain('better-sqlite3');
  });

  it('the preload requires nothing but electron (a sandboxed preload cannot) and exposes window.api', () => {
    const code = fs.readFileSync(path.join(out, 'preload.cjs'), 'utf8');
    const required = new Set([...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(['electron']);

    const exposeInMainWorld = vi.fn();
    const invoke = vi.fn(async () => ({ ok: true, value: null }));
    (globalThis as Record<string, unknown>).__bienbanElectronStub = { contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke } };
    load(path.join(out, 'preload.cjs'));
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = exposeInMainWorld.mock.calls[0];
    expect(key).toBe('api');
    void api.inspections.list({});
    expect(invoke).toHaveBeenCalledWith('api:inspections.list', {});
  });

  it('the main bundle starts the app: core on disk, every operation on IPC, the window', async () => {
    const dataDir = tempDir();
    const listeners = new Map<string, (() => void)[]>();
    const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
    const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    class BrowserWindow {
      webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
      loadURL = vi.fn(async () => undefined);
      once = vi.fn();
      on = vi.fn();
      constructor(public options: Record<string, unknown>) {
        windows.push(this);
      }
    }
    (globalThis as Record<string, unknown>).__bienbanElectronStub = {
      app: {
        requestSingleInstanceLock: () => true,
        enableSandbox: vi.fn(),
        setAppUserModelId: vi.fn(),
        on: (e: string, fn: () => void) => listeners.set(e, [...(listeners.get(e) ?? []), fn]),
        whenReady: async () => undefined,
        getPath: () => dataDir,
        getAppPath: () => '/app',
        getVersion: () => '9.9.9',
        isPackaged: true,
        quit: vi.fn(),
        exit: vi.fn(),
      },
      dialog: { showErrorBox: vi.fn() },
      ipcMain: { handle: (c: string, fn: never) => handlers.set(c, fn), removeHandler: (c: string) => handlers.delete(c) },
      Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
      session: {
        defaultSession: { webRequest: { onHeadersReceived: vi.fn() }, setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
      },
      shell: { openPath: vi.fn() },
      protocol,
      BrowserWindow,
    };
    try {
      const mod = load(path.join(out, 'main.cjs'));
      await mod.main();
      expect(windows).toHaveLength(1);
      expect(windows[0].loadURL).toHaveBeenCalledWith('app://bienban/index.html');
      expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
      expect(windows[0].options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, devTools: false });
      expect([...handlers.keys()].sort()).toEqual(OP_NAMES.map((n) => `api:${n}`).sort());
      const page = 'app://bienban/index.html';
      const info = await handlers.get('api:system.info')!({ senderFrame: { url: page } }, {});
      expect(info).toMatchObject({ ok: true, value: { dataDir, appVersion: '9.9.9' } });
      const foreign = await handlers.get('api:system.info')!({ senderFrame: { url: 'https://x.example/' } }, {});
      expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      for (const fn of listeners.get('will-quit') ?? []) fn();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
