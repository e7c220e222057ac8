// Next year's inspection of a unit opens with last year's recommendations (docs/domain.md,
// "Follow-up"): which the unit's previous inspection made and where each stands, and carrying the
// unfinished ones into this inspection's findings or recommendations with their origin noted. The
// rows and the 'carried' history of the originals are written in one transaction.
import { newId } from '../../../shared/defaults';
import { formatDocNumber } from '../../../shared/documents/numbering';
import type { Finding, Recommendation, RecommendationStatus } from '../../../shared/records';
import { carriedText, previousSource, type CarryRequest, type CarryResult, type PreviousInspection } from '../../../shared/remediation';
import { CoreError } from '../errors';
import { BASE_DATE, EXTENDED_TO, LAST_REPORT } from './follow-sql';
import { appendHistory } from './history';
import type { Records } from './records';

/** When an inspection took place, as a sortable key: its first day, else the end of its campaign's year. */
const WHEN = `coalesce(i.date_from, c.year || '-12-31')`;

interface PrevRow { id: string; year: number; date_from: string | null; date_to: string | null }

/** The unit's latest live inspection before this one, or null (no unit chosen yet, or the first inspection). */
function previousOf(r: Records, inspectionId: string): PrevRow | null {
  const cur = r.db.prepare(`SELECT i.unit_id, ${WHEN} AS w, i.created_at FROM inspections i JOIN campaigns c ON c.id = i.campaign_id
                            WHERE i.id = ? AND i.deleted_at IS NULL`).get(inspectionId) as { unit_id: string | null; w: string; created_at: string } | undefined;
  if (!cur) throw new CoreError('NOT_FOUND', 'Không tìm thấy cuộc kiểm tra này.');
  if (!cur.unit_id) return null;
  return (r.db.prepare(`
    SELECT i.id, c.year, i.date_from, i.date_to FROM inspections i JOIN campaigns c ON c.id = i.campaign_id AND c.deleted_at IS NULL
    WHERE i.unit_id = ? AND i.id != ? AND i.deleted_at IS NULL AND (${WHEN} < ? OR (${WHEN} = ? AND i.created_at < ?))
    ORDER BY ${WHEN} DESC, i.created_at DESC LIMIT 1`).get(cur.unit_id, inspectionId, cur.w, cur.w, cur.created_at) as PrevRow | undefined) ?? null;
}

export function previousRecommendations(r: Records, inspectionId: string): PreviousInspection | null {
  const prev = previousOf(r, inspectionId);
  if (!prev) return null;
  const doc = r.db.prepare(`SELECT symbol, number, issued_date FROM documents WHERE inspection_id = ? AND type = 'conclusion' AND deleted_at IS NULL
                            ORDER BY version DESC LIMIT 1`).get(prev.id) as { symbol: string; number: number; issued_date: string } | undefined;
  const source = previousSource(doc ? { number: formatDocNumber(doc.number, doc.symbol), issuedDate: doc.issued_date } : null, prev.date_from, prev.year);
  const rows = r.db.prepare(`
    SELECT rec.id, rec.content, rec.status, rec.remedy_deadline, rec.remedy_deadline_note, rec.status_note,
           ${EXTENDED_TO} AS extended_to, ${BASE_DATE} AS base_date, ${LAST_REPORT} AS last_report,
           ROW_NUMBER() OVER (ORDER BY rec.position, rec.id) AS n,
           EXISTS (SELECT 1 FROM recommendation_history h WHERE h.recommendation_id = rec.id AND h.kind = 'carried' AND h.ref_id = ?) AS carried
    FROM recommendations rec JOIN inspections i ON i.id = rec.inspection_id WHERE rec.inspection_id = ? AND rec.deleted_at IS NULL AND trim(rec.content, ' ' || char(9, 10, 13)) != ''
    ORDER BY rec.position, rec.id`).all(inspectionId, prev.id) as {
      id: string; content: string; status: RecommendationStatus; remedy_deadline: string | null; remedy_deadline_note: string;
      status_note: string; extended_to: string | null; base_date: string | null; last_report: 'accepted' | 'not_accepted' | 'pending' | null;
      n: number; carried: number;
    }[];
  return {
    inspectionId: prev.id, year: prev.year, dateFrom: prev.date_from, dateTo: prev.date_to, source,
    recommendations: rows.map((x) => ({
      id: x.id, number: x.n, content: x.content, status: x.status, remedyDeadline: x.remedy_deadline,
      remedyDeadlineNote: x.remedy_deadline_note, statusNote: x.status_note,
      extendedTo: x.extended_to, baseDate: x.base_date, lastAssessment: x.last_report, carried: x.carried === 1,
    })),
  };
}

