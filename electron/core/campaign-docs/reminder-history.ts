// The note in a recommendation's history that a reminder letter named it. The history table
// (recommendation_history, the lead's migration 8) is not in this branch: until it is, the
// register row of the reminder (campaign_documents.recommendation_ids) is the record, and this
// function is the one place to point at that table when it lands.
import type { Db } from '../db/database';

export function noteReminderSent(db: Db, recommendationIds: readonly string[], docId: string, date: string): void {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'recommendation_history'").get();
  if (!has) return;
  // Written once the lead's table exists; its columns are his to name, so nothing is guessed here.
  void recommendationIds; void docId; void date;
}
