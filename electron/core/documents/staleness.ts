// Whether each issued document still prints what the records say ("stale" in documents.list),
// without rebuilding the document on every list. An issued document keeps the fingerprint of what it
// printed (shared/documents/fingerprint.ts); today's model is built again only when a record it is
// made from may have changed since the last answer. Every write of a record, or of one of its rows,
// moves the record's updated_at (docs/architecture.md, write rules), so the answer is kept with the
// updated_at of the records it was made from, and with the time it was made: it holds while those
// values are the same and all older than that time. A save in the very millisecond of the answer (or
// under a test's fixed clock) has no later time to show, so such an answer is never reused.
import type { DocType } from '../../../shared/documents/fields';
import { buildModel as realBuildModel, fingerprintMatches, type DocumentModel } from '../../../shared/documents/model';
import type { Db } from '../db/database';
import type { Records } from '../repos/records';
import { loadModelInput } from './context';
import type { RegisterRow } from './register';

export interface StalenessDeps {
  records: Records;
  /** The model builder; a test passes a counting one. */
  buildModel?: typeof realBuildModel;
}

/** Inspections remembered at once: the ones she has looked at lately, far more than a session needs. */
const MAX_ENTRIES = 256;

interface TypeEntry {
  /** The number and date the model is built with (the first version of that type, as before). */
  opts: string;
  /** Stored fingerprint → stale. */
  stale: Map<string, boolean>;
}
interface Entry {
  token: string;
  /** The core's clock when the answers were made: a later write carries this time or a later one. */
  since: string;
  types: Map<DocType, TypeEntry>;
}

/**
 * The updated_at of every record the documents of an inspection are made from (what loadModelInput
 * reads: the inspection, its campaign and team, its unit and the unit's parents, the units of its
 * sub-units; the issuing side is the campaign's), as one string, and the latest of them. Records in the bin count
 * too: moving one there moves its updated_at, and a superset only costs a rebuild, never a wrong answer.
 */
export function recordsStamp(db: Db, inspectionId: string): { token: string; latest: string } {
  const rows = db.prepare(`
    WITH RECURSIVE
      i AS (SELECT id, campaign_id, team_id, unit_id, updated_at FROM inspections WHERE id = @id),
      up (uid, n) AS (
        SELECT unit_id, 0 FROM i WHERE unit_id IS NOT NULL
        UNION SELECT u.parent_id, up.n + 1 FROM units u JOIN up ON u.id = up.uid WHERE u.parent_id IS NOT NULL AND up.n < 20),
      unit_ids (id) AS (SELECT uid FROM up UNION SELECT unit_id FROM sub_units WHERE inspection_id = @id AND unit_id IS NOT NULL)
    SELECT 'i' AS kind, id, updated_at AS at FROM i
    UNION ALL SELECT 'c', c.id, c.updated_at FROM campaigns c JOIN i ON c.id = i.campaign_id
    UNION ALL SELECT 't', t.id, t.updated_at FROM teams t JOIN i ON t.id = i.team_id
    UNION ALL SELECT 'u', u.id, u.updated_at FROM units u JOIN unit_ids ON u.id = unit_ids.id
    ORDER BY 1, 2`).all({ id: inspectionId }) as { kind: string; id: string; at: string }[];
  let latest = '';
  for (const r of rows) if (r.at > latest) latest = r.at;
  return { token: rows.map((r) => `${r.kind}:${r.id}:${r.at}`).join(','), latest };
}

export function createStaleness(deps: StalenessDeps) {
  const build = deps.buildModel ?? realBuildModel;
  const { records } = deps;
  const cache = new Map<string, Entry>();

  /** The entry for the records as they are now: kept while none of them was written since, started afresh otherwise. */
  function entryFor(inspectionId: string): Entry {
    const since = records.now(); // read before the records, so nothing read can be later than it unseen
    const { token, latest } = recordsStamp(records.db, inspectionId);
    let entry = cache.get(inspectionId);
    cache.delete(inspectionId); // re-inserted below: the Map's order is the order of use
    if (!entry || entry.token !== token || !(latest < entry.since)) entry = { token, since, types: new Map() };
    cache.set(inspectionId, entry);
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    return entry;
  }

  /** Today's model of each type, built at most once per call, only for an answer not known yet. */
  function modelsOf(inspectionId: string) {
    let input: ReturnType<typeof loadModelInput> | null | undefined;
    const models = new Map<DocType, DocumentModel | null>();
    return (row: RegisterRow): DocumentModel | null => {
      if (models.has(row.type)) return models.get(row.type)!;
      let model: DocumentModel | null;
      try {
        if (input === undefined) {
          const read = loadModelInput(records, inspectionId);
          input = read.settings ? read : null;
        }
        model = input ? build(input, row.type, { number: row.number, issuedDate: row.issuedDate }) : null;
      } catch {
        // The records can no longer make this document (settings removed, inspection in the bin):
        // they changed since it was issued.
        model = null;
      }
      models.set(row.type, model);
      return model;
    };
  }

  return {
    /**
     * For each row of the register (one inspection's, as DocumentRegister.list returns them), whether
     * what the document printed (over the fields its template held) is no longer what the records say.
     */
    staleFlags(inspectionId: string, rows: RegisterRow[]): boolean[] {
      if (!rows.length) return [];
      const entry = entryFor(inspectionId);
      const model = modelsOf(inspectionId);
      const firstOfType = new Map<DocType, RegisterRow>();
      for (const r of rows) if (!firstOfType.has(r.type)) firstOfType.set(r.type, r);
      return rows.map((r) => {
        // Today's model of a type is built with the number and date of its first version.
        const first = firstOfType.get(r.type)!;
        const opts = `${first.number}|${first.issuedDate}`;
        let t = entry.types.get(r.type);
        if (!t || t.opts !== opts) entry.types.set(r.type, (t = { opts, stale: new Map() }));
        let stale = t.stale.get(r.fingerprint);
        if (stale === undefined) {
          const m = model(first);
          stale = !m || !fingerprintMatches(r.fingerprint, m);
          t.stale.set(r.fingerprint, stale);
        }
        return stale;
      });
    },
  };
}

export type Staleness = ReturnType<typeof createStaleness>;
