// `followUp.query`: one page of the tracker, with its total and the counts per view. At ten years of
// records (6,000 recommendations) the screen must open in under 100 ms, so the lean lines, their due
// dates (which do not depend on the day), their units' Vietnamese order and their folded search text
// are read once and kept; a write re-reads only the lines of the inspections it touched (temporary
// triggers say which). Each query then decides the status of each line, filters, counts and sorts in
// memory with the pure rules of shared/follow-up/, and builds only the lines of the page asked for.
import { dueDateOf, statusOn, type DueDate } from '../../../shared/follow-up/status';
import {
  compareTracker, countInto, cutContent, emptyCounts, inView, matchesFilters, searchSource, searchWords, trackerFacts,
  TrackerQuery, unitRanks, type SortKey, type TrackerResult, type TrackerRow,
} from '../../../shared/follow-up/tracker';
import type { Db } from '../db/database';
import { onTrackerDirty } from '../db/sql-functions';
import { foldKey } from '../../../shared/vi/text';
import { ALL_EXTENSIONS, ALL_LAST_REPORTS, EXTENDED_TO, FOLLOWED_FROM, FOLLOWED_WHERE, LAST_REPORT, latestById } from './follow-sql';

/** A line's search text, folded the first time a search needs it (null until then). */
interface Fold { source: string; folded: string | null }
interface Line { row: TrackerRow; due: DueDate; facts: ReturnType<typeof trackerFacts>; fold: Fold; unitRank: number }
interface Base {
  /** The lines of each inspection; `lines` is all of them (rebuilt when an inspection's change). */
  byInspection: Map<string, Line[]>;
  lines: Line[];
  ranks: Map<string, number>;
  folds: Map<string, Fold>;
}
/** What changed since the lines were read: some inspections' lines, or anything (read everything again). */
interface Watch { base: Base | null; dirty: Set<string>; all: boolean; dataVersion: number }
const watches = new WeakMap<Db, Watch>();

/**
 * Temporary triggers (this connection only; nothing is stored in the file) tell which inspections'
 * lines a write touched: a recommendation, its inspection's unit, team, dates or bin state, an
 * extension, a report or an assessment. A rename of a unit, team, area or a campaign's year or bin
 * state touches everything. Writes that do not show in the tracker (a finding typed, a document
 * issued) touch nothing, so the tracker opens at once after them.
 */
const TRIGGERS = [
  ['recommendations', 'INSERT', 'NEW.inspection_id'],
  ['recommendations', 'UPDATE', 'OLD.inspection_id), bb_tracker_dirty(NEW.inspection_id'],
  ['recommendations', 'DELETE', 'OLD.inspection_id'],
  ['inspections', 'UPDATE OF campaign_id, unit_id, team_id, date_from, date_to, deleted_at', 'NEW.id'],
  ['inspections', 'DELETE', 'OLD.id'],
  ['recommendation_extensions', 'INSERT', '(SELECT inspection_id FROM recommendations WHERE id = NEW.recommendation_id)'],
  ['remediation_reports', 'INSERT', 'NEW.inspection_id'],
  ['remediation_reports', 'UPDATE', 'OLD.inspection_id), bb_tracker_dirty(NEW.inspection_id'],
  ['remediation_reports', 'DELETE', 'OLD.inspection_id'],
  ['remediation_report_items', 'INSERT', '(SELECT inspection_id FROM remediation_reports WHERE id = NEW.report_id)'],
  ['remediation_report_items', 'UPDATE', '(SELECT inspection_id FROM remediation_reports WHERE id = NEW.report_id)'],
  ['remediation_report_items', 'DELETE', '(SELECT inspection_id FROM remediation_reports WHERE id = OLD.report_id)'],
  ['campaigns', 'UPDATE OF year, deleted_at', 'NULL'],
  ['campaigns', 'DELETE', 'NULL'],
  ['units', 'UPDATE OF name', 'NULL'],
  ['teams', 'UPDATE OF number', 'NULL'],
  ['areas', 'UPDATE OF name', 'NULL'],
] as const;

