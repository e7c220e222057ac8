import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => '/docs') },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  shell: { openPath: vi.fn(async (_p: string) => ''), showItemInFolder: vi.fn() },
}));
vi.mock('electron', () => electron);
type ExecCb = (err: Error | null, out: string, stderr: string) => void;
const cp = vi.hoisted(() => ({ execFile: vi.fn() }));
vi.mock('node:child_process', () => cp);

import { CoreError } from '../../electron/core/errors';
import { sanitizeFileName } from '../../electron/core/documents/file-name';
import { createWord } from '../../electron/core/office/word';
import { electronPlatform, openDialogOptions, printOptions, saveDialogOptions } from '../../electron/platform';

let dir: string;
beforeEach(() => {
  vi.clearAllMocks();
  dir = tempDir();
  electron.app.getPath.mockReturnValue(dir);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('offered file name', () => {
  it('is made valid by the one file-name rule of the documents (reserved names, forbidden characters, trailing dots)', () => {
    for (const suggested of ['Biên bản 05/BB-ĐKT.docx', 'a:b*c?"<>|.json', 'name. ', 'CON.docx', '  ']) {
      expect(path.basename(saveDialogOptions(suggested, '/docs').defaultPath!)).toBe(sanitizeFileName(suggested));
    }
    expect(path.basename(saveDialogOptions('CON.docx', '/docs').defaultPath!)).toBe('CON_.docx');
    expect(path.basename(saveDialogOptions('Biên bản 05/BB-ĐKT.docx', '/docs').defaultPath!)).toBe('Biên bản 05-BB-ĐKT.docx');
  });
});

describe('save dialog', () => {
  it('is in Vietnamese with a filter matching the extension', () => {
    const o = saveDialogOptions('Thông báo 12/TB-ĐKT.docx', '/docs');
    expect(o.title).toBe('Lưu tệp');
    expect(o.buttonLabel).toBe('Lưu');
    expect(o.defaultPath).toBe(path.join('/docs', 'Thông báo 12-TB-ĐKT.docx'));
    expect(o.filters?.[0]).toEqual({ name: 'Tài liệu Word', extensions: ['docx'] });
    expect(o.filters?.at(-1)).toEqual({ name: 'Tất cả các tệp', extensions: ['*'] });
    expect(saveDialogOptions('x.json', '/d').filters?.[0].name).toBe('Tệp dữ liệu BienBan (JSON)');
    expect(saveDialogOptions('x.bin', '/d').filters).toEqual([{ name: 'Tất cả các tệp', extensions: ['*'] }]);
  });
});

describe('electronPlatform', () => {
  const win = { id: 1 };
  const platform = () => electronPlatform(() => win as never);

  it('writes bytes where the user chose, and starts the next dialog there', async () => {
    const sub = path.join(dir, 'Biên bản');
    fs.mkdirSync(sub);
    const target = path.join(sub, 'bb.docx');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const p = platform();
    expect(await p.saveFile({ suggestedName: 'bb.docx', bytes: new Uint8Array([80, 75, 3, 4]) })).toBe(target);
    expect([...fs.readFileSync(target)]).toEqual([80, 75, 3, 4]);
    const [parent, opts] = electron.dialog.showSaveDialog.mock.calls[0];
    expect(parent).toBe(win);
    expect(opts.defaultPath).toBe(path.join(dir, 'bb.docx'));

    await p.saveFile({ suggestedName: 'next.docx', bytes: new Uint8Array([1]) });
    expect(electron.dialog.showSaveDialog.mock.calls[1][1].defaultPath).toBe(path.join(sub, 'next.docx'));
  });

  it('writes text as UTF-8', async () => {
    const target = path.join(dir, 'x.json');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await platform().saveFile({ suggestedName: 'x.json', text: '{"tên":"Ủy ban"}' });
    expect(fs.readFileSync(target, 'utf8')).toBe('{"tên":"Ủy ban"}');
  });

  it('returns null and writes nothing when the user cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await platform().saveFile({ suggestedName: 'x.json', text: '{}' })).toBeNull();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('uses an app-modal dialog when there is no window', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    await electronPlatform(() => null).saveFile({ suggestedName: 'x.json', text: '{}' });
    expect(electron.dialog.showSaveDialog.mock.calls[0]).toHaveLength(1);
  });

  it('explains a failed write in Vietnamese', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'missing', 'x.docx') });
    await expect(platform().saveFile({ suggestedName: 'x.docx', bytes: new Uint8Array([1]) })).rejects.toMatchObject({
      code: 'SAVE_FAILED',
      message: expect.stringMatching(/Không (lưu|ghi) được tệp/),
    });
  });

  it('never overwrites a file Word has open (its ~$ owner file is beside it)', async () => {
    const target = path.join(dir, 'Biên bản 05-BB-ĐKT.docx');
    fs.writeFileSync(target, 'bản cũ');
    fs.writeFileSync(path.join(dir, '~$ên bản 05-BB-ĐKT.docx'), 'owner');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(platform().saveFile({ suggestedName: 'x.docx', bytes: new Uint8Array([1]) })).rejects.toMatchObject({ code: 'FILE_IN_USE' });
    expect(fs.readFileSync(target, 'utf8')).toBe('bản cũ');
  });

  it('refuses a request with both or neither content', async () => {
    await expect(platform().saveFile({ suggestedName: 'x' })).rejects.toBeInstanceOf(CoreError);
    await expect(platform().saveFile({ suggestedName: 'x', text: '', bytes: new Uint8Array() })).rejects.toBeInstanceOf(CoreError);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('opens a file with its program, and reports a failure', async () => {
    await platform().openPath('/d/bb.docx');
    expect(electron.shell.openPath).toHaveBeenCalledWith('/d/bb.docx');
    electron.shell.openPath.mockResolvedValueOnce('No application is associated');
    await expect(platform().openPath('/d/bb.docx')).rejects.toMatchObject({ code: 'OPEN_FAILED' });
  });

  it('shows a file in its folder', () => {
    platform().showItemInFolder('/d/bb.docx');
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith('/d/bb.docx');
  });
});

