// Where a recommendation stands on a given day, and the order the follow-up list shows them in.
import { describe, expect, it } from 'vitest';
import { localToday, sortByUrgency, summarize, urgencyOf, type FollowUpRow } from '../../shared/followup';
import type { Recommendation } from '../../shared/records';

const rec = (over: Partial<Recommendation>): Recommendation => ({
  id: '00000000-0000-4000-8000-000000000001', areaId: null, content: 'Khắc phục', responsibleUnit: '', remedyDeadline: null,
  remedyDeadlineNote: '', reportDeadline: null, reportTo: '', status: 'open', statusNote: '', ...over,
});
const row = (unitName: string, number: number, over: Partial<Recommendation>): FollowUpRow => ({
  inspectionId: 'i', campaignId: 'c', year: 2022, unitName, teamNumber: 1, dateTo: '2022-10-06', baseDate: '2022-10-06', extendedTo: null,
  lastAssessment: null, number, recommendation: rec(over),
});
const one = (over: Partial<Recommendation>) => row('UBND xã A', 1, over);

describe('urgencyOf', () => {
  it('counts the deadline day itself as in time, the day after as overdue', () => {
    expect(urgencyOf(one({ remedyDeadline: '2022-12-31' }), '2022-12-31')).toBe('due_soon');
    expect(urgencyOf(one({ remedyDeadline: '2022-12-31' }), '2023-01-01')).toBe('overdue');
  });
  it('calls a deadline within 7 days "due soon", further away "pending", across month and year ends', () => {
    expect(urgencyOf(one({ remedyDeadline: '2023-01-03' }), '2022-12-27')).toBe('due_soon');
    expect(urgencyOf(one({ remedyDeadline: '2023-01-04' }), '2022-12-27')).toBe('pending');
    expect(urgencyOf(one({ remedyDeadline: '2024-03-01' }), '2024-02-23')).toBe('due_soon'); // leap year: 7 days
  });
  it('never calls done or undated recommendations overdue', () => {
    expect(urgencyOf(one({ remedyDeadline: '2020-01-01', status: 'done' }), '2022-01-01')).toBe('done');
    expect(urgencyOf(one({ remedyDeadlineNote: 'khắc phục ngay', status: 'in_progress' }), '2030-01-01')).toBe('pending');
  });
});

describe('the follow-up list', () => {
  const today = '2023-01-10';
  const rows = [
    row('UBND xã Mường Mươn', 1, { status: 'done', remedyDeadline: '2022-12-31' }),
    row('UBND huyện Mường Chà', 2, { remedyDeadline: '2023-03-31' }),
    row('UBND huyện Mường Chà', 1, { remedyDeadline: '2023-03-31', status: 'in_progress' }),
    row('UBND huyện Điện Biên', 1, { remedyDeadline: '2022-12-31' }),
    row('UBND huyện Ngọc Lặc', 3, { remedyDeadline: '2023-01-15' }),
    row('Ủy ban nhân dân xã Á', 1, {}),
  ];
  it('puts the overdue first, then due soon, then the rest by deadline and unit in Vietnamese order, done last', () => {
    expect(sortByUrgency(rows, today).map((r) => `${r.unitName} ${r.number}`)).toEqual([
      'UBND huyện Điện Biên 1', 'UBND huyện Ngọc Lặc 3', 'UBND huyện Mường Chà 1', 'UBND huyện Mường Chà 2', 'Ủy ban nhân dân xã Á 1',
      'UBND xã Mường Mươn 1',
    ]);
  });
  it('counts them', () => {
    expect(summarize(rows, today)).toEqual({ total: 6, done: 1, inProgress: 1, open: 4, overdue: 1, dueSoon: 1 });
  });
  it('takes today from the local calendar, not UTC', () => {
    expect(localToday(new Date(2022, 11, 31, 23, 59))).toBe('2022-12-31');
    expect(localToday(new Date(2023, 0, 1, 0, 5))).toBe('2023-01-01');
  });
});
