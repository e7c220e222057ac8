// Text hygiene and Vietnamese ordering. Everything stored or emitted is NFC; lookalike characters
// pasted from Word or legacy sources are cleaned so search and de-duplication work.

const CLEANUPS: [RegExp, string][] = [
  [/\u00a0/g, ' '], // no-break space
  [/[\u200b-\u200d\u2060\ufeff\u00ad]/g, ''], // zero-width characters, soft hyphen
  [/\u00d0/g, '\u0110'], // "Ð" (eth) typed for "Đ"
];

export function cleanText(s: string): string {
  let out = s.normalize('NFC');
  for (const [re, to] of CLEANUPS) out = out.replace(re, to);
  return out;
}

/** Applies cleanText to every string inside a JSON-like value (records before they are stored). */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v) => cleanDeep(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanDeep(v);
    return out as T;
  }
  return value;
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });
export const compareVi = (a: string, b: string): number => collator.compare(a, b);

/** People are ordered by given name (last word), then by the full name. */
export function comparePeopleVi(a: string, b: string): number {
  const last = (s: string) => s.trim().split(/\s+/).pop() ?? '';
  return compareVi(last(a), last(b)) || compareVi(a, b);
}

export function sortByVi<T>(items: readonly T[], key: (t: T) => string): T[] {
  return [...items].sort((x, y) => compareVi(key(x), key(y)));
}

// Search key without diacritics or case. Old and new tone placement ("Hoà"/"Hòa", "Thuỷ"/"Thủy")
// are different strings even in NFC; folding lets a search match both without rewriting what was typed.
export function foldKey(s: string): string {
  return cleanText(s).toLocaleLowerCase('vi').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
}

/** Upper-cases for headers ("UBND tỉnh Điện Biên" → "UBND TỈNH ĐIỆN BIÊN"). */
export const upperVi = (s: string): string => s.toLocaleUpperCase('vi');
