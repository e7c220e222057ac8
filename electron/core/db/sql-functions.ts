// Every SQL function BienBan defines, registered once on each connection by openDatabase before the
// migrations run (docs/architecture.md, "SQL functions"). One list, so no query or trigger depends on
// some code path having run first: a lazy registration worked only if its caller happened to run
// before the first query that needed it.
import { dueDateOf, followStatusOf } from '../../../shared/follow-up/status';
import type { RecommendationStatus } from '../../../shared/records';
import { foldKey } from '../../../shared/vi/text';
import type { Db } from './database';

type Last = 'accepted' | 'not_accepted' | 'pending' | null;
const lastReport = (last: Last) => (last === null ? null : { assessed: last === 'pending' ? null : last, receivedDate: '' });

/** Who hears bb_tracker_dirty on a connection (repos/tracker.ts keeps its cache fresh with it). */
const trackerListeners = new WeakMap<Db, (inspectionId: string | null) => void>();

/**
 * The tracker's cache listens to the writes of this connection through bb_tracker_dirty (its
 * temporary triggers call it). One listener per connection; without one the call does nothing.
 */
export function onTrackerDirty(db: Db, listener: (inspectionId: string | null) => void): void {
  trackerListeners.set(db, listener);
}

/** The names defined here, for the test that checks every one is there after open. */
export const SQL_FUNCTIONS = ['fold', 'bb_due_date', 'bb_follow_status', 'bb_tracker_dirty'] as const;

export function registerSqlFunctions(db: Db): void {
  // fold(text): the one folding rule (shared/vi/text.ts foldKey). The search index's triggers call it,
  // so a connection without it could read but any write to an indexed table would fail.
  db.function('fold', { deterministic: true }, (s: unknown) => (s == null ? null : foldKey(String(s))));

  // bb_due_date / bb_follow_status: the follow-up rule of shared/follow-up/status.ts, so a count, a
  // filter or a sort by status in SQL (repos/follow-sql.ts) never disagrees with the screen.
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

  // bb_tracker_dirty(inspectionId): which inspection a write touched (NULL: anything). Not
  // deterministic: it is called for its effect on the tracker's cache.
  db.function('bb_tracker_dirty', { deterministic: false }, (inspectionId: unknown) => {
    trackerListeners.get(db)?.(typeof inspectionId === 'string' ? inspectionId : null);
    return null;
  });
}
