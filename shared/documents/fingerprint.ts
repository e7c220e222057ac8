// The fingerprint of a document's content: the register compares it to tell whether the records
// changed since a document was issued.
import type { DocumentModel } from './model-types';

/** Keys whose values depend only on the number and the date of issue. */
const ISSUE_KEYS = new Set(['so_ky_hieu', 'dia_danh_ngay']);

/**
 * A stable fingerprint of everything in the model except its number and date of issue: equal
 * fingerprints mean the same document content, so the register can tell when the records changed.
 */
export function modelFingerprint(model: DocumentModel): string {
  const { number: _n, issuedDate: _d, numberText: _t, warnings: _w, draft: _dr, text, ...rest } = model;
  const stableText = Object.fromEntries(Object.entries(text).filter(([k]) => !ISSUE_KEYS.has(k)));
  const json = stableStringify({ ...rest, text: stableText });
  return `v1-${hash64(json)}`;
}

export function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stableStringify((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Two independent 32-bit FNV-1a hashes over the UTF-16 code units, as 16 hex digits. */
export function hash64(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let k = 0; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
