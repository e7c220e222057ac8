// The tracker: every recommendation across inspections, teams and campaigns, filtered, searched,
// sorted and read one page at a time (docs/architecture.md, "Follow-up history"). The filter and
// order are pure functions here so the core and the tests use the same ones; the status is the one
// rule of status.ts.
import { z } from 'zod';
import { Id, IsoDate, type RecommendationStatus } from '../records';
import { compareVi, foldKey } from '../vi/text';
import { DUE_SOON_DAYS, FOLLOW_STATUSES, followStatusOf, type FollowFacts, type FollowState, type FollowStatus } from './status';
import { DueSoonDays } from './settings';

/** The views of the list: a status, or what is left (everything not done), or everything. */
export const TRACKER_VIEWS = ['unfinished', 'overdue', 'due_soon', 'reported', 'not_accepted', 'not_due', 'no_due_date', 'done', 'all'] as const;
export const TrackerView = z.enum(TRACKER_VIEWS);
export type TrackerView = z.infer<typeof TrackerView>;
export const TRACKER_VIEW_LABELS: Record<TrackerView, string> = {
  unfinished: 'Chưa hoàn thành', overdue: 'Quá hạn', due_soon: 'Sắp đến hạn', reported: 'Chờ đánh giá', not_accepted: 'Chưa được chấp nhận',
  not_due: 'Chưa đến hạn', no_due_date: 'Không có ngày hạn', done: 'Đã hoàn thành', all: 'Tất cả',
};

export const TRACKER_SORTS = ['urgency', 'due', 'unit', 'newest'] as const;
export const TrackerSort = z.enum(TRACKER_SORTS);
export type TrackerSort = z.infer<typeof TrackerSort>;
export const TRACKER_SORT_LABELS: Record<TrackerSort, string> = {
  urgency: 'Quá hạn, sắp đến hạn trước', due: 'Hạn sớm nhất trước', unit: 'Theo đơn vị (A–Z)', newest: 'Đợt mới nhất trước',
};

export const TrackerFilters = z.object({
  campaignId: Id.optional(),
  teamId: Id.optional(),
  unitId: Id.optional(),
  /** By the area's name, so one choice covers the same area in every campaign. */
  areaName: z.string().max(500).optional(),
  view: TrackerView.default('unfinished'),
  /** The due date that counts (extension, date or wording) within these days, both included. */
  dueFrom: IsoDate.optional(),
  dueTo: IsoDate.optional(),
  /** Words typed in the search box, matched without diacritics or case ("muong cha" finds "Mường Chà"). */
  search: z.string().max(500).optional(),
}).strict();
export type TrackerFilters = z.infer<typeof TrackerFilters>;

