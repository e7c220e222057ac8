// The follow-up status in SQL. The rule lives once, in shared/follow-up/status.ts; SQLite calls it
// through application-defined functions, so a count, a filter or a sort by status in SQL can never
// disagree with what the screen shows (docs/architecture.md, "Follow-up history").
import { followStatusOf, dueDateOf } from '../../../shared/follow-up/status';
import type { RecommendationStatus } from '../../../shared/records';
import type { Db } from '../db/database';

const registered = new WeakSet<Db>();

type Last = 'accepted' | 'not_accepted' | 'pending' | null;
const lastReport = (last: Last) => (last === null ? null : { assessed: last === 'pending' ? null : last, receivedDate: '' });

/** Defines bb_due_date(...) and bb_follow_status(...) on this connection (once). */
export function ensureFollowFunctions(db: Db): void {
  if (registered.has(db)) return;
  db.function('bb_due_date', { deterministic: true }, (deadline: unknown, note: unknown, extendedTo: unknown, base: unknown) =>
    dueDateOf({ remedyDeadline: deadline as string | null, remedyDeadlineNote: (note as string | null) ?? '', extendedTo: extendedTo as string | null, baseDate: base as string | null }).due);
  db.function('bb_follow_status', { deterministic: true },
    (today: unknown, soonDays: unknown, status: unknown, deadline: unknown, note: unknown, extendedTo: unknown, base: unknown, last: unknown) =>
      followStatusOf({
        status: status as RecommendationStatus,
        remedyDeadline: deadline as string | null,
        remedyDeadlineNote: (note as string | null) ?? '',
        extendedTo: extendedTo as string | null,
        baseDate: base as string | null,
        lastReport: lastReport(last as Last),
      }, today as string, Number(soonDays)).status);
  registered.add(db);
}

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
/** The day a deadline wording is read against: the inspection's last day. */
export const BASE_DATE = `coalesce(i.date_to, i.date_from)`;

/** SQL of the status on `?today` with `?soonDays`; bind them in that order where it appears. */
export const STATUS_SQL = `bb_follow_status(?, ?, rec.status, rec.remedy_deadline, rec.remedy_deadline_note, ${EXTENDED_TO}, ${BASE_DATE}, ${LAST_REPORT})`;
export const DUE_SQL = `bb_due_date(rec.remedy_deadline, rec.remedy_deadline_note, ${EXTENDED_TO}, ${BASE_DATE})`;
