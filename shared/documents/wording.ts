// Small wording helpers shared by every section of a document: Vietnamese case, dates inside
// sentences, citations, lettering and Roman numerals (docs/documents.md §1.2, §1.5, §5).
import type { DocRef } from '../records';
import { formatCitationDate } from '../vi/dates';
import { foldKey } from '../vi/text';

export const DOTS = '...';
/** A date to fill in by hand; the year is printed when it is known ("ngày ... tháng ... năm 2023"). */
export const blankDate = (year: number | string | null): string => `ngày ... tháng ... năm ${year ?? '...'}`;

/** "Kiểm tra công tác…" → "kiểm tra công tác…"; keeps acronyms and names ("UBND…", "Điện Biên…"). */
export function lowerFirst(s: string): string {
  const t = s.trim();
  if (t.length < 2) return t.toLocaleLowerCase('vi');
  const [a, b] = [t[0], t[1]];
  const isUpper = (c: string) => c !== c.toLocaleLowerCase('vi');
  return isUpper(a) && !isUpper(b) && !isProperStart(t) ? a.toLocaleLowerCase('vi') + t.slice(1) : t;
}
const PROPER_WORDS = ['ủy ban', 'uỷ ban', 'sở ', 'bộ ', 'ban ', 'hội đồng', 'văn phòng', 'đoàn ', 'phòng ', 'trung tâm', 'chủ tịch', 'thủ tướng', 'chính phủ', 'quốc hội'];
function isProperStart(t: string): boolean {
  const l = t.toLocaleLowerCase('vi');
  return PROPER_WORDS.some((w) => l.startsWith(w)) && /^\S+\s+\p{Lu}/u.test(t);
}
export const upperFirst = (s: string): string => (s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s);
/** Text without its final punctuation, to be followed by ";" or ".". */
export const stripEnd = (s: string): string => s.trim().replace(/[\s.;,:]+$/u, '');

/** "08:00" → "08 giờ 00 phút"; no time → dots to fill in by hand. */
export function timeText(t: string | null): string {
  if (!t) return '... giờ ... phút';
  const [h, m] = t.split(':');
  return `${h.padStart(2, '0')} giờ ${m} phút`;
}

/**
 * A date inside the text: "09/6/2022", "18/01/2022". Days below 10 and the months 1 and 2 take a
 * leading zero, as in the date line (NĐ 30), which is how official texts cite "ngày 20/01/2025".
 */
export function citeDate(iso: string): string {
  return formatCitationDate(iso);
}

/** "Kế hoạch số 1703/KH-UBND ngày 09/6/2022 của UBND tỉnh Điện Biên" */
export function citation(kind: string, ref: DocRef): string {
  if (!ref.number.trim()) return '';
  const date = ref.date ? ` ngày ${citeDate(ref.date)}` : '';
  const issuer = ref.issuer.trim() ? ` của ${ref.issuer.trim()}` : '';
  return `${kind} số ${ref.number.trim()}${date}${issuer}`;
}

/** "từ ngày 03/10/2022 đến ngày 06/10/2022", or "ngày 12/8/2019" for one day. */
export function periodText(from: string | null, to: string | null): string {
  if (!from && !to) return '';
  if (!from || !to || from === to) return `ngày ${citeDate((from ?? to)!)}`;
  return `từ ngày ${citeDate(from)} đến ngày ${citeDate(to)}`;
}

/** Official symbols are the initials of the body: "SỞ NỘI VỤ" → "SNV". */
export function initials(upper: string): string {
  return upper.split(/[\s\-–]+/).filter(Boolean).map((w) => w[0]).join('').toLocaleUpperCase('vi');
}

/**
 * Breaks a long upper-case header name into two balanced lines ("ĐOÀN KIỂM TRA CÔNG TÁC\nCẢI CÁCH
 * HÀNH CHÍNH"), as the official templates do, rather than leaving Word to wrap after one word.
 */
export function balanceLines(s: string, max = 26): string {
  const words = s.trim().split(/\s+/);
  if (s.length <= max || words.length < 2 || s.includes('\n')) return s.trim();
  let best = s.trim();
  let bestScore = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    // Prefer the first line a little longer (a pyramid), never one word alone.
    const score = Math.max(a.length, b.length) + (a.length < b.length ? 1 : 0) + (i === 1 || i === words.length - 1 ? 8 : 0);
    if (score < bestScore) [bestScore, best] = [score, `${a}\n${b}`];
  }
  return best;
}

/** The name of a body as written in sentences, found in the records ("SỞ NỘI VỤ" → "Sở Nội vụ"). */
export function sentenceName(upper: string, sources: string[]): string {
  const key = foldKey(upper).trim();
  if (!key) return '';
  for (const src of sources) {
    const k = foldKey(src);
    const at = k.indexOf(key);
    // foldKey keeps one character per character of NFC text, so the offsets carry over.
    if (at >= 0 && src.length === k.length) return src.slice(at, at + key.length);
  }
  const lower = upper.toLocaleLowerCase('vi');
  return lower[0].toLocaleUpperCase('vi') + lower.slice(1);
}

export const person = (honorific: string, name: string) => `${honorific || 'Đồng chí'} ${name.trim()}`;
/** ", Sở Nội vụ tỉnh Điện Biên" unless the title already names the agency. */
export function agencySuffix(title: string, agency: string): string {
  const a = agency.trim();
  if (!a) return '';
  const head = foldKey(a.split(/\s+/).slice(0, 2).join(' '));
  return foldKey(title).includes(head) ? '' : `, ${a}`;
}

const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
/** Points are lettered in Vietnamese order: a, b, c, d, đ, e, g… */
export const pointLetter = (k: number): string => LETTERS[k] ?? `${LETTERS[k % LETTERS.length]}${Math.floor(k / LETTERS.length) + 1}`;
/** Roman numerals of the mục ("I. THÀNH PHẦN"), the one home for them (the model and the template filler). */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, r] of table) while (n >= v) { out += r; n -= v; }
  return out;
}
