// Field drafts on a record (shared/records.ts FieldDrafts): the raw text of fields holding no valid
// value yet, by field path. One place builds the paths so the screens and the tests agree.
import type { FieldDrafts } from '../../shared/records';

export const rowField = (collection: string, rowId: string, field: string): string => `${collection}.${rowId}.${field}`;

/** The record with the draft of `path` set to `text`, or removed when `text` is null. */
export function withDraft<T extends { drafts?: FieldDrafts }>(rec: T, path: string, text: string | null): T {
  const cur = rec.drafts ?? {};
  if (text === null ? !(path in cur) : cur[path] === text) return rec;
  const next = { ...cur };
  if (text === null) delete next[path];
  else next[path] = text;
  return { ...rec, drafts: next };
}
