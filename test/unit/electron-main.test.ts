import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OP_NAMES } from '../../shared/api';
import { tempDir } from '../helpers';

const electron = vi.hoisted(() => {
  type Fn = (...args: unknown[]) => unknown;
  const state = { appRoot: '/app', userData: '/userData', lock: true, isPackaged: false };
  const appListeners = new Map<string, Fn[]>();
  const ipcHandlers = new Map<string, Fn>();
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    listeners = new Map<string, Fn[]>();
    webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    on = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    constructor(public options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
  }
  const electron = {
    state,
    appListeners,
    ipcHandlers,
    emitApp(event: string, ...args: unknown[]) {
      for (const fn of appListeners.get(event) ?? []) fn(...args);
    },
    app: {
      requestSingleInstanceLock: vi.fn(() => state.lock),
      enableSandbox: vi.fn(),
      setAppUserModelId: vi.fn(),
      on: vi.fn((event: string, fn: Fn) => appListeners.set(event, [...(appListeners.get(event) ?? []), fn])),
      whenReady: vi.fn(async () => undefined),
      getPath: vi.fn((name: string) => (name === 'userData' ? state.userData : `/${name}`)),
      getAppPath: vi.fn(() => state.appRoot),
      getVersion: vi.fn(() => '0.1.0'),
      get isPackaged() {
        return state.isPackaged;
      },
      quit: vi.fn(),
      exit: vi.fn(),
    },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    ipcMain: {
      handle: vi.fn((channel: string, fn: Fn) => ipcHandlers.set(channel, fn)),
      removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
    },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      },
    },
    shell: { openPath: vi.fn(async () => '') },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    BrowserWindow: FakeBrowserWindow,
  };
  return electron;
});
vi.mock('electron', () => electron);

const created = vi.hoisted(() => [] as { close(): void; db: { open: boolean } }[]);
vi.mock('../../electron/core/core', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../electron/core/core')>();
  return {
    ...orig,
    createCore: vi.fn((opts: Parameters<typeof orig.createCore>[0]) => {
      const core = orig.createCore(opts);
      created.push(core);
      return core;
    }),
  };
});

import { createCore } from '../../electron/core/core';
import { appPaths, dataDir, main, sqliteBinding, templatesDir } from '../../electron/main';

let dir: string;
const savedEnv = { ...process.env };

beforeEach(() => {
  vi.clearAllMocks();
  electron.appListeners.clear();
  electron.ipcHandlers.clear();
  electron.BrowserWindow.instances.length = 0;
  Object.assign(electron.state, { lock: true, isPackaged: false, appRoot: '/app' });
  dir = tempDir();
  electron.state.userData = dir;
  delete process.env.BIENBAN_DATA_DIR;
  delete process.env.BIENBAN_SQLITE_BINDING;
});

