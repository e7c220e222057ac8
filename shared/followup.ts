// Following the team's recommendations after the inspection (domain.md, step 12): months later the
// secretary checks, unit by unit, what has been remedied. "Today" is passed in, so the same rules
// serve the screen, the tests and the command line.
import { z } from 'zod';
import { Id, IsoDate, Recommendation, RecommendationStatus } from './records';
import { isoToDisplay } from './vi/dates';
import { compareVi } from './vi/text';

/** One recommendation with where it was made, as the follow-up list shows it. */
export interface FollowUpRow {
  inspectionId: string;
  campaignId: string;
  year: number;
  unitName: string;
  teamNumber: number | null;
  /** Last day of the inspection. */
  dateTo: string | null;
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
/** A deadline this many days away or fewer is "sắp đến hạn". */
export const DUE_SOON_DAYS = 7;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** Days from `today` to the remedy deadline (negative when passed), or null without a dated deadline. */
export function daysLeft(r: Recommendation, today: string): number | null {
  return r.remedyDeadline ? dayNumber(r.remedyDeadline) - dayNumber(today) : null;
}

/**
 * Done is done whatever the date. Otherwise a dated deadline decides: the deadline day itself still
 * counts as in time. Without a dated deadline ("khắc phục ngay", or none) nothing can be overdue.
 */
export function urgencyOf(r: Recommendation, today: string): Urgency {
  if (r.status === 'done') return 'done';
  const left = daysLeft(r, today);
  if (left === null) return 'pending';
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'due_soon' : 'pending';
}

/** The views of the list: what is left (the default), the overdue, the done, everything. */
export const FollowUpFilter = z.enum(['unfinished', 'overdue', 'done', 'all']);
export type FollowUpFilter = z.infer<typeof FollowUpFilter>;
export const FILTER_LABELS: Record<FollowUpFilter, string> = {
  unfinished: 'Chưa hoàn thành', overdue: 'Quá hạn', done: 'Đã hoàn thành', all: 'Tất cả',
};

export function inFilter(r: FollowUpRow, filter: FollowUpFilter, today: string): boolean {
  const u = urgencyOf(r.recommendation, today);
  if (filter === 'all') return true;
  if (filter === 'done') return u === 'done';
  if (filter === 'overdue') return u === 'overdue';
  return u !== 'done';
}

/** The export of a view of the list as a Word table. */
export const FollowUpExport = z.object({ campaignId: Id.optional(), today: IsoDate, filter: FollowUpFilter }).strict();
export type FollowUpExport = z.infer<typeof FollowUpExport>;

/** The remedy deadline as shown: "31/12/2022", or the free wording ("khắc phục ngay"); '' when none. */
export function deadlineLabel(r: Recommendation): string {
  return r.remedyDeadline ? isoToDisplay(r.remedyDeadline) : r.remedyDeadlineNote.trim();
}

/** The urgency worth flagging beside the deadline, or null. */
export function flagOf(r: Recommendation, today: string): 'overdue' | 'due_soon' | null {
  const u = urgencyOf(r, today);
  return u === 'overdue' || u === 'due_soon' ? u : null;
}

export interface FollowUpSummary { total: number; done: number; inProgress: number; open: number; overdue: number; dueSoon: number }

export function summarize(rows: readonly FollowUpRow[], today: string): FollowUpSummary {
  const s: FollowUpSummary = { total: rows.length, done: 0, inProgress: 0, open: 0, overdue: 0, dueSoon: 0 };
  for (const { recommendation: r } of rows) {
    if (r.status === 'done') s.done++;
    else if (r.status === 'in_progress') s.inProgress++;
    else s.open++;
    const u = urgencyOf(r, today);
    if (u === 'overdue') s.overdue++;
    if (u === 'due_soon') s.dueSoon++;
  }
  return s;
}

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, due_soon: 1, pending: 2, done: 3 };

/** Most urgent first; then the earliest deadline; the latest campaign; by unit (Vietnamese order) and number. */
export function sortByUrgency(rows: readonly FollowUpRow[], today: string): FollowUpRow[] {
  return [...rows].sort((a, b) => {
    const ua = URGENCY_ORDER[urgencyOf(a.recommendation, today)];
    const ub = URGENCY_ORDER[urgencyOf(b.recommendation, today)];
    if (ua !== ub) return ua - ub;
    const da = a.recommendation.remedyDeadline ?? '9999';
    const db = b.recommendation.remedyDeadline ?? '9999';
    if (da !== db) return da < db ? -1 : 1;
    return b.year - a.year || compareVi(a.unitName, b.unitName) || a.number - b.number;
  });
}

/** Re-exported for the follow-up callers; the rule lives in shared/vi/dates.ts. */
export { localToday } from './vi/dates';
