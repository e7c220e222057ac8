// Deadline wordings read as their last day, against an inspection that ended on 06/10/2023.
import { describe, expect, it } from 'vitest';
import { readDeadline } from '../../shared/follow-up/deadline';
import { addMonths, addWorkingDays } from '../../shared/follow-up/days';

const BASE = '2023-10-06';

describe('readDeadline: wordings that name a day', () => {
  it.each([
    ['trong quý IV/2023', '2023-12-31'],
    ['Trong Quý IV năm 2023', '2023-12-31'],
    ['quý 1 năm 2024', '2024-03-31'],
    ['quy I/2024', '2024-03-31'],
    ['quý II-2024', '2024-06-30'],
    ['quý III/2024', '2024-09-30'],
    ['trong quý IV', '2023-12-31'], // no year: the inspection's year, still ahead
    ['trong quý III', '2024-09-30'], // no year and already past on 06/10/2023: next year's
    ['trước quý II/2024', '2024-03-31'],
    ['trước 31/12', '2023-12-31'],
    ['truoc 31/12', '2023-12-31'],
    ['trước 30/6', '2024-06-30'], // past in 2023: next year's
    ['trước 6/10', '2023-10-06'], // the base day itself is not past
    ['trước 5/10', '2024-10-05'],
    ['trước ngày 15/3/2024', '2024-03-15'],
    ['chậm nhất ngày 15.3.2024', '2024-03-15'],
    ['31/12/2023', '2023-12-31'],
    ['ngày 15 tháng 3 năm 2024', '2024-03-15'],
    ['trước ngày 15 tháng 3', '2024-03-15'],
    ['trong tháng 11/2023', '2023-11-30'],
    ['tháng 11 năm 2023', '2023-11-30'],
    ['trong tháng 2/2024', '2024-02-29'], // leap year
    ['trong tháng 2/2023', '2023-02-28'],
    ['trong tháng 12', '2023-12-31'],
    ['trong tháng 9', '2024-09-30'],
    ['trước tháng 6/2024', '2024-05-31'],
    ['trước tháng 1/2024', '2023-12-31'], // across the year end
    ['trong năm 2024', '2024-12-31'],
    ['cuối năm 2024', '2024-12-31'],
    ['trước năm 2025', '2024-12-31'],
    ['trong năm', '2023-12-31'],
    ['6 tháng đầu năm 2024', '2024-06-30'],
    ['trong 6 tháng cuối năm 2024', '2024-12-31'],
    ['trong 30 ngày', '2023-11-05'],
    ['trong vòng 30 ngày kể từ ngày ban hành thông báo', '2023-11-05'],
    ['trong 15 ngày kể từ ngày 20/12/2023', '2024-01-04'], // from the named day, across the year end
    ['trong 2 tuần', '2023-10-20'],
    ['trong 3 tháng', '2024-01-06'],
    ['trong 10 ngày làm việc', '2023-10-20'], // Fri 06/10 + 10 working days = Fri 20/10
  ])('%s → %s', (wording, iso) => {
    expect(readDeadline(wording, BASE)).toEqual({ kind: 'day', iso });
  });
});

describe('readDeadline: wordings without a day', () => {
  it.each(['khắc phục ngay', 'Khac phuc ngay', 'ngay sau kiểm tra', 'thường xuyên', 'Thực hiện thường xuyên, liên tục', 'hằng năm', 'kịp thời'])(
    '%s has no due date',
    (wording) => expect(readDeadline(wording, BASE)).toEqual({ kind: 'none' }),
  );
  it('says it did not understand what names nothing it knows, or a day that does not exist', () => {
    expect(readDeadline('khi có hướng dẫn của tỉnh', BASE)).toEqual({ kind: 'unknown' });
    expect(readDeadline('trước 31/2/2024', BASE)).toEqual({ kind: 'unknown' });
    expect(readDeadline('trong tháng 13/2024', BASE)).toEqual({ kind: 'unknown' });
  });
  it('needs the base date for wordings counted from it, and not for those that name their year', () => {
    expect(readDeadline('trong 30 ngày', null)).toEqual({ kind: 'unknown' });
    expect(readDeadline('trước 31/12', null)).toEqual({ kind: 'unknown' });
    expect(readDeadline('trong quý IV/2023', null)).toEqual({ kind: 'day', iso: '2023-12-31' });
  });
  it('reads nothing as nothing', () => {
    expect(readDeadline('  ', BASE)).toEqual({ kind: 'empty' });
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2023-12-15', 12, '2024-12-15'],
  ])('%s + %i months = %s', (from, n, to) => expect(addMonths(from, n)).toBe(to));
  it('skips weekends when counting working days', () => {
    expect(addWorkingDays('2023-12-29', 1)).toBe('2024-01-01'); // Fri → Mon, across the year end
    expect(addWorkingDays('2023-12-30', 1)).toBe('2024-01-01'); // Sat → Mon
  });
});
