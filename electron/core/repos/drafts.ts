// Field drafts (migration "field drafts"): the raw text of each field of a record that does not hold a
// valid value yet. They are read with the record and replaced in the same transaction as its save,
// so what the screen shows and what the database holds never part ways.
import type { Db } from '../db/database';
import type { FieldDrafts } from '../../../shared/records';

export function loadDrafts(db: Db, ownerId: string): FieldDrafts {
  const rows = db.prepare('SELECT field, text FROM field_drafts WHERE owner_id = ? ORDER BY field').all(ownerId) as { field: string; text: string }[];
  return Object.fromEntries(rows.map((r) => [r.field, r.text]));
}

/**
 * Makes the drafts of `ownerId` exactly `drafts`; call inside the transaction that saves the record.
 * Writes only what changed (docs/architecture.md, write rule 3) and says whether anything did.
 */
export function saveDrafts(db: Db, ownerId: string, drafts: FieldDrafts | undefined, now: string): boolean {
  let changed = false;
  const keep = Object.entries(drafts ?? {});
  const upsert = db.prepare(
    `INSERT INTO field_drafts (owner_id, field, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(owner_id, field) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at
     WHERE text <> excluded.text`,
  );
  for (const [field, text] of keep) changed = upsert.run(ownerId, field, text, now, now).changes > 0 || changed;
  const fields = new Set(keep.map(([f]) => f));
  const del = db.prepare('DELETE FROM field_drafts WHERE owner_id = ? AND field = ?');
  for (const { field } of db.prepare('SELECT field FROM field_drafts WHERE owner_id = ?').all(ownerId) as { field: string }[]) {
    if (!fields.has(field)) changed = del.run(ownerId, field).changes > 0 || changed;
  }
  return changed;
}
