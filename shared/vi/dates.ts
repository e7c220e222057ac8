// Dates the Vietnamese way. Stored as ISO yyyy-mm-dd; typed and shown as dd/mm/yyyy; written in
// documents per NĐ 30/2020 (leading zero for days < 10 and for months 1 and 2 only).
import { isValid, parse } from 'date-fns';

export function isoToDisplay(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export type ParsedDate = { ok: true; iso: string | null } | { ok: false; message: string };

/** Parses what the secretary typed (dd/mm/yyyy, also d/m/yyyy); empty means "no date". */
export function parseDisplayDate(input: string): ParsedDate {
  const s = input.trim();
  if (s === '') return { ok: true, iso: null };
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(s)) {
    return { ok: false, message: 'Ngày chưa đủ hoặc sai dạng: gõ theo dạng ngày/tháng/năm, ví dụ 06/10/2022' };
  }
  const dt = parse(s, 'd/M/yyyy', new Date(2000, 0, 1));
  if (!isValid(dt)) return { ok: false, message: `Ngày ${s} không tồn tại` };
  const y = dt.getFullYear();
  if (y < 1990 || y > 2100) return { ok: false, message: 'Năm phải trong khoảng 1990–2100' };
  return { ok: true, iso: `${y}-${String(dt.getMonth() + 1).padStart(2, '0')}-${String(dt.getDate()).padStart(2, '0')}` };
}

/**
 * Reads a date the way people type it in a form: "26/10/2023", "26.10.2023", "26-10-2023", "6/9/2022",
 * a two-digit year "26/10/23" (20yy), or only day and month "26/10" when the record's year is known
 * (the inspection's or the campaign's year). Empty means "no date". The message names what is wrong.
 */
export function parseTypedDate(input: string, year?: number | null): ParsedDate {
  const s = input.trim();
  if (s === '') return { ok: true, iso: null };
  const m = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2}|\d{4}))?$/.exec(s);
  if (!m) return { ok: false, message: 'Ngày chưa đủ hoặc sai dạng: gõ theo dạng ngày/tháng/năm, ví dụ 06/10/2022' };
  let y: number;
  if (m[3] === undefined) {
    if (!year) return { ok: false, message: 'Gõ thêm năm, ví dụ 06/10/2022' };
    y = year;
  } else {
    y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  }
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  const shown = `${String(d).padStart(2, '0')}/${String(mo).padStart(2, '0')}/${y}`;
  if (mo < 1 || mo > 12 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) {
    return { ok: false, message: `Ngày ${shown} không tồn tại` };
  }
  if (y < 1990 || y > 2100) return { ok: false, message: 'Năm phải trong khoảng 1990–2100' };
  return { ok: true, iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** Clock time as typed: "8:00", "08h00", "8g30", "0800" → "08:00"; empty means "no time". */
export function parseTypedTime(input: string): { ok: true; time: string | null } | { ok: false; message: string } {
  const s = input.trim();
  if (s === '') return { ok: true, time: null };
  const m = /^(\d{1,2})\s*[:hg.]\s*(\d{2})$/i.exec(s) ?? /^(\d{2})(\d{2})$/.exec(s) ?? /^(\d{1,2})\s*[hg]$/i.exec(s);
  if (!m) return { ok: false, message: 'Giờ dạng hh:mm, ví dụ 08:00' };
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return { ok: false, message: `Giờ ${s} không tồn tại (giờ 0–23, phút 0–59)` };
  return { ok: true, time: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

/** "ngày 06 tháng 10 năm 2022", "ngày 05 tháng 01 năm 2025", "ngày 09 tháng 3 năm 2025". */
export function formatDocumentDate(iso: string): string {
  const [y, m, d] = parts(iso);
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m <= 2 ? `0${m}` : String(m);
  return `ngày ${dd} tháng ${mm} năm ${y}`;
}

/**
 * Short citation form used in body text: "09/6/2022", "20/01/2025". Days below 10 and the months
 * 1 and 2 take a leading zero, as in the date line (NĐ 30), which is how official texts cite them.
 */
export function formatCitationDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}/${m <= 2 ? `0${m}` : m}/${y}`;
}

/** "03/10–06/10/2022" style range for lists; a single day when both ends are equal. */
export function formatDateRange(from: string | null, to: string | null): string {
  if (!from && !to) return '';
  if (!from || !to || from === to) return isoToDisplay(from ?? to);
  const [fy] = parts(from);
  const [ty] = parts(to);
  const f = isoToDisplay(from);
  return fy === ty ? `${f.slice(0, 5)}–${isoToDisplay(to)}` : `${f}–${isoToDisplay(to)}`;
}

/**
 * The local calendar day as yyyy-mm-dd: the one home of "today" (deadlines, issue dates). Not UTC:
 * just after midnight in Hà Nội is still "yesterday" in UTC.
 */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
