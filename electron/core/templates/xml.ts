// Reading the XML parts of a template: decoded the way the parser will see them, refused when they
// declare a DOCTYPE or entities (XXE, "billion laughs") — Word never writes either — and only then
// parsed, with any XML error turned into a refusal naming the part.
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { refuse, REFUSED } from './refusal';

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  wStrict: 'http://purl.oclc.org/ooxml/wordprocessingml/main',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;

/** Parts read as XML: by extension, and anything that starts like XML whatever its name. */
export function looksLikeXml(name: string, bytes: Uint8Array): boolean {
  if (/\.(xml|rels|vml)$/i.test(name)) return true;
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09 || bytes[i] === 0x00)) i++;
  return bytes[i] === 0x3c; // '<'
}

/** Text of an XML part: UTF-16 (by BOM or by the zero bytes around '<') or UTF-8. */
export function decodeXml(bytes: Uint8Array): string {
  const le = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0x00);
  const be = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0x00 && bytes[1] === 0x3c);
  return new TextDecoder(le ? 'utf-16le' : be ? 'utf-16be' : 'utf-8').decode(bytes);
}

const DECLARATION = /<!\s*(DOCTYPE|ENTITY)/i;

/**
 * True when the part declares a DOCTYPE or an entity, in the decoded text or in the raw bytes with
 * zero bytes dropped (so a UTF-16 part without a BOM cannot hide one from a UTF-8 reader).
 */
export function declaresEntities(bytes: Uint8Array, text: string): boolean {
  if (DECLARATION.test(text)) return true;
  if (!bytes.includes(0)) return false; // then the decoded text above already showed every ASCII character
  const ascii = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) ascii[n++] = bytes[i];
  return DECLARATION.test(Buffer.from(ascii.buffer, 0, n).toString('latin1'));
}

export function refuseEntities(name: string): never {
  return refuse(
    `Phần “${name}” của tệp có khai báo DOCTYPE/ENTITY — Word không bao giờ tạo ra nội dung này; đây là dấu hiệu tệp độc hại (XXE, “billion laughs”). ${REFUSED}`,
  );
}

/** Parses a part already cleared by declaresEntities; a malformed part is refused by name. */
export function parseXml(name: string, text: string): Document {
  const damaged = () =>
    refuse(`Phần “${name}” của tệp bị hỏng (XML không hợp lệ); hãy mở tệp trong Word và lưu lại rồi nhập lại.`);
  try {
    const doc = new DOMParser({
      onError: (level) => {
        if (level !== 'warning') throw new Error('xml');
      },
    }).parseFromString(text, 'text/xml');
    if (!doc.documentElement) return damaged();
    return doc;
  } catch {
    return damaged();
  }
}

export const isElement = (n: Node): n is Element => n.nodeType === 1;

/** Child elements with the given namespace and local name. */
export function childElements(parent: Node, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (isElement(c) && c.namespaceURI === ns && c.localName === local) out.push(c);
  }
  return out;
}
