// Dates and times as a secretary types them into a form (shared/vi/dates.ts).
import { describe, expect, it } from 'vitest';
import { parseTypedDate, parseTypedTime } from '../../shared/vi/dates';

describe('parseTypedDate', () => {
  it('reads full dates with /, . or - and one- or two-digit parts', () => {
    expect(parseTypedDate('26.10.2023')).toEqual({ ok: true, iso: '2023-10-26' });
    expect(parseTypedDate('26-10-2023')).toEqual({ ok: true, iso: '2023-10-26' });
    expect(parseTypedDate('6/9/2022')).toEqual({ ok: true, iso: '2022-09-06' });
    expect(parseTypedDate(' 06/10/2022 ')).toEqual({ ok: true, iso: '2022-10-06' });
    expect(parseTypedDate('')).toEqual({ ok: true, iso: null });
  });

  it('reads a two-digit year as 20yy', () => {
    expect(parseTypedDate('26/10/23')).toEqual({ ok: true, iso: '2023-10-26' });
  });

  it('takes the year of the record when only day and month are typed', () => {
    expect(parseTypedDate('26/10', 2023)).toEqual({ ok: true, iso: '2023-10-26' });
    expect(parseTypedDate('26.10', 2019)).toEqual({ ok: true, iso: '2019-10-26' });
    const r = parseTypedDate('26/10');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('năm');
  });

  it('refuses dates that do not exist and wording, with a Vietnamese message', () => {
    const r = parseTypedDate('31/02/2022');
    expect(r).toEqual({ ok: false, message: 'Ngày 31/02/2022 không tồn tại' });
    expect(parseTypedDate('29/02/2023').ok).toBe(false);
    expect(parseTypedDate('01/13/2022').ok).toBe(false);
    expect(parseTypedDate('trong quý IV/2023').ok).toBe(false);
    expect(parseTypedDate('06/10/202').ok).toBe(false);
    const y = parseTypedDate('01/01/1989');
    expect(y.ok).toBe(false);
    if (!y.ok) expect(y.message).toContain('1990');
  });
});

describe('parseTypedTime', () => {
  it('reads 8:00, 08h00, 8g30, 0800 and 14h', () => {
    expect(parseTypedTime('8:00')).toEqual({ ok: true, time: '08:00' });
    expect(parseTypedTime('08h00')).toEqual({ ok: true, time: '08:00' });
    expect(parseTypedTime('8g30')).toEqual({ ok: true, time: '08:30' });
    expect(parseTypedTime('0800')).toEqual({ ok: true, time: '08:00' });
    expect(parseTypedTime('14h')).toEqual({ ok: true, time: '14:00' });
    expect(parseTypedTime('')).toEqual({ ok: true, time: null });
  });
  it('refuses 25:70 naming the limits', () => {
    const r = parseTypedTime('25:70');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('25:70');
    expect(parseTypedTime('abc').ok).toBe(false);
  });
});

describe('dateOrderWarning', () => {
  it('warns when Đến ngày is before Từ ngày or the meeting before the start, and not otherwise', async () => {
    const { dateOrderWarning } = await import('../../shared/checks');
    expect(dateOrderWarning({ dateFrom: '2023-10-25', dateTo: '2023-10-20', meetingDate: null })).toBe('Đến ngày (20/10/2023) sớm hơn Từ ngày (25/10/2023).');
    expect(dateOrderWarning({ dateFrom: '2023-10-25', dateTo: '2023-10-26', meetingDate: '2023-10-24' })).toContain('Ngày họp');
    expect(dateOrderWarning({ dateFrom: '2023-10-25', dateTo: '2023-10-25', meetingDate: '2023-10-25' })).toBeNull();
    expect(dateOrderWarning({ dateFrom: null, dateTo: '2023-10-20', meetingDate: null })).toBeNull();
  });
});
