// The outer checks of a template: is it a .docx at all, and a harmless one? In order, each stopping
// at the first refusal: file name and size, the zip directory (zip-safety.ts), the parts a Word
// document must have, macros and embedded code, DOCTYPE/ENTITY in any XML part (before any XML is
// parsed), content types, links to outside content, and finally the parsed document, headers and
// footers handed to the field scan.
import path from 'node:path';
import type { Document } from '@xmldom/xmldom';
import { formatMegabytes, TEMPLATE_LIMITS } from '../../../shared/documents/template-rules';
import { refuse, REFUSED, SAVE_AS_DOCX } from './refusal';
import { childElements, declaresEntities, decodeXml, looksLikeXml, NS, parseXml, refuseEntities } from './xml';
import { openZipSafely, type SafeZip } from './zip-safety';

export type StoryKind = 'body' | 'header' | 'footer';
export interface Story { part: string; kind: StoryKind; doc: Document }
export interface DocxPackage { zip: SafeZip; stories: Story[] }

const MAIN_DOCUMENT = 'word/document.xml';
const CONTENT_TYPES = '[Content_Types].xml';
const DOCX_MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const MACRO = 'Tệp có chứa macro, BienBan không dùng';

function checkFileName(fileName: string): void {
  const ext = (/\.([^./\\]+)$/.exec(fileName.trim())?.[1] ?? '').toLowerCase();
  const shown = path.basename(fileName.replace(/\\/g, '/'));
  if (ext === 'docx') return;
  if (ext === 'docm' || ext === 'dotm') refuse(`${MACRO} (tệp .${ext} là tài liệu Word có macro); ${SAVE_AS_DOCX}.`);
  if (ext === 'doc' || ext === 'dot') refuse(`Tệp “${shown}” là định dạng Word 97-2003 (.${ext}), BienBan chỉ dùng .docx; ${SAVE_AS_DOCX}.`);
  if (ext === 'dotx') refuse(`Tệp “${shown}” là tệp mẫu của Word (.dotx), BienBan cần tài liệu .docx; ${SAVE_AS_DOCX}.`);
  refuse(`Tệp “${shown}” không phải tài liệu Word .docx${ext ? ` (đuôi .${ext})` : ''}. Mẫu văn bản phải là tệp .docx soạn bằng Word 2007 trở lên.`);
}

function checkMagic(bytes: Uint8Array): void {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    refuse(`Tệp không đúng định dạng .docx: đây là tệp Word 97-2003 (.doc) được đổi đuôi, hoặc tệp .docx đã đặt mật khẩu. Hãy bỏ mật khẩu nếu có, rồi ${SAVE_AS_DOCX}.`);
  }
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) refuse(`Tệp không đúng định dạng .docx: đây là tệp RTF được đổi đuôi; ${SAVE_AS_DOCX}.`);
  if (!starts(0x50, 0x4b, 0x03, 0x04)) {
    refuse('Tệp không đúng định dạng .docx (không phải tệp nén Office Open XML): có thể tệp bị hỏng, hoặc là loại tệp khác được đổi đuôi thành .docx.');
  }
}

function checkRequiredParts(zip: SafeZip): void {
  const missing = [CONTENT_TYPES, MAIN_DOCUMENT].filter((n) => !zip.has(n));
  if (missing.length === 0) return;
  const what = zip.has('xl/workbook.xml') ? ' Đây là tệp Excel được đổi đuôi.'
    : zip.has('ppt/presentation.xml') ? ' Đây là tệp PowerPoint được đổi đuôi.'
    : ' Có thể là tệp nén khác được đổi đuôi thành .docx.';
  refuse(`Tệp không phải tài liệu Word: thiếu phần ${missing.map((m) => `“${m}”`).join(' và ')}.${what}`);
}

/** Macros, ActiveX controls and embedded OLE objects (code that Word may run when the document opens). */
function checkCodeParts(zip: SafeZip): void {
  for (const { name } of zip.entries) {
    if (/(^|\/)vba[^/]*\.bin$/i.test(name) || /(^|\/)vbaData\.xml$/i.test(name) || /(^|\/)activeX\//i.test(name)) {
      refuse(`${MACRO} (phần “${name}”); ${SAVE_AS_DOCX}.`);
    }
    if (/\.bin$/i.test(name) && !/(^|\/)printerSettings\//i.test(name)) {
      refuse(`Tệp có chứa đối tượng nhúng có thể chạy mã (phần “${name}”), BienBan không dùng. Hãy xóa đối tượng nhúng (OLE) khỏi mẫu, lưu lại rồi nhập lại.`);
    }
  }
}

/** Every XML part, decoded, once it is known to declare no DOCTYPE or entity. */
function readXmlParts(zip: SafeZip): Map<string, string> {
  const texts = new Map<string, string>();
  for (const e of zip.entries) {
    if (e.name.endsWith('/')) continue;
    const bytes = zip.read(e.name);
    if (!looksLikeXml(e.name, bytes)) continue;
    const text = decodeXml(bytes);
    if (declaresEntities(bytes, text)) refuseEntities(e.name);
    texts.set(e.name, text);
  }
  return texts;
}

