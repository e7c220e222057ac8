// Fills a Word template: text fields are filled in the run that holds them, which keeps its
// formatting (one pass over the paragraph's XML, escaped); a block field's paragraph is replaced by
// paragraphs and tables built with docx's builders and written from docx's own element trees
// (docx-xml.ts). docx's patchDocument (PatchType.PARAGRAPH / DOCUMENT) does the same more slowly and
// is kept as the reference the tests compare against (FillOptions.textEngine = 'docx').
//
// The template's XML is prepared once (and cached):
// - a field that Word split over several runs ("{{ten_" + "don_vi}}", spell-check marks, a bold
//   part) is put back into one run, and "{{ ten_don_vi }}" loses its spaces;
// - the paragraphs are indexed, so that for each document, cheaply:
//   - a paragraph holding only a field that comes out empty is removed (no empty junk paragraph),
//   - a numbered heading ("IV. NHẬN XÉT CHUNG", "3. Nguyên nhân") left with nothing under it is
//     removed too, and the headings after it are renumbered (I, II, III… / 1, 2, 3…),
//   - a place-and-date line too long for 14 pt is set in 13 pt (NĐ 30: 13–14 pt).
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Paragraph, patchDocument, PatchType, TextRun, type FileChild, type IPatch } from 'docx';
import { DOC_NUMBER_RE, roman } from '../../../shared/documents/wording';
import { FONT } from './blocks';
import { componentsXml } from './docx-xml';

export interface FillValues {
  /** Text fields: "\n" becomes a line break. */
  text: Readonly<Record<string, string>>;
  /** Block fields: an empty list removes the field's paragraph. */
  blocks: Readonly<Record<string, readonly FileChild[]>>;
  /** A mark at the top right of page 1, above the header ("DỰ THẢO" on a draft); '' for none. */
  draftMark?: string;
  /** Document properties (docProps/core.xml): what Word shows under File > Info, never the template's. */
  properties?: DocProperties;
}

export interface DocProperties { title: string; author: string; /** ISO date-time */ time: string }

/** A fresh core.xml: the trích yếu as title, the issuing body as author, the issue time; no description. */
function coreXml(p: DocProperties): string {
  const time = xmlEscape(p.time);
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(p.title)}</dc:title><dc:creator>${xmlEscape(p.author)}</dc:creator><dc:description></dc:description>` +
    `<cp:lastModifiedBy>${xmlEscape(p.author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
    '</cp:coreProperties>';
}

/**
 * Document numbers never split across lines: their hyphens become w:noBreakHyphen ("2783/KH-" and
 * "UBND" stay together). Only text runs are touched.
 */
export function keepNumbersTogether(xml: string): string {
  return xml.replace(T_RE, (whole, _attrs: string | undefined, t: string) => {
    if (!t.includes('/')) return whole;
    let changed = false;
    const marked = t.replace(DOC_NUMBER_RE, (m) => { changed = true; return m.replace(/-/g, '\u0000'); });
    if (!changed) return whole;
    return marked.split('\u0000').map((seg) => `<w:t xml:space="preserve">${seg}</w:t>`).join('<w:noBreakHyphen/>');
  });
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The draft mark: a bold upper-case word in a box, flush right above the header, as văn thư offices
 * mark a draft. (A frame in the top margin would not move the header, but LibreOffice drops a frame
 * that comes before the header table.)
 */
function draftMarkXml(mark: string): string {
  const rPr = `<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/><w:b/><w:bCs/>` +
    '<w:sz w:val="26"/><w:szCs w:val="26"/><w:bdr w:val="single" w:sz="8" w:space="2" w:color="000000"/></w:rPr>';
  return '<w:p><w:pPr><w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/><w:ind w:right="113"/><w:jc w:val="right"/></w:pPr>' +
    `<w:r>${rPr}<w:t xml:space="preserve"> ${xmlEscape(mark)} </w:t></w:r></w:p>`;
}

/** Fields whose paragraph closes the numbered sections of the body (a heading before them is not "followed" by them). */
const END_KEYS = new Set(['ket_thuc', 'chu_ky', 'noi_nhan']);
/** The place-and-date line is set in 13 pt rather than 14 pt when it is longer than this (about 9.9 cm at 14 pt). */
const DATE_LINE_MAX_14PT = 44;

const FIELD_RE = /\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g;
const T_RE = /<w:t(\s[^>]*)?>([\s\S]*?)<\/w:t>/g;

interface Para {
  start: number;
  end: number;
  /** Plain text (entities decoded). */
  text: string;
  /** The key when the paragraph holds exactly one field and nothing else. */
  only: string | null;
  keys: string[];
  /** Depth of table nesting: 0 for the body. */
  tableDepth: number;
  /** Other paragraphs in the same table cell (a cell must keep one). */
  cell: number | null;
}

type Item = { kind: 'p'; p: number } | { kind: 'tbl' };

/** One XML part that holds fields: the document, a header or a footer. */
interface PartIndex {
  name: string;
  xml: string;
  paras: Para[];
  /** The root element's start tag, with its namespace declarations. */
  rootOpen: string;
}

interface Prepared {
  files: Record<string, Uint8Array>;
  /** word/document.xml, and the headers and footers that hold fields. */
  doc: PartIndex;
  parts: PartIndex[];
  /** Body-level paragraphs and tables of the document, in order. */
  body: Item[];
  cellSizes: Map<number, number>;
  /** Every field key found in the document, headers and footers. */
  keys: Set<string>;
}

const decode = (s: string): string =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'amp') return '&';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    return String.fromCodePoint(k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });

