// Phrase reuse: while she types a finding or a recommendation, the sentences of past inspections
// that hold the words typed so far, most used first. Identical sentences (the same once folded, with
// spacing and final punctuation ignored) are one suggestion with their count; those used under an
// area of the same name as hers count double, since areas are per campaign and match by name.
import type { Db } from '../db/database';
import { foldKey } from '../../../shared/vi/text';
import { PHRASE_MIN_WORDS, searchTerms, type PhraseQuery, type PhraseSuggestion } from '../../../shared/search';
import { matchExpression } from './query';

const DEFAULT_LIMIT = 5;
/** Distinct sentences read at most: enough for the common ones, bounded for a very common start. */
const MAX_ROWS = 3000;

/** The key two sentences share when they are the same sentence typed again. */
export const sentenceKey = (s: string): string => foldKey(s).replace(/\s+/g, ' ').replace(/[\s.;,:]+$/, '').trim();

const SOURCES = {
  finding: { table: 'findings', text: 'text' },
  recommendation: { table: 'recommendations', text: 'content' },
} as const;

export function suggestPhrases(db: Db, q: PhraseQuery): PhraseSuggestion[] {
  const terms = searchTerms(q.text);
  if (terms.length < PHRASE_MIN_WORDS) return [];
  const src = SOURCES[q.kind];
  const byKind = q.kind === 'finding' && q.findingKind ? [q.findingKind] : [];
  const kindFilter = byKind.length ? 'AND x.kind = ?' : '';
  // Identical sentences under the same area are counted by SQLite; folding and the area's name are
  // compared per distinct pair only (a common sentence is used thousands of times in ten years).
  const rows = db.prepare(`
    SELECT x.${src.text} AS text, a.name AS area, count(*) AS n, min(s.rowid) AS first
    FROM search_index s
    JOIN ${src.table} x ON x.id = s.record_id
    JOIN inspections i ON i.id = x.inspection_id
    JOIN campaigns c ON c.id = i.campaign_id
    LEFT JOIN areas a ON a.id = x.area_id
    WHERE search_index MATCH ? AND s.kind = ? AND x.deleted_at IS NULL
      AND i.deleted_at IS NULL AND c.deleted_at IS NULL AND i.id IS NOT ?
      ${kindFilter}
    GROUP BY x.${src.text}, a.name
    ORDER BY first
    LIMIT ${MAX_ROWS}`)
    .all(matchExpression(terms, 'all'), q.kind, q.inspectionId ?? null, ...byKind) as { text: string; area: string | null; n: number }[];

  const areaName = q.areaId ? (db.prepare('SELECT name FROM areas WHERE id = ?').pluck().get(q.areaId) as string | undefined) : undefined;
  const area = areaName ? foldKey(areaName).trim() : null;
  const typed = sentenceKey(q.text);
  const groups = new Map<string, { uses: number; sameArea: number; order: number; spellings: Map<string, number> }>();
  rows.forEach((r, order) => {
    const key = sentenceKey(r.text);
    if (!key || key === typed) return; // what she has typed already is no suggestion
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { uses: 0, sameArea: 0, order, spellings: new Map() }));
    g.uses += r.n;
    if (area && r.area != null && foldKey(r.area).trim() === area) g.sameArea += r.n;
    const spelled = r.text.trim();
    g.spellings.set(spelled, (g.spellings.get(spelled) ?? 0) + r.n);
  });
  return [...groups.values()]
    // Ties: the same area first, then the sentence recorded first (counting needs every match, so
    // ranking by bm25 would only add cost).
    .sort((a, b) => b.uses + b.sameArea - (a.uses + a.sameArea) || b.sameArea - a.sameArea || a.order - b.order)
    .slice(0, q.limit ?? DEFAULT_LIMIT)
    // The spelling used most often stands for the group (ties: the first recorded).
    .map((g) => ({ text: [...g.spellings].sort((a, b) => b[1] - a[1])[0][0], uses: g.uses }));
}
