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
  const groups = phrases(s);
  const words = s.trim().split(/\s+/);
  if (s.length <= max || groups.length < 2 || s.includes('\n')) return s.trim();
  let best = s.trim();
  let bestScore = Infinity;
  // Lines break between phrases only ("PHÓ CHÁNH VĂN PHÒNG / UBND TỈNH"), never inside one.
  for (let i = 1; i < groups.length; i++) {
    const a = groups.slice(0, i).join(' ');
    const b = groups.slice(i).join(' ');
    const lone = (x: string) => !x.includes(' ');
    // Prefer the first line a little longer (a pyramid), never one word alone.
    const score = Math.max(a.length, b.length) + (a.length < b.length ? 1 : 0) + (words.length > 2 && (lone(a) || lone(b)) ? 8 : 0);
    if (score < bestScore) [bestScore, best] = [score, `${a}\n${b}`];
  }
  return best;
}

/**
 * Phrases a title or a body name must not be broken inside, folded: posts, types of body, fields.
 * A place name after its unit word ("tỉnh Điện Biên") runs to the end of the name.
 */
const PHRASES = [
  'chánh văn phòng', 'giám đốc', 'tổng giám đốc', 'trưởng phòng', 'trưởng ban', 'trưởng đoàn kiểm tra', 'trưởng đoàn', 'chủ tịch',
  'cục trưởng', 'chi cục trưởng', 'chánh thanh tra', 'thư ký', 'chuyên viên', 'thành viên', 'bí thư',
  'ủy ban nhân dân', 'hội đồng nhân dân', 'văn phòng', 'đoàn kiểm tra', 'trung tâm', 'chi cục',
  'đại diện', 'đơn vị', 'được kiểm tra', 'công tác', 'cải cách hành chính', 'kiểm soát thủ tục hành chính', 'thủ tục hành chính',
  'nội vụ', 'tổ chức', 'tư pháp', 'tài chính', 'tổng hợp', 'văn thư', 'lưu trữ', 'kế hoạch và đầu tư',
  'thông tin và truyền thông', 'khoa học và công nghệ', 'lao động - thương binh và xã hội', 'tài nguyên và môi trường',
].map((p) => foldKey(p).split(' ')).sort((a, b) => b.length - a.length);
const PLACE_WORDS = new Set(['tinh', 'huyen', 'xa', 'phuong', 'quan', 'thi tran', 'thi xa', 'thanh pho']);
/** A body-type word goes with the field after it ("SỞ NỘI VỤ", "PHÒNG TỔNG HỢP"). */
const BODY_WORDS = new Set(['so', 'phong', 'ban', 'bo', 'cuc', 'ubnd', 'hdnd']);

/** A signing authority ("KT.", "TL.") stays with the title it introduces. */
const AUTHORITY = /^(?:TM|KT|TL|TUQ|Q)\.$/iu;

/** The phrases of a name or title, in order, each a run of words never to be broken. */
export function phrases(s: string): string[] {
  const words = s.trim().split(/\s+/).filter(Boolean);
  const keys = words.map(foldKey);
  const out: string[][] = [];
  for (let k = 0; k < words.length;) {
    // A place name: its unit word and everything after it.
    const two = `${keys[k]} ${keys[k + 1] ?? ''}`;
    if ((PLACE_WORDS.has(keys[k]) || PLACE_WORDS.has(two)) && k + 1 < words.length) {
      out.push(words.slice(k));
      break;
    }
    const p = PHRASES.find((ph) => ph.every((w, j) => keys[k + j] === w));
    const n = p ? p.length : 1;
    out.push(words.slice(k, k + n));
    k += n;
  }
  // Hyphens join their neighbours ("TỔ CHỨC - NỘI VỤ"); a body word joins what follows it.
  const merged: string[][] = [];
  for (let k = 0; k < out.length; k++) {
    const g = out[k];
    const prev = merged[merged.length - 1];
    if (prev && (g[0] === '-' || prev[prev.length - 1] === '-' || (prev.length === 1 && (BODY_WORDS.has(foldKey(prev[0])) || foldKey(prev[0]) === 'pho' || AUTHORITY.test(prev[0]))))) prev.push(...g);
    else merged.push([...g]);
  }
  // A place word ending the name ("… NỘI VỤ TỈNH") stays with what it qualifies.
  const last = merged[merged.length - 1];
  if (merged.length > 1 && last.length === 1 && PLACE_WORDS.has(foldKey(last[0]))) merged[merged.length - 2].push(...merged.pop()!);
  return merged.map((g) => g.join(' '));
}

