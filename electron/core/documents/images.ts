// Pictures in a generated .docx: a paragraph holding only a marker ("[[hinh:on-time]]") becomes a
// paragraph with an inline drawing of the PNG, which goes into word/media with a relationship and
// the png content type. Done on the filled package, so any template and any filler can carry it.
import { randomUUID } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface EmbeddedImage {
  /** The marker's key: the paragraph holding imageMarker(key) gets the picture. */
  key: string;
  png: Uint8Array;
  widthCm: number;
  heightCm: number;
  /** Alternative text (what a screen reader and Word's "Alt Text" say). */
  description: string;
}

/**
 * Markers carry a token drawn when the app starts, so no text from the records (a finding that
 * happens to read "[[hinh:…]]") is ever taken for one: what she typed is printed as typed.
 */
const TOKEN = randomUUID();
export const imageMarker = (key: string): string => `[[${TOKEN}:hinh:${key}]]`;
/** A paragraph to be replaced by ready XML (a large table written as a string). */
export const xmlMarker = (key: string): string => `[[${TOKEN}:xml:${key}]]`;
const markerParagraph = (kind: 'hinh' | 'xml') =>
  new RegExp(`<w:p\\b(?:(?!</w:p>)[\\s\\S])*?\\[\\[${TOKEN}:${kind}:([^\\]]+)\\]\\](?:(?!</w:p>)[\\s\\S])*?</w:p>`, 'g');

const EMU_PER_CM = 360000;
const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const NS = {
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The inline drawing run; namespaces declared where used, so a template's root needs none of them. */
export function drawingRun(relId: string, docPrId: number, img: EmbeddedImage): string {
  const cx = Math.round(img.widthCm * EMU_PER_CM);
  const cy = Math.round(img.heightCm * EMU_PER_CM);
  const name = `Hình ${docPrId}`;
  return '<w:r><w:drawing>' +
    `<wp:inline xmlns:wp="${NS.wp}" distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    '<wp:effectExtent l="0" t="0" r="0" b="0"/>' +
    `<wp:docPr id="${docPrId}" name="${escAttr(name)}" descr="${escAttr(img.description)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${NS.a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="${NS.pic}"><pic:pic xmlns:pic="${NS.pic}">` +
    `<pic:nvPicPr><pic:cNvPr id="${docPrId}" name="${escAttr(name)}.png" descr="${escAttr(img.description)}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip xmlns:r="${NS.r}" r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
}

/**
 * Puts each image where its marker is. A marker with no image (a chart that could not be drawn)
 * loses its paragraph's text rather than printing the marker. Throws on bytes that are not a PNG.
 */
export function embedImages(docx: Uint8Array, images: readonly EmbeddedImage[], xml: Readonly<Record<string, string>> = {}): Uint8Array {
  const files = unzipSync(docx);
  let doc = strFromU8(files['word/document.xml']);
  if (!doc.includes(`[[${TOKEN}:`)) return docx;
  doc = doc.replace(markerParagraph('xml'), (_p, key: string) => {
    if (!(key in xml)) throw new Error(`Thiếu nội dung cho chỗ đánh dấu "${key}".`);
    return xml[key];
  });
  const relsName = 'word/_rels/document.xml.rels';
  let rels = files[relsName] ? strFromU8(files[relsName]) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let types = strFromU8(files['[Content_Types].xml']);
  const usedDocPr = [...doc.matchAll(/<wp:docPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
  let nextDocPr = Math.max(1000, ...usedDocPr) + 1;
  const added: Record<string, Uint8Array> = {};
  const byKey = new Map(images.map((i) => [i.key, i]));
  doc = doc.replace(markerParagraph('hinh'), (para, key: string) => {
    const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(para)?.[0] ?? '';
    const img = byKey.get(key);
    if (!img) return `<w:p>${pPr}</w:p>`;
    if (!PNG_SIGNATURE.every((b, k) => img.png[k] === b)) throw new Error(`Hình "${key}" không phải ảnh PNG.`);
    let n = 1;
    while (rels.includes(`Id="rIdBienBanImg${n}"`)) n++;
    const relId = `rIdBienBanImg${n}`;
    let media = `media/bienban-${n}.png`;
    for (let m = n; files[`word/${media}`] || added[`word/${media}`]; m++) media = `media/bienban-${n}-${m}.png`;
    added[`word/${media}`] = img.png;
    rels = rels.replace('</Relationships>', `<Relationship Id="${relId}" Type="${REL_IMAGE}" Target="${media}"/></Relationships>`);
    return `<w:p>${pPr}${drawingRun(relId, nextDocPr++, img)}</w:p>`;
  });
  if (Object.keys(added).length && !/<Default\s+Extension="png"/i.test(types)) {
    types = types.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>');
  }
  return zipSync({
    ...files, ...added,
    'word/document.xml': strToU8(doc), [relsName]: strToU8(rels), '[Content_Types].xml': strToU8(types),
  });
}
