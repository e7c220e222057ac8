// A small WordprocessingML writer for the few shapes the block fields use: paragraphs of runs
// (font, size, bold, italic, line breaks), spacing, indents, alignment, keep-with-next, and fixed
// tables with borders, widths and cell margins. It writes the same elements, in the same order, as
// the docx builders did, as plain strings: building docx objects, writing them and parsing them back
// cost several times more than the rest of generating a document.

/**
 * Text content of an element: & < > are escaped; quotes stay as they are, as in what docx's patcher
 * wrote (they need no escaping outside attribute values).
 */
export function escapeXml(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** An attribute value: & < > and the double quote that delimits it. */
export function escapeAttr(s: string): string {
  return escapeXml(s).replace(/"/g, '&quot;');
}

export interface RunProps {
  font?: string;
  /** Half-points: 14 pt → 28. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

/** w:rPr with only what is set; an empty string when nothing is. */
export function runProps(p: RunProps): string {
  let x = '';
  if (p.font) { const f = escapeAttr(p.font); x += `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`; }
  if (p.bold) x += '<w:b/><w:bCs/>';
  if (p.italic) x += '<w:i/><w:iCs/>';
  if (p.size !== undefined) x += `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>`;
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}

/**
 * One run. The text always carries xml:space="preserve", so leading, trailing and double spaces
 * survive; `breakBefore` puts a w:br before it (a line break, never a literal newline).
 */
export function runXml(text: string, p: RunProps = {}, breakBefore = false): string {
  return `<w:r>${runProps(p)}${breakBefore ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** Runs for a text with "\n" (or "\r\n"): one run per line, each after the first starting with a w:br. */
export function runsWithBreaksXml(text: string, p: RunProps = {}): string {
  return text.split(/\r?\n/).map((line, k) => runXml(line, p, k > 0)).join('');
}

export interface ParagraphProps {
  keepNext?: boolean;
  /** Twips; line spacing is single (240, lineRule auto: LibreOffice reads a bare w:line as exact). */
  before?: number;
  after?: number;
  firstLine?: number;
  align?: 'left' | 'center' | 'both';
  /** The paragraph mark's run properties (used for the size of an empty line). */
  mark?: RunProps;
}

export function paragraphXml(p: ParagraphProps, runs: string): string {
  const mark = p.mark ? runProps(p.mark) : '';
  const pPr = (p.keepNext ? '<w:keepNext/>' : '') +
    `<w:spacing w:after="${p.after ?? 0}" w:before="${p.before ?? 0}" w:line="240" w:lineRule="auto"/>` +
    (p.firstLine !== undefined ? `<w:ind w:firstLine="${p.firstLine}"/>` : '') +
    (p.align ? `<w:jc w:val="${p.align}"/>` : '') + mark;
  return `<w:p><w:pPr>${pPr}</w:pPr>${runs}</w:p>`;
}

export interface Border { style: 'none' | 'single'; size: number; color: string }
const border = (side: string, b: Border) => `<w:${side} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"/>`;
const dxa = (side: string, w: number) => `<w:${side} w:type="dxa" w:w="${w}"/>`;

export interface CellProps {
  width: number;
  /** Cell borders (top, left, bottom, right), when the cell sets its own. */
  borders?: Border;
  margins: { top?: number; left?: number; bottom?: number; right?: number };
  vAlignCenter?: boolean;
}

export function cellXml(c: CellProps, content: string): string {
  const m = c.margins;
  const margins = (m.top !== undefined ? dxa('top', m.top) : '') + (m.left !== undefined ? dxa('left', m.left) : '') +
    (m.bottom !== undefined ? dxa('bottom', m.bottom) : '') + (m.right !== undefined ? dxa('right', m.right) : '');
  const b = c.borders;
  return '<w:tc><w:tcPr>' + dxa('tcW', c.width) +
    (b ? `<w:tcBorders>${border('top', b)}${border('left', b)}${border('bottom', b)}${border('right', b)}</w:tcBorders>` : '') +
    (margins ? `<w:tcMar>${margins}</w:tcMar>` : '') + (c.vAlignCenter ? '<w:vAlign w:val="center"/>' : '') +
    `</w:tcPr>${content}</w:tc>`;
}

export function rowXml(r: { cantSplit?: boolean; header?: boolean }, cells: string): string {
  const trPr = (r.cantSplit ? '<w:cantSplit/>' : '') + (r.header ? '<w:tblHeader/>' : '');
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
}

/** A fixed-layout table: width, the same border on all sides and inside, column grid, rows. */
export function tableXml(t: { width: number; borders: Border; columns: number[] }, rows: string): string {
  const b = t.borders;
  return `<w:tbl><w:tblPr>${dxa('tblW', t.width)}<w:tblBorders>${border('top', b)}${border('left', b)}${border('bottom', b)}${border('right', b)}` +
    `${border('insideH', b)}${border('insideV', b)}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${t.columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`;
}