/** Text of a paragraph's (or any fragment's) w:t elements. */
export function fragmentText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(T_RE)) out += decode(m[2]);
  return out;
}

/**
 * Puts every field of one paragraph into a single w:t: its characters move to the w:t where it
 * starts, so the run keeps the formatting of the field's first character.
 */
export function joinSplitFields(pXml: string): string {
  if (!pXml.includes('{')) return pXml;
  const segs = [...pXml.matchAll(T_RE)].map((m) => ({ at: m.index!, len: m[0].length, text: m[2] }));
  if (!segs.length) return pXml;
  const all = segs.map((s) => s.text).join('');
  const owner: number[] = [];
  segs.forEach((s, k) => { for (let c = 0; c < s.text.length; c++) owner.push(k); });
  const chars = [...all].length === all.length ? all.split('') : null;
  if (!chars) return pXml; // surrogate pairs do not occur in the raw XML of a field; leave such text alone
  let changed = false;
  for (const m of all.matchAll(FIELD_RE)) {
    const from = m.index!;
    const to = from + m[0].length;
    const first = owner[from];
    const clean = `{{${m[1]}}}`;
    if (owner[to - 1] !== first || m[0] !== clean) changed = true;
    for (let c = from; c < to; c++) { owner[c] = first; chars[c] = ''; }
    chars[from] = clean;
  }
  if (!changed) return pXml;
  const texts = segs.map(() => '');
  chars.forEach((ch, c) => { texts[owner[c]] += ch; });
  let out = '';
  let pos = 0;
  segs.forEach((s, k) => {
    out += pXml.slice(pos, s.at) + `<w:t xml:space="preserve">${texts[k]}</w:t>`;
    pos = s.at + s.len;
  });
  return out + pXml.slice(pos);
}

const TAG_RE = /<(\/?)w:(p|tbl|tc)(?=[\s>/])[^>]*?(\/?)>/g;

/** Joins split fields in every paragraph of a part. */
function joinAllSplitFields(xml: string): string {
  if (!xml.includes('{')) return xml;
  return xml.replace(/<w:p(?=[\s>])[^>]*>[\s\S]*?<\/w:p>/g, (p) => joinSplitFields(p));
}

