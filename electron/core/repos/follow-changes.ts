// The history an inspection save writes: when the form changes a recommendation's status, result or
// deadline, the change is appended to its history in the save's own transaction (docs/architecture.md,
// "Follow-up history"). New and removed rows are not follow-up events.
import type { Recommendation } from '../../../shared/records';
import type { Db } from '../db/database';
import { appendHistory, type HistoryEntry } from './history';

interface Followed { status: string; statusNote: string; deadline: string }
const deadlineValue = (d: string | null, note: string) => d ?? note.trim();

/** The followed fields of an inspection's live recommendations, before a save. */
export function snapshotRecommendations(db: Db, inspectionId: string): Map<string, Followed> {
  const rows = db.prepare(`SELECT id, status, status_note, remedy_deadline, remedy_deadline_note FROM recommendations
                           WHERE inspection_id = ? AND deleted_at IS NULL`).all(inspectionId) as Record<string, string | null>[];
  return new Map(rows.map((r) => [r.id!, { status: r.status!, statusNote: r.status_note ?? '', deadline: deadlineValue(r.remedy_deadline, r.remedy_deadline_note ?? '') }]));
}

/** Appends 'status', 'result' and 'deadline' entries for what the save changed. */
export function recordRecommendationChanges(db: Db, now: string, before: Map<string, Followed>, after: readonly Recommendation[], inspectionId: string): void {
  const entries: HistoryEntry[] = [];
  for (const r of after) {
    const old = before.get(r.id);
    if (!old) continue;
    if (old.status !== r.status) entries.push({ recommendationId: r.id, kind: 'status', fromValue: old.status, toValue: r.status, refId: inspectionId });
    if (old.statusNote !== r.statusNote) entries.push({ recommendationId: r.id, kind: 'result', fromValue: old.statusNote, toValue: r.statusNote, refId: inspectionId });
    const deadline = deadlineValue(r.remedyDeadline, r.remedyDeadlineNote);
    if (old.deadline !== deadline) entries.push({ recommendationId: r.id, kind: 'deadline', fromValue: old.deadline, toValue: deadline, refId: inspectionId });
  }
  if (entries.length) appendHistory(db, now, entries);
}
