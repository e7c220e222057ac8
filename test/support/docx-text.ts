// What a reader sees in a generated .docx, for tests that check wording: one home for the rules of
// reading it (a w:noBreakHyphen is the hyphen Word shows, a w:br a line break, a w:tab a tab).
import { strFromU8, unzipSync } from 'fflate';

/** A part of a .docx (a zip), as text; throws when the part is missing. */
export function docxPart(docx: Uint8Array, name = 'word/document.xml'): string {
  const files = unzipSync(docx);
  if (!files[name]) throw new Error(`${name} is missing from the .docx`);
  return strFromU8(files[name]);
}

/** The visible text of some WordprocessingML, tags removed. */
export function visibleText(xml: string): string {
  return xml.replace(/<w:noBreakHyphen\/>/g, '-').replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '');
}

/** Visible text of the document, one entry per paragraph (w:br as "\n"). */
export function paragraphTexts(docx: Uint8Array): string[] {
  return [...docxPart(docx).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:noBreakHyphen\/>/g)]
      .map((t) => (t[0] === '<w:br/>' ? '\n' : t[0] === '<w:noBreakHyphen/>' ? '-' : t[1])).join(''),
  );
}
