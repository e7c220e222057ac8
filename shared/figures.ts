// Figures: a count, a numerator over a denominator, or a rate as the source stated it.
// Rates are computed, never typed twice; parts that do not add up to their total are flagged.
import type { Figure, Indicator } from './records';
import { formatCount, formatPercent, ratePercent } from './vi/numbers';

export function figureText(ind: Indicator, f: Pick<Figure, 'value' | 'denominator'>): string {
  if (f.value === null) return '';
  if (ind.kind === 'percent') return formatPercent(f.value);
  const unit = ind.unit ? ` ${ind.unit}` : '';
  if (ind.kind === 'ratio' && f.denominator !== null) {
    const rate = ratePercent(f.value, f.denominator);
    const base = `${formatCount(f.value)}/${formatCount(f.denominator)}${unit}`;
    return rate === null ? `${base} (không phát sinh)` : `${base} (đạt ${formatPercent(rate)})`;
  }
  return `${formatCount(f.value)}${unit}`;
}

export interface SumMismatch { parentId: string; total: number; sumOfParts: number }

function partsTree(indicators: Indicator[], figures: Figure[]) {
  const given = new Map(figures.filter((f) => f.value !== null).map((f) => [f.indicatorId, f.value as number]));
  const children = new Map<string, Indicator[]>();
  for (const i of indicators) if (i.parentId) children.set(i.parentId, [...(children.get(i.parentId) ?? []), i]);
  /** The typed value, else the sum of whatever parts are known (handled = early + on time + late). */
  const effective = (id: string, depth = 0): number | undefined => {
    if (given.has(id)) return given.get(id);
    const parts = depth < 20 ? (children.get(id) ?? []).map((c) => effective(c.id, depth + 1)) : [];
    const known = parts.filter((v): v is number => v !== undefined);
    return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
  };
  return { given, children, effective };
}

/** Totals that were not typed but follow from their parts, for showing beside the empty field. */
export function derivedTotals(indicators: Indicator[], figures: Figure[]): Map<string, number> {
  const { given, children, effective } = partsTree(indicators, figures);
  const out = new Map<string, number>();
  for (const id of children.keys()) {
    const v = effective(id);
    if (!given.has(id) && v !== undefined) out.set(id, v);
  }
  return out;
}

/**
 * For every count indicator with a value and parts, compare the total with the sum of its parts.
 * A part that was not typed counts as its own parts' sum, or 0.
 * Nothing is compared when no part has a value at all.
 */
export function checkParts(indicators: Indicator[], figures: Figure[]): SumMismatch[] {
  const { given, children, effective } = partsTree(indicators, figures);
  const out: SumMismatch[] = [];
  for (const [parentId, parts] of children) {
    const total = given.get(parentId);
    if (total === undefined) continue;
    const known = parts.map((p) => effective(p.id)).filter((v): v is number => v !== undefined);
    if (!known.length) continue;
    const sum = known.reduce((a, b) => a + b, 0);
    if (sum !== total) out.push({ parentId, total, sumOfParts: sum });
  }
  return out;
}

/** Numerator larger than denominator is almost always a typing slip. */
export function ratioProblem(f: Pick<Figure, 'value' | 'denominator'>): string | null {
  if (f.value !== null && f.denominator !== null && f.value > f.denominator) return 'Tử số lớn hơn mẫu số';
  return null;
}

/**
 * A figure that contradicts itself or its total, as a sentence to show before issuing. `key` names the
 * problem and the values involved, so a confirmation given for these values does not cover new ones.
 */
export interface FigureProblem { key: string; text: string; indicatorId: string }

const PERCENT_IN_TEXT = /(\d+(?:[.,]\d+)?)\s*%/gu;
/** A rate stated in a note is taken as agreeing with the computed one within rounding to a whole percent. */
const STATED_RATE_TOLERANCE = 0.5;

/** Percentages written in a note ("nguồn ghi đạt 30%"), as numbers. */
export function statedRates(note: string): number[] {
  return [...note.matchAll(PERCENT_IN_TEXT)].map((m) => Number(m[1].replace(',', '.'))).filter((n) => Number.isFinite(n));
}

/**
 * Parts larger than their total, a numerator above its denominator, a rate above 100% and a rate
 * stated in the note that is not the rate the figures give: a document must never print these
 * without the secretary having looked at them (docs/documents.md §4).
 */
export function figureProblems(indicators: Indicator[], figures: Figure[]): FigureProblem[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const name = (id: string) => byId.get(id)?.name ?? 'Chỉ tiêu không còn trong danh mục';
  const out: FigureProblem[] = [];
  for (const m of checkParts(indicators, figures)) {
    // Parts that add up to less than the total may simply not all be typed yet; more than the total cannot be.
    const parts = indicators.filter((i) => i.parentId === m.parentId);
    const allTyped = parts.every((p) => figures.some((f) => f.indicatorId === p.id && f.value !== null));
    if (m.sumOfParts < m.total && !allTyped) continue;
    const how = m.sumOfParts > m.total ? 'lớn hơn' : 'nhỏ hơn';
    out.push({
      key: `parts:${m.parentId}:${m.total}:${m.sumOfParts}`, indicatorId: m.parentId,
      text: `${name(m.parentId)}: tổng các số liệu thành phần (${formatCount(m.sumOfParts)}) ${how} tổng số (${formatCount(m.total)}).`,
    });
  }
  for (const f of figures) {
    const ind = byId.get(f.indicatorId);
    if (!ind || f.value === null) continue;
    if (ind.kind === 'percent' && f.value > 100) {
      out.push({ key: `percent:${f.id}:${f.value}`, indicatorId: ind.id, text: `${ind.name}: tỷ lệ ${formatPercent(f.value)} lớn hơn 100%.` });
    }
    if (ind.kind !== 'ratio' || f.denominator === null) continue;
    if (ratioProblem(f)) {
      const rate = ratePercent(f.value, f.denominator);
      out.push({
        key: `ratio:${f.id}:${f.value}/${f.denominator}`, indicatorId: ind.id,
        text: `${ind.name}: tử số ${formatCount(f.value)} lớn hơn mẫu số ${formatCount(f.denominator)}` +
          `${rate === null ? '' : ` (văn bản sẽ ghi "đạt ${formatPercent(rate)}")`}.`,
      });
      continue;
    }
    const rate = ratePercent(f.value, f.denominator);
    if (rate === null) continue;
    const stated = statedRates(f.note).find((p) => Math.abs(p - rate) > STATED_RATE_TOLERANCE);
    if (stated !== undefined) {
      out.push({
        key: `stated:${f.id}:${f.value}/${f.denominator}:${stated}`, indicatorId: ind.id,
        text: `${ind.name}: ghi chú nêu ${formatPercent(stated)} nhưng ${formatCount(f.value)}/${formatCount(f.denominator)} là ${formatPercent(rate)}.`,
      });
    }
  }
  return out;
}
