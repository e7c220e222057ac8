import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const electron = vi.hoisted(() => {
  class FakeWebContents {
    listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    windowOpenHandler: ((details: unknown) => unknown) | null = null;
    on(event: string, fn: (...args: unknown[]) => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(event) ?? []) fn(...args);
    }
    setWindowOpenHandler(fn: (details: unknown) => unknown) {
      this.windowOpenHandler = fn;
    }
  }
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    static loadError: Error | null = null;
    webContents = new FakeWebContents();
    loadURL = vi.fn(async (_u: string): Promise<void> => {
      if (FakeBrowserWindow.loadError) throw FakeBrowserWindow.loadError;
    });
    loadFile = vi.fn(async () => undefined);
    show = vi.fn();
    destroy = vi.fn();
    isDestroyed = () => false;
    once = vi.fn();
    on = vi.fn();
    constructor(public options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
  }
  const dialog = { showErrorBox: vi.fn() };
  return { BrowserWindow: FakeBrowserWindow, FakeWebContents, dialog };
});
vi.mock('electron', () => electron);

import {
  ALLOWED_PERMISSIONS, CSP, hardenSession, hardenWebContents, isSamePage, secureWebPreferences,
} from '../../electron/security';
import { createMainWindow, menuTemplate } from '../../electron/window';
import { APP_PAGE_URL } from '../../electron/app-protocol';

function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

const PAGE = pathToFileURL(path.resolve('/opt/BienBan/resources/app.asar/dist/renderer/index.html')).href;

describe('Content Security Policy', () => {
  const csp = parseCsp(CSP);
  it('allows scripts only from the app itself, no eval, no inline script', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CSP).not.toContain('unsafe-eval');
    expect(CSP).not.toContain('wasm-unsafe-eval');
  });
  it('allows inline styles (the UI library injects them) and nothing else unsafe', () => {
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    const unsafeInline = [...csp].filter(([, v]) => v.includes("'unsafe-inline'")).map(([k]) => k);
    expect(unsafeInline).toEqual(['style-src']);
  });
  it('has no network, no plugins, no base, no framing, no forms', () => {
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(CSP).not.toMatch(/https?:|\*/);
  });

  // A file:// page gets no response headers on every Electron version: the <meta> in the renderer's
  // index.html is what certainly applies, so it must be as strict as CSP on what matters.
  const indexHtml = path.resolve('renderer/index.html');
  it.skipIf(!fs.existsSync(indexHtml))('renderer/index.html carries an equally strict <meta> policy', () => {
    const html = fs.readFileSync(indexHtml, 'utf8');
    const m = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i);
    expect(m, 'CSP <meta> in renderer/index.html').not.toBeNull();
    const meta = parseCsp(m![1]);
    for (const d of ['default-src', 'script-src', 'style-src', 'connect-src', 'object-src', 'base-uri']) {
      expect(meta.get(d), d).toEqual(csp.get(d));
    }
    expect(m![1]).not.toContain('unsafe-eval');
  });
});

