// The follow-up of the team's recommendations across inspections: read them all at once, and
// change one recommendation's status without rewriting (or racing) the whole inspection.
import type { FollowUpRow, StatusChange } from '../../../shared/followup';
import { cleanDeep } from '../../../shared/vi/text';
import { CoreError } from '../errors';
import { randomUUID } from 'node:crypto';
import { dueDateOf } from '../../../shared/follow-up/status';
import { historyLines, type ExtendRequest, type HistoryLine } from '../../../shared/follow-up/history';
import { isoToDisplay } from '../../../shared/vi/dates';
import type { Records } from './records';
import { snapshotRecommendations } from './follow-changes';
import { appendHistory, listHistory, type HistoryEntry } from './history';
import { BASE_DATE, EXTENDED_TO, FOLLOWED_FROM as FOLLOWED, FOLLOWED_WHERE, LAST_REPORT, STATUS_SQL } from './follow-sql';

/**
 * Live recommendations of live inspections of live campaigns, in inspection order. A row with no
 * content (added, never typed) is not a recommendation: the documents leave it out, so does this
 * list, and the numbers match the documents' "Kiến nghị số N".
 */
export function listFollowUp(r: Records, campaignId?: string): FollowUpRow[] {
  const rows = r.db.prepare(`
    SELECT rec.*, i.campaign_id AS f_campaign_id, i.date_to AS f_date_to, i.date_from AS f_date_from, c.year AS f_year,
           u.name AS f_unit_name, t.number AS f_team_number, ${EXTENDED_TO} AS f_extended_to, ${LAST_REPORT} AS f_last_report,
           ROW_NUMBER() OVER (PARTITION BY rec.inspection_id ORDER BY rec.position, rec.id) AS f_number
    ${FOLLOWED}
    LEFT JOIN units u ON u.id = i.unit_id
    LEFT JOIN teams t ON t.id = i.team_id
    WHERE ${FOLLOWED_WHERE} ${campaignId ? 'AND i.campaign_id = ?' : ''}
    ORDER BY c.year DESC, i.date_from, i.created_at, rec.position, rec.id`).all(...(campaignId ? [campaignId] : [])) as Record<string, never>[];
  return rows.map((row) => ({
    inspectionId: row.inspection_id,
    campaignId: row.f_campaign_id,
    year: row.f_year,
    unitName: row.f_unit_name ?? '',
    teamNumber: row.f_team_number ?? null,
    dateTo: row.f_date_to,
    baseDate: row.f_date_to ?? row.f_date_from ?? null,
    extendedTo: row.f_extended_to ?? null,
    lastAssessment: row.f_last_report ?? null,
    number: row.f_number,
    recommendation: r.t.recommendations.toRecord(row),
  }));
}

/** Sets one recommendation's status and note, with its history; the inspection counts as changed (its list date moves). */
export function setRecommendationStatus(r: Records, change: StatusChange): { updatedAt: string } {
  const c = cleanDeep(change);
  const now = r.now();
  r.db.transaction(() => {
    const before = snapshotRecommendations(r.db, c.inspectionId).get(c.recommendationId);
    const res = r.db.prepare(`
      UPDATE recommendations SET status = ?, status_note = ?, updated_at = ?
      WHERE id = ? AND inspection_id = ? AND deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM inspections i WHERE i.id = inspection_id AND i.deleted_at IS NULL)`)
      .run(c.status, c.statusNote, now, c.recommendationId, c.inspectionId);
    if (res.changes !== 1) throw new CoreError('NOT_FOUND', 'Không tìm thấy kiến nghị này (có thể đã bị xóa khỏi cuộc kiểm tra).');
    r.db.prepare('UPDATE inspections SET updated_at = ? WHERE id = ?').run(now, c.inspectionId);
    const entries: HistoryEntry[] = [];
    if (before && before.status !== c.status) entries.push({ recommendationId: c.recommendationId, kind: 'status', fromValue: before.status, toValue: c.status });
    if (before && before.statusNote !== c.statusNote) entries.push({ recommendationId: c.recommendationId, kind: 'result', fromValue: before.statusNote, toValue: c.statusNote });
    appendHistory(r.db, now, entries);
  })();
  return { updatedAt: now };
}

