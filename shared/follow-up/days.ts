// Calendar arithmetic on ISO days (yyyy-mm-dd), in UTC so that no time zone or daylight saving
// shift can move a deadline by a day.
const DAY_MS = 86_400_000;

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const isoOf = (y: number, m: number, d: number): string => `${y}-${pad2(m)}-${pad2(d)}`;

/** Days since 1970-01-01 of an ISO day. */
export const dayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

export const isoFromDayNumber = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => isoFromDayNumber(dayNumber(iso) + days);

/** Days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** The last day of a month (1-12). */
export const lastDayOfMonth = (y: number, m: number): string => isoOf(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());

/** Whether y-m-d is a real calendar day. */
export function isRealDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** `months` calendar months after `iso`; the 31st becomes the month's last day when it has none. */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const ty = y + Math.floor(m / 12);
  const tm = (m % 12 + 12) % 12 + 1;
  const last = Number(lastDayOfMonth(ty, tm).slice(8, 10));
  return isoOf(ty, tm, Math.min(d, last));
}

/** `n` working days (Monday to Friday) after `iso`. Public holidays are not known to the app. */
export function addWorkingDays(iso: string, n: number): string {
  let day = dayNumber(iso);
  let left = n;
  while (left > 0) {
    day++;
    const weekday = new Date(day * DAY_MS).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return isoFromDayNumber(day);
}