describe('webPreferences', () => {
  it('isolates the page from Node and Electron', () => {
    const prefs = secureWebPreferences('/app/dist-electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });
  it('the window uses them, with the preload, and loads the app:// page (never a file:// one)', () => {
    const win = createMainWindow({
      preloadPath: '/app/dist-electron/preload.cjs',
      pageUrl: APP_PAGE_URL,
      devTools: false,
    }) as unknown as InstanceType<typeof electron.BrowserWindow>;
    expect(win.options.webPreferences).toEqual(secureWebPreferences('/app/dist-electron/preload.cjs'));
    expect(win.loadURL).toHaveBeenCalledWith('app://bienban/index.html');
    expect(win.loadFile).not.toHaveBeenCalled();
    // the window's contents are hardened
    expect(win.webContents.windowOpenHandler?.({ url: 'https://x.example' })).toEqual({ action: 'deny' });
    expect(win.webContents.listeners.has('will-navigate')).toBe(true);
  });
});

describe('main window failures', () => {
  const opts = { preloadPath: '/p.cjs', pageUrl: APP_PAGE_URL, devTools: false };
  type Win = InstanceType<typeof electron.BrowserWindow>;
  it('reloads the page after a renderer crash, with a Vietnamese notice', () => {
    electron.dialog.showErrorBox.mockClear();
    const win = createMainWindow(opts) as unknown as Win;
    win.loadURL.mockClear();
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit' });
    expect(win.loadURL).not.toHaveBeenCalled();
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('BienBan gặp sự cố', expect.stringContaining('không bị mất'));
    expect(win.loadURL).toHaveBeenCalledWith(opts.pageUrl);
  });
  it('explains and closes when the page cannot be loaded', async () => {
    electron.dialog.showErrorBox.mockClear();
    electron.BrowserWindow.loadError = new Error('ERR_FILE_NOT_FOUND');
    try {
      const win = createMainWindow(opts) as unknown as Win;
      await vi.waitFor(() => expect(win.destroy).toHaveBeenCalled());
      expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
        'BienBan không khởi động được',
        expect.stringContaining('ERR_FILE_NOT_FOUND'),
      );
    } finally {
      electron.BrowserWindow.loadError = null;
    }
  });
});

describe('isSamePage', () => {
  it('accepts the page itself, with a #route or ?query', () => {
    expect(isSamePage(PAGE, PAGE)).toBe(true);
    expect(isSamePage(`${PAGE}#/inspections/1`, PAGE)).toBe(true);
    expect(isSamePage(`${PAGE}?x=1`, PAGE)).toBe(true);
  });
  it('accepts the app:// page, and only on its own host', () => {
    expect(isSamePage(`${APP_PAGE_URL}#/inspections/1`, APP_PAGE_URL)).toBe(true);
    for (const url of ['app://evil/index.html', 'app://bienban/other.html', 'bienban://bienban/index.html', PAGE]) {
      expect(isSamePage(url, APP_PAGE_URL), url).toBe(false);
    }
  });
  it('accepts the same file spelled with different percent-encoding', () => {
    const page = pathToFileURL('/home/Nguyễn Văn A/BienBan/index.html').href;
    expect(isSamePage('file:///home/Nguy%E1%BB%85n%20V%C4%83n%20A/BienBan/index.html', page)).toBe(true);
    expect(isSamePage('file:///home/Nguyễn Văn A/BienBan/index.html', page)).toBe(true);
  });
  it('rejects anything else', () => {
    for (const url of [
      'https://evil.example/',
      'http://localhost/index.html',
      pathToFileURL('/tmp/index.html').href,
      PAGE.replace('index.html', 'other.html'),
      PAGE.replace('file:///', 'file://server/'),
      'app://other/index.html',
      'app://bienban/other.html',
      'about:blank',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(isSamePage(url, PAGE), String(url)).toBe(false);
    }
  });
});

describe('hardenWebContents', () => {
  function setup() {
    const wc = new electron.FakeWebContents();
    hardenWebContents(wc as never, PAGE);
    return wc;
  }
  it('blocks navigation away from the page, allows route changes within it', () => {
    const wc = setup();
    for (const url of ['https://evil.example/', pathToFileURL('/etc/passwd').href, 'file:///C:/Users/x/Desktop/report.docx']) {
      const event = { preventDefault: vi.fn() };
      wc.emit('will-navigate', event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
      const redirect = { preventDefault: vi.fn() };
      wc.emit('will-redirect', redirect, url);
      expect(redirect.preventDefault, url).toHaveBeenCalled();
    }
    const same = { preventDefault: vi.fn() };
    wc.emit('will-navigate', same, `${PAGE}#/campaigns`);
    expect(same.preventDefault).not.toHaveBeenCalled();
  });
  it('denies every new window and <webview>', () => {
    const wc = setup();
    expect(wc.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: PAGE })).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    wc.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  function setup() {
    const s = {
      onHeaders: null as null | ((details: unknown, cb: (r: unknown) => void) => void),
      request: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
      check: null as null | ((wc: unknown, permission: string) => boolean),
    };
    const session = {
      webRequest: { onHeadersReceived: (fn: typeof s.onHeaders) => (s.onHeaders = fn) },
      setPermissionRequestHandler: (fn: typeof s.request) => (s.request = fn),
      setPermissionCheckHandler: (fn: typeof s.check) => (s.check = fn),
    };
    hardenSession(session as never);
    return s;
  }
  it('adds the CSP header to responses, replacing any other', () => {
    const s = setup();
    let result: { responseHeaders: Record<string, string[]> } | undefined;
    s.onHeaders!({ responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['1'] } }, (r) => (result = r as never));
    expect(result!.responseHeaders).toEqual({ 'Content-Security-Policy': [CSP], 'X-Other': ['1'] });
    s.onHeaders!({}, (r) => (result = r as never));
    expect(result!.responseHeaders).toEqual({ 'Content-Security-Policy': [CSP] });
  });
  it('denies permission requests and checks (camera, location, notifications...)', () => {
    const s = setup();
    for (const p of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'fullscreen', 'clipboard-read', 'hid', 'serial']) {
      const cb = vi.fn();
      s.request!({}, p, cb);
      expect(cb, p).toHaveBeenCalledWith(false);
      expect(s.check!({}, p), p).toBe(false);
    }
  });
  it('allows only writing plain text to the clipboard', () => {
    const s = setup();
    expect(ALLOWED_PERMISSIONS).toEqual(['clipboard-sanitized-write']);
    const cb = vi.fn();
    s.request!({}, 'clipboard-sanitized-write', cb);
    expect(cb).toHaveBeenCalledWith(true);
  });
});

describe('menu', () => {
  const actions = { openDataFolder: vi.fn(), about: vi.fn(), isDev: false };
  it('has the four Vietnamese menus', () => {
    expect(menuTemplate(actions).map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });
  it('labels every item in Vietnamese (no English defaults from roles)', () => {
    const english = /^(File|Edit|View|Help|Undo|Redo|Cut|Copy|Paste|Select All|Quit|Exit|Reload|Zoom|Actual Size|Toggle)/;
    for (const isDev of [false, true]) {
      for (const top of menuTemplate({ ...actions, isDev })) {
        for (const item of top.submenu as { type?: string; label?: string }[]) {
          if (item.type === 'separator') continue;
          expect(item.label, JSON.stringify(item)).toBeTruthy();
          expect(item.label).not.toMatch(english);
        }
      }
    }
  });
  it('has the standard edit roles (Unikey/EVKey and copy-paste rely on them)', () => {
    const edit = menuTemplate(actions)[1].submenu as { role?: string }[];
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });
  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => (menuTemplate({ ...actions, isDev })[2].submenu as { role?: string }[]).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
  it('menu actions call back', () => {
    const t = menuTemplate(actions);
    const file = t[0].submenu as { label?: string; click?: () => void }[];
    file.find((i) => i.label === 'Mở thư mục dữ liệu')!.click!();
    expect(actions.openDataFolder).toHaveBeenCalled();
    const help = t[3].submenu as { label?: string; click?: () => void }[];
    help.find((i) => i.label === 'Giới thiệu BienBan')!.click!();
    expect(actions.about).toHaveBeenCalled();
  });
});
