// The right-click menu of the page: on a text field Hoàn tác / Làm lại, Cắt, Sao chép, Dán, Chọn
// tất cả (a secretary pastes names and figures from other documents all day); on selected text
// elsewhere only Sao chép. Electron shows no menu by default. The template is a pure function of
// what Chromium reports about the click, so it is tested without a window.
import { Menu, type BrowserWindow, type ContextMenuParams, type MenuItemConstructorOptions } from 'electron';

type Params = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags'>;

export function contextMenuTemplate(p: Params): MenuItemConstructorOptions[] {
  const f = p.editFlags;
  if (p.isEditable) {
    return [
      { role: 'undo', label: 'Hoàn tác', enabled: f.canUndo },
      { role: 'redo', label: 'Làm lại', enabled: f.canRedo },
      { type: 'separator' },
      { role: 'cut', label: 'Cắt', enabled: f.canCut },
      { role: 'copy', label: 'Sao chép', enabled: f.canCopy },
      { role: 'paste', label: 'Dán', enabled: f.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Chọn tất cả', enabled: f.canSelectAll },
    ];
  }
  if (p.selectionText.trim()) return [{ role: 'copy', label: 'Sao chép', enabled: f.canCopy }];
  return [];
}

export function registerContextMenu(win: BrowserWindow): void {
  win.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params);
    if (template.length) Menu.buildFromTemplate(template).popup({ window: win });
  });
}
