// A unit's remediation report, the team's assessment and carrying last year's recommendations: each
// change and its history are written together, and invalid input changes nothing.
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { dispatch } from '../../electron/core/dispatch';
import { listHistory } from '../../electron/core/repos/history';
import { newId } from '../../shared/defaults';
import { demoCoreTicking, type tempCore } from '../helpers';
import { SCAN_PDF as PDF, SCAN_PNG as PNG } from '../scans';

const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode', 'latin1');

const demoCore = () => demoCoreTicking(Date.UTC(2023, 2, 12, 3));
const ID = DEMO_IDS.inspectionMuongCha2022;
const historyRows = (c: ReturnType<typeof tempCore>) => (c.db.prepare('SELECT count(*) AS n FROM recommendation_history').get() as { n: number }).n;

function report(c: ReturnType<typeof tempCore>, over: Record<string, unknown> = {}) {
  const recs = c.handlers['inspections.get']({ id: ID }).recommendations;
  return {
    id: newId(), inspectionId: ID, receivedDate: '2023-03-12', docNumber: '125/BC-UBND', docDate: '2023-03-10',
    summary: 'Báo cáo kết quả khắc phục tồn tại sau kiểm tra CCHC năm 2022',
    items: [
      { recommendationId: recs[0].id, doneText: 'Đã ban hành Kế hoạch số 25/KH-UBND ngày 05/01/2023.' },
      { recommendationId: recs[1].id, doneText: 'Đang rà soát thủ tục hành chính.' },
    ],
    ...over,
  };
}

