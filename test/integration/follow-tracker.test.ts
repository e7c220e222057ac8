// followUp.query: one page of lean lines across campaigns, filtered, searched without diacritics,
// sorted, with its total and the counts per view; it sees every change at once.
import { expect, it } from 'vitest';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { CONTENT_CUT } from '../../shared/follow-up/tracker';
import { demoCoreTicking } from '../helpers';

const demoCore = () => demoCoreTicking(Date.UTC(2023, 0, 10, 3));
const today = '2023-01-10';

it('finds "Mường Chà" from "muong cha", pages without overlap, and counts per view', () => {
  const c = demoCore();
  const h = c.handlers;
  const all = h['followUp.list']({});
  const res = h['followUp.query']({ today, filters: { view: 'all' }, sort: 'urgency', offset: 0, limit: 500 });
  expect(res.total).toBe(all.length);
  expect(res.counts.all).toBe(all.length);
  expect(res.counts.unfinished + (res.counts.done)).toBe(all.length);
  const found = h['followUp.query']({ today, filters: { view: 'all', search: 'muong CHA' }, offset: 0, limit: 500 });
  expect(found.total).toBeGreaterThan(0);
  expect(found.total).toBeLessThan(all.length);
  expect(found.rows.every((r) => /Mường Chà/i.test(`${r.unitName} ${r.content} ${r.responsibleUnit}`) || r.unitName.includes('Mường Chà'))).toBe(true);
  // Pages of 2 cover the same lines as one page, in the same order, with no line twice.
  const paged = [0, 2, 4, 6, 8].flatMap((offset) => h['followUp.query']({ today, filters: { view: 'all' }, offset, limit: 2 }).rows.map((r) => r.recommendationId));
  expect(paged).toEqual(res.rows.slice(0, 10).map((r) => r.recommendationId));
  expect(new Set(paged).size).toBe(paged.length);
  // The content is cut; the side panel reads the whole text.
  expect(res.rows.every((r) => r.content.length <= CONTENT_CUT)).toBe(true);
  const long = res.rows.find((r) => r.content.endsWith('…'));
  if (long) expect(h['followUp.detail']({ recommendationId: long.recommendationId }).content.length).toBeGreaterThan(CONTENT_CUT);
});