function indexParagraphs(xml: string): { paras: Para[]; body: Item[]; cellSizes: Map<number, number> } {
  const paras: Para[] = [];
  const body: Item[] = [];
  const cellSizes = new Map<number, number>();
  const open: { start: number; tableDepth: number; cell: number | null }[] = [];
  const cells: number[] = [];
  let tableDepth = 0;
  let cellCount = 0;
  for (const m of xml.matchAll(TAG_RE)) {
    const [tag, closing, name, selfClosing] = m;
    const at = m.index!;
    if (name === 'tbl') {
      if (closing) tableDepth--;
      else if (!selfClosing) {
        if (tableDepth === 0 && open.length === 0) body.push({ kind: 'tbl' });
        tableDepth++;
      }
    } else if (name === 'tc') {
      if (closing) cells.pop();
      else if (!selfClosing) cells.push(cellCount++);
    } else if (closing) {
      const o = open.pop();
      if (!o) continue;
      const end = at + tag.length;
      const pXml = xml.slice(o.start, end);
      const text = fragmentText(pXml);
      const keys = [...text.matchAll(FIELD_RE)].map((f) => f[1]);
      const only = keys.length === 1 && text.trim() === `{{${keys[0]}}}` ? keys[0] : null;
      paras.push({ start: o.start, end, text, only, keys, tableDepth: o.tableDepth, cell: o.cell });
      if (o.cell !== null) cellSizes.set(o.cell, (cellSizes.get(o.cell) ?? 0) + 1);
      if (o.tableDepth === 0 && open.length === 0) body.push({ kind: 'p', p: paras.length - 1 });
    } else if (selfClosing) {
      const cell = cells.length ? cells[cells.length - 1] : null;
      paras.push({ start: at, end: at + tag.length, text: '', only: null, keys: [], tableDepth, cell });
      if (cell !== null) cellSizes.set(cell, (cellSizes.get(cell) ?? 0) + 1);
      if (tableDepth === 0 && open.length === 0) body.push({ kind: 'p', p: paras.length - 1 });
    } else {
      open.push({ start: at, tableDepth, cell: cells.length ? cells[cells.length - 1] : null });
    }
  }
  // Body items were pushed when they closed; paragraphs inside tables never reach the body list.
  return { paras, body, cellSizes };
}

const cache = new Map<string, Prepared>();
const CACHE_SIZE = 8;

function prepare(template: Uint8Array): Prepared {
  const key = createHash('sha1').update(template).digest('hex');
  const hit = cache.get(key);
  if (hit) return hit;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(template);
  } catch {
    throw new Error('Tệp mẫu không phải tệp Word (.docx) hợp lệ');
  }
  if (!files['word/document.xml']) throw new Error('Tệp mẫu không có phần nội dung (word/document.xml)');
  const keys = new Set<string>();
  const parts: PartIndex[] = [];
  let doc: PartIndex | null = null;
  let docIndex: ReturnType<typeof indexParagraphs> | null = null;
  for (const name of Object.keys(files)) {
    if (!/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) continue;
    const xml = joinAllSplitFields(strFromU8(files[name]));
    const found = [...fragmentText(xml).matchAll(FIELD_RE)].map((m) => m[1]);
    found.forEach((k) => keys.add(k));
    if (name !== 'word/document.xml' && !found.length) continue;
    const index = indexParagraphs(xml);
    const rootOpen = /<w:(document|hdr|ftr)\b[^>]*>/.exec(xml)?.[0] ?? '';
    const part: PartIndex = { name, xml, paras: index.paras, rootOpen };
    if (name === 'word/document.xml') { doc = part; docIndex = index; parts.unshift(part); } else parts.push(part);
  }
  if (!doc || !docIndex) throw new Error('Tệp mẫu không có phần nội dung (word/document.xml)');
  const prepared: Prepared = { files, doc, parts, keys, body: docIndex.body, cellSizes: docIndex.cellSizes };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, prepared);
  return prepared;
}

