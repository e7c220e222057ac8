// File names of generated documents, readable in Explorer and valid on Windows:
//   "2022-10-06 Biên bản 05-BB-ĐKT UBND huyện Mường Chà.docx"
//   "Dự thảo Thông báo kết luận UBND huyện Mường Chà.docx"
import { DOC_TYPE_LABELS, type DocType } from '../../../shared/documents/fields';
import { CoreError } from '../errors';

/** Longest name offered, in UTF-16 units with the extension: leaves room for a deep folder under MAX_PATH (260). */
export const MAX_FILE_NAME = 150;
/**
 * Longest name in UTF-8 bytes: the limit of one name on the file systems a copy may land on (ext4,
 * exFAT on a USB stick counts 255 units, APFS 255 bytes). "Đ" is 2 bytes, "ộ" 3, so 150 characters
 * of Vietnamese can pass 255 bytes.
 */
export const MAX_FILE_NAME_BYTES = 255;

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const FALLBACK = 'Văn bản';

/**
 * Makes a name every Windows folder accepts, without losing what it says: NFC; "/" "\" "|" ":" → "-";
 * '"' → "'"; "<>?*" and control characters dropped; spaces collapsed; no trailing dot or space;
 * a reserved device name (CON, PRN, AUX, NUL, COM1…, LPT1…) gets "_"; at most `max` characters,
 * cut at a word where it can, keeping the extension.
 */
export function sanitizeFileName(name: string, max = MAX_FILE_NAME): string {
  let s = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\t\n\r\u000b\u000c]/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/[/\\|]/g, '-')
    .replace(/\s*:\s*/g, ' - ')
    .replace(/"/g, "'")
    .replace(/[<>?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const dot = s.lastIndexOf('.');
  // An extension is a short run of letters/digits after the last dot ("docx", "json").
  let ext = dot >= 0 && /^\.[A-Za-z0-9]{1,8}$/.test(s.slice(dot)) ? s.slice(dot) : '';
  let base = ext ? s.slice(0, dot) : s;
  base = trimEnd(base);
  if (!base) base = FALLBACK;
  // The device names are reserved with any extension ("CON.docx", "nul.tar.gz").
  const stem = base.split('.')[0].trim();
  if (RESERVED.test(stem)) base = `${stem}_${base.slice(stem.length)}`;
  if (ext.length >= max) ext = '';
  base = truncate(base, max - ext.length, MAX_FILE_NAME_BYTES - utf8Length(ext));
  return base + ext;
}

/** Throws unless `name` is a name sanitizeFileName would keep as is (used before a number is taken). */
export function assertFileName(name: string): void {
  if (!name || sanitizeFileName(name) !== name || utf8Length(name) > MAX_FILE_NAME_BYTES) {
    throw new CoreError('INTERNAL', `Tên tệp văn bản không dùng được: "${name}".`);
  }
}

function trimEnd(s: string): string {
  return s.replace(/[\s.]+$/u, '').replace(/^\s+/u, '');
}

/**
 * Cuts to at most `max` UTF-16 units and `maxBytes` UTF-8 bytes, never inside a character (surrogate
 * pair, or a base and its combining marks), preferring a space near the end.
 */
function truncate(s: string, max: number, maxBytes: number): string {
  if (s.length <= max && utf8Length(s) <= maxBytes) return s;
  let cut = s.slice(0, max);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  // Whole code points off the end until the bytes fit.
  while (utf8Length(cut) > maxBytes) cut = cut.slice(0, /[\udc00-\udfff]$/.test(cut) ? -2 : -1);
  max = cut.length;
  // Drop a trailing combining mark's base split: NFC Vietnamese is precomposed, but other text may not be.
  while (/\p{M}$/u.test(cut) || (cut.length < s.length && /\p{M}/u.test(s[cut.length]))) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space >= max * 0.7) cut = cut.slice(0, space);
  return trimEnd(cut.replace(/[\s\-–,;]+$/u, '')) || FALLBACK;
}

export interface DocFileNameParts {
  type: DocType;
  /** "05/BB-ĐKT"; null for a draft. */
  numberText: string | null;
  /** ISO yyyy-mm-dd; null for a draft. */
  issuedDate: string | null;
  /** The inspected unit, e.g. "UBND huyện Mường Chà"; may be empty. */
  unitName: string;
}

/** The name offered when saving a document (always .docx, always safe). */
export function documentFileName(p: DocFileNameParts): string {
  const label = DOC_TYPE_LABELS[p.type];
  const unit = p.unitName.trim();
  const parts =
    p.numberText === null
      ? ['Dự thảo', label, unit]
      : [p.issuedDate ?? '', label, p.numberText.replace(/\//g, '-'), unit];
  return sanitizeFileName(`${parts.filter(Boolean).join(' ')}.docx`);
}
