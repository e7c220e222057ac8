// Closing the window with unsaved typing: the page vetoes the unload, the shell asks her in Vietnamese,
// and the window closes only when she chooses "Vẫn đóng".
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class FakeWebContents {
    listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    on(event: string, fn: (...args: unknown[]) => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(event) ?? []) fn(...args);
    }
    setWindowOpenHandler() {}
  }
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    destroy = vi.fn();
    isDestroyed = () => false;
    once = vi.fn();
    on = vi.fn();
    constructor(public options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
  }
  const dialog = { showErrorBox: vi.fn(), showMessageBoxSync: vi.fn((): number => 0) };
  return { BrowserWindow: FakeBrowserWindow, dialog };
});
vi.mock('electron', () => electron);

import { createMainWindow, UNLOAD_DIALOG } from '../../electron/window';

function openWindow() {
  createMainWindow({ preloadPath: '/app/preload.cjs', pageUrl: 'app://bienban/index.html', devTools: false });
  return electron.BrowserWindow.instances.at(-1)!;
}
function unloadVetoed(win: ReturnType<typeof openWindow>) {
  const event = { preventDefault: vi.fn() };
  win.webContents.emit('will-prevent-unload', event);
  return event;
}

describe('closing with unsaved changes', () => {
  beforeEach(() => electron.dialog.showMessageBoxSync.mockReset());

  it('asks in Vietnamese, on the window, with "Ở lại" as the safe default', () => {
    const win = openWindow();
    electron.dialog.showMessageBoxSync.mockReturnValue(0);
    unloadVetoed(win);
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    const [parent, options] = electron.dialog.showMessageBoxSync.mock.calls[0] as unknown as [unknown, typeof UNLOAD_DIALOG];
    expect(parent).toBe(win);
    expect(options.message).toBe('Còn thay đổi chưa lưu. Vẫn đóng BienBan?');
    expect(options.buttons).toEqual(['Ở lại', 'Vẫn đóng']);
    expect(options.buttons[options.defaultId]).toBe('Ở lại');
    expect(options.buttons[options.cancelId]).toBe('Ở lại');
  });

  it('"Ở lại" keeps the window open (the page\'s veto stands)', () => {
    const win = openWindow();
    electron.dialog.showMessageBoxSync.mockReturnValue(0);
    expect(unloadVetoed(win).preventDefault).not.toHaveBeenCalled();
  });

  it('"Vẫn đóng" lets the window close', () => {
    const win = openWindow();
    electron.dialog.showMessageBoxSync.mockReturnValue(1);
    expect(unloadVetoed(win).preventDefault).toHaveBeenCalledTimes(1);
  });
});