it('filters by campaign, team, unit, area and due range, and sees a status change at once', () => {
  const c = demoCore();
  const h = c.handlers;
  const id = DEMO_IDS.inspectionMuongCha2022;
  const insp = h['inspections.get']({ id });
  h['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r, k) => ({ ...r, remedyDeadline: null, remedyDeadlineNote: ['trong quý IV/2022', 'trong tháng 3/2023', 'khắc phục ngay'][k] ?? '', status: 'open' as const })) });
  const q = (filters: object, sort: 'urgency' | 'due' | 'unit' | 'newest' = 'urgency') => h['followUp.query']({ today, filters: { view: 'all', ...filters }, sort, offset: 0, limit: 500 });
  const mine = q({ unitId: insp.unitId! });
  expect(mine.rows.length).toBeGreaterThanOrEqual(3);
  expect(new Set(mine.rows.map((r) => r.unitId))).toEqual(new Set([insp.unitId]));
  expect(q({ campaignId: insp.campaignId }).rows.every((r) => r.campaignId === insp.campaignId)).toBe(true);
  if (insp.teamId) expect(q({ teamId: insp.teamId }).rows.every((r) => r.teamId === insp.teamId)).toBe(true);
  // The wording's day counts in the due range and in the status.
  const range = q({ unitId: insp.unitId!, dueFrom: '2022-12-01', dueTo: '2022-12-31' });
  expect(range.rows.map((r) => [r.number, r.state.due, r.state.status])).toEqual([[1, '2022-12-31', 'overdue']]);
  expect(q({ unitId: insp.unitId!, view: 'no_due_date' }).rows.map((r) => r.number)).toEqual([3]);
  expect(q({ unitId: insp.unitId! }, 'due').rows.slice(0, 2).map((r) => r.state.due)).toEqual(['2022-12-31', '2023-03-31']);
  const areaName = mine.rows.find((r) => r.areaName)?.areaName;
  if (areaName) expect(q({ areaName }).rows.every((r) => r.areaName === areaName)).toBe(true);

  const before = q({ view: 'overdue' }).total;
  const rec = h['inspections.get']({ id }).recommendations[0];
  h['followUp.setStatus']({ inspectionId: id, recommendationId: rec.id, status: 'done', statusNote: 'Xong' });
  expect(q({ view: 'overdue' }).total).toBe(before - 1);
  h['followUp.extend']({ recommendationId: h['inspections.get']({ id }).recommendations[1].id, newDeadline: '2023-06-30', reason: 'Chờ kinh phí', decidedDate: today });
  expect(q({ unitId: insp.unitId!, dueFrom: '2023-06-30', dueTo: '2023-06-30' }).rows.map((r) => r.number)).toEqual([2]);
  // The lines changed in place after those edits are the lines a full read gives.
  const patched = JSON.stringify(q({}));
  c.db.exec('UPDATE campaigns SET year = year'); // touches every line: everything is read again
  expect(JSON.stringify(q({}))).toBe(patched);
  // Sorted by unit, the Vietnamese order.
  const units = q({}, 'unit').rows.map((r) => r.unitName);
  expect(units).toEqual([...units].sort((a, b) => a.localeCompare(b, 'vi')));
});

it('keeps its lines current through every kind of write, reading again only what a write touched', () => {
  const c = demoCore();
  const h = c.handlers;
  const q = () => JSON.stringify(h['followUp.query']({ today, filters: { view: 'all' }, sort: 'unit', offset: 0, limit: 500 }));
  // What the kept lines say must be what a full read says, after each write.
  const same = (what: string) => {
    const kept = q();
    c.db.exec('UPDATE campaigns SET year = year');
    expect(q(), what).toBe(kept);
  };
  q();
  const id = DEMO_IDS.inspectionMuongCha2022;
  const insp = h['inspections.get']({ id });
  const added = { ...insp.recommendations[0], id: '00000000-0000-4000-8000-00000000a001', content: 'Kiến nghị thêm về số hóa hồ sơ' };
  h['inspections.save']({ ...insp, recommendations: [added, ...insp.recommendations] });
  expect(JSON.parse(q()).rows.some((r: { content: string; number: number }) => r.content === added.content && r.number === 1)).toBe(true);
  same('a recommendation added first (the others renumbered)');
  h['inspections.save']({ ...h['inspections.get']({ id }), findings: [] });
  same('an inspection save that changes no recommendation');
  const other = h['units.list']({}).find((u) => u.id !== insp.unitId)!;
  h['inspections.save']({ ...h['inspections.get']({ id }), unitId: other.id });
  same('the inspection moved to another unit');
  h['followUp.extend']({ recommendationId: added.id, newDeadline: '2030-01-01', reason: 'Lý do', decidedDate: today });
  same('an extension');
  const report = '00000000-0000-4000-8000-00000000b001';
  c.db.prepare("INSERT INTO remediation_reports (id, inspection_id, received_date, created_at, updated_at) VALUES (?, ?, '2023-01-09', 'x', 'x')").run(report, id);
  c.db.prepare("INSERT INTO remediation_report_items (report_id, recommendation_id, assessment, created_at, updated_at) VALUES (?, ?, 'accepted', 'x', 'x')").run(report, added.id);
  expect(JSON.parse(q()).rows.find((r: { recommendationId: string }) => r.recommendationId === added.id).state.status).toBe('done');
  same('a report and its assessment');
  h['units.save']({ ...other, name: `${other.name} (mới)` });
  same('a unit renamed');
  h['bin.delete']({ kind: 'inspection', id });
  expect(JSON.parse(q()).rows.some((r: { inspectionId: string }) => r.inspectionId === id)).toBe(false);
  same('an inspection to the bin');
  h['bin.restore']({ kind: 'inspection', id });
  expect(JSON.parse(q()).rows.some((r: { inspectionId: string }) => r.inspectionId === id)).toBe(true);
  same('an inspection back from the bin');
});

it('folds a line for search only when a search asks, and a line changed after that is found by its new words only', () => {
  const c = demoCore();
  const h = c.handlers;
  const q = (search?: string) => h['followUp.query']({ today, filters: { view: 'all', ...(search ? { search } : {}) }, offset: 0, limit: 500 });
  expect(q().total).toBeGreaterThan(0); // lines read, nothing folded yet
  expect(q('muong cha').total).toBeGreaterThan(0);
  const id = DEMO_IDS.inspectionMuongCha2022;
  const insp = h['inspections.get']({ id });
  const rec = insp.recommendations[0];
  h['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r) => (r.id === rec.id ? { ...r, content: 'Số hóa hồ sơ lưu trữ xã Huổi Lèng' } : r)) });
  expect(q('huoi leng').rows.map((r) => r.recommendationId)).toEqual([rec.id]);
  const before = rec.content.split(/\s+/).slice(0, 4).join(' ');
  expect(q(before).rows.some((r) => r.recommendationId === rec.id)).toBe(false);
});