describe('remediation reports', () => {
  it('saves a report covering some recommendations, with a report history row for each', () => {
    const c = demoCore();
    const rep = report(c);
    c.handlers['remediation.save'](rep);
    const [listed] = c.handlers['remediation.list']({ inspectionId: ID });
    expect(listed).toMatchObject({ id: rep.id, receivedDate: '2023-03-12', docNumber: '125/BC-UBND', docDate: '2023-03-10' });
    expect(listed.items.map((i) => [i.number, i.doneText, i.assessment])).toEqual([
      [1, 'Đã ban hành Kế hoạch số 25/KH-UBND ngày 05/01/2023.', null],
      [2, 'Đang rà soát thủ tục hành chính.', null],
    ]);
    const h = listHistory(c.db, rep.items[0].recommendationId);
    expect(h.map((x) => [x.kind, x.onDate, x.toValue, x.refId])).toEqual([['report', '2023-03-12', rep.items[0].doneText, rep.id]]);
    // Saving the same again writes nothing more; a changed account is one more row, from → to.
    c.handlers['remediation.save'](rep);
    expect(listHistory(c.db, rep.items[0].recommendationId)).toHaveLength(1);
    c.handlers['remediation.save']({ ...rep, items: [{ ...rep.items[0], doneText: 'Đã khắc phục xong.' }, rep.items[1]] });
    expect(listHistory(c.db, rep.items[0].recommendationId).at(-1)).toMatchObject({ kind: 'report', fromValue: rep.items[0].doneText, toValue: 'Đã khắc phục xong.' });
  });

  it('refuses a report without its received date, or covering another inspection\'s recommendation, naming the place; nothing changes', () => {
    const c = demoCore();
    const before = historyRows(c);
    const noDate = dispatch(c.handlers, 'remediation.save', report(c, { receivedDate: null }));
    expect(noDate).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(!noDate.ok && noDate.error.message).toMatch(/^Ngày nhận báo cáo: chưa nhập/);
    const badDate = dispatch(c.handlers, 'remediation.save', report(c, { receivedDate: '2023-02-30' }));
    expect(!badDate.ok && badDate.error.message).toContain('Ngày nhận báo cáo: Ngày không tồn tại');
    const other = c.handlers['inspections.get']({ id: DEMO_IDS.inspectionHuyenDienBien2022 }).recommendations[0];
    const foreign = dispatch(c.handlers, 'remediation.save', report(c, { items: [{ recommendationId: other.id, doneText: 'x' }] }));
    expect(!foreign.ok && foreign.error.message).toContain('Kiến nghị thứ 1');
    expect(c.handlers['remediation.list']({ inspectionId: ID })).toEqual([]);
    expect(historyRows(c)).toBe(before);
  });

  it('assesses: accepted makes the recommendation done, not accepted needs a reason; status and history in one transaction', () => {
    const c = demoCore();
    const rep = report(c);
    c.handlers['remediation.save'](rep);
    const [r1, r2] = rep.items.map((i) => i.recommendationId);
    const res = c.handlers['remediation.assess']({ reportId: rep.id, recommendationId: r1, assessment: 'accepted', reason: '', date: '2023-03-20' });
    expect(res.status).toBe('done');
    expect(c.handlers['inspections.get']({ id: ID }).recommendations[0].status).toBe('done');
    expect(listHistory(c.db, r1).map((x) => [x.kind, x.fromValue, x.toValue])).toEqual([
      ['report', '', rep.items[0].doneText], ['assessment', '', 'accepted'], ['status', 'open', 'done'],
    ]);

    // Not accepted without a reason: refused, nothing written (no item change, no history).
    const before = historyRows(c);
    const refused = dispatch(c.handlers, 'remediation.assess', { reportId: rep.id, recommendationId: r2, assessment: 'not_accepted', reason: '  ', date: '2023-03-20' });
    expect(!refused.ok && refused.error.message).toMatch(/^Lý do không chấp nhận: chưa nhập/);
    expect(historyRows(c)).toBe(before);
    expect(c.handlers['remediation.list']({ inspectionId: ID })[0].items[1].assessment).toBeNull();

    c.handlers['remediation.assess']({ reportId: rep.id, recommendationId: r2, assessment: 'not_accepted', reason: 'Chưa có văn bản chứng minh.', date: '2023-03-20' });
    const item = c.handlers['remediation.list']({ inspectionId: ID })[0].items[1];
    expect(item).toMatchObject({ assessment: 'not_accepted', assessmentReason: 'Chưa có văn bản chứng minh.', assessedDate: '2023-03-20' });
    expect(c.handlers['inspections.get']({ id: ID }).recommendations[1].status).toBe('open');
    expect(listHistory(c.db, r2).at(-1)).toMatchObject({ kind: 'assessment', toValue: 'not_accepted', reason: 'Chưa có văn bản chứng minh.' });

    // Changing her mind on the accepted one takes the recommendation back out of done.
    c.handlers['remediation.assess']({ reportId: rep.id, recommendationId: r1, assessment: 'not_accepted', reason: 'Kế hoạch chưa được triển khai.', date: '2023-03-21' });
    expect(c.handlers['inspections.get']({ id: ID }).recommendations[0].status).toBe('in_progress');
    // An assessed item cannot be taken out of its report.
    const untick = dispatch(c.handlers, 'remediation.save', { ...rep, items: [rep.items[1]] });
    expect(!untick.ok && untick.error.message).toContain('Kiến nghị số 1 đã được Đoàn đánh giá');
  });

  it('a history write that fails takes the assessment and the status change back with it', () => {
    const c = demoCore();
    const rep = report(c);
    c.handlers['remediation.save'](rep);
    // Make the history table refuse the next insert, as a disk error would mid-transaction.
    c.db.exec(`CREATE TRIGGER fail_history BEFORE INSERT ON recommendation_history BEGIN SELECT RAISE(ABORT, 'disk'); END;`);
    expect(() => c.handlers['remediation.assess']({ reportId: rep.id, recommendationId: rep.items[0].recommendationId, assessment: 'accepted', reason: '', date: '2023-03-20' })).toThrow();
    expect(c.handlers['inspections.get']({ id: ID }).recommendations[0].status).toBe('open');
    expect(c.handlers['remediation.list']({ inspectionId: ID })[0].items[0].assessment).toBeNull();
  });

  it('attaches scans checked by content; a renamed program is refused and nothing is stored', () => {
    const c = demoCore();
    const rep = report(c);
    c.handlers['remediation.save'](rep);
    const pdf = c.handlers['remediation.attach']({ reportId: rep.id, fileName: 'Báo cáo 125.pdf', base64: PDF.toString('base64') });
    c.handlers['remediation.attach']({ reportId: rep.id, fileName: 'trang 2.png', base64: PNG.toString('base64') });
    expect(pdf).toMatchObject({ fileName: 'Báo cáo 125.pdf', mime: 'application/pdf' });
    const exe = dispatch(c.handlers, 'remediation.attach', { reportId: rep.id, fileName: 'bao-cao.pdf', base64: EXE.toString('base64') });
    expect(exe).toMatchObject({ ok: false, error: { code: 'ATTACHMENT_REFUSED' } });
    expect(!exe.ok && exe.error.message).toContain('"bao-cao.pdf"');
    expect(c.handlers['remediation.list']({ inspectionId: ID })[0].attachments.map((a) => a.fileName)).toEqual(['Báo cáo 125.pdf', 'trang 2.png']);
    c.handlers['remediation.detach']({ id: pdf.id });
    expect(c.handlers['remediation.list']({ inspectionId: ID })[0].attachments.map((a) => a.fileName)).toEqual(['trang 2.png']);
  });

  it('deletes a report to the bin and back', () => {
    const c = demoCore();
    const rep = report(c);
    c.handlers['remediation.save'](rep);
    c.handlers['remediation.delete']({ id: rep.id });
    expect(c.handlers['remediation.list']({ inspectionId: ID })).toEqual([]);
    expect(c.handlers['bin.list']({}).find((b) => b.id === rep.id)).toMatchObject({ kind: 'remediationReport', label: 'Báo cáo khắc phục số 125/BC-UBND của UBND huyện Mường Chà' });
    // A late save of the report in the bin is refused: a save never brings it back.
    expect(dispatch(c.handlers, 'remediation.save', rep)).toMatchObject({ ok: false, error: { code: 'DELETED' } });
    c.handlers['bin.restore']({ kind: 'remediationReport', id: rep.id });
    expect(c.handlers['remediation.list']({ inspectionId: ID }).map((r) => r.id)).toEqual([rep.id]);
  });
});