function watch(db: Db): Watch {
  const known = watches.get(db);
  if (known) return known;
  const w: Watch = { base: null, dirty: new Set(), all: true, dataVersion: -1 };
  // bb_tracker_dirty itself is registered at open (db/sql-functions.ts); this cache listens to it.
  onTrackerDirty(db, (inspectionId) => {
    if (inspectionId !== null) w.dirty.add(inspectionId);
    else w.all = true;
  });
  db.exec(TRIGGERS.map(([table, event, arg], k) =>
    `CREATE TEMP TRIGGER IF NOT EXISTS bb_tracker_${k} AFTER ${event} ON main.${table} BEGIN SELECT bb_tracker_dirty(${arg}); END;`).join('\n'));
  watches.set(db, w);
  return w;
}

// The lines in inspection order (the order of the numbers "Kiến nghị số N", as the documents number them).
const LINES_SQL = (where: string) => `
    SELECT rec.id, rec.inspection_id, i.campaign_id, i.team_id, i.unit_id, c.year, u.name AS unit_name, t.number AS team_number,
           a.name AS area_name, rec.content, rec.responsible_unit, rec.remedy_deadline, rec.remedy_deadline_note,
           rec.report_deadline, rec.report_to, rec.status, rec.status_note, i.date_from, i.date_to, rec.position
    ${FOLLOWED_FROM}
    LEFT JOIN units u ON u.id = i.unit_id
    LEFT JOIN teams t ON t.id = i.team_id
    LEFT JOIN areas a ON a.id = rec.area_id
    WHERE ${FOLLOWED_WHERE} ${where}`;
const INSPECTION_LINES_SQL = LINES_SQL('AND rec.inspection_id = ?')
  .replace('rec.position', `rec.position, ${EXTENDED_TO} AS extended_to, ${LAST_REPORT} AS last_report`);

type Raw = Record<string, never> & { id: string; inspection_id: string; position: number; unit_name: string | null; content: string };

/** Numbers each recommendation within its inspection, by position then id (as ROW_NUMBER() in listFollowUp). */
function numbered(raw: Raw[]): Map<string, number> {
  const byInspection = new Map<string, Raw[]>();
  for (const x of raw) {
    const list = byInspection.get(x.inspection_id);
    if (list) list.push(x);
    else byInspection.set(x.inspection_id, [x]);
  }
  const out = new Map<string, number>();
  for (const list of byInspection.values()) {
    list.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    list.forEach((x, k) => out.set(x.id, k + 1));
  }
  return out;
}

function lineOf(x: Raw, number: number, extendedTo: string | null, last: string | null, ranks: Map<string, number>, folds: Base['folds']): Line {
  const row: TrackerRow = {
    recommendationId: x.id, inspectionId: x.inspection_id, campaignId: x.campaign_id, teamId: x.team_id, unitId: x.unit_id,
    year: x.year, unitName: x.unit_name ?? '', teamNumber: x.team_number ?? null, areaName: x.area_name ?? '', number,
    content: cutContent(x.content), responsibleUnit: x.responsible_unit, remedyDeadline: x.remedy_deadline,
    remedyDeadlineNote: x.remedy_deadline_note, reportDeadline: x.report_deadline, reportTo: x.report_to, storedStatus: x.status,
    statusNote: x.status_note, extendedTo, baseDate: x.date_to ?? x.date_from ?? null,
    lastAssessment: (last as TrackerRow['lastAssessment']) ?? null, dateFrom: x.date_from,
  };
  const facts = trackerFacts(row);
  // Folding was a third of the first read (22 of 90 ms at ten years): it waits for the first search,
  // and the text of a line that did not change is not folded again.
  const source = searchSource(row, x.content);
  const known = folds.get(x.id);
  const fold = known && known.source === source ? known : { source, folded: null };
  folds.set(x.id, fold);
  return { row, facts, due: dueDateOf(facts), fold, unitRank: ranks.get(row.unitName) ?? 0 };
}

function readAll(db: Db, folds: Base['folds']): Base {
  const raw = db.prepare(LINES_SQL('')).all() as Raw[];
  const ranks = unitRanks(raw.map((x) => x.unit_name ?? ''));
  const numbers = numbered(raw);
  const ext = latestById(db, ALL_EXTENSIONS);
  const reports = latestById(db, ALL_LAST_REPORTS);
  const byInspection = new Map<string, Line[]>();
  const kept: Base['folds'] = new Map();
  for (const x of raw) {
    const line = lineOf(x, numbers.get(x.id)!, ext.get(x.id) ?? null, reports.get(x.id) ?? null, ranks, folds);
    kept.set(x.id, folds.get(x.id)!);
    const list = byInspection.get(x.inspection_id);
    if (list) list.push(line);
    else byInspection.set(x.inspection_id, [line]);
  }
  return { byInspection, lines: [...byInspection.values()].flat(), ranks, folds: kept };
}

