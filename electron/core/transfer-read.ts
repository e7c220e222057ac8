// From the bytes of an import file to a JSON value, refusing with a Vietnamese message that names
// the place (line and column) of the first problem: bytes that are not UTF-8, or JSON that does not
// parse (including NaN and Infinity, which V8 reports without a position).
import { CoreError } from './errors';

const NOTHING = 'Không có gì được nhập.';
const fail = (msg: string): never => {
  throw new CoreError('IMPORT_INVALID', `${msg} ${NOTHING}`);
};

/**
 * The text of the file. UTF-8 with or without a BOM is read as is; a UTF-16 file (Notepad's
 * "Unicode", with its BOM) is decoded too; anything else that is not valid UTF-8 is refused.
 */
export function decodeImportBytes(b: Uint8Array): string {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    const le = b[0] === 0xff;
    try {
      return new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: false }).decode(b);
    } catch {
      return fail(`Tệp được lưu với mã hóa UTF-16 (${le ? 'little' : 'big'}-endian) nhưng có byte không hợp lệ. Hãy lưu lại tệp với mã hóa UTF-8 rồi nhập lại.`);
    }
  }
  try {
    // The decoder drops a UTF-8 BOM (ignoreBOM false is the default).
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    const at = firstInvalidUtf8(b);
    return fail(`Tệp không phải văn bản UTF-8 hợp lệ (byte lỗi ở ${place(b, at)}). Hãy lưu lại tệp với mã hóa UTF-8 rồi nhập lại.`);
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (!n) return i;
    // The second byte's range excludes overlong forms and surrogates (Unicode table 3-7).
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return b.length;
}

/** "dòng 3, cột 14" for a byte offset (the column counts characters, as an editor shows them). */
function place(b: Uint8Array, at: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) if (b[i] === 0x0a) { line++; start = i + 1; }
  const before = new TextDecoder('utf-8').decode(b.subarray(start, at));
  return `dòng ${line}, cột ${[...before].length + 1}`;
}

/** "dòng 3, cột 14" for an offset in a string. */
export function textPlace(s: string, at: number): string {
  const before = s.slice(0, at);
  const line = before.split('\n').length;
  return `dòng ${line}, cột ${[...before.slice(before.lastIndexOf('\n') + 1)].length + 1}`;
}

/** JSON.parse, refusing with the place of the first syntax error. */
export function parseImportJson(text: string): unknown {
  if (!text.trim()) return fail('Tệp rỗng.');
  try {
    return JSON.parse(text);
  } catch {
    const { at, why } = jsonSyntaxError(text);
    return fail(`Tệp không phải JSON hợp lệ (lỗi ở ${textPlace(text, at)}: ${why}).`);
  }
}

/**
 * Walks the JSON grammar (RFC 8259) to the first error: V8's messages give no position for some
 * errors ("Unexpected token 'N'"), so the place is found here. Only runs after JSON.parse failed.
 */
export function jsonSyntaxError(s: string): { at: number; why: string } {
  let i = 0;
  const ws = () => { while (i < s.length && ' \t\n\r'.includes(s[i])) i++; };
  class Stop { constructor(readonly at: number, readonly why: string) {} }
  const stop = (why: string): never => { throw new Stop(i, why); };
  const unexpected = (): never => {
    if (i >= s.length) return stop('tệp bị cắt ngang, thiếu phần cuối');
    const word = /^-?(NaN|Infinity)/.exec(s.slice(i, i + 10));
    if (word) return stop(`${word[0]} không phải là số hợp lệ trong JSON`);
    return stop(`gặp ký tự không mong đợi "${String.fromCodePoint(s.codePointAt(i)!)}"`);
  };
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === '{') {
      i++; ws();
      if (s[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (s[i] !== '"') return stop('cần tên trường trong dấu nháy kép');
        string(); ws();
        if (s[i] !== ':') return stop('thiếu dấu ":" sau tên trường');
        i++; value(); ws();
        if (s[i] === ',') { i++; continue; }
        if (s[i] === '}') { i++; return; }
        return i >= s.length ? unexpected() : stop('thiếu dấu "," hoặc "}"');
      }
    }
    if (c === '[') {
      i++; ws();
      if (s[i] === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (s[i] === ',') { i++; continue; }
        if (s[i] === ']') { i++; return; }
        return i >= s.length ? unexpected() : stop('thiếu dấu "," hoặc "]"');
      }
    }
    if (c === '"') return string();
    const num = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(i, i + 400));
    if (num && num[0] !== '-') { i += num[0].length; return; }
    for (const lit of ['true', 'false', 'null']) if (s.startsWith(lit, i)) { i += lit.length; return; }
    return unexpected();
  };
  const string = (): void => {
    i++;
    for (;;) {
      if (i >= s.length) return stop('chuỗi thiếu dấu nháy kép đóng');
      const c = s.charCodeAt(i);
      if (c === 0x22) { i++; return; }
      if (c < 0x20) return stop('ký tự điều khiển (xuống dòng, tab) nằm trong chuỗi');
      if (c === 0x5c) {
        const e = s[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) { i += 6; continue; }
        if (e !== undefined && '"\\/bfnrt'.includes(e)) { i += 2; continue; }
        return stop('chuỗi có ký tự thoát "\\" không hợp lệ');
      }
      i++;
    }
  };
  try {
    value(); ws();
    if (i < s.length) unexpected();
  } catch (e) {
    if (e instanceof Stop) return { at: e.at, why: e.why };
    throw e;
  }
  // JSON.parse refused what this walk accepts (should not happen): the start is the honest place.
  return { at: 0, why: 'nội dung không đọc được' };
}