/** Field keys a template holds (after joining split fields), for callers that build only what is used. */
export function templateFields(template: Uint8Array): Set<string> {
  return prepare(template).keys;
}

const HEADING_RE = /^\s*([IVXLC]+|\d{1,2})\.\s+\S/;
const levelOf = (numeral: string) => (/^\d/.test(numeral) ? 2 : 1);

const numeralFor = (level: number, n: number) => (level === 1 ? roman(n) : String(n));

/** The edits one document needs: paragraphs to drop, headings to renumber, the date line's size. */
function planEdits(p: Prepared, v: FillValues): Map<number, string | null> {
  const edits = new Map<number, string | null>();
  const isEmptyField = (key: string) =>
    key in v.blocks ? v.blocks[key].length === 0 : key in v.text ? v.text[key].trim() === '' : false;
  p.doc.paras.forEach((para, k) => {
    if (para.only === null || !isEmptyField(para.only)) return;
    if (para.cell !== null && (p.cellSizes.get(para.cell) ?? 0) <= 1) {
      // A table cell keeps one (empty) paragraph: keep its properties, drop its runs.
      const xml = p.doc.xml.slice(para.start, para.end);
      const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(xml)?.[0] ?? '';
      edits.set(k, `<w:p>${pPr}</w:p>`);
    } else edits.set(k, null);
  });

  // Numbered headings with nothing left under them.
  type Kind = { kind: 'end' } | { kind: 'heading'; level: number; numeral: string; p: number } | { kind: 'content' } | { kind: 'neutral' };
  const kinds: Kind[] = p.body.map((item): Kind => {
    if (item.kind === 'tbl') return { kind: 'content' };
    const para = p.doc.paras[item.p];
    if (edits.get(item.p) === null) return { kind: 'neutral' };
    if (para.only && END_KEYS.has(para.only)) return { kind: 'end' };
    const h = para.only ? null : HEADING_RE.exec(para.text);
    if (h && para.text.length <= 200) return { kind: 'heading', level: levelOf(h[1]), numeral: h[1], p: item.p };
    return para.text.trim() ? { kind: 'content' } : { kind: 'neutral' };
  });
  const dropped = new Set<number>();
  for (let k = kinds.length - 1; k >= 0; k--) {
    const h = kinds[k];
    if (h.kind !== 'heading') continue;
    let empty = true;
    for (let j = k + 1; j < kinds.length; j++) {
      const x = kinds[j];
      if (x.kind === 'end' || (x.kind === 'heading' && x.level <= h.level)) break;
      if (x.kind === 'content' || (x.kind === 'heading' && !dropped.has(j))) { empty = false; break; }
    }
    if (empty) dropped.add(k);
  }
  if (dropped.size) {
    // Renumber a level where one of its headings went: all the mục, or the khoản of one mục.
    const droppedLevel1 = [...dropped].some((k) => (kinds[k] as { level: number }).level === 1);
    let section = -1;
    const sectionsWithDrop = new Set<number>();
    kinds.forEach((x, k) => {
      if (x.kind !== 'heading') return;
      if (x.level === 1) section = k;
      else if (dropped.has(k)) sectionsWithDrop.add(section);
    });
    let n1 = 0;
    let n2 = 0;
    section = -1;
    kinds.forEach((x, k) => {
      if (x.kind !== 'heading') return;
      if (dropped.has(k)) { edits.set(x.p, null); if (x.level === 1) section = k; return; }
      if (x.level === 1) { section = k; n2 = 0; n1++; }
      else n2++;
      const renumber = x.level === 1 ? droppedLevel1 : sectionsWithDrop.has(section);
      const target = numeralFor(x.level, x.level === 1 ? n1 : n2);
      if (renumber && target !== x.numeral) {
        const xml = p.doc.xml.slice(p.doc.paras[x.p].start, p.doc.paras[x.p].end);
        let done = false;
        const next = xml.replace(T_RE, (whole, attrs: string | undefined, t: string) => {
          if (done || !t.trim()) return whole;
          done = true;
          const re = new RegExp(`^(\\s*)${x.numeral}\\.`);
          return re.test(t) ? `<w:t${attrs ?? ''}>${t.replace(re, `$1${target}.`)}</w:t>` : whole;
        });
        edits.set(x.p, next);
      }
    });
  }

  // A khoản numbered "1." with no "2." in its mục loses its number: numbering only counts several items.
  const level2BySection = new Map<number, number[]>();
  let current = -1;
  kinds.forEach((x, k) => {
    if (x.kind !== 'heading' || dropped.has(k)) return;
    if (x.level === 1) { current = k; return; }
    level2BySection.set(current, [...(level2BySection.get(current) ?? []), k]);
  });
  for (const ks of level2BySection.values()) {
    if (ks.length !== 1) continue;
    const x = kinds[ks[0]] as Extract<Kind, { kind: 'heading' }>;
    const xml = edits.get(x.p) ?? p.doc.xml.slice(p.doc.paras[x.p].start, p.doc.paras[x.p].end);
    let done = false;
    edits.set(x.p, xml.replace(T_RE, (whole, attrs: string | undefined, t: string) => {
      if (done || !t.trim()) return whole;
      done = true;
      const re = new RegExp(`^(\\s*)\\d{1,2}\\.\\s*`);
      return re.test(t) ? `<w:t${attrs ?? ''}>${t.replace(re, '$1')}</w:t>` : whole;
    }));
  }

  // The place-and-date line in 13 pt when 14 pt would not fit its column.
  const date = v.text.dia_danh_ngay;
  if (date && date.length > DATE_LINE_MAX_14PT) {
    p.doc.paras.forEach((para, k) => {
      if (!para.keys.includes('dia_danh_ngay') || edits.has(k)) return;
      const xml = p.doc.xml.slice(para.start, para.end);
      edits.set(k, xml.replace(/<w:(sz|szCs) w:val="(\d+)"\/>/g, (s, tag: string, val: string) => (Number(val) > 26 ? `<w:${tag} w:val="26"/>` : s)));
    });
  }
  return edits;
}

