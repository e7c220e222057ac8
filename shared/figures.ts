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
