// Where a recommendation stands on a day, around every boundary of the rule.
import { describe, expect, it } from 'vitest';
import { deadlineText, dueDateOf, followStatusOf, type FollowFacts, type FollowStatus } from '../../shared/follow-up/status';

const facts = (over: Partial<FollowFacts>): FollowFacts => ({
  status: 'open', remedyDeadline: null, remedyDeadlineNote: '', extendedTo: null, baseDate: '2023-10-06', lastReport: null, ...over,
});

describe('followStatusOf', () => {
  const cases: [string, Partial<FollowFacts>, string, FollowStatus, number?][] = [
    ['due today is not overdue', { remedyDeadline: '2023-12-31' }, '2023-12-31', 'due_soon'],
    ['the day after is overdue', { remedyDeadline: '2023-12-31' }, '2024-01-01', 'overdue'],
    ['exactly N days away is due soon', { remedyDeadline: '2024-01-07' }, '2023-12-31', 'due_soon'],
    ['N+1 days away is not due', { remedyDeadline: '2024-01-08' }, '2023-12-31', 'not_due'],
    ['N is configurable', { remedyDeadline: '2024-01-14' }, '2023-12-31', 'due_soon', 14],
    ['N = 0 leaves only the day itself due soon', { remedyDeadline: '2024-01-01' }, '2023-12-31', 'not_due', 0],
    ['a wording becomes overdue after its last day', { remedyDeadlineNote: 'trong quý IV/2023' }, '2024-01-01', 'overdue'],
    ['a wording is in time on its last day', { remedyDeadlineNote: 'trong quý IV/2023' }, '2023-12-31', 'due_soon'],
    ['"khắc phục ngay" has no due date', { remedyDeadlineNote: 'khắc phục ngay' }, '2030-01-01', 'no_due_date'],
    ['nothing written has no due date', {}, '2030-01-01', 'no_due_date'],
    ['extended past today is not overdue', { remedyDeadline: '2023-12-31', extendedTo: '2024-03-31' }, '2024-01-15', 'not_due'],
    ['extended, then passed, is overdue', { remedyDeadline: '2023-12-31', extendedTo: '2024-03-31' }, '2024-04-01', 'overdue'],
    ['an extension counts for a wording too', { remedyDeadlineNote: 'khắc phục ngay', extendedTo: '2024-03-31' }, '2024-03-30', 'due_soon'],
    ['stored done is done, however late', { status: 'done', remedyDeadline: '2020-01-01' }, '2024-01-01', 'done'],
    ['in progress still follows the dates', { status: 'in_progress', remedyDeadline: '2023-12-31' }, '2024-01-01', 'overdue'],
    ['reported after the deadline waits for assessment, not overdue', { remedyDeadline: '2023-12-31', lastReport: { assessed: null, receivedDate: '2024-01-20' } }, '2024-02-01', 'reported'],
    ['an accepted report makes it done', { remedyDeadline: '2023-12-31', lastReport: { assessed: 'accepted', receivedDate: '2023-12-20' } }, '2024-02-01', 'done'],
    ['a refused report leaves it not accepted', { remedyDeadline: '2023-12-31', lastReport: { assessed: 'not_accepted', receivedDate: '2023-12-20' } }, '2024-02-01', 'not_accepted'],
  ];
  it.each(cases)('%s', (_name, over, today, status, soon) => {
    expect(followStatusOf(facts(over), today, soon).status).toBe(status);
  });
  it('keeps "đang thực hiện" as a flag and counts the days left', () => {
    const s = followStatusOf(facts({ status: 'in_progress', remedyDeadlineNote: 'trước 31/12' }), '2023-12-29');
    expect(s).toEqual({ status: 'due_soon', due: '2023-12-31', dueSource: 'wording', daysLeft: 2, inProgress: true });
    expect(followStatusOf(facts({ remedyDeadline: '2023-12-31' }), '2024-01-03').daysLeft).toBe(-3);
  });
});

describe('dueDateOf', () => {
  it('takes the extension, else the date, else the wording', () => {
    expect(dueDateOf(facts({ remedyDeadline: '2023-12-31', remedyDeadlineNote: 'trong quý I/2024', extendedTo: '2024-06-30' }))).toMatchObject({ due: '2024-06-30', source: 'extension' });
    expect(dueDateOf(facts({ remedyDeadline: '2023-12-31', remedyDeadlineNote: 'trong quý I/2024' }))).toMatchObject({ due: '2023-12-31', source: 'date' });
    expect(dueDateOf(facts({ remedyDeadlineNote: 'trong quý I/2024' }))).toMatchObject({ due: '2024-03-31', source: 'wording' });
    expect(dueDateOf(facts({ remedyDeadlineNote: 'thường xuyên' }))).toMatchObject({ due: null, source: 'none' });
  });
});

describe('deadlineText', () => {
  it.each([
    [{ remedyDeadlineNote: 'trong quý IV/2023' }, '31/12/2023 (trong quý IV/2023)'],
    [{ remedyDeadline: '2022-12-31' }, '31/12/2022'],
    [{ remedyDeadline: '2023-12-31', extendedTo: '2024-03-15' }, '15/03/2024 (gia hạn từ 31/12/2023)'],
    [{ remedyDeadlineNote: 'trong quý IV/2023', extendedTo: '2024-03-15' }, '15/03/2024 (gia hạn từ 31/12/2023)'],
    [{ remedyDeadlineNote: 'khắc phục ngay' }, 'khắc phục ngay (không có ngày hạn)'],
    [{ remedyDeadlineNote: 'khắc phục ngay', extendedTo: '2024-01-31' }, '31/01/2024 (gia hạn từ khắc phục ngay)'],
    [{ remedyDeadlineNote: 'khi có hướng dẫn' }, 'khi có hướng dẫn (chưa xác định được ngày hạn)'],
    [{}, ''],
  ] as [Partial<FollowFacts>, string][])('%o → %s', (over, text) => expect(deadlineText(facts(over))).toBe(text));
});
