// WordprocessingML for content built with docx's builders, without a docx document around it:
// each component's own prepForXml (what docx's Packer and patchDocument use) gives the element
// tree, written out here. Saves zipping, unzipping, parsing and rewriting a working document for
// every block field (docs/documents.md: the same XML docx writes).
import type { FileChild } from 'docx';

/** The element trees docx components produce: { tag: [ {_attr}, child, "text" ] } or { tag: {} }. */
type XmlNode = string | number | boolean | { [tag: string]: unknown } | undefined | null;

const escText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string): string => escText(s).replace(/"/g, '&quot;');

function attrs(a: unknown): string {
  if (!a || typeof a !== 'object') return '';
  return Object.entries(a as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => ` ${k}="${escAttr(String(v))}"`).join('');
}

function write(node: XmlNode): string {
  if (node === undefined || node === null) return '';
  if (typeof node !== 'object') return escText(String(node));
  let out = '';
  for (const [tag, value] of Object.entries(node)) {
    if (tag === '_attr') continue;
    if (Array.isArray(value)) {
      const attr = value.find((c): c is { _attr: unknown } => Boolean(c) && typeof c === 'object' && '_attr' in c && Object.keys(c).length === 1);
      const body = value.filter((c) => c !== attr).map((c) => write(c as XmlNode)).join('');
      out += body ? `<${tag}${attrs(attr?._attr)}>${body}</${tag}>` : `<${tag}${attrs(attr?._attr)}/>`;
    } else if (value && typeof value === 'object') {
      const a = (value as { _attr?: unknown })._attr;
      const rest = Object.keys(value).filter((k) => k !== '_attr');
      out += rest.length ? `<${tag}${attrs(a)}>${write(value as XmlNode)}</${tag}>` : `<${tag}${attrs(a)}/>`;
    } else if (value === undefined || value === null) {
      out += `<${tag}/>`;
    } else {
      out += `<${tag}>${escText(String(value))}</${tag}>`;
    }
  }
  return out;
}

interface Preparable { prepForXml(context: { stack: unknown[] }): XmlNode }

/** The XML of paragraphs and tables built with docx, as they would appear in document.xml. */
export function componentsXml(children: readonly FileChild[]): string {
  return children.map((c) => write((c as unknown as Preparable).prepForXml({ stack: [] }))).join('');
}