/** Names joined by a spaced en or em dash are written with a hyphen, as NĐ 30 writes them ("Tổ chức - Nội vụ"). */
export const hyphenate = (s: string): string => s.replace(/(\S)\s+[\u2013\u2014]\s+(?=\S)/gu, '$1 - ');

/** A document number or symbol ("2783/KH-UBND", "05/BB-ĐKT"): its hyphens must not break a line. */
export const DOC_NUMBER_RE = /(?:\d+|\.{3})\/[\p{L}\d&.]+(?:-[\p{L}\d&.]+)+/gu;

/** Words inside one phrase joined by no-break spaces, so Word wraps a title only between phrases. */
export function keepPhrases(line: string): string {
  return phrases(line).map((p) => p.replace(/ /g, '\u00a0')).join(' ');
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
  return properName(upper);
}

/** Words that stay upper case inside a name: acronyms ("UBND", "CCHC", "TTHC"). */
const ACRONYM = /^(?:[BCDĐFGHJKLMNPQRSTVWXZ]{2,}|UBND|HĐND|UBMTTQ)$/u;
/** Words after which every word of a name is capitalised: the unit of a place ("tỉnh Điện Biên"). */
const PLACE_UNIT = new Set(['tinh', 'huyen', 'xa', 'phuong', 'quan', 'thi tran', 'thi xa', 'thanh pho']);
/** Types of body whose field is capitalised too ("Sở Nội vụ", "Phòng Tư pháp", "Ban Tổ chức"). */
const BODY_TYPES = ['uy ban nhan dan', 'hoi dong nhan dan', 'van phong', 'so', 'phong', 'ban', 'bo', 'cuc', 'chi cuc', 'trung tam', 'doan kiem tra'];
/** Types named by their place alone, or followed by a subject in lower case: no capitalised field. */
const NO_FIELD = new Set(['uy ban nhan dan', 'hoi dong nhan dan', 'doan kiem tra']);

/**
 * The name of a body as Vietnamese writes it (NĐ 30 Phụ lục II): the type and the first word of
 * its field capitalised, the place name capitalised, acronyms kept: "SỞ NỘI VỤ TỈNH ĐIỆN BIÊN" →
 * "Sở Nội vụ tỉnh Điện Biên", "PHÒNG TƯ PHÁP" → "Phòng Tư pháp", "UBND HUYỆN X" → "UBND huyện X".
 */
export function properName(upper: string): string {
  const words = upper.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '';
  const keys = words.map(foldKey);
  const cap = (w: string) => w[0].toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi');
  const out = words.map((w) => (ACRONYM.test(w) ? w : w.toLocaleLowerCase('vi')));
  const type = BODY_TYPES.map((t) => t.split(' ')).find((t) => t.every((w, j) => keys[j] === w));
  const typeLen = type?.length ?? (ACRONYM.test(words[0]) ? 1 : 0);
  if (!ACRONYM.test(words[0])) out[0] = cap(words[0]);
  let place = words.length;
  for (let j = typeLen; j < words.length - 1; j++) {
    const unitLen = PLACE_UNIT.has(`${keys[j]} ${keys[j + 1]}`) ? 2 : PLACE_UNIT.has(keys[j]) ? 1 : 0;
    if (!unitLen || j + unitLen >= words.length) continue;
    place = j;
    for (let x = j + unitLen; x < words.length; x++) if (!ACRONYM.test(words[x])) out[x] = cap(words[x]);
    break;
  }
  // The field, between the type and the place: its first word, and the first after "và" or "-"
  // ("Sở Kế hoạch và Đầu tư", "Ban Tổ chức - Nội vụ").
  if (type && !NO_FIELD.has(type.join(' '))) {
    for (let j = typeLen; j < place; j++) {
      const starts = j === typeLen || keys[j - 1] === 'va' || keys[j - 1] === '-';
      if (starts && !ACRONYM.test(words[j]) && words[j] !== '-') out[j] = cap(words[j]);
    }
  }
  return out.join(' ');
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
