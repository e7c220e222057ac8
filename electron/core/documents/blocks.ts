// Word content for the block fields, built with docx in the NĐ 30/2020 style: Times New Roman on
// every run, body 14 pt justified with a 1 cm first-line indent and 6 pt before, single spacing
// written with lineRule="auto" (LibreOffice reads a bare w:line as exact), headings bold, tables
// and signature blocks as fixed-width tables.
import {
  AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable,
  WidthType, type FileChild, type ParagraphChild,
} from 'docx';
import type { Block, Inline, SignatureCell } from '../../../shared/documents/model';
import { keepPhrases } from '../../../shared/documents/wording';

export const FONT = 'Times New Roman';
/** Text width of an A4 page with the NĐ 30 template margins (left 35 mm, right 20 mm), in twips. */
export const TEXT_WIDTH = 11906 - 1985 - 1134;
export const FIRST_LINE = 567;
export const SINGLE = { line: 240, lineRule: LineRuleType.AUTO } as const;

/** Half-points: 14 pt → 28. */
const pt = (n: number) => n * 2;

export interface RunStyle { size?: number; bold?: boolean; italic?: boolean }

export function run(text: string, s: RunStyle = {}, breakBefore = false): TextRun {
  // Only what is on: "w:b w:val=false" and the like add XML and time for nothing.
  return new TextRun({
    text, font: FONT, size: pt(s.size ?? 14), bold: s.bold || undefined, italics: s.italic || undefined, break: breakBefore ? 1 : undefined,
  });
}

/** A value with line breaks: "\n" becomes a w:br, never a literal newline. */
export function runsWithBreaks(text: string, s?: RunStyle): TextRun[] {
  return text.split(/\r?\n/).map((line, k) => run(line, s, k > 0));
}

function inlineRuns(runs: Inline[], base: RunStyle): ParagraphChild[] {
  return runs.flatMap((r) => runsWithBreaks(r.text, { ...base, bold: r.bold ?? base.bold, italic: r.italic ?? base.italic }));
}

export function bodyParagraph(children: ParagraphChild[], opts: { keepNext?: boolean; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE },
    spacing: { before: 120, after: opts.after ?? 0, ...SINGLE },
    keepNext: opts.keepNext || undefined,
    children,
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function widthsOf(rel: number[], total = TEXT_WIDTH): number[] {
  const sum = rel.reduce((a, b) => a + b, 0);
  const out = rel.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

function cellParagraph(text: string, s: RunStyle & { align?: 'left' | 'center' | 'justify' }): Paragraph {
  const alignment = s.align === 'center' ? AlignmentType.CENTER : s.align === 'justify' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT;
  return new Paragraph({ alignment, spacing: { before: 40, after: 40, ...SINGLE }, children: runsWithBreaks(text, s) });
}

/** A ruled table; `total` is the text width it spans (a landscape page is wider). */
export function gridTable(b: Extract<Block, { kind: 'table' }>, total = TEXT_WIDTH): Table {
  const widths = widthsOf(b.widths, total);
  const cell = (text: string, k: number, header: boolean) =>
    new TableCell({
      width: { size: widths[k], type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 57, right: 57 },
      children: [cellParagraph(text, {
        size: 13, bold: header, align: header || b.center.includes(k) ? 'center' : b.left?.includes(k) ? 'left' : 'justify',
      })],
    });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: b.columns.map((c, k) => cell(c, k, true)) }),
      ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, k) => cell(t, k, false)) })),
    ],
  });
}

/** Space left for the signature and the seal, above the signer's name. */
const SIGN_SPACE = 1500;

/** "Nơi nhận:" in 12 pt bold italic, then the recipients in 11 pt, flush left (NĐ 30 ô 9b). */
function recipientParagraphs(label: string, lines: string[], before = 0): Paragraph[] {
  return [
    new Paragraph({ spacing: { before, after: 0, ...SINGLE }, keepNext: true, children: [run(label, { size: 12, bold: true, italic: true })] }),
    ...lines.map((l) => new Paragraph({ spacing: { before: 0, after: 0, ...SINGLE }, keepNext: true, children: [run(l, { size: 11 })] })),
  ];
}

function signatureCellChildren(c: SignatureCell | null, rowLines: number): Paragraph[] {
  if (!c) return [new Paragraph({ spacing: { before: 0, after: 0, ...SINGLE }, children: [] })];
  if (c.kind === 'recipients') return recipientParagraphs(c.label, c.lines);
  const centred = (children: ParagraphChild[], before = 0): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.CENTER, spacing: { before, after: 0, ...SINGLE }, keepNext: true, run: { font: FONT, size: pt(14) }, children,
    });
  // Names line up across the row: a block with fewer title lines gets empty ones.
  const pad = Array.from({ length: Math.max(0, rowLines - c.lines.length) }, () => centred([]));
  return [
    // Title lines wrap only between phrases (no-break spaces inside "CHÁNH VĂN PHÒNG").
    ...c.lines.map((l) => centred([run(keepPhrases(l), { bold: true })])),
    ...pad,
    centred(c.name ? [run(c.name, { bold: true })] : [], SIGN_SPACE),
  ];
}

function signatureTable(b: Extract<Block, { kind: 'signatures' }>): Table {
  const widths = widthsOf(b.widths);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: b.rows.map((r, k) => new TableRow({
      cantSplit: true,
      children: [r.left, r.right].map((c, col, both) => new TableCell({
        width: { size: widths[col], type: WidthType.DXA },
        borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
        margins: { left: 57, right: 57, top: k === 0 ? 240 : 600 },
        children: signatureCellChildren(c, Math.max(...both.map((x) => (x?.kind === 'signer' ? x.lines.length : 0)))),
      })),
    })),
  });
}

/** The Word content of one block field. */
export function renderBlocks(blocks: readonly Block[]): FileChild[] {
  return blocks.flatMap((b, k): FileChild | FileChild[] => {
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
