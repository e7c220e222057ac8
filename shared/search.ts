// Search across the records (Ctrl+F, the command line) and phrase reuse in the finding and
// recommendation editors. Everything matches on the folded text (shared/vi/text.ts foldKey: lower
// case, no diacritics, đ→d), so "muong cha" finds "Mường Chà" and "Hoà" finds "Hòa". Pure: the core
// (electron/core/search/) runs the queries, the renderer highlights what matched with the same rule.
import { z } from 'zod';
import { FindingKind, Id } from './records';
import { foldKey } from './vi/text';

export const SEARCH_KINDS = [
  'inspection', 'finding', 'recommendation', 'proposal', 'attendee', 'document',
  'unit', 'representative', 'campaign', 'member',
] as const;
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

/** What each kind of hit is called in the search box. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  inspection: 'Cuộc kiểm tra',
  finding: 'Kết quả kiểm tra',
  recommendation: 'Kiến nghị',
  proposal: 'Đề xuất của đơn vị',
  attendee: 'Người tham dự',
  document: 'Văn bản đã ban hành',
  unit: 'Đơn vị',
  representative: 'Người đại diện đơn vị',
  campaign: 'Đợt kiểm tra',
  member: 'Thành viên đoàn',
};

export const MAX_SEARCH_HITS = 200;
export const SearchQuery = z.object({
  text: z.string().max(500),
  limit: z.number().int().min(1).max(MAX_SEARCH_HITS).optional(),
  kinds: z.array(SearchKind).optional(),
}).strict();
export type SearchQuery = z.infer<typeof SearchQuery>;

export interface SearchHit {
  kind: SearchKind;
  /** The record the text belongs to (a finding's id for a finding). */
  id: string;
  /** The record that holds it when it is not an inspection's row: a representative's unit, a member's team. */
  parentId?: string;
  inspectionId?: string;
  campaignId?: string;
  /** Where it is: "UBND huyện Mường Chà, 2022", "Đợt kiểm tra năm 2022". */
  title: string;
  /** A short piece of the original text around the first match, "…" where it was cut. */
  snippet: string;
}

export const PhraseKind = z.enum(['finding', 'recommendation']);
export type PhraseKind = z.infer<typeof PhraseKind>;
export const PhraseQuery = z.object({
  text: z.string().max(50_000),
  kind: PhraseKind,
  /** For a finding: strengths suggest strengths, shortcomings shortcomings, causes causes. */
  findingKind: FindingKind.optional(),
  /** The area of the row being typed: sentences used under an area of the same name rank higher. */
  areaId: Id.optional(),
  /** The inspection being typed: its own rows are not suggested back to it. */
  inspectionId: Id.optional(),
  limit: z.number().int().min(1).max(50).optional(),
}).strict();
export type PhraseQuery = z.infer<typeof PhraseQuery>;
export interface PhraseSuggestion { text: string; uses: number }

/** Words typed before suggestions start: fewer match too much to be useful. */
export const PHRASE_MIN_WORDS = 3;

/** The folded words of a query, as the index splits them (runs of letters and digits). */
export function searchTerms(text: string): string[] {
  return foldKey(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Counts the words of a text the way searchTerms splits them. */
export const wordCount = (text: string): number => searchTerms(text).length;

/**
 * The ranges [start, end) of `text` (original, unfolded) where a word begins with one of `terms`
 * (folded), in order: what the search box highlights, and where a snippet is centred.
 */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  if (!terms.length) return [];
  const { folded, from } = foldMapped(text);
  const out: [number, number][] = [];
  const word = /[\p{L}\p{N}]+/gu;
  for (let m = word.exec(folded); m; m = word.exec(folded)) {
    const t = terms.filter((x) => m![0].startsWith(x)).sort((a, b) => b.length - a.length)[0];
    if (t) out.push([from[m.index], from[m.index + t.length - 1] + lengthAt(text, from[m.index + t.length - 1])]);
  }
  return out;
}

/**
 * The text folded character by character, with where each folded character came from, so a match
 * in the folded text maps back onto the text as she typed it.
 */
function foldMapped(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldKey(ch);
    for (let k = 0; k < f.length; k++) from.push(i);
    folded += f;
    i += ch.length;
  }
  from.push(text.length);
  return { folded, from };
}
const lengthAt = (s: string, i: number) => (s.codePointAt(i)! > 0xffff ? 2 : 1);

/** A piece of `text` about `width` characters long around its first match, cut at spaces, with "…". */
export function snippetOf(text: string, terms: readonly string[], width = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  // Centred on the words typed side by side when they are, else on the first word that matched.
  const { folded, from } = foldMapped(flat);
  const together = folded.search(new RegExp(`(?<![\\p{L}\\p{N}])${terms.map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}`, 'u'));
  const first = together >= 0 ? from[together] : (matchRanges(flat, terms)[0]?.[0] ?? 0);
  let start = Math.max(0, first - Math.floor(width / 3));
  let end = Math.min(flat.length, start + width);
  start = Math.max(0, end - width);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
