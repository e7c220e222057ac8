// `followUp.query`: one page of the tracker, with its total and the counts per view. At ten years of
// records (6,000 recommendations) the screen must open in under 100 ms, so the lean lines, their due
// dates (which do not depend on the day), their units' Vietnamese order and their folded search text
// are read once and kept until the database changes (this connection is the only writer;
// `total_changes()` moves with every write, the history's and the reports' included). Each query then
// decides the status of each line, filters, counts and sorts in memory with the pure rules of
// shared/follow-up/, and builds only the lines of the page asked for.
import { dueDateOf, statusOn, type DueDate } from '../../../shared/follow-up/status';
import {
  compareTracker, countInto, cutContent, emptyCounts, inView, matchesFilters, searchText, searchWords, trackerFacts,
  TrackerQuery, unitRanks, type SortKey, type TrackerResult, type TrackerRow,
} from '../../../shared/follow-up/tracker';
import type { Db } from '../db/database';
import { EXTENDED_TO, FOLLOWED_FROM, FOLLOWED_WHERE, LAST_REPORT } from './follow-sql';

interface Line { row: TrackerRow; due: DueDate; facts: ReturnType<typeof trackerFacts>; folded: string; unitRank: number }
interface Base { version: number; lines: Line[]; ranks: Map<string, number> }
const cache = new WeakMap<Db, Base>();

const version = (db: Db) => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

const LINES_SQL = (where: string) => `
    SELECT rec.id, rec.inspection_id, i.campaign_id, i.team_id, i.unit_id, c.year, u.name AS unit_name, t.number AS team_number,
           a.name AS area_name, rec.content, rec.responsible_unit, rec.remedy_deadline, rec.remedy_deadline_note,
           rec.report_deadline, rec.report_to, rec.status, rec.status_note, i.date_from, i.date_to,
           ${EXTENDED_TO} AS extended_to, ${LAST_REPORT} AS last_report,
           ROW_NUMBER() OVER (PARTITION BY rec.inspection_id ORDER BY rec.position, rec.id) AS number
    ${FOLLOWED_FROM}
    LEFT JOIN units u ON u.id = i.unit_id
    LEFT JOIN teams t ON t.id = i.team_id
    LEFT JOIN areas a ON a.id = rec.area_id
    WHERE ${FOLLOWED_WHERE} ${where}`;

function lineOf(x: Record<string, never>, ranks: Map<string, number>): Line {
  const row: TrackerRow = {
    recommendationId: x.id, inspectionId: x.inspection_id, campaignId: x.campaign_id, teamId: x.team_id, unitId: x.unit_id,
    year: x.year, unitName: x.unit_name ?? '', teamNumber: x.team_number ?? null, areaName: x.area_name ?? '', number: x.number,
    content: cutContent(x.content), responsibleUnit: x.responsible_unit, remedyDeadline: x.remedy_deadline,
    remedyDeadlineNote: x.remedy_deadline_note, reportDeadline: x.report_deadline, reportTo: x.report_to, storedStatus: x.status,
    statusNote: x.status_note, extendedTo: x.extended_to ?? null, baseDate: x.date_to ?? x.date_from ?? null,
    lastAssessment: x.last_report ?? null, dateFrom: x.date_from,
  };
  const facts = trackerFacts(row);
  return { row, facts, due: dueDateOf(facts), folded: searchText(row, x.content), unitRank: ranks.get(row.unitName) ?? 0 };
}

/** Every followed recommendation as a lean line, with what each query needs already worked out. */
function base(db: Db): Base {
  const v = version(db);
  const hit = cache.get(db);
  if (hit && hit.version === v) return hit;
  const raw = db.prepare(LINES_SQL('')).all() as Record<string, never>[];
  const ranks = unitRanks(raw.map((x) => (x as { unit_name: string | null } & Record<string, never>).unit_name ?? ''));
  // Reading does not write, so the version read before the query is the one these lines belong to.
  const b: Base = { version: v, lines: raw.map((x) => lineOf(x, ranks)), ranks };
  cache.set(db, b);
  return b;
}

/**
 * Runs a follow-up change of one inspection's recommendations (a status, a result, an extension) and,
 * when the kept lines were current before it, reads that inspection's lines again instead of all of
 * them: she works through the list one line at a time, and each change must not cost a full read.
 */
export function keepTrackerCurrent<T>(db: Db, inspectionId: string, change: () => T): T {
  const before = version(db);
  const out = change();
  const b = cache.get(db);
  if (!b || b.version !== before) return out;
  const fresh = (db.prepare(LINES_SQL('AND rec.inspection_id = ?')).all(inspectionId) as Record<string, never>[]);
  const at = new Map(b.lines.map((l, k) => [l.row.recommendationId, k]));
  const old = b.lines.filter((l) => l.row.inspectionId === inspectionId).length;
  // Only the same lines, changed in place; anything else (a line added or gone, a new unit name) reads everything again.
  if (fresh.length !== old || !fresh.every((x) => at.has((x as { id: string } & Record<string, never>).id) && b.ranks.has((x as { unit_name: string | null } & Record<string, never>).unit_name ?? ''))) {
    cache.delete(db);
    return out;
  }
  for (const x of fresh) b.lines[at.get((x as { id: string } & Record<string, never>).id)!] = lineOf(x, b.ranks);
  b.version = version(db);
  return out;
}

export function queryTracker(db: Db, input: TrackerQuery): TrackerResult {
  const q = TrackerQuery.parse(input);
  const { lines } = base(db);
  const words = searchWords(q.filters.search);
  const counts = emptyCounts();
  const shown: (SortKey & { line: Line; state: ReturnType<typeof statusOn> })[] = [];
  let inProgress = 0;
  for (const line of lines) {
    if (!matchesFilters(line.row, line.due.due, line.folded, q.filters, words)) continue;
    const state = statusOn(line.facts, line.due, q.today, q.dueSoonDays);
    countInto(counts, state.status);
    if (state.inProgress && state.status !== 'done') inProgress++;
    if (!inView(state.status, q.filters.view)) continue;
    const r = line.row;
    shown.push({ year: r.year, unitRank: line.unitRank, inspectionId: r.inspectionId, number: r.number, dateFrom: r.dateFrom, status: state.status, due: state.due, line, state });
  }
  shown.sort(compareTracker(q.sort));
  const rows = shown.slice(q.offset, q.offset + q.limit).map((s) => ({ ...s.line.row, state: s.state }));
  return { rows, total: shown.length, counts, inProgress };
}

/** The whole text of one recommendation, for the side panel (the lines carry it cut). */
export function recommendationText(db: Db, recommendationId: string): { content: string } | undefined {
  return db.prepare('SELECT content FROM recommendations WHERE id = ?').get(recommendationId) as { content: string } | undefined;
}
