// File names of generated documents (readable, valid on Windows) and the refusal to write over a
// document Word has open.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertFileName, documentFileName, MAX_FILE_NAME, MAX_FILE_NAME_BYTES, sanitizeFileName } from '../../electron/core/documents/file-name';
import { assertNotInUse, findWordLock, wordLockNames, writeFileGuarded } from '../../electron/core/documents/file-lock';
import { CoreError } from '../../electron/core/errors';
import { tempDir } from '../helpers';

const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

function expectWindowsSafe(name: string): void {
  expect(name).not.toMatch(WINDOWS_FORBIDDEN);
  expect(name).not.toMatch(/[. ]$/);
  expect(name).not.toMatch(RESERVED);
  expect(name).toBe(name.normalize('NFC'));
  expect(name.length).toBeGreaterThan(0);
  expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
}

describe('document file names', () => {
  it('an issued document: date, type, number and unit', () => {
    const name = documentFileName({ type: 'minutes', numberText: '05/BB-ĐKT', issuedDate: '2022-10-06', unitName: 'UBND huyện Mường Chà' });
    expect(name).toBe('2022-10-06 Biên bản 05-BB-ĐKT UBND huyện Mường Chà.docx');
    expectWindowsSafe(name);
    expect(documentFileName({ type: 'conclusion', numberText: '12/TB-SNV', issuedDate: '2022-10-20', unitName: 'UBND huyện Mường Chà' }))
      .toBe('2022-10-20 Thông báo kết luận 12-TB-SNV UBND huyện Mường Chà.docx');
  });

  it('a draft: "Dự thảo", the type and the unit; no unit chosen yet leaves it out', () => {
    expect(documentFileName({ type: 'conclusion', numberText: null, issuedDate: null, unitName: 'UBND huyện Mường Chà' }))
      .toBe('Dự thảo Thông báo kết luận UBND huyện Mường Chà.docx');
    expect(documentFileName({ type: 'minutes', numberText: null, issuedDate: null, unitName: '  ' })).toBe('Dự thảo Biên bản.docx');
  });

  it('unit names with characters Windows forbids still give a valid, readable name', () => {
    const name = documentFileName({
      type: 'minutes', numberText: '05/BB-ĐKT', issuedDate: '2022-10-06',
      unitName: 'UBND xã "Kim Sơn": Bộ phận 1/2 <TTHC>? * |A\\B\u0007\tC',
    });
    expectWindowsSafe(name);
    expect(name).toBe("2022-10-06 Biên bản 05-BB-ĐKT UBND xã 'Kim Sơn' - Bộ phận 1-2 TTHC -A-B C.docx");
  });
});

describe('sanitizeFileName', () => {
  it('replaces or drops every character Windows forbids, and control characters', () => {
    for (const bad of ['a<b', 'a>b', 'a:b', 'a"b', 'a/b', 'a\\b', 'a|b', 'a?b', 'a*b', 'a\u0000b', 'a\u001fb', 'a\nb']) {
      expectWindowsSafe(sanitizeFileName(`${bad}.docx`));
    }
    expect(sanitizeFileName('05/BB-ĐKT.docx')).toBe('05-BB-ĐKT.docx');
  });

  it('no trailing dots or spaces; empty names get a fallback', () => {
    expect(sanitizeFileName('Biên bản... .docx')).toBe('Biên bản.docx');
    expect(sanitizeFileName('Biên bản. . ')).toBe('Biên bản');
    expect(sanitizeFileName('   .docx')).toBe('Văn bản.docx');
    expect(sanitizeFileName('???')).toBe('Văn bản');
  });

  it('reserved device names are changed, with or without an extension, in any case', () => {
    for (const n of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9']) {
      const out = sanitizeFileName(`${n}.docx`);
      expectWindowsSafe(out);
      expect(out).toBe(`${n}_.docx`);
      expectWindowsSafe(sanitizeFileName(n));
      expectWindowsSafe(sanitizeFileName(`${n}.tar.docx`));
    }
    // Only the whole first part is reserved: these are ordinary names.
    expect(sanitizeFileName('CONG VAN.docx')).toBe('CONG VAN.docx');
    expect(sanitizeFileName('Console.docx')).toBe('Console.docx');
  });

  it('writes NFC (precomposed) Vietnamese, whatever it was given', () => {
    const nfd = 'Biên bản UBND huyện Mường Chà.docx'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(sanitizeFileName(nfd)).toBe('Biên bản UBND huyện Mường Chà.docx');
  });

  it('limits the length, keeps the extension, cuts at a word and never inside a character', () => {
    const unit = 'Ủy ban nhân dân thành phố Điện Biên Phủ tỉnh Điện Biên '.repeat(8);
    const name = documentFileName({ type: 'conclusion', numberText: '112/TB-SNV', issuedDate: '2022-10-06', unitName: unit });
    expectWindowsSafe(name);
    expect(name.endsWith('.docx')).toBe(true);
    expect(name.startsWith('2022-10-06 Thông báo kết luận 112-TB-SNV Ủy ban nhân dân')).toBe(true);
    expect(name).not.toMatch(/ \.docx$/);
    // Cut at a word boundary: what is kept is a prefix of the full name ending at a whole word.
    const base = name.slice(0, -'.docx'.length);
    expect(`2022-10-06 Thông báo kết luận 112-TB-SNV ${unit}`.startsWith(base + ' ')).toBe(true);

    const emoji = sanitizeFileName(`${'😀'.repeat(100)}.docx`, 50);
    expect(emoji.length).toBeLessThanOrEqual(50);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/); // no lone high surrogate
    expect(emoji.endsWith('.docx')).toBe(true);
  });
});

