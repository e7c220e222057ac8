// From screen to paper: the preview of a document, printing it, its PDF. What crosses the contract,
// and the marks the preview puts around the blanks a draft still has (never in a saved document).
import { z } from 'zod';
import { Id, IsoDate } from '../records';
import type { MissingItem } from './issue-checks';
import type { Block, DocumentModel, Inline, SignatureCell } from './model-types';
import type { DocType } from './fields';
import { DocTypeSchema, type SavedFile } from './types';

/** A document to preview, print or convert: an issued version by id, or the draft of an inspection's document. */
export const PaperRequest = z.union([
  z.object({ id: Id }).strict(),
  z.object({ inspectionId: Id, type: DocTypeSchema, issuedDate: IsoDate.optional() }).strict(),
]);
export type PaperRequest = z.infer<typeof PaperRequest>;

export const Copies = z.number().int().min(1).max(99);
export const PrintDocRequest = z.object({ doc: PaperRequest, copies: Copies }).strict();

/** Which program made a PDF; the app names it ("Đã lưu PDF (chuyển bằng LibreOffice)"). */
export type PdfConverter = 'word' | 'libreoffice' | 'preview';
export const PDF_CONVERTER_LABELS: Record<PdfConverter, string> = {
  word: 'Microsoft Word',
  libreoffice: 'LibreOffice',
  preview: 'bản xem trước của BienBan',
};

/** A document as the preview shows it. */
export interface DocumentPreview {
  type: DocType;
  /** The .docx, base64: a draft (blanks marked, see PREVIEW_MARK) or an issued version's frozen bytes. */
  base64: string;
  /** "05/BB-ĐKT"; null for a draft (the preview never takes a number). */
  numberText: string | null;
  /** The name the saved file would get (.docx). */
  fileName: string;
  /** What issuing would refuse for (DOC_INCOMPLETE): missing facts with where to type them; empty for an issued version. */
  missing: MissingItem[];
  /** Dates refused for issuing on the chosen date. */
  refusals: string[];
  /** Copies to suggest when printing: the minutes' "lập thành N bản", 1 otherwise. */
  copies: number;
}

/** How a print request went: Word printed it, or the app must print its preview (no Word here). */
export type PrintResult = { via: 'word' } | { via: 'preview' };

/** A saved PDF and who made it; `file` null with 'preview': no converter here, print the preview to PDF. */
export interface SavedPdf { file: SavedFile | null; converter: PdfConverter }

/**
 * The marks around a blank in a preview: private-use characters nobody types, which the preview
 * turns into a highlighted span and removes. They exist only in the preview's bytes.
 */
export const PREVIEW_MARK = { open: '\uE000', close: '\uE001' } as const;
/** The blanks a draft prints: "...", a dotted line, ".../.../...". */
const BLANK = /\.{3,}(?:\/\.{3,})*/g;
const SIGNER_PLACEHOLDER = 'Họ và tên người ký';
/** Text fields the preview leaves unmarked: a draft has no number by design, that is not a missing fact. */
const UNMARKED_TEXT = new Set(['so_ky_hieu']);

const mark = (s: string) => `${PREVIEW_MARK.open}${s}${PREVIEW_MARK.close}`;
const markBlanks = (s: string) => s.replace(BLANK, (m) => mark(m));

function markCell(c: SignatureCell | null): SignatureCell | null {
  if (!c) return c;
  if (c.kind === 'recipients') return { ...c, lines: c.lines.map(markBlanks) };
  return { ...c, lines: c.lines.map(markBlanks), name: c.name.trim() ? markBlanks(c.name) : mark(SIGNER_PLACEHOLDER) };
}

function markBlock(b: Block): Block {
  switch (b.kind) {
    case 'heading': return { ...b, text: markBlanks(b.text) };
    case 'paragraph': return { ...b, runs: b.runs.map((r: Inline) => ({ ...r, text: markBlanks(r.text) })) };
    case 'table': return { ...b, rows: b.rows.map((row) => row.map(markBlanks)) };
    case 'signatures': return { ...b, rows: b.rows.map((r) => ({ left: markCell(r.left), right: markCell(r.right) })) };
    case 'recipients': return { ...b, lines: b.lines.map(markBlanks) };
  }
}

/** The model with every blank of the draft marked, and a placeholder for a signer with no name. */
export function markPreviewBlanks(model: DocumentModel): DocumentModel {
  const text = Object.fromEntries(Object.entries(model.text).map(([k, v]) => [k, UNMARKED_TEXT.has(k) ? v : markBlanks(v)]));
  const blocks = Object.fromEntries(Object.entries(model.blocks).map(([k, v]) => [k, v.map(markBlock)]));
  return { ...model, text, blocks };
}

/** Copies to suggest when printing: the minutes are "lập thành N bản" (docOptions.copies); anything else one. */
export function suggestedCopies(type: DocType, copies: number | undefined): number {
  return type === 'minutes' ? Math.min(99, Math.max(1, copies ?? 1)) : 1;
}
