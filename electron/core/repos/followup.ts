// The follow-up of the team's recommendations across inspections: read them all at once, and
// change one recommendation's status without rewriting (or racing) the whole inspection.
import type { FollowUpRow, StatusChange } from '../../../shared/followup';
import { cleanDeep } from '../../../shared/vi/text';
import { CoreError } from '../errors';
import type { Records } from './records';

/** The recommendations that are followed up: the one home of that rule for the list and the count. */
const FOLLOWED = `FROM recommendations rec
    JOIN inspections i ON i.id = rec.inspection_id AND i.deleted_at IS NULL
    JOIN campaigns c ON c.id = i.campaign_id AND c.deleted_at IS NULL`;
const FOLLOWED_WHERE = `rec.deleted_at IS NULL AND trim(rec.content, ' ' || char(9, 10, 13)) != ''`;

/**
 * Live recommendations of live inspections of live campaigns, in inspection order. A row with no
 * content (added, never typed) is not a recommendation: the documents leave it out, so does this
 * list, and the numbers match the documents' "Kiến nghị số N".
 */
export function listFollowUp(r: Records, campaignId?: string): FollowUpRow[] {
  const rows = r.db.prepare(`
    SELECT rec.*, i.campaign_id AS f_campaign_id, i.date_to AS f_date_to, c.year AS f_year,
           u.name AS f_unit_name, t.number AS f_team_number,
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
    number: row.f_number,
    recommendation: r.t.recommendations.toRecord(row),
  }));
}

/** Sets one recommendation's status and note; the inspection counts as changed (its list date moves). */
export function setRecommendationStatus(r: Records, change: StatusChange): { updatedAt: string } {
  const c = cleanDeep(change);
  const now = r.now();
  r.db.transaction(() => {
    const res = r.db.prepare(`
      UPDATE recommendations SET status = ?, status_note = ?, updated_at = ?
      WHERE id = ? AND inspection_id = ? AND deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM inspections i WHERE i.id = inspection_id AND i.deleted_at IS NULL)`)
      .run(c.status, c.statusNote, now, c.recommendationId, c.inspectionId);
    if (res.changes !== 1) throw new CoreError('NOT_FOUND', 'Không tìm thấy kiến nghị này (có thể đã bị xóa khỏi cuộc kiểm tra).');
    r.db.prepare('UPDATE inspections SET updated_at = ? WHERE id = ?').run(now, c.inspectionId);
  })();
  return { updatedAt: now };
}

/**
 * How many recommendations are past their remedy deadline and not done, by a count query: the
 * navigation shows it on every screen, and reading the whole list for one number cost 4.75 MB of JSON
 * at ten years of records. Same rule as urgencyOf() (shared/followup.ts): the deadline day itself is
 * still in time, an undated one is never overdue; a test holds the two together.
 */
export function countOverdue(r: Records, today: string): number {
  const row = r.db.prepare(`SELECT count(*) AS n ${FOLLOWED}
    WHERE ${FOLLOWED_WHERE} AND rec.status != 'done' AND rec.remedy_deadline IS NOT NULL AND rec.remedy_deadline < ?`).get(today) as { n: number };
  return row.n;
}
