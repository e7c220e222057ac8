// Security settings of the Electron shell, in one place so the unit tests can check them:
// the renderer is an untrusted web page that may only talk to the core through window.api.
import type { Session, WebContents, WebPreferences } from 'electron';
import { fileURLToPath } from 'node:url';

/**
 * Content Security Policy of the app's page. Scripts only from the app's own files, no eval, no
 * network. Inline styles are allowed because the UI library (Mantine) injects <style> elements.
 * The renderer's index.html must carry the same policy in a
 * <meta http-equiv="Content-Security-Policy"> (the harness and any file:// fallback have no such header);
 * the app:// handler (app-protocol.ts) sends it with every response, and the main process also adds it
 * as a header to every response of the session.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The only permission the page may get: writing plain text to the clipboard (a "Sao chép" button). */
export const ALLOWED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

export function secureWebPreferences(preloadPath: string, opts: { devTools?: boolean } = {}): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: opts.devTools ?? false,
  };
}

function comparablePath(pathname: string): string {
  let p: string;
  try {
    p = fileURLToPath(`file://${pathname}`);
  } catch {
    p = decodeURIComponent(pathname);
  }
  p = p.normalize('NFC');
  return process.platform === 'win32' ? p.replace(/\//g, '\\').toLowerCase() : p;
}

/**
 * True when `url` is the same document as `pageUrl` (ignoring #hash and ?query): the app's own
 * index.html. file:// URLs are compared as paths (percent-encoding, and on Windows letter case and
 * slashes, may differ between Chromium and Node for the same file).
 */
export function isSamePage(url: string | null | undefined, pageUrl: string): boolean {
  if (!url) return false;
  let a: URL;
  let b: URL;
  try {
    a = new URL(url);
    b = new URL(pageUrl);
  } catch {
    return false;
  }
  if (a.protocol !== b.protocol) return false;
  if (a.protocol === 'file:') {
    return a.host.toLowerCase() === b.host.toLowerCase() && comparablePath(a.pathname) === comparablePath(b.pathname);
  }
  // The host too: the origin of a custom scheme (app://) is opaque ("null") to the URL parser.
  return a.origin === b.origin && a.host === b.host && a.pathname === b.pathname;
}

/** Session-wide rules: CSP header on every response, every permission denied but the allow-list. */
export function hardenSession(ses: Session): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    headers['Content-Security-Policy'] = [CSP];
    callback({ responseHeaders: headers });
  });
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(ALLOWED_PERMISSIONS.includes(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => ALLOWED_PERMISSIONS.includes(permission));
}

/**
 * Rules for one web contents showing `pageUrl`: it may not navigate away (a dropped file or a link
 * would otherwise replace the app), open windows, or embed <webview>.
 */
export function hardenWebContents(contents: WebContents, pageUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isSamePage(url, pageUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isSamePage(url, pageUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
