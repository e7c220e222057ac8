// `followUp.query`: one page of the tracker, with its total and the counts per view. At ten years of
// records (6,000 recommendations) the screen must open in under 100 ms, so the lean lines and their
// folded search text are read once and kept until the database changes (this connection is the only
// writer; `total_changes()` moves with every write, the history's and the reports' included). Each
// query then filters, counts and sorts in memory with the pure rules of shared/follow-up/.
import {
  compareTracker, countInto, cutContent, emptyCounts, inView, matchesFilters, searchText, searchWords, trackerState,
  TrackerQuery, type TrackerResult, type TrackerRow, type TrackerRowState,
} from '../../../shared/follow-up/tracker';
import type { Db } from '../db/database';
import { EXTENDED_TO, FOLLOWED_FROM, FOLLOWED_WHERE, LAST_REPORT } from './follow-sql';

interface Base { version: number; rows: TrackerRow[]; folded: string[] }
const cache = new WeakMap<Db, Base>();

const version = (db: Db) => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

/** Every followed recommendation as a lean line, with the text a search looks in. */
function base(db: Db): Base {
  const v = version(db);
  const hit = cache.get(db);
  if (hit && hit.version === v) return hit;
  const raw = db.prepare(`
    SELECT rec.id, rec.inspection_id, i.campaign_id, i.team_id, i.unit_id, c.year, u.name AS unit_name, t.number AS team_number,
           a.name AS area_name, rec.content, rec.responsible_unit, rec.remedy_deadline, rec.remedy_deadline_note,
           rec.report_deadline, rec.report_to, rec.status, rec.status_note, i.date_from, i.date_to,
           ${EXTENDED_TO} AS extended_to, ${LAST_REPORT} AS last_report,
           ROW_NUMBER() OVER (PARTITION BY rec.inspection_id ORDER BY rec.position, rec.id) AS number
    ${FOLLOWED_FROM}
    LEFT JOIN units u ON u.id = i.unit_id
    LEFT JOIN teams t ON t.id = i.team_id
    LEFT JOIN areas a ON a.id = rec.area_id
    WHERE ${FOLLOWED_WHERE}`).all() as Record<string, never>[];
  const rows: TrackerRow[] = [];
  const folded: string[] = [];
  for (const x of raw) {
    const row: TrackerRow = {
      recommendationId: x.id, inspectionId: x.inspection_id, campaignId: x.campaign_id, teamId: x.team_id, unitId: x.unit_id,
      year: x.year, unitName: x.unit_name ?? '', teamNumber: x.team_number ?? null, areaName: x.area_name ?? '', number: x.number,
      content: cutContent(x.content), responsibleUnit: x.responsible_unit, remedyDeadline: x.remedy_deadline,
      remedyDeadlineNote: x.remedy_deadline_note, reportDeadline: x.report_deadline, reportTo: x.report_to, storedStatus: x.status,
      statusNote: x.status_note, extendedTo: x.extended_to ?? null, baseDate: x.date_to ?? x.date_from ?? null,
      lastAssessment: x.last_report ?? null, dateFrom: x.date_from,
    };
    rows.push(row);
    folded.push(searchText(row, x.content));
  }
  // Read after the query: reading does not write, so the version is the one the rows belong to.
  const b = { version: v, rows, folded };
  cache.set(db, b);
  return b;
}

export function queryTracker(db: Db, input: TrackerQuery): TrackerResult {
  const q = TrackerQuery.parse(input);
  const { rows, folded } = base(db);
  const words = searchWords(q.filters.search);
  const counts = emptyCounts();
  const shown: TrackerRowState[] = [];
  let inProgress = 0;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    const state = trackerState(row, q.today, q.dueSoonDays);
    if (!matchesFilters(row, state, folded[k], q.filters, words)) continue;
    countInto(counts, state.status);
    if (state.inProgress && state.status !== 'done') inProgress++;
    if (inView(state.status, q.filters.view)) shown.push({ ...row, state });
  }
  shown.sort(compareTracker(q.sort));
  return { rows: shown.slice(q.offset, q.offset + q.limit), total: shown.length, counts, inProgress };
}

/** The whole text of one recommendation, for the side panel (the lines carry it cut). */
export function recommendationText(db: Db, recommendationId: string): { content: string } | undefined {
  return db.prepare('SELECT content FROM recommendations WHERE id = ?').get(recommendationId) as { content: string } | undefined;
}
