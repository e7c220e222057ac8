// The filter every searchable drop-down uses (set in the theme): folded like search, words in any order.
import { describe, expect, it } from 'vitest';
import { foldFilter } from '../../renderer/src/components/foldFilter';

const options = [
  { value: '1', label: 'UBND huyện Mường Chà' },
  { value: '2', label: 'UBND tỉnh Điện Biên' },
  { value: '3', label: 'UBND phường Hòa Bình' },
  { group: 'Sở, ban, ngành', items: [{ value: '4', label: 'Sở Nội vụ tỉnh Điện Biên' }, { value: '5', label: 'Sở Tư pháp' }] },
];
const values = (search: string, limit = 100) =>
  foldFilter({ options, search, limit }).flatMap((o) => ('group' in o ? o.items.map((i) => i.value) : [o.value]));

describe('foldFilter', () => {
  it('finds labels typed without diacritics, in any case, đ as d, words in any order', () => {
    expect(values('muong cha')).toEqual(['1']);
    expect(values('MUONG CHÀ')).toEqual(['1']);
    expect(values('dien bien')).toEqual(['2', '4']);
    expect(values('bien dien')).toEqual(['2', '4']);
    expect(values('hoà bình')).toEqual(['3']); // old tone placement finds the new one
    expect(values('')).toEqual(['1', '2', '3', '4', '5']);
    expect(values('khong co')).toEqual([]);
  });
  it('keeps groups with a match, drops empty ones, and stops at the limit', () => {
    const r = foldFilter({ options, search: 'tu phap', limit: 100 });
    expect(r).toEqual([{ group: 'Sở, ban, ngành', items: [{ value: '5', label: 'Sở Tư pháp' }] }]);
    expect(values('ubnd', 2)).toEqual(['1', '2']);
  });
});
