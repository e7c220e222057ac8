// Where a recommendation stands for the campaign's documents: done, in progress, not started, and
// whether it is overdue. One function, so the rule of shared/followup.ts (urgencyOf) can be swapped
// for a richer one without touching the report or the reminder.
import { urgencyOf } from '../followup';
import type { Recommendation } from '../records';

export type RecommendationState = 'done' | 'in_progress' | 'open';
export interface StateOnDay { state: RecommendationState; overdue: boolean }

export function stateOn(r: Recommendation, day: string): StateOnDay {
  return { state: r.status, overdue: urgencyOf(r, day) === 'overdue' };
}

export const isOverdue = (r: Recommendation, day: string): boolean => stateOn(r, day).overdue;

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
