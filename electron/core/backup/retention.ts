// Which backups to keep: every one of the last 7 days, then the newest of each week for 8 more
// weeks, and always the newest 3 whatever their age (a laptop left in a drawer for a season still
// has something to go back to). Pure: the caller deletes what this returns.
import { newestFirst as byNewest } from './names';

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;
export const KEEP_ALL_DAYS = 7;
export const KEEP_WEEKS = 8;
export const KEEP_NEWEST = 3;

export interface Dated { name: string; time: Date; /** order within one minute (names.ts) */ seq?: number }

/** The names to delete, given every backup and the present moment. */
export function backupsToDelete(backups: readonly Dated[], now: Date): string[] {
  const newestFirst = [...backups].sort(byNewest);
  const keep = new Set<string>(newestFirst.slice(0, KEEP_NEWEST).map((b) => b.name));
  const weeksTaken = new Set<number>();
  for (const b of newestFirst) {
    const age = now.getTime() - b.time.getTime();
    if (age < KEEP_ALL_DAYS * DAY) {
      keep.add(b.name); // also anything dated in the future (a clock set wrong): never deleted by age
      continue;
    }
    // Weeks counted back from the end of the 7 days: week 0 is days 7–13, … week 7 is days 56–62.
    const week = Math.floor((age - KEEP_ALL_DAYS * DAY) / WEEK);
    if (week < KEEP_WEEKS && !weeksTaken.has(week)) {
      weeksTaken.add(week);
      keep.add(b.name); // newest first, so the first seen in a week is its newest
    }
  }
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