describe('printing and PDF', () => {
  const webContents = { print: vi.fn(), printToPDF: vi.fn() };
  const win = { id: 1, webContents };
  const onWindows = () => electronPlatform(() => win as never, createWord({ platform: 'win32' }));
  const env = (k: number) => cp.execFile.mock.calls[k][2].env as Record<string, string>;
  const script = (k: number) => {
    const args = cp.execFile.mock.calls[k][1] as string[];
    return Buffer.from(args[args.indexOf('-EncodedCommand') + 1], 'base64').toString('utf16le');
  };
  beforeEach(() => {
    cp.execFile.mockImplementation((_f: string, _a: string[], _o: unknown, cb: ExecCb) => cb(null, '', ''));
  });

  it('prints a .docx named in Vietnamese with spaces through Word, the path passed as a value', async () => {
    const file = 'C:\\Users\\Nguyễn Thị Hoà\\AppData\\Local\\Temp\\bienban-in-1\\Biên bản kiểm tra 05-BB-ĐKT UBND huyện Mường Chà.docx';
    await onWindows().printFile!(file, { copies: 3 });
    expect(cp.execFile.mock.calls[0][0]).toBe('powershell.exe');
    expect(env(0).BIENBAN_DOCX).toBe(file);
    expect(env(0).BIENBAN_COPIES).toBe('3');
    expect(script(0)).toContain('PrintOut(');
    expect(script(0)).not.toContain('Mường');
    expect((cp.execFile.mock.calls[0][1] as string[]).join(' ')).not.toContain('Mường');
  });

  it('exports a PDF through Word, both paths in the environment', async () => {
    await onWindows().wordToPdf!('D:\\Hồ sơ\\van-ban.docx', 'D:\\Hồ sơ\\Thông báo kết luận.pdf');
    expect(script(0)).toContain('ExportAsFixedFormat($env:BIENBAN_PDF, 17');
    expect(env(0)).toMatchObject({ BIENBAN_DOCX: 'D:\\Hồ sơ\\van-ban.docx', BIENBAN_PDF: 'D:\\Hồ sơ\\Thông báo kết luận.pdf' });
  });

  it('asks the registry for Word on Windows only', async () => {
    expect(await onWindows().hasWord!()).toBe(true);
    expect(await electronPlatform(() => win as never, createWord({ platform: 'linux' })).hasWord!()).toBe(false);
    expect(cp.execFile).toHaveBeenCalledTimes(1);
  });

  it('prints the preview with the system dialog, A4, the copies she chose; cancelling is not an error', async () => {
    webContents.print.mockImplementationOnce((_o: unknown, cb: (ok: boolean, reason: string) => void) => cb(true, ''));
    expect(await onWindows().printPage!({ copies: 3 })).toBe(true);
    expect(webContents.print.mock.calls[0][0]).toEqual(printOptions({ copies: 3 }));
    expect(printOptions({ copies: 3 })).toMatchObject({ silent: false, copies: 3, pageSize: 'A4', printBackground: true, landscape: false });
    expect(printOptions({ copies: 1, landscape: true }).landscape).toBe(true);
    webContents.print.mockImplementationOnce((_o: unknown, cb: (ok: boolean, reason: string) => void) => cb(false, 'cancelled'));
    expect(await onWindows().printPage!({ copies: 1 })).toBe(false);
    webContents.print.mockImplementationOnce((_o: unknown, cb: (ok: boolean, reason: string) => void) => cb(false, 'failed'));
    await expect(onWindows().printPage!({ copies: 1 })).rejects.toMatchObject({ code: 'PRINT_FAILED' });
    expect(cp.execFile).not.toHaveBeenCalled(); // the preview never starts Word
  });

  it('prints the preview to PDF bytes, A4', async () => {
    webContents.printToPDF.mockResolvedValueOnce(Buffer.from('%PDF-1.7'));
    expect(Buffer.from(await onWindows().pagePdf!()).toString()).toBe('%PDF-1.7');
    expect(webContents.printToPDF.mock.calls[0][0]).toMatchObject({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    await expect(electronPlatform(() => null).pagePdf!()).rejects.toMatchObject({ code: 'NO_PLATFORM' });
  });

  it('chooses a file with a Vietnamese open dialog; null when cancelled', async () => {
    const req = { title: 'Chọn bản scan đã ký', filterName: 'PDF hoặc ảnh', extensions: ['pdf', 'jpg', 'png'] };
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['C:\\Scan\\Biên bản đã ký.pdf'] });
    expect(await onWindows().chooseFile!(req)).toBe('C:\\Scan\\Biên bản đã ký.pdf');
    expect(electron.dialog.showOpenDialog.mock.calls[0]).toEqual([win, openDialogOptions(req)]);
    expect(openDialogOptions(req).filters[0]).toEqual({ name: 'PDF hoặc ảnh', extensions: ['pdf', 'jpg', 'png'] });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await onWindows().chooseFile!(req)).toBeNull();
  });
});
