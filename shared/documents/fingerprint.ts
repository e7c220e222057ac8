// The fingerprint of a document's content: the register compares it to tell whether the records
// changed since a document was issued. It covers exactly what the document prints: the fields its
// template holds (a conclusion that does not print the unit's opinion is not changed by it), the
// place name of the date line (not the date), the symbol (not the number), and not the line naming
// the version it replaces. The keys covered are written into the fingerprint, so that a stored one
// can be checked against today's model without the template it was issued with.
import type { Block, DocumentModel } from './model-types';

const PREFIX = 'v2';

/** What a field prints, apart from the number, the date of issue and the version it replaces. */
function printed(model: DocumentModel, key: string): unknown {
  if (key === 'so_ky_hieu') return model.symbol;
  if (key === 'dia_danh_ngay') return model.place;
  if (key in model.blocks) {
    const blocks = model.blocks[key];
    return model.replaces ? blocks.filter((b: Block) => !(b.kind === 'paragraph' && b.runs.map((r) => r.text).join('') === model.replaces)) : blocks;
  }
  return model.text[key] ?? null;
}

/** The model's fields a template holding `fields` prints, sorted; every field when `fields` is not given. */
export function printedKeys(model: DocumentModel, fields?: Iterable<string>): string[] {
  const all = [...Object.keys(model.text), ...Object.keys(model.blocks)];
  const held = fields ? new Set(fields) : null;
  return [...new Set(all)].filter((k) => !held || held.has(k)).sort();
}

function hashOf(model: DocumentModel, keys: string[]): string {
  return hash64(stableStringify({ type: model.type, fields: Object.fromEntries(keys.map((k) => [k, printed(model, k)])) }));
}

/**
 * A stable fingerprint of what the document prints through a template holding `fields` (all the
 * model's fields when not given): equal fingerprints mean the same printed content.
 */
export function modelFingerprint(model: DocumentModel, fields?: Iterable<string>): string {
  const keys = printedKeys(model, fields);
  return `${PREFIX}-${keys.join('+')}-${hashOf(model, keys)}`;
}

/** Whether `model` prints what the document with fingerprint `stored` printed (over the same fields). */
export function fingerprintMatches(stored: string, model: DocumentModel): boolean {
  const m = /^v2-([a-z0-9_+]*)-([0-9a-f]{16})$/.exec(stored);
  if (!m) return legacyFingerprint(model) === stored;
  const keys = m[1] ? m[1].split('+') : [];
  return hashOf(model, keys) === m[2];
}

/** The first fingerprints (v1) hashed the whole model but the number, the date line and the warnings. */
function legacyFingerprint(model: DocumentModel): string {
  const {
    number: _n, issuedDate: _d, numberText: _t, warnings: _w, draft: _dr, author: _a, place: _p, replaces: _r, missing: _m, checks: _c, text, ...rest
  } = model;
  const stableText = Object.fromEntries(Object.entries(text).filter(([k]) => k !== 'so_ky_hieu' && k !== 'dia_danh_ngay'));
  return `v1-${hash64(stableStringify({ ...rest, text: stableText }))}`;
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
