// Following the team's recommendations after the inspection (domain.md, step 12): months later the
// secretary checks, unit by unit, what has been remedied. "Today" is passed in, so the same rules
// serve the screen, the tests and the command line.
import { z } from 'zod';
import { Id, IsoDate, Recommendation, RecommendationStatus } from './records';
import { compareVi } from './vi/text';
import { deadlineText, followStatusOf, DUE_SOON_DAYS, type FollowFacts, type FollowState } from './follow-up/status';

import { inView, TRACKER_VIEW_LABELS, TrackerFilters, TrackerSort, TrackerView } from './follow-up/tracker';
import { DueSoonDays } from './follow-up/settings';

// The rules themselves live in shared/follow-up/ (deadline wordings, status); this is their entry.
export * from './follow-up/status';
export { readDeadline, type DeadlineReading } from './follow-up/deadline';

/** One recommendation with where it was made, as the follow-up list shows it. */
export interface FollowUpRow {
  inspectionId: string;
  campaignId: string;
  year: number;
  unitName: string;
  teamNumber: number | null;
  /** Last day of the inspection. */
  dateTo: string | null;
  /** The day a deadline wording is read against (the inspection's last day, else its first). */
  baseDate: string | null;
  /** The latest extension's new deadline, if any. */
  extendedTo: string | null;
  /** The assessment of the latest report covering it ('pending' while not assessed), or null without one. */
  lastAssessment: 'accepted' | 'not_accepted' | 'pending' | null;
  /** 1-based number of the recommendation within its inspection ("Kiến nghị số 2"). */
  number: number;
  recommendation: Recommendation;
}

export const StatusChange = z
  .object({ inspectionId: Id, recommendationId: Id, status: RecommendationStatus, statusNote: Recommendation.shape.statusNote })
  .strict();
export type StatusChange = z.infer<typeof StatusChange>;

export const STATUS_LABELS: Record<RecommendationStatus, string> = {
  open: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
};

/** The status choices of a select, in the order of the work. */
export const STATUS_OPTIONS = (Object.keys(STATUS_LABELS) as RecommendationStatus[]).map((value) => ({ value, label: STATUS_LABELS[value] }));

/** Where a recommendation stands on a given day. */
export type Urgency = 'overdue' | 'due_soon' | 'pending' | 'done';
export const URGENCY_LABELS: Record<Urgency, string> = {
  overdue: 'Quá hạn',
  due_soon: 'Sắp đến hạn',
  pending: 'Chưa đến hạn',
  done: 'Đã hoàn thành',
};
/** What the status of a listed recommendation is decided from. */
export function factsOf(row: FollowUpRow): FollowFacts {
  const r = row.recommendation;
  const last = row.lastAssessment;
  return {
    status: r.status, remedyDeadline: r.remedyDeadline, remedyDeadlineNote: r.remedyDeadlineNote, extendedTo: row.extendedTo,
    baseDate: row.baseDate, lastReport: last === null ? null : { assessed: last === 'pending' ? null : last, receivedDate: '' },
  };
}

/** Where a listed recommendation stands on `today` (shared/follow-up/status.ts). */
export function rowStatus(row: FollowUpRow, today: string, dueSoonDays: number = DUE_SOON_DAYS): FollowState {
  return followStatusOf(factsOf(row), today, dueSoonDays);
}

/** The older four-way view of the status, for the callers that group by it. */
export function urgencyOf(row: FollowUpRow, today: string, dueSoonDays: number = DUE_SOON_DAYS): Urgency {
  const s = rowStatus(row, today, dueSoonDays).status;
  if (s === 'done') return 'done';
  return s === 'overdue' || s === 'due_soon' ? s : 'pending';
}

/** The views of the list: what is left (the default), each status, everything (shared/follow-up/tracker.ts). */
export const FollowUpFilter = TrackerView;
export type FollowUpFilter = TrackerView;
export const FILTER_LABELS = TRACKER_VIEW_LABELS;

export function inFilter(r: FollowUpRow, filter: FollowUpFilter, today: string, dueSoonDays: number = DUE_SOON_DAYS): boolean {
  return inView(rowStatus(r, today, dueSoonDays).status, filter);
}

/** The export of a view of the list as a Word table. */
export const FollowUpExport = z.object({
  campaignId: Id.optional(), today: IsoDate, filter: FollowUpFilter,
  /** The tracker's other filters and order, so the list printed is the list on screen. */
  filters: TrackerFilters.omit({ campaignId: true, view: true }).optional(),
  sort: TrackerSort.optional(),
  dueSoonDays: DueSoonDays.optional(),
}).strict();
export type FollowUpExport = z.infer<typeof FollowUpExport>;

/** The remedy deadline as shown (deadlineText: "31/12/2023 (trong quý IV/2023)"); '' when none. */
export function deadlineLabel(r: FollowUpRow): string {
  return deadlineText(factsOf(r));
}

/** The urgency worth flagging beside the deadline, or null. */
export function flagOf(r: FollowUpRow, today: string, dueSoonDays: number = DUE_SOON_DAYS): 'overdue' | 'due_soon' | null {
  const u = urgencyOf(r, today, dueSoonDays);
  return u === 'overdue' || u === 'due_soon' ? u : null;
}

export interface FollowUpSummary { total: number; done: number; inProgress: number; open: number; overdue: number; dueSoon: number }

export function summarize(rows: readonly FollowUpRow[], today: string, dueSoonDays: number = DUE_SOON_DAYS): FollowUpSummary {
  const s: FollowUpSummary = { total: rows.length, done: 0, inProgress: 0, open: 0, overdue: 0, dueSoon: 0 };
  for (const row of rows) {
    const u = urgencyOf(row, today, dueSoonDays);
    if (u === 'done') s.done++;
    else if (row.recommendation.status === 'in_progress') s.inProgress++;
    else s.open++;
    if (u === 'overdue') s.overdue++;
    if (u === 'due_soon') s.dueSoon++;
  }
  return s;
}

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, due_soon: 1, pending: 2, done: 3 };

/** Most urgent first; then the earliest deadline; the latest campaign; by unit (Vietnamese order) and number. */
export function sortByUrgency(rows: readonly FollowUpRow[], today: string, dueSoonDays: number = DUE_SOON_DAYS): FollowUpRow[] {
  return [...rows].sort((a, b) => {
    const sa = rowStatus(a, today, dueSoonDays);
    const sb = rowStatus(b, today, dueSoonDays);
    const ua = URGENCY_ORDER[urgencyOf(a, today, dueSoonDays)];
    const ub = URGENCY_ORDER[urgencyOf(b, today, dueSoonDays)];
    if (ua !== ub) return ua - ub;
    const da = sa.due ?? '9999';
    const db = sb.due ?? '9999';
    if (da !== db) return da < db ? -1 : 1;
    return b.year - a.year || compareVi(a.unitName, b.unitName) || a.number - b.number;
  });
}

/** Re-exported for the follow-up callers; the rule lives in shared/vi/dates.ts. */
export { localToday } from './vi/dates';