/**
 * Adds a row per chosen recommendation of the unit's previous inspection to this inspection (a
 * shortcoming, or a recommendation with the same responsible unit and report-to), each with its origin,
 * and notes 'carried' in the history of each original. Done ones and ones carried already are refused.
 */
export function carryForward(r: Records, req: CarryRequest): CarryResult {
  const prev = previousRecommendations(r, req.inspectionId);
  if (!prev) throw new CoreError('NOT_FOUND', 'Cuộc kiểm tra này chưa có cuộc kiểm tra trước của cùng đơn vị để chuyển kiến nghị sang.');
  const byId = new Map(prev.recommendations.map((p) => [p.id, p]));
  const chosen = req.recommendationIds.map((id, k) => {
    const p = byId.get(id);
    if (!p) throw new CoreError('INVALID', `Kiến nghị thứ ${k + 1} được chọn không thuộc ${prev.source}. Không có gì được chuyển.`);
    if (p.status === 'done' || p.lastAssessment === 'accepted') throw new CoreError('INVALID', `Kiến nghị số ${p.number} tại ${prev.source} đã hoàn thành; chỉ chuyển các kiến nghị chưa hoàn thành. Không có gì được chuyển.`);
    if (p.carried) throw new CoreError('INVALID', `Kiến nghị số ${p.number} tại ${prev.source} đã được chuyển vào cuộc kiểm tra này. Không có gì được chuyển.`);
    return p;
  });
  if (new Set(req.recommendationIds).size !== req.recommendationIds.length) {
    throw new CoreError('DUPLICATE_ROW', 'Một kiến nghị được chọn hai lần. Không có gì được chuyển.');
  }
  const originals = new Map(r.t.recommendations.children(prev.inspectionId).map((x) => [x.id, x]));
  return r.db.transaction(() => {
    const insp = r.getInspection(req.inspectionId)!;
    const findings: Finding[] = [];
    const recommendations: Recommendation[] = [];
    for (const p of chosen) {
      const text = carriedText(p.content, p.number, prev.source);
      const o = originals.get(p.id)!;
      if (req.into === 'findings') findings.push({ id: newId(), areaId: o.areaId, kind: 'shortcoming', text });
      else {
        recommendations.push({
          id: newId(), areaId: o.areaId, content: text, responsibleUnit: o.responsibleUnit, remedyDeadline: null, remedyDeadlineNote: '',
          reportDeadline: null, reportTo: o.reportTo, status: 'open', statusNote: '',
        });
      }
    }
    const { updatedAt } = r.saveInspection({
      ...insp, findings: [...insp.findings, ...findings], recommendations: [...insp.recommendations, ...recommendations],
    });
    const now = r.now();
    // Read as a line of the history ("Chuyển sang năm sau: vào kiến nghị của cuộc kiểm tra ngày 20/09/2023").
    const year = (r.db.prepare('SELECT year FROM campaigns WHERE id = ?').get(insp.campaignId) as { year: number }).year;
    const where = `vào ${req.into === 'findings' ? 'tồn tại, hạn chế' : 'kiến nghị'} của ${previousSource(null, insp.dateFrom, year)}`;
    appendHistory(r.db, now, chosen.map((p) => ({
      recommendationId: p.id, kind: 'carried' as const, onDate: null, fromValue: p.status, toValue: where, refId: req.inspectionId,
    })));
    return { findings, recommendations, updatedAt };
  })();
}
