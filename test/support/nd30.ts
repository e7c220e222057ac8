// The NĐ 30/2020/NĐ-CP checklist (docs/documents.md §1) as a program: unzips a .docx and checks
// its XML with formatting resolved as Word resolves it (document defaults → style chain →
// paragraph → run). Used by the document tests; reusable by anyone who makes a .docx.
//
//   const report = checkNd30(bytes, 'minutes');
//   expect(report.problems).toEqual([]);
//
// Every problem is one readable line naming the element and what is wrong with it.
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

/** minutes: Mẫu 1.9; conclusion (thông báo) and report (báo cáo): Mẫu 1.4; letter (công văn): Mẫu 1.2, no type name. */
export type Nd30DocType = 'minutes' | 'conclusion' | 'report' | 'letter';
const TYPE_NAMES: Record<Exclude<Nd30DocType, 'letter'>, string> = { minutes: 'BIÊN BẢN', conclusion: 'THÔNG BÁO', report: 'BÁO CÁO' };

export interface RunInfo { text: string; font: FontSlots; size: number | null; bold: boolean; italic: boolean; caps: boolean }
export interface FontSlots { ascii: string | null; hAnsi: string | null; cs: string | null; eastAsia: string | null; theme: boolean }
export interface ParaInfo {
  text: string;
  runs: RunInfo[];
  /** 'left' when not set. */
  align: string;
  firstLine: number;
  before: number;
  after: number;
  line: number | null;
  lineRule: string | null;
  borderBottom: boolean;
  hasDrawing: boolean;
  /** Index of the body-level table holding it, -1 in the body. */
  table: number;
  /** Index of the cell in its table (row-major), -1 in the body. */
  cell: number;
  /** Column of the cell in its row, -1 in the body. */
  col: number;
  part: string;
}

export interface Nd30Report {
  ok: boolean;
  problems: string[];
  /** Paragraphs of the main document in order, with effective formatting. */
  paragraphs: ParaInfo[];
  /** All text of the main document, paragraphs joined by "\n". */
  text: string;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const TNR = 'Times New Roman';
const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
export const SO_RE = /^Số: (\d{2,}|\.\.\.)\/[A-ZĐ]+-[A-ZĐ]+$/u;
/** "Điện Biên, ngày 06 tháng 10 năm 2022" (days below 10 and months 1–2 with a leading zero), or a draft's dots. */
export const DATE_LINE_RE = /^\p{Lu}[^,]*, ngày (0[1-9]|[12]\d|3[01]|\.\.\.) tháng (0[12]|[3-9]|1[0-2]|\.\.\.) năm (\d{4}|20\.\.|\.\.\.)$/u;

const kids = (el: Element | null | undefined, name?: string): Element[] => {
  const out: Element[] = [];
  if (!el) return out;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (!name || (n as Element).nodeName === name)) out.push(n as Element);
  }
  return out;
};
const kid = (el: Element | null | undefined, name: string): Element | null => kids(el, name)[0] ?? null;
const attr = (el: Element | null | undefined, name: string): string | null => (el && el.hasAttribute(name) ? el.getAttribute(name) : null);
const num = (s: string | null): number | null => (s === null || s === '' ? null : Number(s));
/** A toggle property: present with no val, or val true/1/on. */
const toggle = (el: Element | null): boolean | null => {
  if (!el) return null;
  const v = attr(el, 'w:val');
  return v === null || !['0', 'false', 'off'].includes(v);
};

interface RProps { ascii?: string | null; hAnsi?: string | null; cs?: string | null; eastAsia?: string | null; theme?: boolean; size?: number; bold?: boolean; italic?: boolean; caps?: boolean }
interface PProps { align?: string; firstLine?: number; before?: number; after?: number; line?: number | null; lineRule?: string | null; borderBottom?: boolean }

function readR(rPr: Element | null): RProps {
  const out: RProps = {};
  if (!rPr) return out;
  const f = kid(rPr, 'w:rFonts');
  if (f) {
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia'] as const) {
      const v = attr(f, `w:${slot}`);
      if (v !== null) out[slot] = v;
      if (attr(f, `w:${slot}Theme`) !== null) out.theme = true;
    }
  }
  const sz = num(attr(kid(rPr, 'w:sz'), 'w:val'));
  if (sz !== null) out.size = sz / 2;
  const b = toggle(kid(rPr, 'w:b'));
  if (b !== null) out.bold = b;
  const i = toggle(kid(rPr, 'w:i'));
  if (i !== null) out.italic = i;
  const caps = toggle(kid(rPr, 'w:caps'));
  if (caps !== null) out.caps = caps;
  return out;
}

