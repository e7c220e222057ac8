import { beforeEach, describe, expect, it, vi } from 'vitest';

type Cb = (err: Error | null, out: string, stderr: string) => void;
const cp = vi.hoisted(() => ({ execFile: vi.fn() }));
vi.mock('node:child_process', () => cp);

import { createWord, powershellCommand, WORD_ENV, WORD_SCRIPTS } from '../../electron/core/office/word';

const decode = (args: string[]) => Buffer.from(args[args.indexOf('-EncodedCommand') + 1], 'base64').toString('utf16le');
const succeed = () => {
  cp.execFile.mockImplementation((_f: string, _a: string[], _o: unknown, cb: Cb) => cb(null, '', ''));
};

// A Windows path with Vietnamese letters, spaces and characters PowerShell and cmd treat specially.
const DOCX = "C:\\Users\\Thư ký\\Văn bản\\Biên bản 05-BB-ĐKT (Mường Chà) $x 'a' & b.docx";
const PDF = 'C:\\Users\\Thư ký\\Văn bản\\Thông báo kết luận 12-TB-SNV.pdf';

beforeEach(() => {
  vi.clearAllMocks();
  succeed();
});

describe('PowerShell command line', () => {
  it('carries the script encoded (UTF-16LE base64) and nothing of the user in the arguments', () => {
    const cmd = powershellCommand(WORD_SCRIPTS.print, { [WORD_ENV.docx]: DOCX, [WORD_ENV.copies]: '3' });
    expect(cmd.file).toBe('powershell.exe');
    expect(cmd.args.slice(0, 5)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand']);
    expect(cmd.args).toHaveLength(6);
    expect(decode(cmd.args)).toBe(WORD_SCRIPTS.print);
    expect(cmd.args.join(' ')).not.toContain('Thư ký');
    expect(cmd.env).toEqual({ BIENBAN_DOCX: DOCX, BIENBAN_COPIES: '3' });
  });

  it('scripts read paths from the environment, never from text pasted into them', () => {
    expect(WORD_SCRIPTS.print).toContain('$word.Documents.Open($env:BIENBAN_DOCX, $false, $true, $false)');
    expect(WORD_SCRIPTS.print).toContain('$doc.PrintOut($false, $false, 0, \'\', \'\', \'\', 0, [int]$env:BIENBAN_COPIES)');
    expect(WORD_SCRIPTS.pdf).toContain('$doc.ExportAsFixedFormat($env:BIENBAN_PDF, 17,');
    // Word is always closed without saving and quit, even when printing fails.
    for (const s of [WORD_SCRIPTS.print, WORD_SCRIPTS.pdf]) {
      expect(s).toMatch(/finally \{ \$doc\.Close\(0\) \}/);
      expect(s).toMatch(/\$word\.Quit\(0\)/);
      expect(s).toContain("$ErrorActionPreference = 'Stop'");
    }
  });
});

describe('Word', () => {
  it('prints through Word with the path and the copies in the environment', async () => {
    await createWord({ platform: 'win32' }).print(DOCX, 3);
    const [file, args, opts] = cp.execFile.mock.calls[0];
    expect(file).toBe('powershell.exe');
    expect(decode(args)).toBe(WORD_SCRIPTS.print);
    expect(opts.env.BIENBAN_DOCX).toBe(DOCX);
    expect(opts.env.BIENBAN_COPIES).toBe('3');
    expect(opts.windowsHide).toBe(true);
    expect(opts.env.PATH ?? opts.env.Path).toBe(process.env.PATH ?? process.env.Path); // the rest of the environment kept
  });

  it('exports a PDF with both paths in the environment, Vietnamese letters intact (NFC)', async () => {
    await createWord({ platform: 'win32' }).toPdf(DOCX.normalize('NFC'), PDF);
    const opts = cp.execFile.mock.calls[0][2];
    expect(decode(cp.execFile.mock.calls[0][1])).toBe(WORD_SCRIPTS.pdf);
    expect(opts.env.BIENBAN_DOCX).toBe(DOCX);
    expect(opts.env.BIENBAN_PDF).toBe(PDF);
  });

  it('refuses a copy count out of range before starting Word', async () => {
    await expect(createWord({ platform: 'win32' }).print(DOCX, 0)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(createWord({ platform: 'win32' }).print(DOCX, 100)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(cp.execFile).not.toHaveBeenCalled();
  });

  it('explains a failed print in Vietnamese with the file and PowerShell\'s own line', async () => {
    cp.execFile.mockImplementation((_f: string, _a: string[], _o: unknown, cb: Cb) => cb(new Error('exit 1'), '', '\r\nException calling "PrintOut": printer offline\r\n'));
    await expect(createWord({ platform: 'win32' }).print(DOCX, 1)).rejects.toMatchObject({
      code: 'PRINT_FAILED', message: `Word không in được tệp ${DOCX}: Exception calling "PrintOut": printer offline`,
    });
  });

  it('says Word did not answer when it was stopped after the time limit', async () => {
    cp.execFile.mockImplementation((_f: string, _a: string[], _o: unknown, cb: Cb) => cb(Object.assign(new Error('t'), { killed: true }), '', ''));
    await expect(createWord({ platform: 'win32' }).toPdf(DOCX, PDF)).rejects.toMatchObject({ code: 'PDF_FAILED', message: expect.stringContaining('Word không trả lời') });
  });

  it('is found by its COM class in the registry, asked once', async () => {
    const w = createWord({ platform: 'win32' });
    expect(await w.available()).toBe(true);
    expect(await w.available()).toBe(true);
    expect(cp.execFile).toHaveBeenCalledTimes(1);
    expect(decode(cp.execFile.mock.calls[0][1])).toContain('HKEY_CLASSES_ROOT\\Word.Application\\CurVer');
    cp.execFile.mockImplementation((_f: string, _a: string[], _o: unknown, cb: Cb) => cb(new Error('exit 1'), '', ''));
    expect(await createWord({ platform: 'win32' }).available()).toBe(false);
  });

  it('is never there outside Windows, and nothing is started to find out', async () => {
    expect(await createWord({ platform: 'linux' }).available()).toBe(false);
    expect(cp.execFile).not.toHaveBeenCalled();
  });
});