function checkContentTypes(text: string): void {
  const doc = parseXml(CONTENT_TYPES, text);
  const types = [...childElements(doc.documentElement!, NS.contentTypes, 'Default'), ...childElements(doc.documentElement!, NS.contentTypes, 'Override')];
  for (const t of types) {
    const ct = t.getAttribute('ContentType') ?? '';
    if (/macroEnabled|vbaProject|vbaData|activeX/i.test(ct)) refuse(`${MACRO} (kiểu nội dung “${ct}”); ${SAVE_AS_DOCX}.`);
  }
  const override = childElements(doc.documentElement!, NS.contentTypes, 'Override').find((o) => (o.getAttribute('PartName') ?? '').toLowerCase() === `/${MAIN_DOCUMENT}`);
  const byDefault = childElements(doc.documentElement!, NS.contentTypes, 'Default').find((d) => (d.getAttribute('Extension') ?? '').toLowerCase() === 'xml');
  const main = (override ?? byDefault)?.getAttribute('ContentType') ?? '';
  if (main === DOCX_MAIN_TYPE) return;
  if (/template\.main\+xml$/i.test(main)) refuse(`Tệp là tệp mẫu của Word (.dotx) được đổi đuôi thành .docx; ${SAVE_AS_DOCX}.`);
  refuse(`Tệp không phải tài liệu Word .docx: phần nội dung chính có kiểu “${main || 'không khai báo'}”; ${SAVE_AS_DOCX}.`);
}

/**
 * Relationships that make Word fetch something from outside when the document opens (an attached
 * template on a server, a linked picture on a network share, which leaks the user's Windows
 * credentials): refused. Hyperlinks are only followed when clicked, so they stay.
 */
function checkExternalLinks(texts: Map<string, string>): void {
  for (const [name, text] of texts) {
    if (!name.toLowerCase().endsWith('.rels')) continue;
    const doc = parseXml(name, text);
    for (const r of childElements(doc.documentElement!, NS.rels, 'Relationship')) {
      if ((r.getAttribute('TargetMode') ?? '').toLowerCase() !== 'external') continue;
      const type = r.getAttribute('Type') ?? '';
      if (/\/hyperlink$/.test(type)) continue;
      const target = (r.getAttribute('Target') ?? '').slice(0, 100);
      const kind = type.split('/').pop() || 'không rõ';
      refuse(`Tệp liên kết tới nội dung bên ngoài (${kind}: “${target}”) mà Word sẽ tải về khi mở văn bản. Hãy bỏ liên kết đó (mẫu đính kèm, ảnh liên kết, tài liệu con) trong Word, lưu lại rồi nhập lại.`);
    }
  }
}

/** Headers and footers, from the main document's relationships (whatever their part names), in that order. */
function headerFooterParts(texts: Map<string, string>): { part: string; kind: StoryKind }[] {
  const relsText = texts.get('word/_rels/document.xml.rels');
  if (!relsText) return [];
  const rels = parseXml('word/_rels/document.xml.rels', relsText);
  const found: { part: string; kind: StoryKind }[] = [];
  for (const kind of ['header', 'footer'] as const) {
    for (const r of childElements(rels.documentElement!, NS.rels, 'Relationship')) {
      if (r.getAttribute('Type') !== REL_TYPE + kind || (r.getAttribute('TargetMode') ?? '').toLowerCase() === 'external') continue;
      const target = r.getAttribute('Target') ?? '';
      const part = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join('word', target));
      if (texts.has(part) && !found.some((f) => f.part === part)) found.push({ part, kind });
    }
  }
  return found;
}

function parseStory(part: string, kind: StoryKind, text: string): Story {
  const doc = parseXml(part, text);
  const ns = doc.documentElement!.namespaceURI;
  if (ns === NS.wStrict) refuse(`Tệp được lưu ở định dạng “Strict Open XML Document”, BienBan chưa đọc được; ${SAVE_AS_DOCX}.`);
  if (ns !== NS.w) refuse(`Phần “${part}” không phải nội dung Word hợp lệ; hãy mở tệp trong Word và lưu lại.`);
  return { part, kind, doc };
}

/** Opens a template file or throws TemplateRefusal with the reason, in Vietnamese. */
export function openDocx(fileName: string, bytes: Uint8Array): DocxPackage {
  checkFileName(fileName);
  if (bytes.length === 0) refuse('Tệp rỗng (0 byte), không phải tài liệu Word.');
  if (bytes.length > TEMPLATE_LIMITS.maxFileBytes) {
    refuse(`Tệp quá lớn (${formatMegabytes(bytes.length)}); mẫu văn bản tối đa ${formatMegabytes(TEMPLATE_LIMITS.maxFileBytes)}. Hãy xóa bớt hoặc nén ảnh trong Word (Picture Format → Compress Pictures), lưu lại rồi nhập lại.`);
  }
  checkMagic(bytes);
  const zip = openZipSafely(bytes);
  checkRequiredParts(zip);
  checkCodeParts(zip);
  const texts = readXmlParts(zip);
  const contentTypes = texts.get(CONTENT_TYPES);
  if (contentTypes === undefined) refuse(`Phần “${CONTENT_TYPES}” của tệp bị hỏng; hãy mở tệp trong Word và lưu lại. ${REFUSED}`);
  checkContentTypes(contentTypes!);
  checkExternalLinks(texts);
  const main = texts.get(MAIN_DOCUMENT);
  if (main === undefined) refuse(`Phần “${MAIN_DOCUMENT}” của tệp bị hỏng; hãy mở tệp trong Word và lưu lại.`);
  const stories = [parseStory(MAIN_DOCUMENT, 'body', main!)];
  for (const { part, kind } of headerFooterParts(texts)) stories.push(parseStory(part, kind, texts.get(part)!));
  return { zip, stories };
}