/** Rewrites `xml` with some of its paragraphs replaced (a string) or removed (null). */
function applyEdits(xml: string, paras: Para[], edits: Map<number, string | null>): string {
  if (!edits.size) return xml;
  const order = [...edits.keys()].sort((a, b) => paras[a].start - paras[b].start);
  let out = '';
  let pos = 0;
  for (const k of order) {
    const para = paras[k];
    if (para.start < pos) continue; // nested in a paragraph already replaced
    out += xml.slice(pos, para.start) + (edits.get(k) ?? '');
    pos = para.end;
  }
  return out + xml.slice(pos);
}

/**
 * Runs for a text field: size, bold and italic come from the run that held the field; the font is
 * always Times New Roman on all four slots, so Vietnamese letters never fall back to another font.
 */
function textRuns(text: string): TextRun[] {
  if (!text) return [];
  return text.split(/\r?\n/).map((line, k) => new TextRun({ text: line, font: FONT, break: k > 0 ? 1 : undefined }));
}

// docx patches a small working document rather than the whole template: only the paragraphs that
// hold fields, each followed by a marker paragraph, then one paragraph for all the blocks, separated
// by markers too. The patched paragraphs are put back in place in the template's XML. docx's work
// (parsing, walking the tree once per field, writing) then grows with what is filled, not with the
// template's styles, numbering, theme and settings, which are copied through untouched.
const MARK = 'BIENBAN-MARK';
const BLOCKS_KEY = '__bienban_blocks';
const markerXml = (id: string) => `<w:p><w:r><w:t>@@${MARK}:${id}@@</w:t></w:r></w:p>`;
const markerParagraph = (id: string) => new Paragraph({ children: [new TextRun(`@@${MARK}:${id}@@`)] });
const MARK_RE = new RegExp(`<w:p\\b(?:(?!</w:p>)[\\s\\S])*?@@${MARK}:([^@]+)@@(?:(?!</w:p>)[\\s\\S])*?</w:p>`, 'g');

