// Word content for the block fields, in the NĐ 30/2020 style: Times New Roman on
// every run, body 14 pt justified with a 1 cm first-line indent and 6 pt before, single spacing
// written with lineRule="auto" (LibreOffice reads a bare w:line as exact), headings bold, tables
// and signature blocks as fixed-width tables. Each block is written straight to WordprocessingML
// (wordml.ts), ready to take the place of its field's paragraph.
import type { Block, Inline, SignatureCell } from '../../../shared/documents/model';
import {
  cellXml, paragraphXml, rowXml, runsWithBreaksXml, tableXml, type Border, type ParagraphProps, type RunProps,
} from './wordml';

export const FONT = 'Times New Roman';
/** Text width of an A4 page with the NĐ 30 template margins (left 35 mm, right 20 mm), in twips. */
export const TEXT_WIDTH = 11906 - 1985 - 1134;
export const FIRST_LINE = 567;

/** Half-points: 14 pt → 28. */
const pt = (n: number) => n * 2;

export interface RunStyle { size?: number; bold?: boolean; italic?: boolean }

// Only what is on: "w:b w:val=false" and the like add XML and time for nothing.
const props = (s: RunStyle): RunProps => ({ font: FONT, size: pt(s.size ?? 14), bold: s.bold, italic: s.italic });

/** A value with line breaks: "\n" becomes a w:br, never a literal newline. */
export function runsWithBreaks(text: string, s: RunStyle = {}): string {
  return runsWithBreaksXml(text, props(s));
}

function inlineRuns(runs: Inline[], base: RunStyle): string {
  return runs.map((r) => runsWithBreaks(r.text, { ...base, bold: r.bold ?? base.bold, italic: r.italic ?? base.italic })).join('');
}

export function bodyParagraph(runs: string, opts: { keepNext?: boolean; after?: number } = {}): string {
  return paragraphXml({ keepNext: opts.keepNext, before: 120, after: opts.after ?? 0, firstLine: FIRST_LINE, align: 'both' }, runs);
}

const NONE: Border = { style: 'none', size: 0, color: 'auto' };
const LINE: Border = { style: 'single', size: 4, color: '000000' };

function widthsOf(rel: number[], total = TEXT_WIDTH): number[] {
  const sum = rel.reduce((a, b) => a + b, 0);
  const out = rel.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

function cellParagraph(text: string, s: RunStyle & { align?: 'left' | 'center' | 'justify' }): string {
  const align = s.align === 'center' ? 'center' : s.align === 'justify' ? 'both' : 'left';
  return paragraphXml({ before: 40, after: 40, align }, runsWithBreaks(text, s));
}

function gridTable(b: Extract<Block, { kind: 'table' }>): string {
  const widths = widthsOf(b.widths);
  const cell = (text: string, k: number, header: boolean) =>
    cellXml({ width: widths[k], vAlignCenter: true, margins: { left: 57, right: 57 } }, cellParagraph(text, {
      size: 13, bold: header, align: header || b.center.includes(k) ? 'center' : 'justify',
    }));
  return tableXml({ width: TEXT_WIDTH, borders: LINE, columns: widths }, [
    rowXml({ cantSplit: true, header: true }, b.columns.map((c, k) => cell(c, k, true)).join('')),
    ...b.rows.map((r) => rowXml({ cantSplit: true }, r.map((t, k) => cell(t, k, false)).join(''))),
  ].join(''));
}

/** Space left for the signature and the seal, above the signer's name. */
const SIGN_SPACE = 1500;

/** "Nơi nhận:" in 12 pt bold italic, then the recipients in 11 pt, flush left (NĐ 30 ô 9b). */
function recipientParagraphs(label: string, lines: string[], before = 0): string {
  return paragraphXml({ before, keepNext: true }, runsWithBreaks(label, { size: 12, bold: true, italic: true })) +
    lines.map((l) => paragraphXml({ keepNext: true }, runsWithBreaks(l, { size: 11 }))).join('');
}

function signatureCellChildren(c: SignatureCell | null, rowLines: number): string {
  if (!c) return paragraphXml({}, '');
  if (c.kind === 'recipients') return recipientParagraphs(c.label, c.lines);
  const centred = (runs: string, before = 0): string =>
    paragraphXml({ align: 'center', before, keepNext: true, mark: { font: FONT, size: pt(14) } } satisfies ParagraphProps, runs);
  // Names line up across the row: a block with fewer title lines gets empty ones.
  const pad = Array.from({ length: Math.max(0, rowLines - c.lines.length) }, () => centred(''));
  return [
    ...c.lines.map((l) => centred(runsWithBreaks(l, { bold: true }))),
    ...pad,
    centred(c.name ? runsWithBreaks(c.name, { bold: true }) : '', SIGN_SPACE),
  ].join('');
}

function signatureTable(b: Extract<Block, { kind: 'signatures' }>): string {
  const widths = widthsOf(b.widths);
  return tableXml({ width: TEXT_WIDTH, borders: NONE, columns: widths }, b.rows.map((r, k) => rowXml(
    { cantSplit: true },
    [r.left, r.right].map((c, col, both) => cellXml(
      { width: widths[col], borders: NONE, margins: { top: k === 0 ? 240 : 600, left: 57, right: 57 } },
      signatureCellChildren(c, Math.max(...both.map((x) => (x?.kind === 'signer' ? x.lines.length : 0)))),
    )).join(''),
  )).join(''));
}

/** The WordprocessingML of one block field: body-level paragraphs and tables, one string per block. */
export function renderBlocks(blocks: readonly Block[]): string[] {
  return blocks.map((b, k): string => {
    // A table keeps 6 pt from the paragraph above it, as paragraphs keep from each other.
    const beforeTable = blocks[k + 1]?.kind === 'table' ? 120 : undefined;
    switch (b.kind) {
      case 'heading':
        return bodyParagraph(runsWithBreaks(b.text, { bold: true }), { keepNext: true, after: beforeTable });
      case 'paragraph':
        // A lead-in ("a) Kết quả đạt được:") stays on the page of what it introduces.
        return bodyParagraph(inlineRuns(b.runs, {}), {
          keepNext: b.keepNext || /:\s*$/.test(b.runs.map((r) => r.text).join('')), after: beforeTable,
        });
      case 'table':
        return gridTable(b);
      case 'signatures':
        return signatureTable(b);
      case 'recipients':
        return recipientParagraphs(b.label, b.lines, 240);
    }
  });
}
