// Where a recommendation stands on a given day (docs/domain.md, "Follow-up"): the one home of the rule
// for the tracker, the navigation count (through the SQL function that calls it), the dashboard, the
// command line and the exports. "Today" is passed in, never read from a clock.
import type { RecommendationStatus } from '../records';
import { isoToDisplay } from '../vi/dates';
import { daysBetween } from './days';
import { readDeadline, type DeadlineReading } from './deadline';

/** What the status is decided from; all dates ISO. */
export interface FollowFacts {
  status: RecommendationStatus;
  /** The deadline printed in the notice, when it was a date. */
  remedyDeadline: string | null;
  /** The deadline wording when it was not a date ("trong quý IV/2023", "khắc phục ngay"). */
  remedyDeadlineNote: string;
  /** The new deadline of the latest extension, if any. */
  extendedTo: string | null;
  /** The day a wording is read against (the inspection's last day); null when unknown. */
  baseDate: string | null;
  /** The latest report item covering it (the latest report received), if any. */
  lastReport: { assessed: 'accepted' | 'not_accepted' | null; receivedDate: string } | null;
}

export type DueSource = 'extension' | 'date' | 'wording' | 'none';

export interface DueDate {
  /** The last day to remedy, or null when there is none. */
  due: string | null;
  source: DueSource;
  reading: DeadlineReading;
}

/** The due date that counts: the latest extension's, else the dated deadline, else the wording's day. */
export function dueDateOf(f: Pick<FollowFacts, 'remedyDeadline' | 'remedyDeadlineNote' | 'extendedTo' | 'baseDate'>): DueDate {
  const reading = f.remedyDeadline ? ({ kind: 'day', iso: f.remedyDeadline } as const) : readDeadline(f.remedyDeadlineNote, f.baseDate);
  if (f.extendedTo) return { due: f.extendedTo, source: 'extension', reading };
  if (f.remedyDeadline) return { due: f.remedyDeadline, source: 'date', reading };
  if (reading.kind === 'day') return { due: reading.iso, source: 'wording', reading };
  return { due: null, source: 'none', reading };
}

export const FOLLOW_STATUSES = ['overdue', 'due_soon', 'not_accepted', 'reported', 'not_due', 'no_due_date', 'done'] as const;
export type FollowStatus = (typeof FOLLOW_STATUSES)[number];

export const FOLLOW_STATUS_LABELS: Record<FollowStatus, string> = {
  overdue: 'Quá hạn',
  due_soon: 'Sắp đến hạn',
  not_accepted: 'Chưa được chấp nhận',
  reported: 'Đã báo cáo, chờ đánh giá',
  not_due: 'Chưa đến hạn',
  no_due_date: 'Không có ngày hạn',
  done: 'Đã hoàn thành',
};

/** A deadline this many days away or fewer is "sắp đến hạn" (the default; the caller may pass another). */
export const DUE_SOON_DAYS = 7;

export interface FollowState {
  status: FollowStatus;
  due: string | null;
  dueSource: DueSource;
  /** Days from today to the due date (0 on the day, negative once passed); null without one. */
  daysLeft: number | null;
  /** Stored as "đang thực hiện": shown as a flag beside the status. */
  inProgress: boolean;
}

/**
 * Done when stored as done or when the latest assessed report was accepted; "not accepted" while the
 * latest report was refused and no newer one came; "reported" while a report waits for assessment
 * (even one received after the deadline: the unit answered, the team has to look). Otherwise the dates
 * decide: the due day itself is still in time, N days away exactly is still "due soon".
 */
export function followStatusOf(f: FollowFacts, today: string, dueSoonDays: number = DUE_SOON_DAYS): FollowState {
  return statusOn(f, dueDateOf(f), today, dueSoonDays);
}

/** The same rule with the due date already known (it does not depend on the day: lists read it once). */
export function statusOn(f: Pick<FollowFacts, 'status' | 'lastReport'>, dueDate: DueDate, today: string, dueSoonDays: number = DUE_SOON_DAYS): FollowState {
  const { due, source } = dueDate;
  const daysLeft = due === null ? null : daysBetween(today, due);
  const state = (status: FollowStatus): FollowState => ({ status, due, dueSource: source, daysLeft, inProgress: f.status === 'in_progress' });
  if (f.status === 'done' || f.lastReport?.assessed === 'accepted') return state('done');
  if (f.lastReport?.assessed === 'not_accepted') return state('not_accepted');
  if (f.lastReport) return state('reported');
  if (daysLeft === null) return state('no_due_date');
  if (daysLeft < 0) return state('overdue');
  return state(daysLeft <= dueSoonDays ? 'due_soon' : 'not_due');
}

/**
 * The deadline as shown: "31/12/2023 (trong quý IV/2023)" for a wording understood as a day,
 * "31/12/2022" for a date, "15/03/2024 (gia hạn từ 31/12/2023)" after an extension, and the wording
 * with "không có ngày hạn" or "chưa xác định được ngày" when it names no day; '' when nothing.
 */
export function deadlineText(f: Pick<FollowFacts, 'remedyDeadline' | 'remedyDeadlineNote' | 'extendedTo' | 'baseDate'>): string {
  const d = dueDateOf(f);
  const note = f.remedyDeadlineNote.trim();
  const original = f.remedyDeadline ? isoToDisplay(f.remedyDeadline) : d.reading.kind === 'day' ? `${isoToDisplay(d.reading.iso)} (${note})` : note;
  if (d.source === 'extension') {
    const was = f.remedyDeadline ? isoToDisplay(f.remedyDeadline) : d.reading.kind === 'day' ? isoToDisplay(d.reading.iso) : note;
    return `${isoToDisplay(d.due)} (gia hạn${was ? ` từ ${was}` : ''})`;
  }
  if (d.source === 'date' || d.source === 'wording') return original;
  if (d.reading.kind === 'none') return `${note} (không có ngày hạn)`;
  if (d.reading.kind === 'unknown') return `${note} (chưa xác định được ngày hạn)`;
  return '';
}