const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WORKING_FILES = {
  '[Content_Types].xml': strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ),
  '_rels/.rels': strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_RELS}">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  ),
  'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_RELS}"/>`),
};

interface Job { part: PartIndex; k: number; xml: string }

/** Runs of a paragraph's XML (not w:rPr, w:rFonts…: "\b" stops at the next letter). */
const RUN_RE = /<w:r\b[^>]*>(?:(?!<\/w:r>)[\s\S])*?<\/w:r>/g;
const FONT_XML = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;

/** A run with Times New Roman on all four font slots, whatever else its properties say. */
function withFont(run: string): string {
  const noFonts = run.replace(/<w:rFonts\b[^>]*\/>/g, '');
  if (/<w:rPr>/.test(noFonts)) {
    // rFonts comes right after rStyle in the schema's order.
    return /<w:rStyle\b[^>]*\/>/.test(noFonts)
      ? noFonts.replace(/(<w:rPr>\s*<w:rStyle\b[^>]*\/>)/, `$1${FONT_XML}`)
      : noFonts.replace('<w:rPr>', `<w:rPr>${FONT_XML}`);
  }
  return noFonts.replace(/^<w:r\b[^>]*>/, (open) => `${open}<w:rPr>${FONT_XML}</w:rPr>`);
}

/**
 * Text fields filled in the paragraph's own XML, in one pass: each "{{key}}" becomes its value,
 * XML-escaped, "\n" a w:br; the run keeps its size, bold and italic and gets Times New Roman on
 * all four slots (what docx's PatchType.PARAGRAPH gives, without parsing and rewriting a document).
 */
export function fillTextFields(pXml: string, v: Pick<FillValues, 'text' | 'blocks'>): string {
  return pXml.replace(RUN_RE, (run) => {
    if (!run.includes('{{')) return run;
    let changed = false;
    const out = run.replace(T_RE, (whole, _attrs: string | undefined, t: string) => {
      if (!t.includes('{{')) return whole;
      const filled = t.replace(FIELD_RE, (m, key: string) => {
        if (key in v.text) { changed = true; return xmlEscape(v.text[key]).replace(/\r?\n/g, '\u0000'); }
        if (key in v.blocks) { changed = true; return ''; }
        return m;
      });
      return filled.split('\u0000').map((seg) => `<w:t xml:space="preserve">${seg}</w:t>`).join('<w:br/>');
    });
    return changed ? withFont(out) : run;
  });
}

export interface FillOptions {
  /**
   * How fields are filled: 'xml' (default) in the template's XML directly, the blocks written from
   * docx's own element trees; 'docx' with docx's patchDocument, kept as the reference the direct
   * fill is tested against.
   */
  textEngine?: 'xml' | 'docx';
}

