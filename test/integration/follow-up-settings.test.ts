// The "sắp đến hạn" days live in the settings table: a week until she sets another, refused outside
// 0–365 with a Vietnamese message that names the field and changes nothing, and the dashboard counts
// (and names) the same days as the tracker.
import { expect, it } from 'vitest';
import { dispatchAsync } from '../../electron/core/dispatch';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { demoCoreTicking } from '../helpers';

const ID = DEMO_IDS.inspectionMuongCha2022;
const today = '2023-01-10';

it('keeps the due-soon days in the settings row, a week by default, and refuses what is out of range', async () => {
  const c = demoCoreTicking(Date.UTC(2023, 0, 10, 3));
  const call = (name: string, input: unknown) => dispatchAsync(c.handlers, name, input);
  expect(c.handlers['settings.getFollowUp']({})).toEqual({ dueSoonDays: 7 });
  expect(c.handlers['settings.saveFollowUp']({ dueSoonDays: 14 })).toEqual({ dueSoonDays: 14 });
  expect(c.handlers['settings.getFollowUp']({})).toEqual({ dueSoonDays: 14 });
  // The issuer's row is a different row: saving one leaves the other.
  expect(c.handlers['settings.get']({})).not.toBeNull();

  for (const bad of [366, -1, 2.5, '10']) {
    const res = await call('settings.saveFollowUp', { dueSoonDays: bad });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((res as { error: { message: string } }).error.message).toContain('Số ngày "sắp đến hạn"');
  }
  expect(c.handlers['settings.getFollowUp']({})).toEqual({ dueSoonDays: 14 });
  expect(await call('settings.saveFollowUp', { dueSoonDays: 0 })).toEqual({ ok: true, value: { dueSoonDays: 0 } });
  expect(await call('settings.saveFollowUp', { dueSoonDays: 365 })).toEqual({ ok: true, value: { dueSoonDays: 365 } });
});

it('counts "due in N days" on the dashboard with the N of the settings, the same lines as the tracker', () => {
  const c = demoCoreTicking(Date.UTC(2023, 0, 10, 3));
  const insp = c.handlers['inspections.get']({ id: ID });
  // 2, 10 and 41 days away: one is due within a week, two within a fortnight.
  const dated = ['2023-01-12', '2023-01-20', '2023-02-20'];
  c.handlers['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r, k) => ({ ...r, remedyDeadline: dated[k] ?? null, remedyDeadlineNote: '' })) });
  const tracker = (days: number) => c.handlers['followUp.query']({ today, dueSoonDays: days, filters: { view: 'due_soon' }, limit: 500 });
  const mine = (items: { inspectionId: string }[]) => items.filter((x) => x.inspectionId === ID).length;

  const week = c.handlers['dashboard.get']({ today });
  expect(week.dueSoon.days).toBe(7);
  expect(week.dueSoon.total).toBe(tracker(7).total);
  expect(mine(week.dueSoon.items)).toBe(1);

  c.handlers['settings.saveFollowUp']({ dueSoonDays: 14 });
  const fortnight = c.handlers['dashboard.get']({ today });
  expect(fortnight.dueSoon.days).toBe(14);
  expect(fortnight.dueSoon.total).toBe(tracker(14).total);
  expect(fortnight.dueSoon.total).toBeGreaterThan(week.dueSoon.total);
  expect(mine(fortnight.dueSoon.items)).toBe(2);
});

it('the tracker asked without days counts with the settings\' days and says which; days asked win', async () => {
  const c = demoCoreTicking(Date.UTC(2023, 0, 10, 3));
  const insp = c.handlers['inspections.get']({ id: ID });
  // Due in 12 days: "sắp đến hạn" with 14 days, not with the default 7.
  c.handlers['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r, k) => ({ ...r, remedyDeadline: k === 0 ? '2023-01-22' : null })) });
  const ask = (extra: object = {}) => dispatchAsync(c.handlers, 'followUp.query', { today, filters: { view: 'due_soon' }, ...extra });
  expect(await ask()).toMatchObject({ ok: true, value: { dueSoonDays: 7, total: 0 } });
  c.handlers['settings.saveFollowUp']({ dueSoonDays: 14 });
  expect(await ask()).toMatchObject({ ok: true, value: { dueSoonDays: 14, total: 1 } });
  expect(await ask({ dueSoonDays: 3 })).toMatchObject({ ok: true, value: { dueSoonDays: 3, total: 0 } });
});
