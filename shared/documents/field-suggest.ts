// The closest known field for a key that is not in the list, so the checker (and the UI) can say
// "có phải {{ten_don_vi}}?". Keys are usually mangled in two ways: typed in Vietnamese
// ("{{tên_đơn_vị}}", "{{so_ky_hiêu}}") or typed with the Telex IME half on, which leaves its keys
// behind ("{{ddia_danh_ngay}}" for đ, "{{trichs_yeu}}" for the sắc tone, "{{hieeu}}" for ê). So:
// fold diacritics, undo the Telex artefacts, then compare by edit distance. Pure: runs in the UI too.
import { distance } from 'fastest-levenshtein';
import { foldKey } from '../vi/text';
import { FIELDS } from './fields';

/** Diacritics and case folded, spaces and dashes made "_", anything else dropped: "Tên đơn vị" → "ten_don_vi". */
export function foldFieldKey(raw: string): string {
  return foldKey(raw)
    .trim()
    .replace(/[\s\-.]+/g, '_')
    .replace(/[^a-z0-9_]/g, '')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

const VOWEL = /[aeiouy]/;

/**
 * Undoes what Telex leaves in a syllable typed without diacritics: "dd" for đ, a tone key
 * (s f r x j, z to clear) after the vowel, doubled vowels for â ê ô, and w for ă ơ ư. Vietnamese
 * syllables never hold these letters in those places, so a correct key is left unchanged.
 */
export function undoTelex(folded: string): string {
  return folded
    .split('_')
    .map((syl) => {
      let s = syl.replace(/d+(?=d)/g, '');
      const v = s.search(VOWEL);
      if (v >= 0) s = s.slice(0, v + 1) + s.slice(v + 1).replace(/[sfrxjz]/g, '');
      return s
        .replace(/([aeo])\1+/g, '$1')
        .replace(/([aou])w+/g, '$1')
        .replace(/w/g, 'u');
    })
    .join('_');
}

/** Edit distance allowed between a typed key and a known one: about one mistake per four letters. */
const allowed = (key: string): number => Math.min(3, Math.max(1, Math.floor(key.length / 4)));

/** The known field closest to `raw` once folded, or null when none is close enough to be a good guess. */
export function suggestField(raw: string): string | null {
  const folded = foldFieldKey(raw);
  if (!folded) return null;
  const candidates = [...new Set([folded, undoTelex(folded)])];
  let best: { key: string; d: number } | null = null;
  for (const f of FIELDS) {
    const d = Math.min(...candidates.map((c) => distance(c, f.key)));
    if (d <= allowed(f.key) && (!best || d < best.d)) best = { key: f.key, d };
  }
  return best?.key ?? null;
}
