// A remedy deadline is either a date or a wording ("trong quý IV/2023", "trước 31/12", "khắc phục
// ngay"). A wording that names a period or a day is understood as its LAST day, so that it can become
// overdue like a date; one that names no day ("khắc phục ngay", "thường xuyên") has no due date and
// says so. Readings are made on the folded text (foldKey), so "quy IV/2023" reads like "quý IV/2023".
//
// Decisions (docs/domain.md, "Follow-up"):
// - "trước ngày 15/3/2024", "trước 31/12": the named day itself is the last day (in practice "trước
//   31/12" means "by the end of 31/12"; calling it overdue on the 31st would be wrong).
// - "trước tháng 6/2024", "trước năm 2025": the last day of the period before the named one.
// - A day, month or quarter without a year takes the year of the base date (the inspection's last
//   day); if that day is already past on the base date, it is the next year's.
// - "trong 30 ngày", "trong 3 tháng", "trong 2 tuần", "trong 10 ngày làm việc": counted from the base
//   date, or from the date named after "kể từ"/"từ ngày" when there is one. Working days skip
//   Saturdays and Sundays only (the app does not know public holidays).
import { foldKey } from '../vi/text';
import { addDays, addMonths, addWorkingDays, isoOf, isRealDay, lastDayOfMonth } from './days';

export type DeadlineReading =
  /** Understood as this last day. */
  | { kind: 'day'; iso: string }
  /** By its nature without a due date ("khắc phục ngay", "thường xuyên"). */
  | { kind: 'none' }
  /** Not understood: shown as typed, no due date. */
  | { kind: 'unknown' }
  /** Nothing written. */
  | { kind: 'empty' };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const YEAR = String.raw`(?:\s*(?:\/|-|\.|nam)\s*(\d{4}))?`;

/** A day, month or quarter end without a year: the base date's year, or the next one when already past. */
function nextOccurrence(base: string | null, dayIn: (year: number) => string | null): string | null {
  if (!base) return null;
  const year = Number(base.slice(0, 4));
  const same = dayIn(year);
  if (same === null) return null;
  return same >= base ? same : dayIn(year + 1);
}

function dayOf(y: number, m: number, d: number): string | null {
  return isRealDay(y, m, d) ? isoOf(y, m, d) : null;
}

const found = (iso: string | null): DeadlineReading => (iso ? { kind: 'day', iso } : { kind: 'unknown' });

/** Reads a deadline wording against a base date (ISO; null when unknown, e.g. no inspection date yet). */
export function readDeadline(wording: string, base: string | null): DeadlineReading {
  const f = foldKey(wording).replace(/\s+/g, ' ').trim();
  if (f === '') return { kind: 'empty' };
  const before = /\btruoc\b/.test(f);
  let m: RegExpExecArray | null;

  // "6 tháng đầu năm 2024", "6 tháng cuối năm 2024" (before durations: "6 tháng" is not from the base).
  if ((m = /\b(?:6|sau) thang (dau|cuoi) nam(?: (\d{4}))?/.exec(f))) {
    const y = m[2] ? Number(m[2]) : base ? Number(base.slice(0, 4)) : null;
    if (y === null) return { kind: 'unknown' };
    return found(m[1] === 'dau' ? isoOf(y, 6, 30) : isoOf(y, 12, 31));
  }

  // "trong quý IV/2023", "quý 1 năm 2024", "quý III".
  if ((m = new RegExp(String.raw`\bquy\s*(iv|iii|ii|i|[1-4])\b` + YEAR).exec(f))) {
    const q = ROMAN[m[1]] ?? Number(m[1]);
    const end = (y: number) => lastDayOfMonth(y, q * 3);
    if (before) {
      const start = (y: number) => addDays(isoOf(y, q * 3 - 2, 1), -1);
      return found(m[2] ? start(Number(m[2])) : nextOccurrence(base, start));
    }
    return found(m[2] ? end(Number(m[2])) : nextOccurrence(base, end));
  }

  // "trong 30 ngày", "trong 3 tháng", "2 tuần", "10 ngày làm việc kể từ ngày 15/3/2024". The lookahead
  // keeps "15 tháng 3" (a date) out.
  if ((m = /\b(\d{1,3}) ?(ngay lam viec|ngay|tuan|thang)\b(?! ?\d)/.exec(f))) {
    const from = /\btu(?: ngay)? (\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(f);
    const start = from ? dayOf(Number(from[3]), Number(from[2]), Number(from[1])) : base;
    if (!start) return { kind: 'unknown' };
    const n = Number(m[1]);
    if (m[2] === 'ngay lam viec') return found(addWorkingDays(start, n));
    if (m[2] === 'ngay') return found(addDays(start, n));
    if (m[2] === 'tuan') return found(addDays(start, n * 7));
    return found(addMonths(start, n));
  }

  // "trước ngày 15/3/2024", "31/12/2023", "ngày 15 tháng 3 năm 2024"; without a year: "trước 31/12".
  if ((m = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(f)) || (m = /\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b/.exec(f))) {
    return found(dayOf(Number(m[3]), Number(m[2]), Number(m[1])));
  }
  if ((m = /\b(\d{1,2})[/.-](\d{1,2})\b(?![/.-]?\d)/.exec(f)) || (m = /\bngay (\d{1,2}) thang (\d{1,2})\b/.exec(f))) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    return found(nextOccurrence(base, (y) => dayOf(y, mo, d)));
  }

  // "trong tháng 11/2023", "tháng 11 năm 2023", "trước tháng 6/2024", "tháng 11".
  if ((m = new RegExp(String.raw`\bthang\s*(\d{1,2})\b` + YEAR).exec(f))) {
    const mo = Number(m[1]);
    if (mo < 1 || mo > 12) return { kind: 'unknown' };
    const end = (y: number) => (before ? addDays(isoOf(y, mo, 1), -1) : lastDayOfMonth(y, mo));
    return found(m[2] ? end(Number(m[2])) : nextOccurrence(base, end));
  }

  // "trong năm 2024", "cuối năm 2024", "trước năm 2025", "năm 2024".
  if ((m = /\bnam (\d{4})\b/.exec(f))) {
    const y = Number(m[1]);
    return found(before ? isoOf(y - 1, 12, 31) : isoOf(y, 12, 31));
  }
  // "cuối năm", "trong năm", "hết năm" (this year: the base date's).
  if (/\b(?:cuoi|trong|het) nam\b/.test(f)) {
    return base ? found(isoOf(Number(base.slice(0, 4)), 12, 31)) : { kind: 'unknown' };
  }

  // No day named: "khắc phục ngay", "ngay sau kiểm tra", "thường xuyên", "liên tục", "hằng năm".
  // ("ngày" folds to "ngay" too, but every wording with a day number was read above.)
  if (/\b(?:ngay|thuong xuyen|lien tuc|kip thoi|hang (?:nam|quy|thang|tuan)|dinh ky)\b/.test(f)) return { kind: 'none' };
  return { kind: 'unknown' };
}
