// The one way to write and read a recommendation's history (docs/architecture.md, "Follow-up
// history"). Callers append inside the transaction of the change they record, so a change and its
// history are saved together or not at all; the table refuses updates and deletes.
import type { Db } from '../db/database';

export type HistoryKind = 'created' | 'status' | 'result' | 'deadline' | 'extension' | 'report' | 'assessment' | 'reminder' | 'carried';

export interface HistoryEntry {
  recommendationId: string;
  kind: HistoryKind;
  /** The day the event concerns (a report's date, an extension's new deadline), ISO; null if none. */
  onDate?: string | null;
  fromValue?: string;
  toValue?: string;
  reason?: string;
  /** The record the event came from: a report, an extension, a document, an inspection. */
  refId?: string | null;
}

export interface HistoryRow extends Required<Omit<HistoryEntry, 'onDate' | 'refId'>> {
  id: number;
  createdAt: string;
  onDate: string | null;
  refId: string | null;
}

export function appendHistory(db: Db, now: string, entries: HistoryEntry[]): void {
  const ins = db.prepare(`INSERT INTO recommendation_history (recommendation_id, created_at, kind, on_date, from_value, to_value, reason, ref_id)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const e of entries) {
    ins.run(e.recommendationId, now, e.kind, e.onDate ?? null, e.fromValue ?? '', e.toValue ?? '', e.reason ?? '', e.refId ?? null);
  }
}

/** A recommendation's history, oldest first. */
export function listHistory(db: Db, recommendationId: string): HistoryRow[] {
  return (db.prepare(`SELECT id, recommendation_id AS recommendationId, created_at AS createdAt, kind, on_date AS onDate,
                             from_value AS fromValue, to_value AS toValue, reason, ref_id AS refId
                      FROM recommendation_history WHERE recommendation_id = ? ORDER BY id`).all(recommendationId)) as HistoryRow[];
}
