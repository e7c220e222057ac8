// Opens a .docx (a zip) that came from the user without trusting it: the central directory is read
// and judged first — entry count, declared sizes, compression ratios, names, overlaps — and only
// then are parts inflated, each with an output cap equal to its declared size and a CRC check, so a
// zip bomb or a lying header costs nothing. Our own reader rather than a library's so that nothing
// is decompressed before those checks. Every refusal is one Vietnamese sentence for the user.
import zlib from 'node:zlib';
import { formatMegabytes, TEMPLATE_LIMITS } from '../../../shared/documents/template-rules';
import { refuse, REFUSED, TemplateRefusal } from './refusal';

export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Where the local header starts, and the compressed data after it. */
  localOffset: number;
  dataStart: number;
}

export interface SafeZip {
  entries: ZipEntry[];
  has(name: string): boolean;
  /** Inflates one part; throws TemplateRefusal when it is damaged. */
  read(name: string): Uint8Array;
}

export type ZipLimits = typeof TEMPLATE_LIMITS;

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;

const utf8 = new TextDecoder('utf-8', { fatal: false });

const NOT_DOCX =
  'Tệp không đúng định dạng .docx: không đọc được cấu trúc tệp nén của tài liệu Word. Có thể tệp bị hỏng, hoặc là loại tệp khác được đổi đuôi thành .docx; hãy mở tệp trong Word và lưu lại dưới dạng “Word Document (*.docx)”.';

/** Why a part name could escape the folder it is extracted to, or null when it is a plain relative name. */
export function unsafeNameReason(name: string): string | null {
  if (name.length === 0) return 'tên rỗng';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return 'có ký tự điều khiển';
  if (name.includes('\\')) return 'có dấu “\\”';
  if (name.startsWith('/')) return 'là đường dẫn tuyệt đối';
  if (/^[a-zA-Z]:/.test(name)) return 'có ký tự ổ đĩa';
  if (name.split('/').some((seg) => seg === '..')) return 'có “..” để thoát ra ngoài thư mục';
  return null;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function findEndOfCentralDirectory(view: DataView): number {
  const len = view.byteLength;
  const stop = Math.max(0, len - 22 - 0xffff);
  for (let i = len - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === SIG_EOCD) return i;
  }
  return -1;
}

/**
 * Reads and judges the zip directory of `bytes`; throws TemplateRefusal with a Vietnamese message when the
 * file is not a zip, is damaged, or is hostile. Nothing is inflated here.
 */