function readP(pPr: Element | null): PProps {
  const out: PProps = {};
  if (!pPr) return out;
  const jc = attr(kid(pPr, 'w:jc'), 'w:val');
  if (jc) out.align = jc;
  const ind = kid(pPr, 'w:ind');
  if (ind) {
    const fl = num(attr(ind, 'w:firstLine'));
    const hang = num(attr(ind, 'w:hanging'));
    if (fl !== null) out.firstLine = fl;
    if (hang !== null) out.firstLine = -hang;
  }
  const sp = kid(pPr, 'w:spacing');
  if (sp) {
    const b = num(attr(sp, 'w:before'));
    const a = num(attr(sp, 'w:after'));
    if (b !== null) out.before = b;
    if (a !== null) out.after = a;
    if (sp.hasAttribute('w:line')) {
      out.line = num(attr(sp, 'w:line'));
      out.lineRule = attr(sp, 'w:lineRule');
    }
  }
  const bdr = kid(pPr, 'w:pBdr');
  if (bdr) {
    const bottom = kid(bdr, 'w:bottom');
    const v = attr(bottom, 'w:val');
    out.borderBottom = Boolean(bottom && v && v !== 'none' && v !== 'nil');
  }
  return out;
}

interface Style { type: string; basedOn: string | null; r: RProps; p: PProps }

class Styles {
  readonly byId = new Map<string, Style>();
  defaultR: RProps = {};
  defaultP: PProps = {};
  defaultPara: string | null = null;
  defaultTable: string | null = null;

  constructor(doc: XmlDocument | null) {
    const root = doc?.documentElement;
    if (!root) return;
    const defaults = kid(root, 'w:docDefaults');
    this.defaultR = readR(kid(kid(defaults, 'w:rPrDefault'), 'w:rPr'));
    this.defaultP = readP(kid(kid(defaults, 'w:pPrDefault'), 'w:pPr'));
    for (const s of kids(root, 'w:style')) {
      const id = attr(s, 'w:styleId') ?? '';
      const type = attr(s, 'w:type') ?? '';
      this.byId.set(id, { type, basedOn: attr(kid(s, 'w:basedOn'), 'w:val'), r: readR(kid(s, 'w:rPr')), p: readP(kid(s, 'w:pPr')) });
      const isDefault = ['1', 'true', 'on'].includes(attr(s, 'w:default') ?? '');
      if (isDefault && type === 'paragraph') this.defaultPara = id;
      if (isDefault && type === 'table') this.defaultTable = id;
    }
  }

  /** The style and its bases, base first. */
  chain(id: string | null): Style[] {
    const out: Style[] = [];
    const seen = new Set<string>();
    for (let cur = id; cur && !seen.has(cur) && this.byId.has(cur); cur = this.byId.get(cur)!.basedOn) {
      seen.add(cur);
      out.unshift(this.byId.get(cur)!);
    }
    return out;
  }
}

function resolveFont(layers: RProps[]): FontSlots {
  const f: FontSlots = { ascii: null, hAnsi: null, cs: null, eastAsia: null, theme: false };
  for (const l of layers) {
    // A layer that names a font for a slot replaces the theme font of the layers under it, and the other way round.
    if (l.theme) f.theme = true;
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia'] as const) {
      if (l[slot] !== undefined) { f[slot] = l[slot] ?? null; if (!l.theme) f.theme = false; }
    }
  }
  return f;
}

const fontOk = (f: FontSlots) => !f.theme && f.ascii === TNR && f.hAnsi === TNR && f.cs === TNR && f.eastAsia === TNR;

class Resolver {
  constructor(readonly styles: Styles, readonly part: string) {}

