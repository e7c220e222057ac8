// Where a recommendation stands for the campaign's documents: done, in progress, not started, and
// whether it is overdue, by the one follow-up rule (shared/follow-up/status.ts): a deadline written
// as a wording, an extension and an accepted report count as they do on the tracker.
import { followStatusOf } from '../follow-up/status';
import type { FollowUpRow } from '../followup';
import type { Recommendation } from '../records';

/** What the follow-up adds to a recommendation: its base date, extension and last assessment. */
export type FollowExtras = Pick<FollowUpRow, 'baseDate' | 'extendedTo' | 'lastAssessment'>;
const NONE: FollowExtras = { baseDate: null, extendedTo: null, lastAssessment: null };

export type RecommendationState = 'done' | 'in_progress' | 'open';
export interface StateOnDay { state: RecommendationState; overdue: boolean }

export function stateOn(r: Recommendation, day: string, extras: FollowExtras = NONE): StateOnDay {
  const last = extras.lastAssessment;
  const s = followStatusOf({
    status: r.status, remedyDeadline: r.remedyDeadline, remedyDeadlineNote: r.remedyDeadlineNote, extendedTo: extras.extendedTo,
    baseDate: extras.baseDate, lastReport: last === null ? null : { assessed: last === 'pending' ? null : last, receivedDate: '' },
  }, day).status;
  return { state: s === 'done' || r.status === 'done' ? 'done' : r.status, overdue: s === 'overdue' };
}

export const isOverdue = (r: Recommendation, day: string, extras?: FollowExtras): boolean => stateOn(r, day, extras).overdue;

export const STATE_LABELS: Record<RecommendationState, string> = {
  done: 'Đã hoàn thành',
  in_progress: 'Đang thực hiện',
  open: 'Chưa thực hiện',
};

/** "Đang thực hiện, quá hạn" */
export function stateLabel(s: StateOnDay): string {
  return s.overdue ? `${STATE_LABELS[s.state]}, quá hạn` : STATE_LABELS[s.state];
}

/** The remedy deadline as the documents cite it ("31/3/2023"), or its free wording; '' when none. */
export function deadlineCited(r: Recommendation, cite: (iso: string) => string): string {
  return r.remedyDeadline ? cite(r.remedyDeadline) : r.remedyDeadlineNote.trim();
}
