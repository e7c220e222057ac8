// The tracker's pure parts: views, search words, the cut content and the orders.
import { describe, expect, it } from 'vitest';
import { compareTracker, CONTENT_CUT, cutContent, inView, searchWords, unitRanks, type SortKey } from '../../shared/follow-up/tracker';

describe('views', () => {
  it.each([
    ['overdue', 'unfinished', true], ['done', 'unfinished', false], ['done', 'done', true], ['reported', 'overdue', false],
    ['no_due_date', 'all', true], ['not_accepted', 'not_accepted', true],
  ] as const)('%s in %s: %s', (status, view, yes) => expect(inView(status, view)).toBe(yes));
});

describe('search words', () => {
  it('folds case, diacritics and đ, and splits on spaces', () => {
    expect(searchWords('  Mường   CHÀ ')).toEqual(['muong', 'cha']);
    expect(searchWords('Điện Biên')).toEqual(['dien', 'bien']);
    expect(searchWords(undefined)).toEqual([]);
  });
});

describe('cutContent', () => {
  it('keeps short text and cuts long text to the limit with an ellipsis', () => {
    expect(cutContent('Ngắn.')).toBe('Ngắn.');
    const long = 'Kiến nghị '.repeat(40);
    const cut = cutContent(long);
    expect(cut.length).toBeLessThanOrEqual(CONTENT_CUT);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('orders', () => {
  const ranks = unitRanks(['UBND xã Á', 'UBND huyện Điện Biên', 'UBND huyện Mường Chà', 'Ủy ban nhân dân xã B']);
  const key = (unit: string, over: Partial<SortKey>): SortKey => ({
    year: 2022, unitRank: ranks.get(unit)!, inspectionId: unit, number: 1, dateFrom: '2022-10-01', status: 'not_due', due: '2023-03-31', ...over,
  });
  const rows = [
    key('UBND xã Á', { status: 'done', due: '2022-12-31' }),
    key('UBND huyện Mường Chà', { status: 'due_soon', due: '2023-01-15' }),
    key('UBND huyện Điện Biên', { status: 'overdue', due: '2022-12-31' }),
    key('Ủy ban nhân dân xã B', { status: 'no_due_date', due: null, year: 2023 }),
  ];
  const order = (sort: Parameters<typeof compareTracker>[0]) => [...rows].sort(compareTracker(sort)).map((r) => r.inspectionId);
  it('puts the overdue first, then due soon, the rest, done last', () => {
    expect(order('urgency')).toEqual(['UBND huyện Điện Biên', 'UBND huyện Mường Chà', 'Ủy ban nhân dân xã B', 'UBND xã Á']);
  });
  it('orders by due date with the undated last, by unit in Vietnamese order, newest campaign first', () => {
    expect(order('due')).toEqual(['UBND huyện Điện Biên', 'UBND xã Á', 'UBND huyện Mường Chà', 'Ủy ban nhân dân xã B']);
    expect(order('unit')).toEqual(['UBND huyện Điện Biên', 'UBND huyện Mường Chà', 'UBND xã Á', 'Ủy ban nhân dân xã B']);
    expect(order('newest')[0]).toBe('Ủy ban nhân dân xã B');
  });
});