describe('Word lock detection', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const dir = () => {
    const d = tempDir('bienban-lock-');
    dirs.push(d);
    return d;
  };
  const inUse = (fn: () => unknown): CoreError => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(CoreError);
      return e as CoreError;
    }
    throw new Error('expected FILE_IN_USE');
  };

  it('knows the names Word gives its owner file', () => {
    expect(wordLockNames('a.docx')).toContain('~$a.docx');
    expect(wordLockNames('Biên bản 05.docx')).toEqual(expect.arrayContaining(['~$Biên bản 05.docx', '~$ên bản 05.docx', '~$iên bản 05.docx']));
  });

  it.each([
    ['short name, "~$" + name', 'BB.docx', (n: string) => `~$${n}`],
    ['long name, first two characters replaced', '2022-10-06 Biên bản 05-BB-ĐKT UBND huyện Mường Chà.docx', (n: string) => `~$${n.slice(2)}`],
    ['eight-character name, first character replaced', 'Bienban8.docx', (n: string) => `~$${n.slice(1)}`],
    ['owner file in another case (Windows ignores case)', 'Bien Ban.docx', (n: string) => `~$${n.toUpperCase()}`],
  ])('%s → FILE_IN_USE and nothing written', (_label, name, lockOf) => {
    const d = dir();
    const target = path.join(d, name);
    fs.writeFileSync(target, 'what Word has open');
    fs.writeFileSync(path.join(d, lockOf(name)), 'owner');
    expect(findWordLock(target)).not.toBeNull();
    const err = inUse(() => writeFileGuarded(target, new Uint8Array([1, 2, 3])));
    expect(err.code).toBe('FILE_IN_USE');
    expect(err.message).toBe(`Tệp ${name} đang mở trong Word. Hãy đóng tệp trong Word rồi lưu lại, hoặc chọn tên khác.`);
    expect(fs.readFileSync(target, 'utf8')).toBe('what Word has open');
    expect(fs.readdirSync(d).sort()).toEqual([lockOf(name), name].sort()); // no temporary file left
  });

  it('an owner file for a new (not yet existing) name also refuses: Word may have it open unsaved', () => {
    const d = dir();
    const target = path.join(d, 'Mới.docx');
    fs.writeFileSync(path.join(d, '~$Mới.docx'), 'owner');
    expect(inUse(() => assertNotInUse(target)).code).toBe('FILE_IN_USE');
    expect(fs.existsSync(target)).toBe(false);
  });

  it('writes a new file, and replaces a closed one whole', () => {
    const d = dir();
    const target = path.join(d, 'Biên bản.docx');
    writeFileGuarded(target, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
    writeFileGuarded(target, new Uint8Array([4, 5]));
    expect([...fs.readFileSync(target)]).toEqual([4, 5]);
    expect(fs.readdirSync(d)).toEqual(['Biên bản.docx']);
    // Another document's owner file does not block this one.
    fs.writeFileSync(path.join(d, '~$Khác.docx'), 'owner');
    writeFileGuarded(target, new Uint8Array([6]));
    expect([...fs.readFileSync(target)]).toEqual([6]);
  });

  it('a file that cannot be opened for writing (EBUSY/EPERM, as when Word holds it) is FILE_IN_USE', () => {
    const d = dir();
    const target = path.join(d, 'Đang mở.docx');
    fs.writeFileSync(target, 'open in Word');
    const original = fs.openSync;
    for (const code of ['EBUSY', 'EPERM']) {
      fs.openSync = ((p: fs.PathLike, ...rest: unknown[]) => {
        if (String(p) === target) throw Object.assign(new Error(`${code}: resource busy or locked`), { code });
        return (original as (...a: unknown[]) => number)(p, ...rest);
      }) as typeof fs.openSync;
      try {
        expect(inUse(() => writeFileGuarded(target, new Uint8Array([9]))).code).toBe('FILE_IN_USE');
      } finally {
        fs.openSync = original;
      }
    }
    expect(fs.readFileSync(target, 'utf8')).toBe('open in Word');
  });
});

describe('names fit the file system in bytes', () => {
  it('a unit name of 300 "Đ" gives a name of at most 255 UTF-8 bytes that a real folder accepts', () => {
    const dir = tempDir('bienban-names-');
    try {
      for (const unitName of ['Đ'.repeat(300), 'ộ'.repeat(300), '𝔇'.repeat(300), `UBND ${'Đ'.repeat(40)} ${'ộ'.repeat(80)}`]) {
        const name = documentFileName({ type: 'conclusion', numberText: '05/TB-SNV', issuedDate: '2022-10-20', unitName });
        expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
        expect(name.endsWith('.docx')).toBe(true);
        expect(name).not.toContain('\ufffd');
        expect(name).toBe(name.normalize('NFC'));
        expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name); // no half character (lone surrogate)
        expect(() => assertFileName(name)).not.toThrow();
        fs.writeFileSync(path.join(dir, name), 'x');
        expect(fs.readdirSync(dir)).toContain(name);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('assertFileName refuses a name that is too long or not clean', () => {
    expect(() => assertFileName(`${'Đ'.repeat(140)}.docx`)).toThrow(CoreError);
    expect(() => assertFileName('a/b.docx')).toThrow(CoreError);
    expect(() => assertFileName('Biên bản.docx')).not.toThrow();
  });
});