export function openZipSafely(bytes: Uint8Array, limits: ZipLimits = TEMPLATE_LIMITS): SafeZip {
  if (bytes.length < 22) refuse(NOT_DOCX);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) refuse(NOT_DOCX);

  const diskNo = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const countHere = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff || (eocd >= 20 && view.getUint32(eocd - 20, true) === SIG_EOCD64_LOCATOR)) {
    refuse(`Tệp dùng định dạng nén ZIP64, chỉ có ở tệp rất lớn — không phải một mẫu văn bản Word bình thường. ${REFUSED}`);
  }
  if (diskNo !== 0 || cdDisk !== 0 || countHere !== count) refuse(`Tệp là tệp nén chia nhiều phần, không phải tài liệu Word. ${REFUSED}`);
  if (count > limits.maxEntries) {
    refuse(`Tệp chứa quá nhiều phần (${count.toLocaleString('vi-VN')}; tối đa ${limits.maxEntries.toLocaleString('vi-VN')}) — không giống một tài liệu Word bình thường. ${REFUSED}`);
  }
  if (cdOffset + cdSize > eocd) refuse(NOT_DOCX);

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cdOffset + cdSize || view.getUint32(p, true) !== SIG_CENTRAL) refuse(NOT_DOCX);
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen > cdOffset + cdSize) refuse(NOT_DOCX);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;

    const why = unsafeNameReason(name);
    if (why) refuse(`Tên phần “${name.slice(0, 120)}” trong tệp không hợp lệ (${why}) — dấu hiệu tệp độc hại ghi ra ngoài thư mục (path traversal). ${REFUSED}`);
    // Part names are case-insensitive in Office files: two spellings of one name are two truths.
    const folded = name.toLowerCase();
    if (seen.has(folded)) refuse(`Phần “${name}” xuất hiện hai lần trong tệp — mỗi chương trình có thể đọc một bản khác nhau. ${REFUSED}`);
    seen.add(folded);
    if (compressedSize === 0xffffffff || size === 0xffffffff) {
      refuse(`Tệp dùng định dạng nén ZIP64, chỉ có ở tệp rất lớn — không phải một mẫu văn bản Word bình thường. ${REFUSED}`);
    }
    if (flags & 0x0001) refuse(`Phần “${name}” trong tệp được mã hoá (đặt mật khẩu). Hãy bỏ mật khẩu trong Word rồi lưu lại.`);
    if (method !== 0 && method !== 8) refuse(`Phần “${name}” dùng kiểu nén không được hỗ trợ (mã ${method}); hãy mở tệp trong Word và lưu lại.`);

    total += size;
    if (total > limits.maxUncompressedBytes) {
      refuse(`Nội dung giải nén của tệp quá lớn (hơn ${formatMegabytes(limits.maxUncompressedBytes)}) — không giống một mẫu văn bản. ${REFUSED}`);
    }
    if (size > limits.ratioFloorBytes && size > compressedSize * limits.maxRatio) {
      const ratio = compressedSize === 0 ? '∞' : Math.round(size / compressedSize).toLocaleString('vi-VN');
      refuse(`Phần “${name}” có tỉ lệ nén bất thường (${ratio}:1, ${formatMegabytes(size)} khi giải nén) — dấu hiệu “bom nén” (zip bomb). ${REFUSED}`);
    }
    if (method === 0 && compressedSize !== size) refuse(NOT_DOCX);

    // The local header, whose name and extra field may differ in length from the central copy.
    if (localOffset + 30 > cdOffset || view.getUint32(localOffset, true) !== SIG_LOCAL) refuse(NOT_DOCX);
    const localNameLen = view.getUint16(localOffset + 26, true);
    const localExtraLen = view.getUint16(localOffset + 28, true);
    const localName = utf8.decode(bytes.subarray(localOffset + 30, localOffset + 30 + localNameLen));
    if (localName !== name) refuse(`Tên phần “${name}” không khớp giữa hai bảng mục lục của tệp nén. ${REFUSED}`);
    const dataStart = localOffset + 30 + localNameLen + localExtraLen;
    if (dataStart + compressedSize > cdOffset) refuse(NOT_DOCX);
    entries.push({ name, method, crc32: crc, compressedSize, size, localOffset, dataStart });
  }

  // Parts must not share compressed data (the "overlapping files" zip bomb).
  const byStart = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < byStart.length; i++) {
    const prev = byStart[i - 1];
    if (prev.dataStart + prev.compressedSize > byStart[i].localOffset) {
      refuse(`Các phần trong tệp nén chồng lên nhau (“${prev.name}” và “${byStart[i].name}”) — dấu hiệu “bom nén” (zip bomb). ${REFUSED}`);
    }
  }

  const byName = new Map(entries.map((e) => [e.name, e]));
  return {
    entries,
    has: (name) => byName.has(name),
    read(name) {
      const e = byName.get(name);
      if (!e) throw new TemplateRefusal(`Tệp thiếu phần “${name}”.`);
      const damaged = () => new TemplateRefusal(`Phần “${name}” trong tệp bị hỏng, không giải nén được; hãy mở tệp trong Word và lưu lại.`);
      const raw = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
      let out: Uint8Array;
      if (e.method === 0) out = raw;
      else {
        try {
          // Capped at the declared size: a part that inflates to more than it claims stops here.
          out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size) });
        } catch {
          throw damaged();
        }
      }
      if (out.length !== e.size || crc32(out) !== e.crc32) throw damaged();
      return out;
    },
  };
}
