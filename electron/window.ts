// The one app window and its Vietnamese menu.
import { BrowserWindow, dialog, type MenuItemConstructorOptions } from 'electron';
import { hardenWebContents, secureWebPreferences } from './security';

export const WINDOW_TITLE = 'BienBan';

export interface WindowOptions {
  /** Absolute path of dist-electron/preload.cjs. */
  preloadPath: string;
  /** app://bienban/index.html (app-protocol.ts): the only page the window may show. */
  pageUrl: string;
  devTools: boolean;
}

/** The question asked when she closes (or reloads) the window while the page still holds unsaved typing. */
export const UNLOAD_DIALOG = {
  type: 'warning' as const,
  title: WINDOW_TITLE,
  message: 'Còn thay đổi chưa lưu. Vẫn đóng BienBan?',
  detail: 'Những gì vừa nhập mà chưa lưu được sẽ mất. Chọn "Ở lại" để xem lỗi lưu và thử lại.',
  buttons: ['Ở lại', 'Vẫn đóng'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/**
 * The renderer cancels `beforeunload` while a save is pending or has failed (useAutosave.ts). Electron
 * does not ask the user by itself: it just keeps the window open, silently. Ask her, and let the
 * window close only when she chooses "Vẫn đóng" (preventDefault here means: ignore the page's veto).
 */
export function guardUnload(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, UNLOAD_DIALOG);
    if (choice === 1) event.preventDefault();
  });
}

export function createMainWindow(opts: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(opts.preloadPath, { devTools: opts.devTools }),
  });
  hardenWebContents(win.webContents, opts.pageUrl);
  guardUnload(win);
  win.once('ready-to-show', () => win.show());
  // A crashed page would leave a blank window: say so and bring the page back (records are saved
  // in the database as they are typed).
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    dialog.showErrorBox(
      'BienBan gặp sự cố',
      `Giao diện đã dừng bất thường (${details.reason}). Những gì đã lưu không bị mất; BienBan sẽ mở lại giao diện.`,
    );
    void win.loadURL(opts.pageUrl);
  });
  win.loadURL(opts.pageUrl).catch((e: Error) => {
    dialog.showErrorBox('BienBan không khởi động được', `Không tải được giao diện ${opts.pageUrl}: ${e.message}`);
    win.destroy(); // the last window closing quits the app
  });
  return win;
}

export interface MenuActions {
  openDataFolder(): void;
  about(): void;
  /** Reload and developer tools are only offered in development: a stray Ctrl+R must not drop typing. */
  isDev: boolean;
}

export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
    { role: 'zoomIn', label: 'Phóng to' },
    { role: 'zoomOut', label: 'Thu nhỏ' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Toàn màn hình' },
  ];
  if (actions.isDev) {
    view.push(
      { type: 'separator' },
      { role: 'reload', label: 'Tải lại' },
      { role: 'toggleDevTools', label: 'Công cụ cho nhà phát triển' },
    );
  }
  return [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Mở thư mục dữ liệu', click: () => actions.openDataFolder() },
        { type: 'separator' },
        { role: 'quit', label: 'Thoát' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    { label: 'Xem', submenu: view },
    {
      label: 'Trợ giúp',
      submenu: [
        { label: 'Mở thư mục dữ liệu', click: () => actions.openDataFolder() },
        { type: 'separator' },
        { label: 'Giới thiệu BienBan', click: () => actions.about() },
      ],
    },
  ];
}
