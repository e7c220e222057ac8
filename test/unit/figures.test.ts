import { describe, expect, it } from 'vitest';
import { defaultAreas, defaultIndicators, newId } from '../../shared/defaults';
import { derivedTotals } from '../../shared/figures';
import type { Figure } from '../../shared/records';

describe('derived totals', () => {
  const indicators = defaultIndicators(defaultAreas(2022));
  const id = (name: string) => indicators.find((i) => i.name === name)!.id;
  const fig = (name: string, value: number): Figure => ({ id: newId(), indicatorId: id(name), value, denominator: null, note: '' });

  it('fills an untyped subtotal from its parts and leaves typed ones alone', () => {
    const figures = [
      fig('Hồ sơ TTHC tiếp nhận', 25718), fig('Giải quyết trước hạn', 7139), fig('Giải quyết đúng hạn', 18254),
      fig('Giải quyết trễ hạn', 231), fig('Đang giải quyết trong hạn', 94),
    ];
    const d = derivedTotals(indicators, figures);
    expect(d.get(id('Đã giải quyết'))).toBe(25624);
    expect(d.get(id('Đang giải quyết'))).toBe(94);
    expect(d.has(id('Hồ sơ TTHC tiếp nhận'))).toBe(false);
  });

  it('derives nothing where no part is known', () => {
    expect(derivedTotals(indicators, [fig('Hồ sơ TTHC tiếp nhận', 10)]).size).toBe(0);
  });
});
