// The figures of every inspected unit side by side, with totals and rates (docs/documents.md §4).
// Pure sums: a total is the sum of the units' figures that exist; a unit without a figure is
// "missing" (printed "—"), never a zero, and is counted as missing beside the total. Every rate of
// the campaign documents is computed by rateOf, once.
import type { Campaign, Indicator, Inspection } from '../records';
import { formatCount, formatPercent, ratePercent } from '../vi/numbers';
import { onTimeOf as chartOnTimeOf } from '../charts/data';

/** The one rate function of the campaign documents: percent, or null when the denominator is 0 or unknown. */
export function rateOf(numerator: number, denominator: number | null): number | null {
  return denominator === null ? null : ratePercent(numerator, denominator);
}

/** What a cell prints for a figure nobody recorded. */
export const MISSING = '—';
export const MISSING_NOTE = '"—": đơn vị chưa có số liệu; tổng cộng và tỷ lệ chung chỉ tính trên các đơn vị có số liệu.';

/** A unit's figure for one indicator; null when none was recorded. */
export interface Cell { value: number; denominator: number | null }

export type Total =
  | { kind: 'count'; sum: number; known: number; missing: number }
  | { kind: 'ratio'; numerator: number; denominator: number; rate: number | null; known: number; missing: number }
  /** Rates stated by each unit are not added up. */
  | { kind: 'percent'; known: number; missing: number };

export interface Column { indicator: Indicator; cells: (Cell | null)[]; total: Total }

export function cellOf(inspection: Inspection, indicatorId: string): Cell | null {
  const f = inspection.figures.find((x) => x.indicatorId === indicatorId && x.value !== null);
  return f ? { value: f.value as number, denominator: f.denominator } : null;
}

export function totalOf(indicator: Indicator, cells: readonly (Cell | null)[]): Total {
  const known = cells.filter((c): c is Cell => c !== null);
  const missing = cells.length - known.length;
  if (indicator.kind === 'percent') return { kind: 'percent', known: known.length, missing };
  if (indicator.kind === 'ratio') {
    // A ratio counts in the total only with its denominator: a numerator alone has no share.
    const whole = known.filter((c) => c.denominator !== null);
    const numerator = whole.reduce((a, c) => a + c.value, 0);
    const denominator = whole.reduce((a, c) => a + (c.denominator as number), 0);
    return { kind: 'ratio', numerator, denominator, rate: rateOf(numerator, denominator), known: whole.length, missing: cells.length - whole.length };
  }
  return { kind: 'count', sum: known.reduce((a, c) => a + c.value, 0), known: known.length, missing };
}

/** The columns of the indicators (in catalogue order) that at least one unit has a figure for. */
export function figureColumns(campaign: Campaign, inspections: readonly Inspection[], areaId?: string | null): Column[] {
  return campaign.indicators
    .filter((ind) => areaId === undefined || ind.areaId === areaId)
    .map((indicator) => {
      const cells = inspections.map((i) => cellOf(i, indicator.id));
      return { indicator, cells, total: totalOf(indicator, cells) };
    })
    .filter((c) => c.cells.some((x) => x !== null));
}

export function cellText(indicator: Indicator, c: Cell | null): string {
  if (!c) return MISSING;
  if (indicator.kind === 'percent') return formatPercent(c.value);
  if (indicator.kind === 'ratio' && c.denominator !== null) {
    const rate = rateOf(c.value, c.denominator);
    return `${formatCount(c.value)}/${formatCount(c.denominator)} (${rate === null ? 'không phát sinh' : formatPercent(rate)})`;
  }
  return formatCount(c.value);
}

export function totalText(t: Total): string {
  if (t.kind === 'percent' || t.known === 0) return MISSING;
  if (t.kind === 'count') return formatCount(t.sum);
  return `${formatCount(t.numerator)}/${formatCount(t.denominator)} (${t.rate === null ? 'không phát sinh' : formatPercent(t.rate)})`;
}

/** Files handled on time (early + on time) over files handled, of one unit: the on-time rate's parts. */
export interface OnTime { onTime: number; handled: number; rate: number | null }

/**
 * The on-time rate of administrative files of one inspection: the rule of the campaign's charts
 * (shared/charts/data.ts onTimeOf), so the report's table and its chart always agree. null when the
 * unit's figures do not give one.
 */
export function onTimeOf(campaign: Campaign, inspection: Inspection): OnTime | null {
  const x = chartOnTimeOf(campaign.indicators, inspection.figures);
  return x ? { onTime: x.onTime, handled: x.resolved, rate: rateOf(x.onTime, x.resolved) } : null;
}

/** The campaign's on-time rate: the sums of the units that have one. */
export function onTimeTotal(rows: readonly (OnTime | null)[]): OnTime & { known: number; missing: number } {
  const known = rows.filter((r): r is OnTime => r !== null);
  const onTime = known.reduce((a, r) => a + r.onTime, 0);
  const handled = known.reduce((a, r) => a + r.handled, 0);
  return { onTime, handled, rate: rateOf(onTime, handled), known: known.length, missing: rows.length - known.length };
}
