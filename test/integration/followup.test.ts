// Following recommendations across inspections: the list reads them with where they were made,
// and a status change touches that one recommendation only, or nothing when it is not there.
import { expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { urgencyOf } from '../../shared/followup';
import { demoCoreTicking } from '../helpers';

const demoCore = () => demoCoreTicking(Date.UTC(2023, 0, 10, 3));

it('lists every live recommendation with its unit, year and number, by campaign or all', () => {
  const c = demoCore();
  const all = c.handlers['followUp.list']({});
  const inspections = c.handlers['inspections.list']({});
  const expected = inspections.reduce((n, s) => n + c.handlers['inspections.get']({ id: s.id }).recommendations.length, 0);
  expect(all.length).toBe(expected);
  expect(new Set(all.map((r) => r.inspectionId)).size).toBeGreaterThanOrEqual(4);
  const muongCha = all.filter((r) => r.inspectionId === DEMO_IDS.inspectionMuongCha2022);
  expect(muongCha.map((r) => r.number)).toEqual([1, 2, 3]);
  expect(muongCha[0]).toMatchObject({ unitName: 'UBND huyện Mường Chà', year: 2022, teamNumber: 1, dateTo: '2022-10-06' });
  expect(muongCha[0].recommendation.content).toMatch(/^Xây dựng kế hoạch khắc phục/);
  expect(muongCha[0].recommendation).toEqual(c.handlers['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 }).recommendations[0]);

  const byCampaign = c.handlers['followUp.list']({ campaignId: muongCha[0].campaignId });
  expect(byCampaign.length).toBeGreaterThanOrEqual(3);
  expect(byCampaign.every((r) => r.campaignId === muongCha[0].campaignId)).toBe(true);
  expect(byCampaign.length).toBeLessThan(all.length);

  // An inspection in the bin takes its recommendations out of the list; restoring brings them back.
  c.handlers['bin.delete']({ kind: 'inspection', id: DEMO_IDS.inspectionMuongCha2022 });
  expect(c.handlers['followUp.list']({}).some((r) => r.inspectionId === DEMO_IDS.inspectionMuongCha2022)).toBe(false);
  c.handlers['bin.restore']({ kind: 'inspection', id: DEMO_IDS.inspectionMuongCha2022 });
  expect(c.handlers['followUp.list']({}).filter((r) => r.inspectionId === DEMO_IDS.inspectionMuongCha2022).length).toBe(3);
});

it('sets one recommendation\'s status and note, NFC-clean, and nothing else in the inspection', () => {
  const c = demoCore();
  const id = DEMO_IDS.inspectionMuongCha2022;
  const before = c.handlers['inspections.get']({ id });
  const target = before.recommendations[1];
  const note = 'Đã ban hành Kế hoạch số 25/KH-UBND ngày 15/01/2023'.normalize('NFD');
  const res = c.handlers['followUp.setStatus']({ inspectionId: id, recommendationId: target.id, status: 'done', statusNote: note });
  const after = c.handlers['inspections.get']({ id });
  expect(after.recommendations[1]).toEqual({ ...target, status: 'done', statusNote: 'Đã ban hành Kế hoạch số 25/KH-UBND ngày 15/01/2023' });
  expect({ ...after, recommendations: [] }).toEqual({ ...before, recommendations: [] });
  expect(after.recommendations.filter((_, k) => k !== 1)).toEqual(before.recommendations.filter((_, k) => k !== 1));
  expect(c.handlers['inspections.list']({}).find((s) => s.id === id)?.updatedAt).toBe(res.updatedAt);
});

it('refuses, in Vietnamese and changing nothing, a recommendation that is gone or belongs elsewhere, and a bad status', () => {
  const c = demoCore();
  const rec = c.handlers['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 }).recommendations[0];
  const wrongInspection = dispatch(c.handlers, 'followUp.setStatus', {
    inspectionId: DEMO_IDS.inspectionNgocLac2023, recommendationId: rec.id, status: 'done', statusNote: '',
  });
  expect(wrongInspection).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/^Không tìm thấy kiến nghị/) } });
  const badStatus = dispatch(c.handlers, 'followUp.setStatus', {
    inspectionId: DEMO_IDS.inspectionMuongCha2022, recommendationId: rec.id, status: 'finished', statusNote: '',
  } as never);
  expect(badStatus.ok).toBe(false);
  // Removed from its inspection (an edit in the editor) means gone for the follow-up too.
  const insp = c.handlers['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 });
  c.handlers['inspections.save']({ ...insp, recommendations: insp.recommendations.slice(1) });
  const gone = dispatch(c.handlers, 'followUp.setStatus', {
    inspectionId: DEMO_IDS.inspectionMuongCha2022, recommendationId: rec.id, status: 'done', statusNote: '',
  });
  expect(gone.ok).toBe(false);
  expect(c.handlers['followUp.list']({}).some((r) => r.recommendation.id === rec.id)).toBe(false);
  expect(c.handlers['followUp.list']({}).filter((r) => r.inspectionId === DEMO_IDS.inspectionMuongCha2022).map((r) => r.number)).toEqual([1, 2]);

  // A row added but never typed is no recommendation: not listed, and the numbers skip it as the documents do.
  const now = c.handlers['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 });
  const blank = { ...now.recommendations[0], id: '00000000-0000-4000-8000-0000000000b1', content: ' \n ' };
  c.handlers['inspections.save']({ ...now, recommendations: [blank, ...now.recommendations] });
  const listed = c.handlers['followUp.list']({}).filter((r) => r.inspectionId === DEMO_IDS.inspectionMuongCha2022);
  expect(listed.map((r) => [r.number, r.recommendation.id])).toEqual(now.recommendations.map((r, k) => [k + 1, r.id]));
  expect(c.handlers['followUp.list']({}).filter((r) => r.recommendation.status === 'done')).toEqual([]);
});

it('following up never makes an issued document look changed: the status is not part of the documents', async () => {
  const c = demoCore();
  const id = DEMO_IDS.inspectionMuongCha2022;
  await c.handlers['documents.issue']({ inspectionId: id, type: 'conclusion', issuedDate: '2022-10-20' });
  const rec = c.handlers['inspections.get']({ id }).recommendations[0];
  c.handlers['followUp.setStatus']({ inspectionId: id, recommendationId: rec.id, status: 'done', statusNote: 'Đã khắc phục.' });
  expect(c.handlers['documents.list']({ inspectionId: id }).map((d) => d.stale)).toEqual([false]);
  // …whereas changing what the notice says does (the unit's opinion would not: the notice does not print it).
  const insp = c.handlers['inspections.get']({ id });
  c.handlers['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r, k) => (k === 1 ? { ...r, content: `${r.content} Thêm một câu.` } : r)) });
  expect(c.handlers['documents.list']({ inspectionId: id }).map((d) => d.stale)).toEqual([true]);
});

it('counts the overdue recommendations with a count query that agrees with the list, day by day', () => {
  const c = demoCore();
  const h = c.handlers;
  const id = DEMO_IDS.inspectionMuongCha2022;
  const insp = h['inspections.get']({ id });
  // One due yesterday, one due today (still in time), one undated, and one overdue but done.
  const dated = ['2023-01-09', '2023-01-10', null];
  h['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r, k) => ({ ...r, remedyDeadline: dated[k] ?? null })) });
  const other = h['inspections.get']({ id: DEMO_IDS.inspectionHuyenDienBien2022 });
  h['inspections.save']({ ...other, recommendations: other.recommendations.map((r, k) => (k === 0 ? { ...r, remedyDeadline: '2022-12-01', status: 'done' as const } : r)) });
  const viaList = (today: string) => h['followUp.list']({}).filter((r) => urgencyOf(r, today) === 'overdue').length;
  for (const today of ['2022-11-30', '2023-01-09', '2023-01-10', '2023-01-11', '2030-01-01']) {
    expect(h['followUp.overdueCount']({ today }), today).toBe(viaList(today));
  }
  expect(h['followUp.overdueCount']({ today: '2023-01-10' })).toBe(1);
  expect(h['followUp.overdueCount']({ today: '2023-01-11' })).toBe(2);
  // A recommendation of an inspection in the bin is not counted.
  h['bin.delete']({ kind: 'inspection', id });
  expect(h['followUp.overdueCount']({ today: '2023-01-11' })).toBe(0);
  expect(dispatch(h, 'followUp.overdueCount', { today: '11/01/2023' }).ok).toBe(false);
});