  paragraph(p: Element, table: number, cell: number, col: number, tableStyle: string | null): ParaInfo {
    const pPr = kid(p, 'w:pPr');
    const pStyle = attr(kid(pPr, 'w:pStyle'), 'w:val') ?? this.styles.defaultPara;
    const pChain = this.styles.chain(pStyle);
    const tChain = tableStyle ? this.styles.chain(tableStyle) : [];
    const pLayers: PProps[] = [this.styles.defaultP, ...tChain.map((s) => s.p), ...pChain.map((s) => s.p), readP(pPr)];
    const pp: PProps = Object.assign({}, ...pLayers);
    const runs: RunInfo[] = [];
    let hasDrawing = false;
    const visit = (el: Element) => {
      for (const child of kids(el)) {
        const name = child.nodeName;
        if (name === 'w:r') runs.push(this.run(child, pChain, tChain));
        else if (name === 'w:drawing' || name === 'w:pict') hasDrawing = true;
        else if (['w:hyperlink', 'w:smartTag', 'w:ins', 'w:sdt', 'w:sdtContent', 'w:fldSimple', 'w:customXml'].includes(name)) visit(child);
      }
    };
    visit(p);
    if (p.getElementsByTagName('w:drawing').length || p.getElementsByTagName('w:pict').length) hasDrawing = true;
    return {
      text: runs.map((r) => r.text).join(''), runs, align: pp.align ?? 'left', firstLine: pp.firstLine ?? 0,
      before: pp.before ?? 0, after: pp.after ?? 0, line: pp.line ?? null, lineRule: pp.lineRule ?? null,
      borderBottom: pp.borderBottom ?? false, hasDrawing, table, cell, col, part: this.part,
    };
  }

  run(r: Element, pChain: Style[], tChain: Style[]): RunInfo {
    const rPr = kid(r, 'w:rPr');
    const rStyle = attr(kid(rPr, 'w:rStyle'), 'w:val');
    const layers: RProps[] = [
      this.styles.defaultR, ...tChain.map((s) => s.r), ...pChain.map((s) => s.r), ...this.styles.chain(rStyle).map((s) => s.r), readR(rPr),
    ];
    const merged: RProps = Object.assign({}, ...layers);
    let text = '';
    for (const c of kids(r)) {
      if (c.nodeName === 'w:t') text += c.textContent ?? '';
      else if (c.nodeName === 'w:tab') text += '\t';
      else if (c.nodeName === 'w:br' || c.nodeName === 'w:cr') text += '\n';
      // A non-breaking hyphen (document numbers) shows as a hyphen.
      else if (c.nodeName === 'w:noBreakHyphen') text += '-';
    }
    return { text, font: resolveFont(layers), size: merged.size ?? null, bold: merged.bold ?? false, italic: merged.italic ?? false, caps: merged.caps ?? false };
  }
}

/** Paragraphs of a body (or header) in order; body-level tables numbered from 0. */
function collect(root: Element, resolver: Resolver): ParaInfo[] {
  const out: ParaInfo[] = [];
  let tableNo = 0;
  const walk = (el: Element, table: number, cellRef: { n: number; col: number } | null, tableStyle: string | null) => {
    for (const child of kids(el)) {
      if (child.nodeName === 'w:p') out.push(resolver.paragraph(child, table, cellRef ? cellRef.n : -1, cellRef ? cellRef.col : -1, tableStyle));
      else if (child.nodeName === 'w:tbl') {
        const t = table >= 0 ? table : tableNo++;
        const style = attr(kid(kid(child, 'w:tblPr'), 'w:tblStyle'), 'w:val') ?? resolver.styles.defaultTable;
        const cells = cellRef ?? { n: -1, col: -1 };
        for (const tr of kids(child, 'w:tr')) {
          kids(tr, 'w:tc').forEach((tc, col) => {
            if (!cellRef) { cells.n++; cells.col = col; }
            walk(tc, t, cells, style);
          });
        }
      } else if (['w:sdt', 'w:sdtContent', 'w:customXml'].includes(child.nodeName)) walk(child, table, cellRef, tableStyle);
    }
  };
  walk(root, -1, null, null);
  return out;
}

const isUpper = (s: string) => s === s.toLocaleUpperCase('vi');
const describe = (p: ParaInfo) => `"${p.text.length > 60 ? `${p.text.slice(0, 57)}...` : p.text}"`;
const sizes = (p: ParaInfo) => [...new Set(p.runs.filter((r) => r.text.trim()).map((r) => r.size))];
const allRuns = (p: ParaInfo, test: (r: RunInfo) => boolean) => p.runs.filter((r) => r.text.trim()).every(test);
const sizeIn = (p: ParaInfo, lo: number, hi: number) => allRuns(p, (r) => r.size !== null && r.size >= lo && r.size <= hi);

