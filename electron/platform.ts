// The Electron adapter of the Platform interface: native save dialog (Vietnamese), open in the
// default program, show in Explorer.
import { app, dialog, shell, type BrowserWindow, type FileFilter, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import { writeFileGuarded } from './core/documents/file-lock';
import { CoreError } from './core/errors';
import { sanitizeFileName } from './core/documents/file-name';
import type { Platform, SaveFileRequest } from './core/platform';

const FILTERS: Record<string, FileFilter> = {
  '.docx': { name: 'Tài liệu Word', extensions: ['docx'] },
  '.eml': { name: 'Thư điện tử (bản nháp)', extensions: ['eml'] },
  '.json': { name: 'Tệp dữ liệu BienBan (JSON)', extensions: ['json'] },
  '.pdf': { name: 'Tài liệu PDF', extensions: ['pdf'] },
  '.sqlite': { name: 'Tệp sao lưu BienBan', extensions: ['sqlite'] },
  '.xlsx': { name: 'Bảng tính Excel', extensions: ['xlsx'] },
};
const ALL_FILES: FileFilter = { name: 'Tất cả các tệp', extensions: ['*'] };

export function saveDialogOptions(suggestedName: string, dir: string): SaveDialogOptions {
  const name = sanitizeFileName(suggestedName);
  const filter = FILTERS[path.extname(name).toLowerCase()];
  return {
    title: 'Lưu tệp',
    buttonLabel: 'Lưu',
    defaultPath: path.join(dir, name),
    filters: filter ? [filter, ALL_FILES] : [ALL_FILES],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

function writeError(filePath: string, e: unknown): CoreError {
  if (e instanceof CoreError) return e; // FILE_IN_USE keeps its own message
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'
      ? 'Tệp đang mở trong chương trình khác (ví dụ Word) hoặc thư mục không cho phép ghi. Hãy đóng tệp đó hoặc chọn nơi lưu khác.'
      : (e as Error).message;
  return new CoreError('SAVE_FAILED', `Không lưu được tệp ${filePath}: ${why}`);
}

export function electronPlatform(getWindow: () => BrowserWindow | null): Platform {
  let lastDir: string | null = null;
  return {
    async saveFile(req: SaveFileRequest) {
      if ((req.bytes === undefined) === (req.text === undefined)) {
        throw new CoreError('INVALID_INPUT', 'Cần đúng một nội dung để lưu (bytes hoặc text).');
      }
      const opts = saveDialogOptions(req.suggestedName, lastDir ?? app.getPath('documents'));
      const win = getWindow();
      const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      if (res.canceled || !res.filePath) return null;
      const filePath = res.filePath;
      try {
        // Refuses a file Word has open (its ~$ lock file, EBUSY) and writes through a temp file + rename.
        writeFileGuarded(filePath, req.bytes ?? req.text ?? '');
      } catch (e) {
        throw writeError(filePath, e);
      }
      lastDir = path.dirname(filePath);
      return filePath;
    },
    async openPath(filePath: string) {
      const err = await shell.openPath(filePath);
      if (err) throw new CoreError('OPEN_FAILED', `Không mở được tệp ${filePath}: ${err}`);
    },
    showItemInFolder(filePath: string) {
      shell.showItemInFolder(filePath);
    },
  };
}
