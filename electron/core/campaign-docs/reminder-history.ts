// The note in each recommendation's history that a reminder letter named it (kind 'reminder',
// the letter's register row as its reference, the letter's date). Written in the transaction that
// registers the letter, so the letter and its notes are saved together or not at all.
import type { Db } from '../db/database';
import { appendHistory } from '../repos/history';

export function noteReminderSent(db: Db, now: string, recommendationIds: readonly string[], docId: string, date: string, numberText: string): void {
  appendHistory(db, now, recommendationIds.map((recommendationId) => ({
    recommendationId, kind: 'reminder' as const, onDate: date, toValue: numberText, refId: docId,
  })));
}