/** Reads again the lines of the inspections a write touched; a unit name never seen re-orders them all. */
function readSome(db: Db, b: Base, ids: Iterable<string>): void {
  const stmt = db.prepare(INSPECTION_LINES_SQL);
  let newName = false;
  for (const id of ids) {
    const raw = stmt.all(id) as (Raw & { extended_to: string | null; last_report: string | null })[];
    for (const old of b.byInspection.get(id) ?? []) b.folds.delete(old.row.recommendationId);
    if (!raw.length) { b.byInspection.delete(id); continue; }
    const numbers = numbered(raw);
    b.byInspection.set(id, raw.map((x) => lineOf(x, numbers.get(x.id)!, x.extended_to ?? null, x.last_report ?? null, b.ranks, b.folds)));
    if (raw.some((x) => !b.ranks.has(x.unit_name ?? ''))) newName = true;
  }
  b.lines = [...b.byInspection.values()].flat();
  if (newName) {
    b.ranks = unitRanks(b.lines.map((l) => l.row.unitName));
    for (const l of b.lines) l.unitRank = b.ranks.get(l.row.unitName) ?? 0;
  }
}

/** Every followed recommendation as a lean line, with what each query needs already worked out. */
function base(db: Db): Base {
  const w = watch(db);
  // Another connection's commit (not the app's own way of writing, but possible) reads everything again.
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  if (dataVersion !== w.dataVersion) { w.all = true; w.dataVersion = dataVersion; }
  if (!w.base || w.all) {
    w.all = false;
    w.dirty.clear();
    w.base = readAll(db, w.base?.folds ?? new Map());
  } else if (w.dirty.size) {
    const ids = [...w.dirty];
    w.dirty.clear();
    readSome(db, w.base, ids);
  }
  return w.base;
}

/** The lines of a query in their order, with the counts; queryTracker() takes one page of them. */
export function selectTracker(db: Db, input: TrackerQuery) {
  const q = TrackerQuery.parse(input);
  const { lines } = base(db);
  const words = searchWords(q.filters.search);
  const counts = emptyCounts();
  const shown: (SortKey & { line: Line; state: ReturnType<typeof statusOn> })[] = [];
  let inProgress = 0;
  for (const line of lines) {
    if (!matchesFilters(line.row, line.due.due, words.length ? (line.fold.folded ??= foldKey(line.fold.source)) : '', q.filters, words)) continue;
    const state = statusOn(line.facts, line.due, q.today, q.dueSoonDays);
    countInto(counts, state.status);
    if (state.inProgress && state.status !== 'done') inProgress++;
    if (!inView(state.status, q.filters.view)) continue;
    const r = line.row;
    shown.push({ year: r.year, unitRank: line.unitRank, inspectionId: r.inspectionId, number: r.number, dateFrom: r.dateFrom, status: state.status, due: state.due, line, state });
  }
  shown.sort(compareTracker(q.sort));
  return { q, shown, counts, inProgress };
}

export function queryTracker(db: Db, input: TrackerQuery): TrackerResult {
  const { q, shown, counts, inProgress } = selectTracker(db, input);
  const rows = shown.slice(q.offset, q.offset + q.limit).map((s) => ({ ...s.line.row, state: s.state }));
  const result: TrackerResult = { rows, total: shown.length, counts, inProgress, dueSoonDays: q.dueSoonDays };
  // Nothing in the chosen campaign: how many the same filters and view find in the others (the chosen
  // one has none, so all campaigns' lines are the others'), by the same rule, so she is told to look there.
  if (!shown.length && q.filters.campaignId) {
    const { campaignId: _chosen, ...elsewhere } = q.filters;
    result.otherCampaigns = selectTracker(db, { ...q, filters: elsewhere }).shown.length;
  }
  return result;
}

/** The whole text of one recommendation, for the side panel (the lines carry it cut). */
export function recommendationText(db: Db, recommendationId: string): { content: string } | undefined {
  return db.prepare('SELECT content FROM recommendations WHERE id = ?').get(recommendationId) as { content: string } | undefined;
}
