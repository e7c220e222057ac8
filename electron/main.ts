// The Electron main process, kept thin: one instance, open the core on the user's data folder,
// wire IPC, show the window. Everything the app does lives in electron/core.
import { app, dialog, ipcMain, Menu, protocol, session, shell, type BrowserWindow } from 'electron';
import path from 'node:path';
import { formatBackupTime } from '../shared/backup';
import { listBackupFiles } from './core/backup/names';
import { restoreClosedDatabase } from './core/backup/restore';
import { backupsDir } from './core/backup/service';
import { createCore, DB_FILE, type Core } from './core/core';
import { MIGRATIONS } from './core/db/migrations';
import { CoreError } from './core/errors';
import { createLogger } from './core/log';
import { APP_PAGE_URL, registerAppScheme, serveApp } from './app-protocol';
import { registerContextMenu } from './context-menu';
import { registerIpc } from './ipc';
import { electronPlatform } from './platform';
import { hardenSession } from './security';
import { createMainWindow, menuTemplate } from './window';

export const APP_ID = 'vn.gov.bienban';

/**
 * Where the built renderer and preload sit (the repo in development, app.asar when installed), and
 * the app:// URL the renderer folder is served at (app-protocol.ts).
 */
export function appPaths(): { rendererDir: string; pageUrl: string; preloadPath: string } {
  const root = app.getAppPath();
  return {
    rendererDir: path.join(root, 'dist', 'renderer'),
    pageUrl: APP_PAGE_URL,
    preloadPath: path.join(root, 'dist-electron', 'preload.cjs'),
  };
}

/**
 * better-sqlite3 built for Electron's ABI, set by scripts/start-electron.mjs in development
 * (node_modules keeps the Node build for the tests). Never in the installed app: a variable that
 * loads a native module from any path is a door into the process.
 */
export function sqliteBinding(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return app.isPackaged ? undefined : env.BIENBAN_SQLITE_BINDING || undefined;
}

/** The Word templates shipped with the app: resources/templates when installed (electron-builder extraResources), the repo's templates/ in development. */
export function templatesDir(): string {
  // resourcesPath exists only inside Electron; fall back to the app folder elsewhere (tests).
  return path.join(app.isPackaged ? process.resourcesPath ?? app.getAppPath() : app.getAppPath(), 'templates');
}

/**
 * The data folder: BIENBAN_DATA_DIR if set (tests, a second profile), else the user's app data
 * folder (%APPDATA%\BienBan, the same one core/paths.ts userDataDir() gives the command line).
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.BIENBAN_DATA_DIR;
  return chosen ? path.resolve(chosen) : app.getPath('userData');
}

function showFatal(e: unknown, env: NodeJS.ProcessEnv = process.env): void {
  // The core's own log may not exist yet: write to the same file, so the cause of a failed start is kept.
  let logFile = '';
  try {
    const log = createLogger(dataDir(env));
    log.error('startup', e);
    logFile = log.file;
  } catch {
    // Not even the data folder is known: the dialog below is all there is.
  }
  const message =
    e instanceof CoreError
      ? e.message
      : `BienBan gặp lỗi không mong đợi khi khởi động.${logFile ? ` Chi tiết kỹ thuật đã được ghi vào ${logFile}.` : ''}`;
  dialog.showErrorBox('BienBan không khởi động được', message);
}

/** Opens the database; on failure (corrupt, too new, locked...) tells the user why and returns null. */
export function openCore(env: NodeJS.ProcessEnv = process.env, getWindow: () => BrowserWindow | null = () => null, retried = false): Core | null {
  try {
    return createCore({
      dataDir: dataDir(env),
      nativeBinding: sqliteBinding(env),
      appVersion: app.getVersion(),
      templatesDir: templatesDir(),
      platform: electronPlatform(getWindow),
    });
  } catch (e) {
    if (!retried && e instanceof CoreError && e.code === 'DB_CORRUPT' && offerRestore(env, e)) return openCore(env, getWindow, true);
    showFatal(e, env);
    return null;
  }
}