export const TrackerQuery = z.object({
  today: IsoDate,
  dueSoonDays: DueSoonDays.default(DUE_SOON_DAYS),
  filters: TrackerFilters,
  sort: TrackerSort.default('urgency'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
}).strict();
export type TrackerQuery = z.input<typeof TrackerQuery>;

/**
 * The screen's question: without `dueSoonDays`, the core counts "sắp đến hạn" with the days kept in
 * the settings (the dashboard's), so the tracker need not ask for the settings before its first page.
 */
export const TrackerAsk = TrackerQuery.extend({ dueSoonDays: DueSoonDays.optional() });
export type TrackerAsk = z.input<typeof TrackerAsk>;

/** One line of the tracker: lean (the content is cut), enough to show, edit in place and decide the status. */
export interface TrackerRow {
  recommendationId: string;
  inspectionId: string;
  campaignId: string;
  teamId: string | null;
  unitId: string | null;
  year: number;
  unitName: string;
  teamNumber: number | null;
  areaName: string;
  /** 1-based number within its inspection ("Kiến nghị số 2"). */
  number: number;
  /** The content, cut to CONTENT_CUT characters (with "…" when cut). */
  content: string;
  responsibleUnit: string;
  remedyDeadline: string | null;
  remedyDeadlineNote: string;
  reportDeadline: string | null;
  reportTo: string;
  storedStatus: RecommendationStatus;
  statusNote: string;
  extendedTo: string | null;
  baseDate: string | null;
  lastAssessment: 'accepted' | 'not_accepted' | 'pending' | null;
  /** Inspection's first day, for "newest first". */
  dateFrom: string | null;
}

export interface TrackerRowState extends TrackerRow {
  state: FollowState;
}

export interface TrackerResult {
  rows: TrackerRowState[];
  /** Lines matching every filter (the view included). */
  total: number;
  /** Lines per view, with every other filter applied: the counts beside the view choices. */
  counts: Record<TrackerView, number>;
  /** Lines not done that are marked "đang thực hiện", with every other filter applied. */
  inProgress: number;
  /** The "sắp đến hạn" days the statuses were decided with (the ones asked, else the settings'). */
  dueSoonDays: number;
  /** Only when a campaign is chosen and no line matches: the lines every filter and the view find in the other campaigns. */
  otherCampaigns?: number;
}

export const CONTENT_CUT = 200;
export const cutContent = (s: string): string => (s.length > CONTENT_CUT ? `${s.slice(0, CONTENT_CUT - 1).trimEnd()}…` : s);

export function trackerFacts(r: TrackerRow): FollowFacts {
  const last = r.lastAssessment;
  return {
    status: r.storedStatus, remedyDeadline: r.remedyDeadline, remedyDeadlineNote: r.remedyDeadlineNote, extendedTo: r.extendedTo,
    baseDate: r.baseDate, lastReport: last === null ? null : { assessed: last === 'pending' ? null : last, receivedDate: '' },
  };
}

export const trackerState = (r: TrackerRow, today: string, soonDays: number = DUE_SOON_DAYS): FollowState =>
  followStatusOf(trackerFacts(r), today, soonDays);

export function inView(status: FollowStatus, view: TrackerView): boolean {
  if (view === 'all') return true;
  if (view === 'unfinished') return status !== 'done';
  return status === view;
}

/** The folded words of a search: every one must be found. */
export const searchWords = (search: string | undefined): string[] => foldKey(search ?? '').split(/\s+/).filter(Boolean);

/** The folded text a search looks in: unit, content (whole), responsible unit, result, deadline wording, area. */
export const searchSource = (r: TrackerRow, fullContent: string): string =>
  [r.unitName, fullContent, r.responsibleUnit, r.statusNote, r.remedyDeadlineNote, r.areaName].join('\n');
export const searchText = (r: TrackerRow, fullContent: string): string => foldKey(searchSource(r, fullContent));

/** Every filter but the view (the counts per view are taken after these). */
export function matchesFilters(r: TrackerRow, due: string | null, folded: string, f: TrackerFilters, words: readonly string[]): boolean {
  if (f.campaignId && r.campaignId !== f.campaignId) return false;
  if (f.teamId && r.teamId !== f.teamId) return false;
  if (f.unitId && r.unitId !== f.unitId) return false;
  if (f.areaName && r.areaName !== f.areaName) return false;
  if (f.dueFrom && (due === null || due < f.dueFrom)) return false;
  if (f.dueTo && (due === null || due > f.dueTo)) return false;
  for (const w of words) if (!folded.includes(w)) return false;
  return true;
}

const URGENCY_RANK: Record<FollowStatus, number> = { overdue: 0, due_soon: 1, not_accepted: 2, reported: 3, not_due: 4, no_due_date: 5, done: 6 };

/** What the orders compare; `unitRank` is the unit name's place in Vietnamese order (unitRanks()). */
export interface SortKey { year: number; unitRank: number; inspectionId: string; number: number; dateFrom: string | null; status: FollowStatus; due: string | null }

/** Each distinct unit name's place in Vietnamese alphabetical order, so sorting compares numbers. */
export function unitRanks(names: Iterable<string>): Map<string, number> {
  return new Map([...new Set(names)].sort(compareVi).map((n, k) => [n, k]));
}

const str = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDue = (a: SortKey, b: SortKey) => str(a.due ?? '9999', b.due ?? '9999');
const byPlace = (a: SortKey, b: SortKey) => b.year - a.year || a.unitRank - b.unitRank || str(a.inspectionId, b.inspectionId) || a.number - b.number;

/** The orders of the list; every one ends on a stable key so pages never overlap. */
export function compareTracker(sort: TrackerSort): (a: SortKey, b: SortKey) => number {
  switch (sort) {
    case 'due':
      return (a, b) => byDue(a, b) || byPlace(a, b);
    case 'unit':
      return (a, b) => a.unitRank - b.unitRank || b.year - a.year || str(a.inspectionId, b.inspectionId) || a.number - b.number;
    case 'newest':
      return (a, b) => b.year - a.year || str(b.dateFrom ?? '', a.dateFrom ?? '') || byPlace(a, b);
    default:
      return (a, b) => URGENCY_RANK[a.status] - URGENCY_RANK[b.status] || byDue(a, b) || byPlace(a, b);
  }
}

export const emptyCounts = (): Record<TrackerView, number> =>
  Object.fromEntries(TRACKER_VIEWS.map((v) => [v, 0])) as Record<TrackerView, number>;

/** Adds one line's status to the counts per view. */
export function countInto(counts: Record<TrackerView, number>, status: FollowStatus): void {
  counts.all++;
  if (status !== 'done') counts.unfinished++;
  counts[status]++;
}

export { FOLLOW_STATUSES };
