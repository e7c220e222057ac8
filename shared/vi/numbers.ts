// Vietnamese number formatting: "." groups thousands, "," marks decimals, "%" follows with no space.
// Never pass years, document numbers or phone numbers through these (they would become "2.025").
const intFmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decFmt = new Map<number, Intl.NumberFormat>();

export function formatCount(n: number): string {
  return intFmt.format(n);
}

export function formatDecimal(n: number, digits = 2): string {
  let f = decFmt.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    decFmt.set(digits, f);
  }
  return f.format(n);
}

/** 97.5172 → "97,52%"; whole percentages stay whole: 100 → "100%". */
export function formatPercent(p: number, digits = 2): string {
  const rounded = Math.round(p * 10 ** digits) / 10 ** digits;
  return (Number.isInteger(rounded) ? formatCount(rounded) : formatDecimal(rounded, digits)) + '%';
}

/** Share of numerator over denominator, or null when the denominator is zero ("không phát sinh"). */
export function ratePercent(numerator: number, denominator: number): number | null {
  if (!denominator) return null;
  return (numerator / denominator) * 100;
}

/** Zero-padded counts used for items and copies: 3 → "03", 11 → "11". */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Reads a number typed the Vietnamese way ("25.718", "97,52", "8209") or the English way ("99.60").
 * Returns null for an empty string and NaN for something that is not a number.
 */
export function parseVietnameseNumber(input: string): number | null {
  const s = input.replace(/[\s\u00a0%]/g, '');
  if (s === '') return null;
  // Thousands groups with "." and an optional "," decimal part: 25.718 or 1.234,5
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return NaN;
}