afterEach(() => {
  electron.emitApp('will-quit');
  created.splice(0).forEach((c) => c.db.open && c.close());
  process.env = { ...savedEnv };
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('main process', () => {
  it('quits at once when another instance already runs', async () => {
    electron.state.lock = false;
    await main();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(createCore).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('opens the core in userData, registers all IPC, shows the window with the built renderer', async () => {
    await main();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(createCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: dir, nativeBinding: undefined, appVersion: '0.1.0', templatesDir: expect.stringMatching(/templates$/) }));
    expect(vi.mocked(createCore).mock.calls[0][0].platform).toBeDefined();
    expect(fs.existsSync(path.join(dir, 'bienban.sqlite'))).toBe(true);
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(OP_NAMES.map((n) => `api:${n}`).sort());

    const [win] = electron.BrowserWindow.instances;
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(win.loadURL).toHaveBeenCalledWith('app://bienban/index.html');
    // The app:// scheme is declared before ready, and serves the built renderer folder.
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0])
      .toBeLessThan(electron.app.whenReady.mock.invocationCallOrder[0]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const serve = electron.protocol.handle.mock.calls[0][1] as (r: Request) => Promise<Response>;
    expect((await serve(new Request('app://bienban/../../../etc/passwd'))).status).not.toBe(200);
    expect(win.options.webPreferences).toMatchObject({
      preload: path.join('/app', 'dist-electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: true, // not packaged
    });
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    const menu = electron.Menu.setApplicationMenu.mock.calls[0][0] as { label: string }[];
    expect(menu.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);

    // a call from the page goes through to the real core
    const info = await electron.ipcHandlers.get('api:system.info')!({ senderFrame: { url: 'app://bienban/index.html#/inspections' } }, {});
    expect(info).toMatchObject({ ok: true, value: { dataDir: dir, appVersion: '0.1.0' } });
    // The file:// page of the same build is no longer the app's page.
    const filePage = pathToFileURL(path.join('/app', 'dist', 'renderer', 'index.html')).href;
    expect(await electron.ipcHandlers.get('api:system.info')!({ senderFrame: { url: filePage } }, {})).toMatchObject({ ok: false });
  });

  it('honours BIENBAN_DATA_DIR and BIENBAN_SQLITE_BINDING', async () => {
    const other = tempDir();
    const binding = path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    process.env.BIENBAN_DATA_DIR = other;
    process.env.BIENBAN_SQLITE_BINDING = binding;
    try {
      await main();
      expect(createCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: other, nativeBinding: binding, appVersion: '0.1.0' }));
      expect(fs.existsSync(path.join(other, 'bienban.sqlite'))).toBe(true);
      expect(fs.existsSync(path.join(dir, 'bienban.sqlite'))).toBe(false);
    } finally {
      electron.emitApp('will-quit');
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('ignores BIENBAN_SQLITE_BINDING in the installed app (a native module from any path)', async () => {
    process.env.BIENBAN_SQLITE_BINDING = '/tmp/evil/better_sqlite3.node';
    electron.state.isPackaged = true;
    expect(sqliteBinding()).toBeUndefined();
    await main();
    expect(createCore).toHaveBeenCalledWith(expect.objectContaining({ nativeBinding: undefined }));
    electron.state.isPackaged = false;
    expect(sqliteBinding()).toBe('/tmp/evil/better_sqlite3.node');
    expect(sqliteBinding({ BIENBAN_SQLITE_BINDING: '' })).toBeUndefined();
  });

  it('closes the database and removes the IPC handlers on quit', async () => {
    await main();
    const core = created[0];
    expect(core.db.open).toBe(true);
    expect(electron.appListeners.get('window-all-closed')).toHaveLength(1);
    electron.emitApp('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();
    electron.emitApp('will-quit');
    expect(core.db.open).toBe(false);
    expect(electron.ipcHandlers.size).toBe(0);
    electron.emitApp('will-quit'); // a second will-quit does not throw
  });

  it('shows the Vietnamese reason and quits, without a window, when the data file is too new', async () => {
    const db = new Database(path.join(dir, 'bienban.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    await main();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('BienBan không khởi động được');
    expect(message).toMatch(/phiên bản BienBan mới hơn/);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcHandlers.size).toBe(0);
  });

  it('shows the reason and quits when the data file is not a database', async () => {
    fs.writeFileSync(path.join(dir, 'bienban.sqlite'), 'this is not a database, just some text that fills a page'.repeat(100));
    await main();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    await main();
    electron.emitApp('second-instance');
    expect(electron.BrowserWindow.instances[0].focus).toHaveBeenCalled();
  });

  it('About shows version and data folder', async () => {
    await main();
    const menu = electron.Menu.setApplicationMenu.mock.calls[0][0] as { submenu: { label?: string; click?: () => void }[] }[];
    menu[3].submenu.find((i) => i.label === 'Giới thiệu BienBan')!.click!();
    const opts = (electron.dialog.showMessageBox.mock.calls[0] as unknown[])[0] as { title: string; detail: string };
    expect(opts.title).toBe('Giới thiệu BienBan');
    expect(opts.detail).toContain(dir);
  });
});

describe('paths', () => {
  it('data dir: env first, else userData', () => {
    expect(dataDir({ BIENBAN_DATA_DIR: '/x' })).toBe(path.resolve('/x'));
    expect(dataDir({ BIENBAN_DATA_DIR: 'rel' })).toBe(path.resolve('rel'));
    expect(dataDir({})).toBe(dir);
  });
  it('renderer and preload sit under the app path', () => {
    const p = appPaths();
    expect(p.rendererDir).toBe(path.join('/app', 'dist', 'renderer'));
    expect(p.pageUrl).toBe('app://bienban/index.html');
    expect(p.preloadPath).toBe(path.join('/app', 'dist-electron', 'preload.cjs'));
  });
  it('templates: resources/templates when installed, the repo folder in development', () => {
    expect(templatesDir()).toBe(path.join('/app', 'templates'));
    electron.state.isPackaged = true;
    const saved = process.resourcesPath;
    Object.defineProperty(process, 'resourcesPath', { value: '/inst/resources', configurable: true });
    try {
      expect(templatesDir()).toBe(path.join('/inst/resources', 'templates'));
    } finally {
      Object.defineProperty(process, 'resourcesPath', { value: saved, configurable: true });
    }
  });
});
