import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const popup = vi.fn();
  return { popup, Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template, popup })) } };
});
vi.mock('electron', () => electron);

const { contextMenuTemplate, registerContextMenu } = await import('../../electron/context-menu');

const flags = (over: Partial<Record<string, boolean>> = {}) => ({
  canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canDelete: true, canEditRichly: false, ...over,
});

describe('the right-click menu', () => {
  it('on a text field offers Hoàn tác, Làm lại, Cắt, Sao chép, Dán, Chọn tất cả, enabled as Chromium says', () => {
    const t = contextMenuTemplate({ isEditable: true, selectionText: '', editFlags: flags({ canCut: false, canCopy: false }) });
    const items = t.filter((i) => i.type !== 'separator');
    expect(items.map((i) => [i.role, i.label, i.enabled])).toEqual([
      ['undo', 'Hoàn tác', true],
      ['redo', 'Làm lại', false],
      ['cut', 'Cắt', false],
      ['copy', 'Sao chép', false],
      ['paste', 'Dán', true],
      ['selectAll', 'Chọn tất cả', true],
    ]);
  });

  it('on selected text outside a field offers only Sao chép, and nothing on empty space', () => {
    expect(contextMenuTemplate({ isEditable: false, selectionText: 'Mường Chà', editFlags: flags() }).map((i) => i.label)).toEqual(['Sao chép']);
    expect(contextMenuTemplate({ isEditable: false, selectionText: '  ', editFlags: flags() })).toEqual([]);
  });

  it('is shown at the click on the window, built from that template', () => {
    let listener: ((e: unknown, p: unknown) => void) | undefined;
    const win = { webContents: { on: vi.fn((event: string, fn: typeof listener) => { if (event === 'context-menu') listener = fn; }) } };
    registerContextMenu(win as never);
    expect(listener).toBeDefined();
    listener!({}, { isEditable: true, selectionText: '', editFlags: flags() });
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(electron.popup).toHaveBeenCalledWith({ window: win });
    listener!({}, { isEditable: false, selectionText: '', editFlags: flags() });
    expect(electron.popup).toHaveBeenCalledTimes(1); // no empty menu
  });
});
