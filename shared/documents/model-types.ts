// The shapes the document model produces: blocks for the generator, text fields, the model itself.
import type { Campaign, Inspection, IssuerSettings, Team, Unit } from '../records';
import type { DocType } from './fields';
import type { IssueCheck, MissingItem } from './issue-checks';

/** Everything the model needs, read from the records by electron/core/documents/context.ts. */
export interface ModelInput {
  inspection: Inspection;
  campaign: Campaign;
  team: Team | null;
  unit: Unit | null;
  /** The unit's parents, nearest first (UBND huyện → UBND tỉnh). */
  unitParents: Unit[];
  /** Units named by the inspection's sub-units, by id. */
  units: Record<string, Unit>;
  settings: IssuerSettings | null;
}

export interface BuildOptions {
  number: number | null;
  issuedDate: string | null;
  /** The document a new version replaces: its number ("01/TB-SNV") and date of issue. */
  replaces?: { numberText: string; issuedDate: string } | null;
}

/** A run of text inside a generated paragraph. */
export interface Inline { text: string; bold?: boolean; italic?: boolean }

/**
 * Generated content, in the NĐ 30 style: headings of a mục ("I. THÀNH PHẦN", bold upper) or a khoản
 * ("1. Đoàn kiểm tra", bold), body paragraphs (justified, first-line indent), tables and signatures.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; runs: Inline[]; /** kept on the page of what follows (a closing formula and the signatures) */ keepNext?: boolean }
  | {
    kind: 'table'; columns: string[]; /** relative widths */ widths: number[]; rows: string[][]; /** centred columns */ center: number[];
    /** columns set flush left rather than justified (short notes in a narrow column) */ left?: number[];
  }
  | { kind: 'signatures'; /** relative widths of the two columns */ widths: [number, number]; rows: SignatureRow[] }
  | { kind: 'recipients'; label: string; lines: string[] };

/** One row of a signature table: a column on the left (a signer or Nơi nhận) and one on the right. */
export interface SignatureRow { left: SignatureCell | null; right: SignatureCell | null }
export type SignatureCell =
  | { kind: 'signer'; /** upper-case lines above the signature: authority, title */ lines: string[]; name: string }
  | { kind: 'recipients'; label: string; lines: string[] };

export interface DocumentModel {
  type: DocType;
  number: number | null;
  issuedDate: string | null;
  /** A draft (no number yet): marked "DỰ THẢO" at the top right of page 1; an issued document never is. */
  draft: boolean;
  /** The issuing body as named in sentences, the document's author in its properties ("Sở Nội vụ"). */
  author: string;
  /** The place name of the date line, as printed ("Điện Biên"). */
  place: string;
  /** The sentence naming the document this version replaces ('' for a first issue). */
  replaces: string;
  /** "BB-ĐKT", "TB-SNV" */
  symbol: string;
  /** "05/BB-ĐKT"; ".../BB-ĐKT" for a draft with no number */
  numberText: string;
  year: number;
  /** One-line trích yếu, e.g. for a file name: "Kiểm tra công tác cải cách hành chính năm 2022 tại UBND huyện Mường Chà". */
  title: string;
  unitName: string;
  /** Values of the text fields, by key; "\n" is a line break. */
  text: Record<string, string>;
  /** Values of the block fields, by key; an empty list removes the field's paragraph. */
  blocks: Record<string, Block[]>;
  /** Soft notes: what the records lack and the document leaves out or reads without (Vietnamese). */
  warnings: string[];
  /**
   * Facts the document cannot do without: a draft prints dots in their place, issuing is refused
   * until they are typed (shared/documents/issue-checks.ts).
   */
  missing: MissingItem[];
  /** Figures that contradict themselves, fields holding an invalid entry: confirmed or fixed before issuing. */
  checks: IssueCheck[];
}
