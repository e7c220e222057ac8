// The dashboard's numbers agree with the follow-up list and its one status rule, follow reports and
// their assessment, and leave out what is in the bin.
import fs from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { generateProvince } from '../../electron/core/demo/province';
import { newId } from '../../shared/defaults';
import { rowStatus } from '../../shared/followup';
import { demoCoreTicking, tempCore } from '../helpers';

const cores: ReturnType<typeof tempCore>[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) { c.close(); fs.rmSync(c.dir, { recursive: true, force: true }); }
});
const demoCore = () => demoCoreTicking(Date.UTC(2023, 0, 10, 3));
const ID = DEMO_IDS.inspectionMuongCha2022;

it('counts overdue by unit and due this week by the same rule as the follow-up list', () => {
  const c = demoCore();
  const insp = c.handlers['inspections.get']({ id: ID });
  const dated = ['2022-12-31', '2023-01-15', '2023-01-16'];
  c.handlers['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r, k) => ({ ...r, remedyDeadline: dated[k] ?? null })) });
  const today = '2023-01-10';
  const d = c.handlers['dashboard.get']({ today });
  const rows = c.handlers['followUp.list']({});
  const expected = (s: string) => rows.filter((r) => rowStatus(r, today).status === s);
  expect(d.overdue.total).toBe(expected('overdue').length);
  expect(d.dueSoon.total).toBe(expected('due_soon').length);
  expect(d.overdue.byUnit.find((u) => u.unitId === DEMO_IDS.unitHuyenMuongCha)).toMatchObject({ unitName: 'UBND huyện Mường Chà', count: 1, oldestDue: '2022-12-31' });
  expect(d.dueSoon.items.filter((x) => x.inspectionId === ID).map((x) => [x.number, x.due])).toEqual([[2, '2023-01-15'], [3, '2023-01-16']]);
  expect(d.overdue.total).toBe(c.handlers['followUp.overdueCount']({ today }));

  // A day later than every deadline: all three overdue, none due this week for this unit.
  const later = c.handlers['dashboard.get']({ today: '2023-01-17' });
  expect(later.overdue.byUnit.find((u) => u.unitId === DEMO_IDS.unitHuyenMuongCha)?.count).toBe(3);
  expect(later.dueSoon.items.some((x) => x.inspectionId === ID)).toBe(false);
});

it('lists reports waiting for an assessment until every item is assessed; the bin takes them out', () => {
  const c = demoCore();
  const recs = c.handlers['inspections.get']({ id: ID }).recommendations;
  const reportId = newId();
  c.handlers['remediation.save']({
    id: reportId, inspectionId: ID, receivedDate: '2023-03-12', docNumber: '125/BC-UBND', docDate: '2023-03-10', summary: '',
    items: [{ recommendationId: recs[0].id, doneText: 'a' }, { recommendationId: recs[1].id, doneText: 'b' }],
  });
  let d = c.handlers['dashboard.get']({ today: '2023-03-20' });
  expect(d.reportsToAssess.total).toBe(1);
  expect(d.reportsToAssess.items[0]).toMatchObject({ reportId, inspectionId: ID, unitName: 'UBND huyện Mường Chà', docNumber: '125/BC-UBND', pending: 2 });
  // The recommendations waiting are the tracker's "Chờ đánh giá" view, which the card opens.
  const waiting = () => c.handlers['followUp.query']({ today: '2023-03-20', filters: { view: 'reported' }, limit: 1 }).total;
  expect(d.reportsToAssess.recommendations).toBe(2);
  expect(d.reportsToAssess.recommendations).toBe(waiting());
  c.handlers['remediation.assess']({ reportId, recommendationId: recs[0].id, assessment: 'accepted', reason: '', date: '2023-03-20' });
  expect(c.handlers['dashboard.get']({ today: '2023-03-20' }).reportsToAssess.items[0].pending).toBe(1);
  expect(c.handlers['dashboard.get']({ today: '2023-03-20' }).reportsToAssess.recommendations).toBe(waiting());
  c.handlers['remediation.delete']({ id: reportId });
  d = c.handlers['dashboard.get']({ today: '2023-03-20' });
  expect(d.reportsToAssess).toEqual({ total: 0, recommendations: 0, items: [] });
});

it('counts inspections without an issued conclusion as drafts; issuing one takes it off', async () => {
  const c = demoCore();
  const before = c.handlers['dashboard.get']({ today: '2023-01-10' });
  const live = c.handlers['inspections.list']({}).length;
  const issued = (c.db.prepare("SELECT count(DISTINCT inspection_id) AS n FROM documents WHERE type = 'conclusion' AND deleted_at IS NULL").get() as { n: number }).n;
  expect(before.drafts.total).toBe(live - issued);
  expect(before.drafts.items.some((x) => x.inspectionId === ID)).toBe(true);
  await c.handlers['documents.issue']({ inspectionId: ID, type: 'conclusion', issuedDate: '2022-10-20' });
  const after = c.handlers['dashboard.get']({ today: '2023-01-10' });
  expect(after.drafts.total).toBe(before.drafts.total - 1);
  expect(after.drafts.items.some((x) => x.inspectionId === ID)).toBe(false);

  // The notice just issued is neither signed nor sent until the dispatch says so.
  const doc = c.handlers['documents.list']({ inspectionId: ID }).find((d) => d.type === 'conclusion')!;
  const mine = () => c.handlers['dashboard.get']({ today: '2023-01-10' }).unsent.items.find((x) => x.documentId === doc.id);
  expect(after.unsent.total).toBe(before.unsent.total + 1);
  expect(mine()).toMatchObject({ inspectionId: ID, type: 'conclusion', unitName: 'UBND huyện Mường Chà', signed: false, sent: false });
  c.handlers['documents.setDispatch']({ documentId: doc.id, signedDate: '2022-10-20', sentDate: null, sentTo: '' });
  expect(mine()).toMatchObject({ signed: true, sent: false });
  c.handlers['documents.setDispatch']({ documentId: doc.id, signedDate: '2022-10-20', sentDate: '2022-10-21', sentTo: 'UBND huyện Mường Chà' });
  expect(mine()).toBeUndefined();
  expect(c.handlers['dashboard.get']({ today: '2023-01-10' }).unsent.total).toBe(before.unsent.total);
});

it('answers at ten years of records with counts that match the list', () => {
  const c = tempCore(() => new Date('2025-06-01T08:00:00Z'));
  cores.push(c);
  generateProvince(c, { years: 10, seed: 7 });
  const today = '2025-06-01';
  const time = (f: () => unknown) => { const t0 = performance.now(); f(); return performance.now() - t0; };
  const d = c.handlers['dashboard.get']({ today });
  // Printed for the report, never asserted (no wall-clock assertions in tests).
  const runs = [1, 2, 3, 4, 5].map(() => time(() => c.handlers['dashboard.get']({ today }))).sort((a, b) => a - b);
  const count = [1, 2, 3].map(() => time(() => c.handlers['followUp.overdueCount']({ today }))).sort((a, b) => a - b);
  console.log(`dashboard.get at ten years: median ${runs[2].toFixed(1)} ms (followUp.overdueCount ${count[1].toFixed(1)} ms)`);
  expect(d.overdue.total).toBe(c.handlers['followUp.overdueCount']({ today }));
  expect(d.overdue.byUnit.reduce((n, u) => n + u.count, 0)).toBe(d.overdue.total);
  expect(d.dueSoon.items.length).toBeLessThanOrEqual(10);
});

it('counts the inspections recorded, so the app can open on the list while there is none; the bin leaves them out', () => {
  const empty = tempCore();
  cores.push(empty);
  expect(empty.handlers['dashboard.get']({ today: '2023-01-10' }).inspections).toBe(0);
  const c = demoCore();
  const all = c.handlers['inspections.counts']({}).reduce((n, k) => n + k.inspections, 0);
  expect(all).toBeGreaterThan(1);
  expect(c.handlers['dashboard.get']({ today: '2023-01-10' }).inspections).toBe(all);
  c.handlers['bin.delete']({ kind: 'inspection', id: ID });
  expect(c.handlers['dashboard.get']({ today: '2023-01-10' }).inspections).toBe(all - 1);
});
