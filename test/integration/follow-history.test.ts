// Extensions and the history of a recommendation: written with the change, in the same transaction,
// refused with a Vietnamese message naming the field, read back as Vietnamese lines.
import fs from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { historyLines, type HistoryRecord } from '../../shared/follow-up/history';
import { tempCore } from '../helpers';

const cores: ReturnType<typeof tempCore>[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) { c.close(); fs.rmSync(c.dir, { recursive: true, force: true }); }
});
function demoCore(step = 1000) {
  let t = Date.UTC(2023, 0, 10, 3);
  const c = tempCore(() => new Date((t += step)));
  cores.push(c);
  c.handlers['demo.load']({});
  return c;
}
const count = (c: ReturnType<typeof tempCore>, table: string) => (c.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

it('extends a deadline with its reason, into the history, and the status follows the new date', () => {
  const c = demoCore();
  const h = c.handlers;
  const id = DEMO_IDS.inspectionMuongCha2022;
  const insp = h['inspections.get']({ id });
  h['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r) => ({ ...r, remedyDeadline: '2022-12-31', status: 'open' as const })) });
  const rec = h['inspections.get']({ id }).recommendations[0];
  expect(h['followUp.overdueCount']({ today: '2023-01-10' })).toBeGreaterThan(0);
  const before = h['followUp.overdueCount']({ today: '2023-01-10' });

  const res = h['followUp.extend']({ recommendationId: rec.id, newDeadline: '2023-03-31', reason: '  Chờ bố trí kinh phí  ', decidedDate: '2023-01-05' });
  expect(res.dueDate).toBe('2023-03-31');
  expect(h['followUp.overdueCount']({ today: '2023-01-10' })).toBe(before - 1);
  const row = h['followUp.list']({}).find((r) => r.recommendation.id === rec.id)!;
  expect(row.extendedTo).toBe('2023-03-31');
  expect(row.recommendation.remedyDeadline).toBe('2022-12-31'); // the notice's deadline is not edited

  const lines = h['followUp.history']({ recommendationId: rec.id });
  const ext = lines.filter((l) => l.kind === 'extension');
  expect(ext).toEqual([expect.objectContaining({ label: 'Gia hạn', text: 'đến 31/03/2023 (trước đó: 31/12/2022), quyết định ngày 05/01/2023', reason: 'Chờ bố trí kinh phí' })]);
});

it('refuses an extension without a reason or before the current due date, naming the field, and writes nothing', () => {
  const c = demoCore();
  const h = c.handlers;
  const id = DEMO_IDS.inspectionMuongCha2022;
  const insp = h['inspections.get']({ id });
  h['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r) => ({ ...r, remedyDeadline: '2022-12-31' })) });
  const rec = h['inspections.get']({ id }).recommendations[0];
  const [ext0, hist0] = [count(c, 'recommendation_extensions'), count(c, 'recommendation_history')];
  const noReason = dispatch(h, 'followUp.extend', { recommendationId: rec.id, newDeadline: '2023-03-31', reason: '   ', decidedDate: '2023-01-05' });
  expect(noReason.ok).toBe(false);
  if (!noReason.ok) expect(noReason.error.message).toMatch(/^Lý do gia hạn/);
  const early = dispatch(h, 'followUp.extend', { recommendationId: rec.id, newDeadline: '2022-12-30', reason: 'Lý do', decidedDate: '2023-01-05' });
  expect(early.ok).toBe(false);
  if (!early.ok) expect(early.error.message).toContain('Hạn mới: ngày 30/12/2022 sớm hơn thời hạn hiện tại 31/12/2022');
  // After one extension, the bar is the extended date.
  h['followUp.extend']({ recommendationId: rec.id, newDeadline: '2023-06-30', reason: 'Lý do', decidedDate: '2023-01-05' });
  const belowExtension = dispatch(h, 'followUp.extend', { recommendationId: rec.id, newDeadline: '2023-03-31', reason: 'Lý do', decidedDate: '2023-01-06' });
  expect(belowExtension.ok).toBe(false);
  expect(count(c, 'recommendation_extensions')).toBe(ext0 + 1);
  expect(count(c, 'recommendation_history')).toBe(hist0 + 1);
  const gone = dispatch(h, 'followUp.extend', { recommendationId: '00000000-0000-4000-8000-0000000000aa', newDeadline: '2023-03-31', reason: 'x', decidedDate: '2023-01-05' });
  expect(gone.ok).toBe(false);
});

it('writes status and result history from the list and from the inspection form, with the change', () => {
  const c = demoCore();
  const h = c.handlers;
  const id = DEMO_IDS.inspectionMuongCha2022;
  const rec = h['inspections.get']({ id }).recommendations[1];
  h['followUp.setStatus']({ inspectionId: id, recommendationId: rec.id, status: 'in_progress', statusNote: 'Đang rà soát' });
  const insp = h['inspections.get']({ id });
  h['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r) => (r.id === rec.id ? { ...r, status: 'done' as const, remedyDeadline: '2023-02-28' } : r)) });
  // Saving the inspection again unchanged writes nothing more.
  const n = count(c, 'recommendation_history');
  h['inspections.save'](h['inspections.get']({ id }));
  expect(count(c, 'recommendation_history')).toBe(n);
  const lines = h['followUp.history']({ recommendationId: rec.id }).map((l) => `${l.label}: ${l.text}`);
  expect(lines).toEqual([
    `Trạng thái: ${rec.status === 'open' ? 'Chưa thực hiện' : rec.status === 'in_progress' ? 'Đang thực hiện' : 'Đã hoàn thành'} → Đang thực hiện`,
    'Kết quả thực hiện: “Đang rà soát”',
    'Trạng thái: Đang thực hiện → Đã hoàn thành',
    `Thời hạn: ${rec.remedyDeadline ? rec.remedyDeadline.split('-').reverse().join('/') : rec.remedyDeadlineNote || '(chưa có)'} → 28/02/2023`,
  ].filter((l) => !l.startsWith('Trạng thái: Đang thực hiện → Đang thực hiện')));
});

it('keeps history with its change: a refused save leaves no history line', () => {
  const c = demoCore();
  const h = c.handlers;
  const id = DEMO_IDS.inspectionMuongCha2022;
  const insp = h['inspections.get']({ id });
  const n = count(c, 'recommendation_history');
  // A save naming a unit that does not exist is refused; the status change it carried is not recorded either.
  const bad = dispatch(h, 'inspections.save', { ...insp, unitId: '00000000-0000-4000-8000-0000000000bb', recommendations: insp.recommendations.map((r) => ({ ...r, status: 'done' })) });
  expect(bad.ok).toBe(false);
  expect(count(c, 'recommendation_history')).toBe(n);
});

it('reads typing in one sitting as one change, and leaves out an edit that ends where it began', () => {
  const base = { recommendationId: 'r', onDate: null, reason: '', refId: null };
  const rows: HistoryRecord[] = [
    { ...base, id: 1, createdAt: '2023-01-10T03:00:00.000Z', kind: 'result', fromValue: '', toValue: 'Đã' },
    { ...base, id: 2, createdAt: '2023-01-10T03:00:02.000Z', kind: 'result', fromValue: 'Đã', toValue: 'Đã sửa' },
    { ...base, id: 3, createdAt: '2023-01-10T03:09:59.000Z', kind: 'result', fromValue: 'Đã sửa', toValue: 'Đã sửa xong' },
    { ...base, id: 4, createdAt: '2023-01-10T04:00:00.000Z', kind: 'result', fromValue: 'Đã sửa xong', toValue: 'Đã sửa xong.' },
    { ...base, id: 5, createdAt: '2023-01-10T05:00:00.000Z', kind: 'status', fromValue: 'open', toValue: 'done' },
    { ...base, id: 6, createdAt: '2023-01-10T05:00:01.000Z', kind: 'status', fromValue: 'done', toValue: 'open' },
    { ...base, id: 7, createdAt: '2023-01-10T05:00:02.000Z', kind: 'extension', fromValue: '2023-01-31', toValue: '2023-02-28', onDate: '2023-01-10', reason: 'Thiếu người' },
  ];
  expect(historyLines(rows).map((l) => [l.id, l.text])).toEqual([
    [3, '“Đã sửa xong”'],
    [4, '“Đã sửa xong.”'],
    [7, 'đến 28/02/2023 (trước đó: 31/01/2023), quyết định ngày 10/01/2023'],
  ]);
});