/**
 * A damaged data file at start: offer the newest backup there and then, rather than sending her to
 * copy files by hand. The damaged file is kept in the backups folder. True if the restore was done.
 */
export function offerRestore(env: NodeJS.ProcessEnv, e: CoreError): boolean {
  const dir = backupsDir(dataDir(env));
  const newest = listBackupFiles(dir)[0];
  if (!newest) return false;
  const log = createLogger(dataDir(env));
  log.error('startup', e);
  const answer = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Tệp dữ liệu bị hỏng',
    message: 'Tệp dữ liệu của BienBan bị hỏng.',
    detail:
      `Có thể khôi phục từ bản sao lưu mới nhất, lúc ${formatBackupTime(newest.time)} (${newest.name}). ` +
      'Những gì nhập sau thời điểm đó sẽ không có. Tệp hỏng được giữ lại trong thư mục sao lưu.',
    buttons: ['Khôi phục bản sao lưu này', 'Thoát'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (answer !== 0) return false;
  try {
    const kept = restoreClosedDatabase(path.join(dataDir(env), DB_FILE), newest.path, {
      backupsDir: dir, at: new Date(), supported: MIGRATIONS.length, label: newest.name,
      nativeBinding: sqliteBinding(env),
      // The database comes back even when a scan cannot: she is told which ones to find again.
      onScanProblems: (problems) => {
        log.info('startup', `restore: ${problems.length} scan(s) not restored`);
        dialog.showMessageBoxSync({ type: 'warning', title: 'Thiếu bản chụp', message: 'Đã khôi phục dữ liệu, nhưng một số bản chụp không khôi phục được:', detail: problems.join('\n'), noLink: true });
      },
    });
    log.info('startup', `restored ${newest.name} over a damaged data file, kept as ${kept}`);
    return true;
  } catch (err) {
    log.error('startup.restore', err);
    dialog.showErrorBox('Không khôi phục được', err instanceof CoreError ? err.message : 'Không khôi phục được bản sao lưu; chi tiết trong nhật ký lỗi.');
    return false;
  }
}

export async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  app.setAppUserModelId(APP_ID);
  registerAppScheme(protocol); // before ready, as Electron requires

  let win: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  await app.whenReady();
  const core = openCore(process.env, () => win);
  if (!core) {
    app.quit();
    return;
  }
  const paths = appPaths();
  serveApp(protocol, paths.rendererDir);
  hardenSession(session.defaultSession);
  const unregister = registerIpc({ ipcMain, handlers: core.handlers, pageUrl: paths.pageUrl, log: core.log });
  // A backup now, then every 30 minutes of changes; failures go to the log (there is no one to ask).
  void core.backups.scheduler.start();

  const folder = dataDir();
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        isDev: !app.isPackaged,
        openDataFolder: () => void shell.openPath(folder),
        about: () => {
          const info = core.handlers['system.info']({});
          void dialog.showMessageBox({
            type: 'info',
            title: 'Giới thiệu BienBan',
            message: `BienBan ${info.appVersion}`,
            detail:
              'Soạn biên bản và thông báo kết luận kiểm tra cải cách hành chính.\n\n' +
              `Thư mục dữ liệu: ${info.dataDir}\nPhiên bản dữ liệu: ${info.schemaVersion} · SQLite ${info.sqliteVersion}`,
            buttons: ['Đóng'],
          });
        },
      }),
    ),
  );

  win = createMainWindow({ ...paths, devTools: !app.isPackaged });
  registerContextMenu(win);
  win.on('closed', () => {
    win = null;
  });
  app.on('window-all-closed', () => app.quit());
  let closed = false;
  app.on('will-quit', () => {
    if (closed) return;
    closed = true;
    unregister();
    core.close();
  });
}

// Runs only inside Electron; the unit tests import this module and call main() themselves.
if (process.versions.electron) {
  main().catch((e) => {
    showFatal(e);
    app.exit(1);
  });
}