/** The facts a recommendation's due date is decided from, or NOT_FOUND when it is not followed up. */
function followedFacts(r: Records, recommendationId: string) {
  const row = r.db.prepare(`SELECT rec.inspection_id AS inspectionId, rec.remedy_deadline AS remedyDeadline, rec.remedy_deadline_note AS remedyDeadlineNote,
      ${EXTENDED_TO} AS extendedTo, ${BASE_DATE} AS baseDate
    ${FOLLOWED} WHERE rec.id = ? AND rec.deleted_at IS NULL`).get(recommendationId) as
    { inspectionId: string; remedyDeadline: string | null; remedyDeadlineNote: string; extendedTo: string | null; baseDate: string | null } | undefined;
  if (!row) throw new CoreError('NOT_FOUND', 'Không tìm thấy kiến nghị này (có thể đã bị xóa khỏi cuộc kiểm tra).');
  return row;
}

/**
 * Extends a recommendation's deadline: a new row in the extensions and a line in its history, in one
 * transaction. The deadline printed in the notice is not touched (docs/architecture.md, "Follow-up
 * history"). Refused, with nothing written, without a reason or for a day before the current due date.
 */
export function extendDeadline(r: Records, input: ExtendRequest): { id: string; dueDate: string } {
  const req = cleanDeep(input);
  const reason = req.reason.trim();
  if (!reason) throw new CoreError('INVALID', 'Lý do gia hạn: chưa ghi lý do. Hãy ghi vì sao kiến nghị được gia hạn; chưa có gì được lưu.');
  const facts = followedFacts(r, req.recommendationId);
  const current = dueDateOf(facts).due;
  if (current && req.newDeadline < current) {
    throw new CoreError('INVALID', `Hạn mới: ngày ${isoToDisplay(req.newDeadline)} sớm hơn thời hạn hiện tại ${isoToDisplay(current)}. Hãy chọn một ngày từ ${isoToDisplay(current)} trở đi; chưa có gì được lưu.`);
  }
  const id = randomUUID();
  const now = r.now();
  r.db.transaction(() => {
    r.db.prepare('INSERT INTO recommendation_extensions (id, recommendation_id, new_deadline, reason, decided_date, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, req.recommendationId, req.newDeadline, reason, req.decidedDate, now);
    appendHistory(r.db, now, [{
      recommendationId: req.recommendationId, kind: 'extension', onDate: req.decidedDate,
      fromValue: current ?? '', toValue: req.newDeadline, reason, refId: id,
    }]);
  })();
  return { id, dueDate: req.newDeadline };
}

/** A recommendation's history as she reads it, oldest first. */
export function followUpHistory(r: Records, recommendationId: string): HistoryLine[] {
  const found = r.db.prepare('SELECT 1 FROM recommendations WHERE id = ?').get(recommendationId);
  if (!found) throw new CoreError('NOT_FOUND', 'Không tìm thấy kiến nghị này.');
  return historyLines(listHistory(r.db, recommendationId));
}

/**
 * How many recommendations are overdue on `today`, by a count query: the navigation shows it on every
 * screen, and reading the whole list for one number cost 4.75 MB of JSON at ten years of records. The
 * status is the one rule of shared/follow-up/status.ts, called from SQL (repos/follow-sql.ts), so
 * wording deadlines, extensions and reports count here exactly as on the screen.
 */
export function countOverdue(r: Records, today: string, soonDays: number): number {
  const row = r.db.prepare(`SELECT count(*) AS n ${FOLLOWED}
    WHERE ${FOLLOWED_WHERE} AND rec.status != 'done' AND ${STATUS_SQL} = 'overdue'`).get(today, soonDays) as { n: number };
  return row.n;
}