export async function fillTemplate(template: Uint8Array, values: FillValues, opts: FillOptions = {}): Promise<Uint8Array> {
  const direct = (opts.textEngine ?? 'xml') === 'xml';
  const p = prepare(template);
  const docEdits = planEdits(p, values);
  const edits = new Map<PartIndex, Map<number, string | null>>(p.parts.map((part) => [part, part === p.doc ? docEdits : new Map()]));
  const textJobs: Job[] = [];
  const blockJobs: { part: PartIndex; k: number; key: string; inCell: boolean }[] = [];
  const hasBlock = (key: string) => key in values.blocks && values.blocks[key].length > 0;
  for (const part of p.parts) {
    const partEdits = edits.get(part)!;
    part.paras.forEach((para, k) => {
      if (!para.keys.length) return;
      const edited = partEdits.get(k);
      if (edited === null) return;
      const blockKey = para.keys.find(hasBlock);
      // A block takes its whole paragraph; an empty one was removed with its paragraph already.
      if (blockKey && direct) {
        let xml = componentsXml(values.blocks[blockKey]);
        // A table cell must end with a paragraph.
        if (para.cell !== null && /<\/w:tbl>\s*$/.test(xml)) xml += '<w:p/>';
        partEdits.set(k, xml);
      } else if (blockKey) blockJobs.push({ part, k, key: blockKey, inCell: para.cell !== null });
      else if (para.keys.some((key) => key in values.text || key in values.blocks)) {
        const xml = edited ?? part.xml.slice(para.start, para.end);
        if (direct) partEdits.set(k, fillTextFields(xml, values));
        else textJobs.push({ part, k, xml });
      }
    });
  }
  const blockKeys = [...new Set(blockJobs.map((j) => j.key))];
  if (textJobs.length || blockKeys.length) {
    const patches: Record<string, IPatch> = {};
    for (const job of textJobs) {
      for (const key of job.part.paras[job.k].keys) {
        if (key in values.text) patches[key] = { type: PatchType.PARAGRAPH, children: textRuns(values.text[key]) };
        else if (key in values.blocks) patches[key] = { type: PatchType.PARAGRAPH, children: [] };
      }
    }
    if (blockKeys.length) {
      patches[BLOCKS_KEY] = {
        type: PatchType.DOCUMENT,
        children: blockKeys.flatMap((key, b) => [...values.blocks[key], markerParagraph(`B${b}`)]),
      };
    }
    const body = textJobs.map((j, t) => j.xml + markerXml(`T${t}`)).join('') + (blockKeys.length ? `<w:p><w:r><w:t>{{${BLOCKS_KEY}}}</w:t></w:r></w:p>` : '');
    const working = zipSync({ ...WORKING_FILES, 'word/document.xml': strToU8(`${p.doc.rootOpen}<w:body>${body}</w:body></w:document>`) }, { level: 0 });
    const patched = await patchDocument({ outputType: 'uint8array', data: working, patches, keepOriginalStyles: true });
    const out = strFromU8(unzipSync(patched, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']);
    const inner = out.slice(out.indexOf('<w:body>') + '<w:body>'.length, out.lastIndexOf('</w:body>'));
    const fragments = new Map<string, string>();
    let pos = 0;
    for (const m of inner.matchAll(MARK_RE)) {
      fragments.set(m[1], inner.slice(pos, m.index));
      pos = m.index! + m[0].length;
    }
    textJobs.forEach((j, t) => edits.get(j.part)!.set(j.k, fragments.get(`T${t}`) ?? j.xml));
    for (const j of blockJobs) {
      let xml = fragments.get(`B${blockKeys.indexOf(j.key)}`) ?? '';
      // A table cell must end with a paragraph.
      if (j.inCell && /<\/w:tbl>\s*$/.test(xml)) xml += '<w:p/>';
      edits.get(j.part)!.set(j.k, xml);
    }
  }
  const changed: Record<string, Uint8Array> = {};
  for (const [part, partEdits] of edits) if (partEdits.size) changed[part.name] = strToU8(applyEdits(part.xml, part.paras, partEdits));
  let docXml = keepNumbersTogether(changed[p.doc.name] ? strFromU8(changed[p.doc.name]) : p.doc.xml);
  if (values.draftMark) {
    const at = docXml.indexOf('<w:body>') + '<w:body>'.length;
    docXml = docXml.slice(0, at) + draftMarkXml(values.draftMark) + docXml.slice(at);
  }
  changed[p.doc.name] = strToU8(docXml);
  if (values.properties && p.files['docProps/core.xml']) changed['docProps/core.xml'] = strToU8(coreXml(values.properties));
  return zipSync({ ...p.files, ...changed });
}