describe('next year\'s inspection', () => {
  function nextYear(c: ReturnType<typeof tempCore>) {
    const old = c.handlers['campaigns.get']({ id: DEMO_IDS.campaign2022DienBien });
    const campaignId = newId();
    c.handlers['campaigns.save']({ ...old, id: campaignId, year: 2023, title: 'Kiểm tra CCHC năm 2023', areas: old.areas.map((a) => ({ ...a, id: newId() })), indicators: [], drafts: {} });
    const prev = c.handlers['inspections.get']({ id: ID });
    const id = newId();
    c.handlers['inspections.save']({
      ...prev, id, campaignId, teamId: null, dateFrom: '2023-09-20', dateTo: '2023-09-20', meetingDate: null,
      attendees: [], subUnits: [], findings: [], figures: [], recommendations: [], unitProposals: [], drafts: {},
    });
    return id;
  }

  it('shows the unit\'s previous inspection\'s recommendations and carries the unfinished ones with their origin', () => {
    const c = demoCore();
    const id = nextYear(c);
    const prev = c.handlers['inspections.previousRecommendations']({ inspectionId: id })!;
    expect(prev.inspectionId).toBe(ID);
    expect(prev.source).toMatch(/^cuộc kiểm tra ngày \d\d\/\d\d\/2022$/);
    expect(prev.recommendations.map((r) => [r.number, r.carried])).toEqual([[1, false], [2, false], [3, false]]);
    // The previous inspection itself has none before it.
    expect(c.handlers['inspections.previousRecommendations']({ inspectionId: ID })).toBeNull();

    const two = prev.recommendations[1];
    const res = c.handlers['followUp.carry']({ inspectionId: id, into: 'recommendations', recommendationIds: [two.id] });
    const now = c.handlers['inspections.get']({ id });
    expect(now.recommendations.map((r) => r.id)).toEqual(res.recommendations.map((r) => r.id));
    expect(now.recommendations[0].content).toBe(`${two.content.trim()}\n(Kiến nghị số 2 tại ${prev.source} chưa hoàn thành.)`);
    expect(listHistory(c.db, two.id).at(-1)).toMatchObject({ kind: 'carried', refId: id, toValue: 'vào kiến nghị của cuộc kiểm tra ngày 20/09/2023' });
    // As the tracker's history shows it.
    expect(c.handlers['followUp.history']({ recommendationId: two.id }).at(-1)).toMatchObject({ label: 'Chuyển sang năm sau', text: 'vào kiến nghị của cuộc kiểm tra ngày 20/09/2023' });
    expect(c.handlers['inspections.previousRecommendations']({ inspectionId: id })!.recommendations[1].carried).toBe(true);

    // Carried already, or done: refused, nothing added.
    c.handlers['followUp.setStatus']({ inspectionId: ID, recommendationId: prev.recommendations[0].id, status: 'done', statusNote: '' });
    for (const rid of [two.id, prev.recommendations[0].id]) {
      const r = dispatch(c.handlers, 'followUp.carry', { inspectionId: id, into: 'findings', recommendationIds: [prev.recommendations[2].id, rid] });
      expect(r.ok).toBe(false);
    }
    expect(c.handlers['inspections.get']({ id }).findings).toEqual([]);
    c.handlers['followUp.carry']({ inspectionId: id, into: 'findings', recommendationIds: [prev.recommendations[2].id] });
    expect(c.handlers['inspections.get']({ id }).findings[0]).toMatchObject({ kind: 'shortcoming' });
    expect(c.handlers['inspections.get']({ id }).findings[0].text).toMatch(/\(Kiến nghị số 3 tại .* chưa hoàn thành\.\)$/);
  });

  it('names the conclusion notice when one was issued', async () => {
    const c = demoCore();
    const id = nextYear(c);
    await c.handlers['documents.issue']({ inspectionId: ID, type: 'conclusion', issuedDate: '2022-10-20' });
    const prev = c.handlers['inspections.previousRecommendations']({ inspectionId: id })!;
    expect(prev.source).toMatch(/^Thông báo kết luận số 01\/TB-[^ ]+ ngày 20\/10\/2022$/);
  });
});
