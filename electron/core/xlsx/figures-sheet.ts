// The figures of a campaign as a worksheet: one row per inspected unit, one column per indicator
// (a ratio takes three: its numerator, its denominator and the rate), a totals row, and the on-time
// rate the campaign chart draws. A figure not recorded is an empty cell, never 0, and leaves the
// totals alone (docs/documents.md §4).
import { NO_UNIT_NAME, onTimeOf } from '../../../shared/charts/data';
import type { Campaign, Figure, Indicator } from '../../../shared/records';
import { compareVi } from '../../../shared/vi/text';
import type { Cell, Column, SheetTable } from './sheet';

export interface UnitRow {
  unitName: string;
  teamNumber: number | null;
  dateFrom: string | null;
  dateTo: string | null;
  figures: Figure[];
}

/** How one column reads a unit's figures, and what its total is over the units. */
interface FigureColumn extends Column {
  value: (u: UnitRow) => number | null;
  total: (units: readonly UnitRow[]) => number | null;
}

const sum = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
};
/** Σ numerators / Σ denominators over the units that have both, so the rate is computed once, from the sums. */
const pooledRate = (pairs: ({ num: number; den: number } | null)[]): number | null => {
  const both = pairs.filter((p): p is { num: number; den: number } => p !== null);
  const den = both.reduce((a, p) => a + p.den, 0);
  return den ? both.reduce((a, p) => a + p.num, 0) / den : null;
};

export const ON_TIME_HEADER = 'Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn (tính từ số liệu)';
export const TOTALS_LABEL = 'Tổng cộng';

function indicatorColumns(ind: Indicator): FigureColumn[] {
  const figureOf = (u: UnitRow) => u.figures.find((f) => f.indicatorId === ind.id);
  const valueOf = (u: UnitRow) => figureOf(u)?.value ?? null;
  const unit = ind.unit.trim() ? ` (${ind.unit.trim()})` : '';
  if (ind.kind === 'percent') {
    // A rate as the source stated it: no total can be made from rates alone.
    return [{ header: ind.name, kind: 'percent', value: (u) => { const v = valueOf(u); return v === null ? null : v / 100; }, total: () => null }];
  }
  if (ind.kind === 'count') {
    return [{ header: `${ind.name}${unit}`, kind: 'count', value: valueOf, total: (us) => sum(us.map(valueOf)) }];
  }
  const denOf = (u: UnitRow) => figureOf(u)?.denominator ?? null;
  const pair = (u: UnitRow) => {
    const num = valueOf(u);
    const den = denOf(u);
    return num !== null && den ? { num, den } : null;
  };
  return [
    { header: `${ind.name}${unit}`, kind: 'count', value: valueOf, total: (us) => sum(us.map(valueOf)) },
    { header: `${ind.name}: tổng số`, kind: 'count', value: denOf, total: (us) => sum(us.map(denOf)) },
    { header: `${ind.name}: tỷ lệ`, kind: 'percent', value: (u) => { const p = pair(u); return p && p.num / p.den; }, total: (us) => pooledRate(us.map(pair)) },
  ];
}

export function figuresTable(campaign: Pick<Campaign, 'year' | 'indicators'>, units: readonly UnitRow[]): SheetTable {
  const ordered = [...units].sort((a, b) => compareVi(a.unitName, b.unitName));
  // Indicators no unit of this campaign recorded would only be empty columns.
  const used = campaign.indicators.filter((ind) => units.some((u) => u.figures.some((f) => f.indicatorId === ind.id && f.value !== null)));
  const onTime = (u: UnitRow) => { const p = onTimeOf(campaign.indicators, u.figures); return p && p.resolved ? { num: p.onTime, den: p.resolved } : null; };
  const figureColumns: FigureColumn[] = [
    ...used.flatMap(indicatorColumns),
    { header: ON_TIME_HEADER, kind: 'percent', value: (u) => { const p = onTime(u); return p && p.num / p.den; }, total: (us) => pooledRate(us.map(onTime)) },
  ];
  const fixed: Column[] = [
    { header: 'STT', kind: 'count' },
    { header: 'Đơn vị được kiểm tra', kind: 'text', maxWidth: 35 },
    { header: 'Đoàn số', kind: 'count' },
    { header: 'Kiểm tra từ ngày', kind: 'date' },
    { header: 'Đến ngày', kind: 'date' },
  ];
  const rows: Cell[][] = ordered.map((u, k) => [
    k + 1, u.unitName.trim() || NO_UNIT_NAME, u.teamNumber, u.dateFrom, u.dateTo, ...figureColumns.map((c) => c.value(u)),
  ]);
  return {
    name: `Số liệu ${campaign.year}`,
    columns: [...fixed, ...figureColumns.map(({ header, kind }) => ({ header, kind, maxWidth: 24 }))],
    rows,
    totals: [null, TOTALS_LABEL, null, null, null, ...figureColumns.map((c) => c.total(ordered))],
  };
}
