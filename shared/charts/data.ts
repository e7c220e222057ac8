// The numbers behind the campaign's charts, taken from its records by pure functions, so the app's
// tab, the campaign report's images and the tests all draw the same thing. A unit whose figures do
// not give a rate is named as missing, never drawn as 0 (docs/documents.md §4: a missing figure is
// not a zero).
import type { Figure, Indicator, Recommendation } from '../records';
import { STATUS_LABELS, urgencyOf, type FollowUpRow } from '../followup';
import { compareVi } from '../vi/text';
import { ratePercent } from '../vi/numbers';

/** The default catalogue's names (shared/defaults.ts) for the handling of administrative files. */
export const ON_TIME_INDICATORS = {
  /** A ratio typed as such: files handled early or on time over files handled. */
  ratio: 'Hồ sơ giải quyết đúng hạn và trước hạn',
  resolved: 'Đã giải quyết',
  early: 'Giải quyết trước hạn',
  onTime: 'Giải quyết đúng hạn',
  late: 'Giải quyết trễ hạn',
} as const;

/** One inspection's figures with the name of the unit inspected. */
export interface UnitFigures { inspectionId: string; unitName: string; figures: Figure[] }

export interface OnTimeRow {
  inspectionId: string;
  unitName: string;
  /** Files handled early or on time. */
  onTime: number;
  /** Files handled. */
  resolved: number;
  /** 0–100 (more than 100 only if the figures themselves say so). */
  rate: number;
}
export interface OnTimeData {
  /** Highest rate first, then by unit name. */
  rows: OnTimeRow[];
  /** Units inspected whose figures give no rate (nothing typed, or not enough to compute it). */
  missing: { inspectionId: string; unitName: string }[];
}

const nameKey = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/** Shown for an inspection recorded before its unit was chosen. */
export const NO_UNIT_NAME = '(Chưa chọn đơn vị)';

/**
 * The on-time rate of one inspection, or null. A typed ratio wins; otherwise it follows from the
 * parts of "Đã giải quyết": (early + on time) / handled, where handled is the typed total or the sum of
 * all three parts, and early + on time may also be handled − late. A part that was not typed is never
 * taken as 0.
 */
export function onTimeOf(indicators: Indicator[], figures: Figure[]): { onTime: number; resolved: number } | null {
  const idsByName = new Map<string, string[]>();
  for (const i of indicators) idsByName.set(nameKey(i.name), [...(idsByName.get(nameKey(i.name)) ?? []), i.id]);
  const figureOf = (name: string): Figure | undefined => {
    const ids = new Set(idsByName.get(nameKey(name)) ?? []);
    return figures.find((f) => ids.has(f.indicatorId) && f.value !== null);
  };
  const valueOf = (name: string): number | null => figureOf(name)?.value ?? null;

  const ratio = figureOf(ON_TIME_INDICATORS.ratio);
  if (ratio && ratio.value !== null && ratio.denominator) return { onTime: ratio.value, resolved: ratio.denominator };

  const early = valueOf(ON_TIME_INDICATORS.early);
  const onTime = valueOf(ON_TIME_INDICATORS.onTime);
  const late = valueOf(ON_TIME_INDICATORS.late);
  const typedResolved = valueOf(ON_TIME_INDICATORS.resolved);
  const resolved = typedResolved ?? (early !== null && onTime !== null && late !== null ? early + onTime + late : null);
  if (!resolved) return null;
  if (early !== null && onTime !== null) return { onTime: early + onTime, resolved };
  if (late !== null) return { onTime: resolved - late, resolved };
  return null;
}

/** The rate chart's data for a campaign's inspections. */
export function onTimeRates(indicators: Indicator[], units: readonly UnitFigures[]): OnTimeData {
  const rows: OnTimeRow[] = [];
  const missing: OnTimeData['missing'] = [];
  for (const u of units) {
    const unitName = u.unitName.trim() || NO_UNIT_NAME;
    const got = onTimeOf(indicators, u.figures);
    const rate = got ? ratePercent(got.onTime, got.resolved) : null;
    if (got && rate !== null) rows.push({ inspectionId: u.inspectionId, unitName, ...got, rate });
    else missing.push({ inspectionId: u.inspectionId, unitName });
  }
  rows.sort((a, b) => b.rate - a.rate || compareVi(a.unitName, b.unitName));
  missing.sort((a, b) => compareVi(a.unitName, b.unitName));
  return { rows, missing };
}

/** Where a recommendation stands, as one bar of the chart: `rank` orders the bars. */
export interface RecommendationState { key: string; label: string; rank: number }
export type StateOf = (r: Recommendation, today: string) => RecommendationState;

const DEFAULT_STATES = {
  done: { key: 'done', label: STATUS_LABELS.done, rank: 0 },
  in_progress: { key: 'in_progress', label: STATUS_LABELS.in_progress, rank: 1 },
  open: { key: 'open', label: STATUS_LABELS.open, rank: 2 },
  overdue: { key: 'overdue', label: 'Quá hạn', rank: 3 },
} as const satisfies Record<string, RecommendationState>;

/**
 * The default: done; overdue (not done, past its dated deadline, urgencyOf in shared/followup.ts);
 * otherwise its recorded status. The follow-up rules may bring finer states: pass another StateOf.
 */
export const defaultStateOf: StateOf = (r, today) => {
  if (r.status === 'done') return DEFAULT_STATES.done;
  if (urgencyOf(r, today) === 'overdue') return DEFAULT_STATES.overdue;
  return r.status === 'in_progress' ? DEFAULT_STATES.in_progress : DEFAULT_STATES.open;
};

export interface StateCount { key: string; label: string; count: number }
export interface RecommendationStates { today: string; total: number; states: StateCount[] }

/**
 * Recommendations counted by state on `today`. The default states always appear (a 0 here is a real
 * count, not a missing figure), so the chart of one campaign reads like the next one's.
 */
export function recommendationStates(rows: readonly FollowUpRow[], today: string, stateOf: StateOf = defaultStateOf): RecommendationStates {
  const found = new Map<string, RecommendationState & { count: number }>();
  if (stateOf === defaultStateOf) {
    for (const s of Object.values(DEFAULT_STATES)) found.set(s.key, { ...s, count: 0 });
  }
  for (const row of rows) {
    const s = stateOf(row.recommendation, today);
    const had = found.get(s.key);
    if (had) had.count++;
    else found.set(s.key, { ...s, count: 1 });
  }
  const states = [...found.values()].sort((a, b) => a.rank - b.rank).map(({ key, label, count }) => ({ key, label, count }));
  return { today, total: rows.length, states };
}


/** What the campaign screen's charts and the report's images are drawn from (campaigns.chartData). */
export interface CampaignChartData {
  campaignId: string;
  year: number;
  title: string;
  onTime: OnTimeData;
  recommendations: RecommendationStates;
}
