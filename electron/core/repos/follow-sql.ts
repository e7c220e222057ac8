// The follow-up status in SQL. The rule lives once, in shared/follow-up/status.ts; SQLite calls it
// through application-defined functions (bb_follow_status, bb_due_date, registered at open by
// db/sql-functions.ts), so a count, a filter or a sort by status in SQL can never
// disagree with what the screen shows (docs/architecture.md, "Follow-up history").
import type { Db } from '../db/database';

/** The recommendations that are followed up: the one home of that rule for every follow-up query. */
export const FOLLOWED_FROM = `FROM recommendations rec
    JOIN inspections i ON i.id = rec.inspection_id AND i.deleted_at IS NULL
    JOIN campaigns c ON c.id = i.campaign_id AND c.deleted_at IS NULL`;
export const FOLLOWED_WHERE = `rec.deleted_at IS NULL AND trim(rec.content, ' ' || char(9, 10, 13)) != ''`;

/** The latest extension's new deadline (the latest recorded; extensions are append-only). */
export const EXTENDED_TO = `(SELECT e.new_deadline FROM recommendation_extensions e WHERE e.recommendation_id = rec.id
    ORDER BY e.created_at DESC, e.rowid DESC LIMIT 1)`;
/** The assessment of the item of the latest report covering it ('pending' when not yet assessed), or NULL. */
export const LAST_REPORT = `(SELECT coalesce(it.assessment, 'pending') FROM remediation_report_items it
    JOIN remediation_reports rr ON rr.id = it.report_id AND rr.deleted_at IS NULL
    WHERE it.recommendation_id = rec.id AND it.deleted_at IS NULL
    ORDER BY rr.received_date DESC, rr.created_at DESC LIMIT 1)`;
/**
 * The same two facts for every recommendation at once, for lists: rows in order, so the last row per
 * recommendation is its latest (the order of EXTENDED_TO and LAST_REPORT, reversed). Reading these
 * once and joining in memory costs far less than two lookups per line.
 */
export const ALL_EXTENSIONS = `SELECT recommendation_id AS id, new_deadline AS value FROM recommendation_extensions ORDER BY created_at, rowid`;
export const ALL_LAST_REPORTS = `SELECT it.recommendation_id AS id, coalesce(it.assessment, 'pending') AS value FROM remediation_report_items it
    JOIN remediation_reports rr ON rr.id = it.report_id AND rr.deleted_at IS NULL
    WHERE it.deleted_at IS NULL ORDER BY rr.received_date, rr.created_at`;
/** Last row wins: the latest value per recommendation. */
export function latestById(db: Db, sql: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of db.prepare(sql).all() as { id: string; value: string }[]) out.set(r.id, r.value);
  return out;
}

/** The day a deadline wording is read against: the inspection's last day. */
export const BASE_DATE = `coalesce(i.date_to, i.date_from)`;

/** SQL of the status on `?today` with `?soonDays`; bind them in that order where it appears. */
export const STATUS_SQL = `bb_follow_status(?, ?, rec.status, rec.remedy_deadline, rec.remedy_deadline_note, ${EXTENDED_TO}, ${BASE_DATE}, ${LAST_REPORT})`;
export const DUE_SQL = `bb_due_date(rec.remedy_deadline, rec.remedy_deadline_note, ${EXTENDED_TO}, ${BASE_DATE})`;