export function checkNd30(docx: Uint8Array, type: Nd30DocType): Nd30Report {
  const problems: string[] = [];
  const bad = (msg: string) => problems.push(msg);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(docx);
  } catch {
    return { ok: false, problems: ['not a zip (.docx) file'], paragraphs: [], text: '' };
  }
  const parse = (name: string): XmlDocument | null => {
    const f = files[name];
    if (!f) return null;
    return new DOMParser().parseFromString(strFromU8(f), 'text/xml') as unknown as XmlDocument;
  };
  const doc = parse('word/document.xml');
  if (!doc) return { ok: false, problems: ['word/document.xml is missing'], paragraphs: [], text: '' };
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== W_NS) return { ok: false, problems: ['word/document.xml is not WordprocessingML'], paragraphs: [], text: '' };
  const styles = new Styles(parse('word/styles.xml'));
  const body = kid(root, 'w:body');
  if (!body) return { ok: false, problems: ['word/document.xml has no body'], paragraphs: [], text: '' };
  const paras = collect(body, new Resolver(styles, 'word/document.xml'));

  // Page: A4 portrait, margins, header distance.
  const sects = [...(doc.getElementsByTagName('w:sectPr') as unknown as Iterable<Element>)];
  if (!sects.length) bad('no section properties (w:sectPr)');
  for (const sect of sects) {
    const sz = kid(sect, 'w:pgSz');
    if (attr(sz, 'w:w') !== '11906' || attr(sz, 'w:h') !== '16838') bad(`page size ${attr(sz, 'w:w')}×${attr(sz, 'w:h')}, not A4 11906×16838`);
    if (attr(sz, 'w:orient') === 'landscape') bad('page is landscape');
    const m = kid(sect, 'w:pgMar');
    const range = (name: string, lo: number, hi: number) => {
      const v = num(attr(m, `w:${name}`));
      if (v === null || v < lo || v > hi) bad(`margin ${name} = ${v} twips, NĐ 30 wants ${lo}–${hi}`);
    };
    range('top', 1134, 1418);
    range('bottom', 1134, 1418);
    range('left', 1701, 1985);
    range('right', 850, 1134);
    const header = num(attr(m, 'w:header'));
    if (header === null || header < 454 || header > 680) bad(`header distance ${header} twips, the template value is 567 (10 mm)`);

    // Page numbers: centred PAGE field in the default header, an empty first-page header (w:titlePg).
    if (!kid(sect, 'w:titlePg') || toggle(kid(sect, 'w:titlePg')) === false) bad('no w:titlePg: the page number would show on page 1');
    const rels = parse('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const ref = kids(sect, 'w:headerReference').find((h) => attr(h, 'w:type') === type);
      const id = attr(ref, 'r:id');
      const rel = rels ? [...(rels.getElementsByTagName('Relationship') as unknown as Iterable<Element>)].find((r) => attr(r, 'Id') === id) : null;
      return rel ? `word/${attr(rel, 'Target')!.replace(/^\/?word\//, '')}` : null;
    };
    const firstName = target('first');
    const defName = target('default');
    if (!firstName) bad('no first-page header (page 1 must show no page number)');
    else {
      const first = parse(firstName);
      const text = first?.documentElement?.textContent ?? '';
      const fields = first ? first.getElementsByTagName('w:fldSimple').length + first.getElementsByTagName('w:instrText').length : 0;
      if (text.trim() || fields) bad('the first-page header is not empty');
    }
    if (!defName) bad('no default header with the page number');
    else {
      const h = parse(defName);
      const xml = strFromU8(files[defName] ?? new Uint8Array());
      if (!/w:instr="\s*PAGE\b|<w:instrText[^>]*>\s*PAGE\b/.test(xml)) bad('the default header has no PAGE field');
      if (h?.documentElement) {
        const hp = collect(h.documentElement, new Resolver(styles, defName));
        const page = hp.find((p) => p.runs.length);
        if (page && page.align !== 'center') bad('the page number is not centred');
        for (const p of hp) {
          if (p.text.includes('{{')) bad(`field left unfilled in the header: ${describe(p)}`);
          if (p.text !== p.text.normalize('NFC')) bad(`header text not NFC: ${describe(p)}`);
        }
        for (const p of hp) for (const r of p.runs) {
          if (!fontOk(r.font)) bad(`header run font is not Times New Roman on all slots (${JSON.stringify(r.font)})`);
          if (r.size !== null && (r.size < 13 || r.size > 14)) bad(`page number size ${r.size} pt, NĐ 30 wants 13–14`);
        }
      }
    }
  }

  // Every run: Times New Roman on every font slot, NFC, no field left, no raw newline.
  const fontProblems = new Set<string>();
  for (const p of paras) {
    for (const r of p.runs) {
      if (!r.text) continue;
      if (!fontOk(r.font)) fontProblems.add(`run ${JSON.stringify(r.text.slice(0, 30))} in ${describe(p)} is not Times New Roman on every slot (${JSON.stringify(r.font)})`);
      if (r.text !== r.text.normalize('NFC')) bad(`text not NFC: ${JSON.stringify(r.text.slice(0, 40))}`);
    }
    if (p.text.includes('{{') || p.text.includes('}}')) bad(`field left unfilled: ${describe(p)}`);
    if (p.line !== null && !p.lineRule) bad(`w:spacing w:line without w:lineRule in ${describe(p)} (LibreOffice reads it as exact)`);
  }
  problems.push(...fontProblems);
  const rawXml = strFromU8(files['word/document.xml']);
  if (/<w:t(?:\s[^>]*)?>[^<]*[\n\r][^<]*<\/w:t>/.test(rawXml)) bad('a literal newline inside w:t (must be w:br or a new paragraph)');
  if (/\u2013|\u2014/.test(paras.find((p) => /^Độc lập/u.test(p.text.trim()))?.text ?? '')) bad('Tiêu ngữ uses an en or em dash instead of "-"');

  // Header table: the first body-level table.
  const header = paras.filter((p) => p.table === 0);
  const qh = paras.find((p) => p.text.trim() === QUOC_HIEU);
  if (!qh) bad(`Quốc hiệu "${QUOC_HIEU}" not found`);
  else {
    if (qh.table !== 0) bad('Quốc hiệu is not in the header table');
    if (!sizeIn(qh, 12, 13)) bad(`Quốc hiệu size ${sizes(qh)} pt, NĐ 30 wants 12–13`);
    if (!allRuns(qh, (r) => r.bold)) bad('Quốc hiệu is not bold');
    if (!allRuns(qh, (r) => !r.italic)) bad('Quốc hiệu is italic');
    if (qh.align !== 'center') bad('Quốc hiệu is not centred');
  }
  const tnIndex = paras.findIndex((p) => /^Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc$/u.test(p.text.trim()));
  const tn = paras[tnIndex];
  if (!tn) bad(`Tiêu ngữ "${TIEU_NGU}" not found`);
  else {
    if (tn.text.trim() !== TIEU_NGU) bad(`Tiêu ngữ is ${JSON.stringify(tn.text.trim())}, not "${TIEU_NGU}" (hyphen with spaces)`);
    if (!sizeIn(tn, 13, 14)) bad(`Tiêu ngữ size ${sizes(tn)} pt, NĐ 30 wants 13–14`);
    if (!allRuns(tn, (r) => r.bold)) bad('Tiêu ngữ is not bold');
    if (!allRuns(tn, (r) => !r.italic)) bad('Tiêu ngữ is italic');
    const next = paras[tnIndex + 1];
    if (!(tn.borderBottom || (next && next.cell === tn.cell && next.table === tn.table && !next.text.trim() && (next.borderBottom || next.hasDrawing)))) {
      bad('no solid line under the Tiêu ngữ');
    }
  }
  const soIndex = paras.findIndex((p) => /^Số:/u.test(p.text.trim()));
  const so = paras[soIndex];
  if (!so) bad('"Số: …" not found');
  else {
    if (!SO_RE.test(so.text.trim())) bad(`"${so.text.trim()}" does not read like "Số: 05/BB-ĐKT" (number of 2+ digits or "...", "/", symbol)`);
    if (!sizeIn(so, 13, 13)) bad(`"Số:" size ${sizes(so)} pt, NĐ 30 wants 13`);
    if (!allRuns(so, (r) => !r.italic && !r.bold)) bad('"Số:" is not upright regular');
    if (so.table !== 0) bad('"Số:" is not in the header table');
    // Left column above "Số:": chủ quản (regular, optional) then cơ quan ban hành (bold), upper case.
    const above = header.filter((p) => paras.indexOf(p) < soIndex && p.col === so.col && p.text.trim());
    const issuing = above.filter((p) => allRuns(p, (r) => r.bold));
    const superior = above.filter((p) => !issuing.includes(p));
    if (!issuing.length) bad('cơ quan ban hành (bold, upper case) not found above "Số:"');
    for (const p of issuing) {
      if (!sizeIn(p, 12, 13)) bad(`cơ quan ban hành ${describe(p)} size ${sizes(p)} pt, NĐ 30 wants 12–13`);
      if (!isUpper(p.text) && !allRuns(p, (r) => r.caps)) bad(`cơ quan ban hành ${describe(p)} is not upper case`);
    }
    for (const p of superior) {
      if (issuing.length && paras.indexOf(p) > paras.indexOf(issuing[0])) bad(`${describe(p)} under the cơ quan ban hành is not bold`);
      if (!allRuns(p, (r) => !r.bold)) bad(`cơ quan chủ quản ${describe(p)} is bold`);
      if (!sizeIn(p, 12, 13)) bad(`cơ quan chủ quản ${describe(p)} size ${sizes(p)} pt, NĐ 30 wants 12–13`);
      if (!isUpper(p.text) && !allRuns(p, (r) => r.caps)) bad(`cơ quan chủ quản ${describe(p)} is not upper case`);
    }
  }
  const date = paras.find((p) => p.table === 0 && /, ngày /u.test(p.text));
  if (type !== 'minutes' && !date) bad('place and date line not found in the header');
  if (date) {
    if (!DATE_LINE_RE.test(date.text.trim())) bad(`date line "${date.text.trim()}" does not follow the rule "<Địa danh>, ngày 06 tháng 10 năm 2022"`);
    if (!allRuns(date, (r) => r.italic)) bad('date line is not italic');
    if (!sizeIn(date, 13, 14)) bad(`date line size ${sizes(date)} pt, NĐ 30 wants 13–14`);
  }

  // Title: type name, then the trích yếu, both bold and centred. A công văn has neither: its trích
  // yếu "V/v …" sits under the number (12–13 pt, upright), and "Kính gửi:" comes before the body.
  const typeName = type === 'letter' ? '' : TYPE_NAMES[type];
  const titleIndex = typeName ? paras.findIndex((p) => p.table < 0 && p.text.trim() === typeName) : -1;
  if (typeName && titleIndex < 0) bad(`title "${typeName}" not found`);
  let bodyFrom = paras.length;
  if (type === 'letter') {
    const vv = paras.find((p) => p.table === 0 && /^V\/v /u.test(p.text.trim()));
    if (!vv) bad('"V/v …" not found under the number');
    else {
      if (so && vv.col !== so.col) bad('"V/v …" is not in the column of "Số:"');
      if (!sizeIn(vv, 12, 13)) bad(`"V/v …" size ${sizes(vv)} pt, NĐ 30 wants 12–13`);
      if (!allRuns(vv, (r) => !r.bold && !r.italic)) bad('"V/v …" is not upright regular');
      if (vv.align !== 'center') bad('"V/v …" is not centred');
    }
    if (paras.some((p) => p.table < 0 && ['THÔNG BÁO', 'BÁO CÁO', 'BIÊN BẢN', 'CÔNG VĂN'].includes(p.text.trim()))) bad('a công văn carries no type name');
    const kgIndex = paras.findIndex((p) => p.table < 0 && /^Kính gửi:/u.test(p.text.trim()));
    if (kgIndex < 0) bad('"Kính gửi:" not found');
    else {
      if (!sizeIn(paras[kgIndex], 14, 14)) bad(`"Kính gửi:" size ${sizes(paras[kgIndex])} pt, NĐ 30 wants 14`);
      bodyFrom = kgIndex + 1;
    }
  }
  if (titleIndex >= 0) {
    const title = paras[titleIndex];
    if (!allRuns(title, (r) => r.bold) || !sizeIn(title, 13, 14)) bad(`title "${typeName}" is not bold 13–14 pt`);
    if (title.align !== 'center') bad('title is not centred');
    const tyIndex = paras.findIndex((p, k) => k > titleIndex && p.text.trim());
    const ty = paras[tyIndex];
    if (!ty || ty.table >= 0) bad('trích yếu not found under the title');
    else {
      if (!allRuns(ty, (r) => r.bold) || !sizeIn(ty, 13, 14)) bad(`trích yếu ${describe(ty)} is not bold 13–14 pt`);
      if (ty.align !== 'center') bad('trích yếu is not centred');
      bodyFrom = tyIndex + 1;
    }
  }

  // Nơi nhận: 12 pt bold italic, then "- …;" lines in 11 pt, the last "- Lưu: VT, ….".
  const recipients: ParaInfo[] = [];
  const nnIndex = paras.findIndex((p) => p.text.trim() === 'Nơi nhận:');
  if (type !== 'minutes' && nnIndex < 0) bad('"Nơi nhận:" not found');
  if (nnIndex >= 0) {
    const nn = paras[nnIndex];
    if (!sizeIn(nn, 12, 12) || !allRuns(nn, (r) => r.bold && r.italic)) bad(`"Nơi nhận:" is not 12 pt bold italic (${sizes(nn)} pt)`);
    // The list: the paragraphs after the label in the same place (cell or body), up to the first that is not a "- " line.
    const lines = recipients;
    for (const p of paras.slice(nnIndex + 1)) {
      if (p.table !== nn.table || p.cell !== nn.cell) break;
      if (!p.text.trim()) continue;
      if (!/^\s*[-–]/u.test(p.text) && nn.table < 0) break;
      lines.push(p);
    }
    if (!lines.length) bad('Nơi nhận has no recipients');
    lines.forEach((l, k) => {
      if (!sizeIn(l, 11, 11)) bad(`Nơi nhận line ${describe(l)} size ${sizes(l)} pt, NĐ 30 wants 11`);
      if (!allRuns(l, (r) => !r.bold && !r.italic)) bad(`Nơi nhận line ${describe(l)} is not upright regular`);
      if (!/^- /u.test(l.text)) bad(`Nơi nhận line ${describe(l)} does not start with "- "`);
      const last = k === lines.length - 1;
      if (last && !/^- Lưu: VT(, .+)?\.$/u.test(l.text.trim())) bad(`last Nơi nhận line ${describe(l)} is not "- Lưu: VT, ….".`);
      if (!last && !/;$/u.test(l.text.trim())) bad(`Nơi nhận line ${describe(l)} does not end with ";"`);
    });
  }

  // Body: 13–14 pt, justified, first-line indent 1 cm or 1.27 cm, ≥ 6 pt between paragraphs, single to 1.5 lines.
  for (const p of paras.slice(bodyFrom)) {
    if (p.table >= 0 || !p.text.trim() || recipients.includes(p) || p.text.trim() === 'Nơi nhận:') continue;
    const where = `body paragraph ${describe(p)}`;
    if (!sizeIn(p, 13, 14)) bad(`${where}: size ${sizes(p)} pt, NĐ 30 wants 13–14`);
    if (p.align !== 'both' && p.align !== 'distribute') bad(`${where}: not justified (${p.align})`);
    if (p.firstLine !== 567 && p.firstLine !== 720) bad(`${where}: first-line indent ${p.firstLine} twips, not 567 or 720`);
    if (p.before < 120 && p.after < 120) bad(`${where}: less than 6 pt between paragraphs`);
    if (p.lineRule === 'auto' && p.line !== null && (p.line < 240 || p.line > 360)) bad(`${where}: line spacing ${p.line / 240} lines`);
    if (p.lineRule && p.lineRule !== 'auto') bad(`${where}: line spacing rule "${p.lineRule}" (single to 1.5 lines wanted)`);
  }

  // Signature table: the last body-level table; every line of a signature block bold 13–14 pt, centred.
  const lastTable = Math.max(-1, ...paras.map((p) => p.table));
  if (lastTable <= 0) bad('no signature table after the header table');
  else {
    const nnCell = nnIndex >= 0 && paras[nnIndex].table === lastTable ? paras[nnIndex].cell : -2;
    const sig = paras.filter((p) => p.table === lastTable && p.cell !== nnCell && p.text.trim());
    if (!sig.length) bad('the signature table is empty');
    for (const p of sig) {
      if (!allRuns(p, (r) => r.bold) || !sizeIn(p, 13, 14)) bad(`signature line ${describe(p)} is not bold 13–14 pt`);
      if (p.align !== 'center') bad(`signature line ${describe(p)} is not centred`);
      if (/^(Ông|Bà|TS\.|ThS\.|PGS\.|GS\.)\s/u.test(p.text.trim())) bad(`signature name ${describe(p)} has a title before it`);
    }
  }

  const text = paras.map((p) => p.text).join('\n');
  return { ok: problems.length === 0, problems, paragraphs: paras, text };
}
