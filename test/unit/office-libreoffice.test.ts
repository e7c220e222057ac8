import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers';

type Cb = (err: Error | null, out: string, stderr: string) => void;
const cp = vi.hoisted(() => ({ execFile: vi.fn() }));
vi.mock('node:child_process', () => cp);

import { findSoffice, libreOfficeToPdf } from '../../electron/core/office/libreoffice';

let dir: string;
beforeEach(() => {
  vi.clearAllMocks();
  dir = tempDir('bienban-lo-test-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('finding LibreOffice', () => {
  it('looks on PATH, in order, and says null when it is nowhere', () => {
    const a = path.join(dir, 'Thư mục A');
    const b = path.join(dir, 'b');
    fs.mkdirSync(a);
    fs.mkdirSync(b);
    fs.writeFileSync(path.join(b, 'soffice'), '');
    expect(findSoffice({ PATH: [a, b].join(path.delimiter) })).toBe(path.join(b, 'soffice'));
    expect(findSoffice({ PATH: a })).toBeNull();
    expect(findSoffice({})).toBeNull();
  });
});

describe('converting', () => {
  it('runs headless with its own throw-away profile and the file as one argument, and finds the PDF beside it', async () => {
    const docx = path.join(dir, 'Biên bản 05-BB-ĐKT (dự thảo).docx');
    cp.execFile.mockImplementation((_f: string, args: string[], _o: unknown, cb: Cb) => {
      fs.writeFileSync(path.join(args[args.indexOf('--outdir') + 1], 'Biên bản 05-BB-ĐKT (dự thảo).pdf'), '%PDF');
      cb(null, '', '');
    });
    expect(await libreOfficeToPdf('/usr/bin/soffice', docx, dir)).toBe(path.join(dir, 'Biên bản 05-BB-ĐKT (dự thảo).pdf'));
    const [file, args, opts] = cp.execFile.mock.calls[0];
    expect(file).toBe('/usr/bin/soffice');
    expect(args[0]).toMatch(/^-env:UserInstallation=file:\/\//);
    expect(args.slice(1)).toEqual(['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx]);
    expect(opts.windowsHide).toBe(true);
    // The profile folder is removed afterwards.
    const profile = decodeURIComponent(new URL(args[0].slice('-env:UserInstallation='.length)).pathname);
    expect(fs.existsSync(profile)).toBe(false);
  });

  it('says in Vietnamese when LibreOffice fails or writes nothing', async () => {
    cp.execFile.mockImplementationOnce((_f: string, _a: string[], _o: unknown, cb: Cb) => cb(new Error('exit 1'), '', 'Error: source file could not be loaded\n'));
    await expect(libreOfficeToPdf('/usr/bin/soffice', path.join(dir, 'x.docx'), dir)).rejects.toMatchObject({
      code: 'PDF_FAILED', message: 'LibreOffice không chuyển được x.docx sang PDF: Error: source file could not be loaded',
    });
    cp.execFile.mockImplementationOnce((_f: string, _a: string[], _o: unknown, cb: Cb) => cb(null, '', ''));
    await expect(libreOfficeToPdf('/usr/bin/soffice', path.join(dir, 'x.docx'), dir)).rejects.toMatchObject({
      code: 'PDF_FAILED', message: 'LibreOffice không tạo ra tệp PDF cho x.docx.',
    });
  });
});
