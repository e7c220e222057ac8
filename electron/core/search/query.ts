// Search across the records: the FTS5 index of migration 10 (search_index, kept in step by triggers)
// queried with the folded words she typed, the last one as a prefix so results come as she types
// ("muong ch" → "Mường Chà"). Hits whose record, inspection, campaign, unit or team is in the bin
// are left out; the best matches come first (the words side by side, then bm25, with the records she
// opens most, inspections, units and campaigns, weighted up).
import type { Db } from '../db/database';
import { MAX_SEARCH_HITS, searchTerms, snippetOf, type SearchHit, type SearchKind, type SearchQuery } from '../../../shared/search';

/** FTS5 query text for folded words: each quoted (no operator can sneak in), the last a prefix. */
export function matchExpression(terms: readonly string[], mode: 'phrase' | 'all'): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  // 'phrase': the words side by side; 'all': each word anywhere in the row.
  return `${mode === 'phrase' ? quote(terms.join(' ')) : terms.map(quote).join(' ')} *`;
}

interface Row {
  kind: SearchKind; record_id: string; parent_id: string | null; inspection_id: string | null; campaign_id: string | null; body: string;
}

const DEFAULT_LIMIT = 30;
/**
 * The best matches by bm25 alone that are looked at closely (bin, kind weight): FTS5 ranks from its
 * own index without reading the rows, and reading thousands of rows for a two-letter word typed on
 * the way ("ho") is what cost time on ten years of records (`npm run bench -- --only search`).
 */
const CANDIDATES = 200;
/** Records she opens most come first among equal matches (bm25 is negative: smaller is better). */
const WEIGHT: Partial<Record<SearchKind, number>> = { inspection: 3, unit: 2, campaign: 2 };
const LIVE = `
    LEFT JOIN inspections i ON i.id = s.inspection_id
    LEFT JOIN campaigns c ON c.id = s.campaign_id
    LEFT JOIN units pu ON s.kind = 'representative' AND pu.id = s.parent_id
    LEFT JOIN teams pt ON s.kind = 'member' AND pt.id = s.parent_id`;
const LIVE_WHERE = 'i.deleted_at IS NULL AND c.deleted_at IS NULL AND pu.deleted_at IS NULL AND pt.deleted_at IS NULL';
const COLUMNS = 's.kind, s.record_id, s.parent_id, s.inspection_id, s.campaign_id, s.body';

export function searchRecords(db: Db, q: SearchQuery): SearchHit[] {
  const terms = searchTerms(q.text);
  if (!terms.length) return [];
  const limit = Math.min(q.limit ?? DEFAULT_LIMIT, MAX_SEARCH_HITS);
  const kinds = q.kinds?.length ? q.kinds : null;
  // Words typed side by side ("thủ tục hành chính") first, then the rows holding them all anywhere.
  const rows = ranked(db, matchExpression(terms, 'phrase'), kinds, limit);
  if (terms.length > 1 && rows.length < limit) {
    const seen = new Set(rows.map((r) => `${r.kind}:${r.record_id}`));
    for (const r of ranked(db, matchExpression(terms, 'all'), kinds, limit)) {
      if (rows.length >= limit) break;
      if (!seen.has(`${r.kind}:${r.record_id}`)) rows.push(r);
    }
  }
  const title = titles(db);
  return rows.map((r) => ({
    kind: r.kind,
    id: r.record_id,
    ...(r.parent_id ? { parentId: r.parent_id } : {}),
    ...(r.inspection_id ? { inspectionId: r.inspection_id } : {}),
    ...(r.campaign_id ? { campaignId: r.campaign_id } : {}),
    title: title(r),
    snippet: snippetOf(r.body, terms),
  }));
}

/** The `limit` best live rows matching `expr`, weighted by kind. */
function ranked(db: Db, expr: string, kinds: SearchKind[] | null, limit: number): Row[] {
  if (!kinds && limit * 2 <= CANDIDATES) {
    const top = db.prepare('SELECT rowid AS id, bm25(search_index) AS score FROM search_index WHERE search_index MATCH ? ORDER BY score LIMIT ?')
      .all(expr, CANDIDATES) as { id: number; score: number }[];
    const one = db.prepare(`SELECT ${COLUMNS} FROM search_index s ${LIVE} WHERE s.rowid = ? AND ${LIVE_WHERE}`);
    const live = top.flatMap((t) => {
      const r = one.get(t.id) as Row | undefined;
      return r ? [{ r, score: t.score * (WEIGHT[r.kind] ?? 1) }] : [];
    });
    // Enough live rows among the best, or no more rows to look at: the answer is here.
    if (live.length >= limit || top.length < CANDIDATES) return live.sort((a, b) => a.score - b.score).slice(0, limit).map((x) => x.r);
  }
  // Many of the best in the bin, or some kinds only: rank every live match (slower, always right).
  return db.prepare(`
    SELECT ${COLUMNS} FROM search_index s ${LIVE}
    WHERE search_index MATCH ? AND ${LIVE_WHERE}
      ${kinds ? `AND s.kind IN (${kinds.map(() => '?').join(', ')})` : ''}
    ORDER BY bm25(search_index) * CASE s.kind ${Object.entries(WEIGHT).map(([k, w]) => `WHEN '${k}' THEN ${w}`).join(' ')} ELSE 1 END
    LIMIT ?`).all(expr, ...(kinds ?? []), limit) as Row[];
}

/** Where a hit is, in her words: the inspected unit and year, the campaign, the team. */
function titles(db: Db): (r: Row) => string {
  const inspection = db.prepare(`
    SELECT coalesce(u.name, '(chưa chọn đơn vị)') AS unit, c.year FROM inspections i
    JOIN campaigns c ON c.id = i.campaign_id LEFT JOIN units u ON u.id = i.unit_id WHERE i.id = ?`);
  const campaign = db.prepare('SELECT year, title FROM campaigns WHERE id = ?');
  const unit = db.prepare('SELECT name FROM units WHERE id = ?');
  const team = db.prepare('SELECT t.number, c.year FROM teams t JOIN campaigns c ON c.id = t.campaign_id WHERE t.id = ?');
  return (r) => {
    if (r.inspection_id) {
      const x = inspection.get(r.inspection_id) as { unit: string; year: number } | undefined;
      return x ? `${x.unit}, ${x.year}` : '';
    }
    if (r.kind === 'campaign') {
      const x = campaign.get(r.record_id) as { year: number; title: string } | undefined;
      return x ? `Đợt kiểm tra năm ${x.year}${x.title.trim() ? `: ${x.title.trim()}` : ''}` : '';
    }
    if (r.kind === 'unit' || r.kind === 'representative') {
      const x = unit.get(r.parent_id ?? r.record_id) as { name: string } | undefined;
      return x?.name || '(đơn vị chưa đặt tên)';
    }
    if (r.kind === 'member' && r.parent_id) {
      const x = team.get(r.parent_id) as { number: number; year: number } | undefined;
      return x ? `Đoàn kiểm tra số ${x.number} (${x.year})` : '';
    }
    return '';
  };
}
