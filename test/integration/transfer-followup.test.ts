// Transfer version 3 carries the follow-up of an inspection's recommendations: extensions, history,
// remediation reports with their assessments and scans. It arrives attached to the imported
// recommendations (re-keyed ids followed), a second import adds nothing, a bad follow-up part is
// refused naming the place with nothing written, and files of versions 1 and 2 leave it alone.
import fs from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { dispatch } from '../../electron/core/dispatch';
import { CoreError } from '../../electron/core/errors';
import { listHistory } from '../../electron/core/repos/history';
import { embedScans, readFollowUp } from '../../electron/core/transfer-followup';
import { newId } from '../../shared/defaults';
import { MAX_IMPORT_BYTES, TRANSFER_VERSION } from '../../shared/transfer';
import { demoCoreTicking, tempCore } from '../helpers';
import { SCAN_PDF as PDF, SCAN_PNG as PNG } from '../scans';

type C = ReturnType<typeof tempCore>;
const ID = DEMO_IDS.inspectionMuongCha2022;
const upload = (json: string) => ({ base64: Buffer.from(json).toString('base64') });

/** A second laptop, empty, on its own ticking clock; closed and removed when the test ends. */
function laptop(startMs = Date.UTC(2023, 5, 1, 3)): C {
  let t = startMs;
  const c = tempCore(() => new Date((t += 1000)));
  onTestFinished(() => { c.close(); fs.rmSync(c.dir, { recursive: true, force: true }); });
  return c;
}

/** The first laptop: the demo, with a Mường Chà recommendation extended, reported on, assessed, and a scan. */
function withFollowUp() {
  const a = demoCoreTicking(Date.UTC(2023, 2, 12, 3));
  const h = a.handlers;
  const recs = h['inspections.get']({ id: ID }).recommendations;
  h['followUp.extend']({ recommendationId: recs[2].id, newDeadline: '2023-12-31', reason: 'Chờ bố trí kinh phí', decidedDate: '2023-03-01' });
  const reportId = newId();
  h['remediation.save']({
    id: reportId, inspectionId: ID, receivedDate: '2023-03-12', docNumber: '125/BC-UBND', docDate: '2023-03-10',
    summary: 'Báo cáo kết quả khắc phục tồn tại sau kiểm tra CCHC năm 2022',
    items: [
      { recommendationId: recs[0].id, doneText: 'Đã ban hành Kế hoạch số 25/KH-UBND ngày 05/01/2023.' },
      { recommendationId: recs[1].id, doneText: 'Đang rà soát thủ tục hành chính.' },
    ],
  });
  h['remediation.assess']({ reportId, recommendationId: recs[0].id, assessment: 'accepted', reason: '', date: '2023-03-15' });
  h['remediation.attach']({ reportId, fileName: 'Báo cáo 125.pdf', base64: PDF.toString('base64') });
  h['remediation.attach']({ reportId, fileName: 'Phụ lục.png', base64: PNG.toString('base64') });
  return { a, recs, reportId, file: h['transfer.export']({ id: ID }) };
}

const TABLES = ['recommendation_history', 'recommendation_extensions', 'remediation_reports', 'remediation_report_items', 'attachments'];
const counts = (c: C) => Object.fromEntries(TABLES.map((t) => [t, (c.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
const history = (c: C, recommendationId: string) => listHistory(c.db, recommendationId).map(({ id: _id, ...row }) => row);
const extensions = (c: C) => c.db.prepare('SELECT id, recommendation_id, new_deadline, reason, decided_date, created_at FROM recommendation_extensions ORDER BY created_at, id').all();
/** A report as the screen lists it, scans by name, kind and content (ids and times are the laptop's own). */
const reports = (c: C, inspectionId: string = ID) => c.handlers['remediation.list']({ inspectionId }).map(({ attachments, createdAt: _c, updatedAt: _u, ...r }) => ({
  ...r,
  attachments: attachments.map((x) => ({ fileName: x.fileName, mime: x.mime, size: x.size, bytes: fs.readFileSync(c.attachments.pathOf(x.id)).toString('hex') })),
}));

describe('transfer version 3: the follow-up travels', () => {
  it('the second laptop has the same extensions, history, reports, assessments and scans, on the same recommendations', () => {
    const { a, recs, file } = withFollowUp();
    const doc = JSON.parse(file.json);
    expect(doc.version).toBe(TRANSFER_VERSION);
    expect(TRANSFER_VERSION).toBe(3);
    expect(file.note).toBe('');
    expect(doc.followUp.extensions).toHaveLength(1);
    expect(doc.followUp.reports[0].attachments.map((x: { fileName: string; base64: string }) => [x.fileName, Buffer.from(x.base64, 'base64').equals(x.fileName.endsWith('.pdf') ? PDF : PNG)]))
      .toEqual([['Báo cáo 125.pdf', true], ['Phụ lục.png', true]]);

    const b = laptop();
    expect(b.handlers['transfer.import'](upload(file.json))).toEqual({ inspectionId: ID, replaced: false, renamed: 0, note: '' });
    expect(reports(b)).toEqual(reports(a));
    expect(reports(b)[0].items.map((i) => i.assessment)).toEqual(['accepted', null]);
    for (const r of recs) expect(history(b, r.id), `history of ${r.id}`).toEqual(history(a, r.id));
    expect(history(b, recs[0].id).map((x) => x.kind)).toEqual(['report', 'assessment', 'status']);
    expect(extensions(b)).toEqual(extensions(a));
    // The follow-up status reads the same on both laptops (the extension and the report count there too).
    for (const today of ['2023-03-20', '2023-12-31', '2024-01-01']) {
      expect(b.handlers['followUp.overdueCount']({ today }), today).toBe(a.handlers['followUp.overdueCount']({ today }));
    }
  });

  it('importing the same file twice adds no history, extension, report, item or scan; the report is the file\'s', () => {
    const { file, reportId } = withFollowUp();
    const b = laptop();
    b.handlers['transfer.import'](upload(file.json));
    const once = counts(b);
    const listed = reports(b);
    expect(b.handlers['transfer.import'](upload(file.json))).toEqual({ inspectionId: ID, replaced: true, renamed: 0, note: '' });
    expect(counts(b)).toEqual(once);
    expect(reports(b)).toEqual(listed);
    expect(listed.map((r) => r.id)).toEqual([reportId]);
  });

  it('back on the first laptop, the work done on the second arrives once, and nothing of the first is duplicated or lost', () => {
    const { a, recs, file, reportId } = withFollowUp();
    const b = laptop();
    b.handlers['transfer.import'](upload(file.json));
    // On the second laptop: the second item is not accepted, one more extension.
    b.handlers['remediation.assess']({ reportId, recommendationId: recs[1].id, assessment: 'not_accepted', reason: 'Chưa có kết quả rà soát.', date: '2023-06-02' });
    b.handlers['followUp.extend']({ recommendationId: recs[2].id, newDeadline: '2024-03-31', reason: 'Gia hạn lần hai', decidedDate: '2023-06-02' });
    const back = b.handlers['transfer.export']({ id: ID });
    const before = counts(a);
    a.handlers['transfer.import'](upload(back.json));
    expect(reports(a)).toEqual(reports(b));
    expect(reports(a)[0].items[1]).toMatchObject({ assessment: 'not_accepted', assessmentReason: 'Chưa có kết quả rà soát.' });
    for (const r of recs) expect(history(a, r.id), `history of ${r.id}`).toEqual(history(b, r.id));
    expect(extensions(a)).toEqual(extensions(b));
    const after = counts(a);
    expect(after.recommendation_extensions).toBe(before.recommendation_extensions + 1);
    expect(after.recommendation_history).toBe(before.recommendation_history + 2); // the assessment and the extension
    expect(after.attachments).toBe(before.attachments);
    // And once more: nothing.
    a.handlers['transfer.import'](upload(back.json));
    expect(counts(a)).toEqual(after);
  });

  it('follows re-keyed recommendations, reports and extensions: the follow-up of a copy attaches to the copy', () => {
    const { a, file, reportId } = withFollowUp();
    const b = laptop();
    b.handlers['transfer.import'](upload(file.json));
    // The same file as another inspection: its recommendation, report and extension ids are taken here by the first.
    const copyId = newId();
    const copy = JSON.parse(file.json);
    copy.inspection.id = copyId;
    const res = b.handlers['transfer.import'](upload(JSON.stringify(copy)));
    // Every row of the inspection, plus its report and its extension.
    const doc = JSON.parse(file.json);
    const rows = ['attendees', 'subUnits', 'findings', 'figures', 'recommendations', 'unitProposals'].reduce((n, k) => n + doc.inspection[k].length, 0);
    expect(res.renamed).toBe(rows + 2);
    const original = b.handlers['inspections.get']({ id: ID }).recommendations;
    const copied = b.handlers['inspections.get']({ id: copyId }).recommendations;
    expect(copied.map((r) => r.id)).not.toEqual(original.map((r) => r.id));
    const [rep] = reports(b, copyId);
    expect(rep.id).not.toBe(reportId);
    expect(rep.items.map((i) => i.recommendationId)).toEqual([copied[0].id, copied[1].id]);
    expect(rep.attachments).toEqual(reports(a)[0].attachments);
    // History and extensions are on the copy's recommendations, their references on the copy's report and extension.
    const h0 = history(b, copied[0].id);
    expect(h0.map((x) => [x.kind, x.refId])).toEqual([['report', rep.id], ['assessment', rep.id], ['status', rep.id]]);
    const ext = b.db.prepare('SELECT id FROM recommendation_extensions WHERE recommendation_id = ?').pluck().all(copied[2].id);
    expect(ext).toHaveLength(1);
    expect(history(b, copied[2].id).find((x) => x.kind === 'extension')?.refId).toBe(ext[0]);
    // The original keeps its own, untouched.
    expect(history(b, original[0].id)).toEqual(history(a, original[0].id));
    expect(reports(b, ID)).toEqual(reports(a));
    // Importing the copy again adds nothing.
    const twice = counts(b);
    b.handlers['transfer.import'](upload(JSON.stringify(copy)));
    expect(counts(b)).toEqual(twice);
  });

  it('a report she put in the bin here is not brought back; the rest comes in and the result says so', () => {
    const { file, reportId } = withFollowUp();
    const b = laptop();
    b.handlers['transfer.import'](upload(file.json));
    b.handlers['bin.delete']({ kind: 'remediationReport', id: reportId });
    const before = counts(b);
    const res = b.handlers['transfer.import'](upload(file.json));
    expect(res.note).toContain('Báo cáo số 125/BC-UBND ngày 10/03/2023 đang nằm trong Thùng rác trên máy này');
    expect(b.handlers['remediation.list']({ inspectionId: ID })).toEqual([]);
    expect(counts(b)).toEqual(before);
  });

  it('a recommendation she took out of the report here is not put back; the rest of the report follows the file', () => {
    const { file, reportId, recs } = withFollowUp();
    const b = laptop();
    b.handlers['transfer.import'](upload(file.json));
    const [rep] = b.handlers['remediation.list']({ inspectionId: ID });
    b.handlers['remediation.save']({
      id: reportId, inspectionId: ID, receivedDate: rep.receivedDate, docNumber: rep.docNumber, docDate: rep.docDate, summary: 'Sửa trên máy này',
      items: [{ recommendationId: recs[0].id, doneText: rep.items[0].doneText }],
    });
    const res = b.handlers['transfer.import'](upload(file.json));
    expect(res.note).toBe('1 kiến nghị đã được bỏ ra khỏi báo cáo khắc phục trên máy này nên không được đưa lại vào báo cáo.');
    const [after] = b.handlers['remediation.list']({ inspectionId: ID });
    expect(after.items.map((i) => i.recommendationId)).toEqual([recs[0].id]);
    expect(after.summary).toBe('Báo cáo kết quả khắc phục tồn tại sau kiểm tra CCHC năm 2022');
  });

  it('a scan she took off the report here is not attached again, and the result says so', () => {
    const { file } = withFollowUp();
    const b = laptop();
    b.handlers['transfer.import'](upload(file.json));
    const [rep] = b.handlers['remediation.list']({ inspectionId: ID });
    b.handlers['remediation.detach']({ id: rep.attachments[1].id });
    const before = counts(b);
    const res = b.handlers['transfer.import'](upload(file.json));
    expect(res.note).toBe('Bản quét "Phụ lục.png" của Báo cáo số 125/BC-UBND ngày 10/03/2023 đã được gỡ khỏi báo cáo trên máy này nên không được đính kèm lại.');
    expect(counts(b)).toEqual(before);
    expect(reports(b)[0].attachments.map((x) => x.fileName)).toEqual(['Báo cáo 125.pdf']);
  });

  it('a scan that would take the file over the import limit stays listed without its bytes, and both sides name it', () => {
    const { a, file } = withFollowUp();
    const doc = JSON.parse(file.json);
    const inspection = a.handlers['inspections.get']({ id: ID });
    doc.followUp = readFollowUp(a.db, a.attachments, ID, inspection.recommendations.map((r) => r.id));
    // As if the rest of the file already took all but 70 bytes: the PDF still fits, the PNG does not.
    const notes = embedScans(doc, a.attachments, () => MAX_IMPORT_BYTES - 70);
    expect(doc.followUp.reports[0].attachments.map((x: { base64: string | null }) => x.base64 !== null)).toEqual([true, false]);
    expect(notes).toEqual([expect.stringContaining('Bản quét "Phụ lục.png" của Báo cáo số 125/BC-UBND ngày 10/03/2023 không được đưa vào tệp')]);
    const b = laptop();
    const res = b.handlers['transfer.import'](upload(JSON.stringify(doc)));
    expect(res.note).toContain('Bản quét "Phụ lục.png" của Báo cáo số 125/BC-UBND ngày 10/03/2023 không có trong tệp');
    expect(reports(b)[0].attachments.map((x) => x.fileName)).toEqual(['Báo cáo 125.pdf']);
  });
});

describe('a bad follow-up part is refused, names the place, and writes nothing', () => {
  function setup() {
    const { file } = withFollowUp();
    const target = laptop();
    target.handlers['transfer.import'](upload(file.json));
    const good = JSON.parse(file.json);
    return { target, good };
  }
  function expectRefused(target: C, doc: unknown, ...fragments: string[]) {
    const before = { counts: counts(target), reports: reports(target), inspection: target.handlers['inspections.get']({ id: ID }) };
    let err: unknown;
    try {
      target.handlers['transfer.import'](upload(JSON.stringify(doc)));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CoreError);
    expect((err as CoreError).code).toBe('IMPORT_INVALID');
    for (const f of fragments) expect((err as CoreError).message).toContain(f);
    expect((err as CoreError).message).toContain('không có gì được nhập');
    expect(dispatch(target.handlers, 'transfer.import', upload(JSON.stringify(doc)))).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } });
    expect({ counts: counts(target), reports: reports(target), inspection: target.handlers['inspections.get']({ id: ID }) }).toEqual(before);
  }

  it('each malformed part, with the place named in Vietnamese', () => {
    const { target, good } = setup();
    const edit = (f: (d: any) => void) => { const d = structuredClone(good); f(d); return d; };
    // Also the inspection's own edits in the same file must not land.
    const withEdit = (f: (d: any) => void) => edit((d) => { d.inspection.place = 'Sửa trong tệp lỗi'; f(d); });
    expectRefused(target, withEdit((d) => delete d.followUp), 'Theo dõi kiến nghị: Thiếu trường bắt buộc');
    expectRefused(target, withEdit((d) => (d.followUp.history[0].recommendationId = newId())),
      'Theo dõi kiến nghị › Lịch sử số 1 › Kiến nghị: Kiến nghị không có trong cuộc kiểm tra của tệp');
    expectRefused(target, withEdit((d) => (d.followUp.history[0].kind = 'deleted')), 'Theo dõi kiến nghị › Lịch sử số 1 › Loại');
    expectRefused(target, withEdit((d) => (d.followUp.reports[0].receivedDate = '2023-02-30')),
      'Theo dõi kiến nghị › Báo cáo khắc phục số 1 › Ngày nhận báo cáo: Ngày không tồn tại');
    expectRefused(target, withEdit((d) => { d.followUp.reports[0].items[1].assessment = 'not_accepted'; d.followUp.reports[0].items[1].assessmentReason = ' '; }),
      'Báo cáo khắc phục số 1 › Kiến nghị được báo cáo số 2 › Lý do đánh giá: Không chấp nhận thì phải có lý do');
    expectRefused(target, withEdit((d) => (d.followUp.reports[0].items[1].recommendationId = d.followUp.reports[0].items[0].recommendationId)),
      'Kiến nghị được báo cáo số 2 › Kiến nghị: Kiến nghị này đã có một mục khác trong cùng báo cáo');
    expectRefused(target, withEdit((d) => (d.followUp.extensions[0].reason = '  ')), 'Theo dõi kiến nghị › Gia hạn số 1 › Lý do: Lý do gia hạn không được để trống');
    expectRefused(target, withEdit((d) => d.followUp.extensions.push({ ...d.followUp.extensions[0], recommendationId: d.inspection.recommendations[0].id })),
      'Theo dõi kiến nghị › Gia hạn số 2 › Mã (id): Trùng mã (id)');
    // A scan whose bytes were changed (same length): its SHA-256 no longer matches.
    expectRefused(target, withEdit((d) => {
      const a = d.followUp.reports[0].attachments[0];
      const bytes = Buffer.from(a.base64, 'base64');
      bytes[bytes.length - 2] ^= 1;
      a.base64 = bytes.toString('base64');
    }), 'Theo dõi kiến nghị › Báo cáo khắc phục số 1 › Bản quét số 1: nội dung không khớp mã SHA-256');
    // Bytes cut short, a declared PNG that is a PDF, a hash that is not one.
    expectRefused(target, withEdit((d) => (d.followUp.reports[0].attachments[0].size += 3)), 'Bản quét số 1 › Nội dung tệp: Độ dài nội dung không khớp');
    expectRefused(target, withEdit((d) => {
      const a = d.followUp.reports[0].attachments[0];
      a.mime = 'image/png';
    }), 'Bản quét số 1: nội dung không phải PNG như tệp ghi');
    expectRefused(target, withEdit((d) => (d.followUp.reports[0].attachments[1].sha256 = 'abc')), 'Bản quét số 2 › Mã SHA-256');
    expectRefused(target, withEdit((d) => (d.followUp.reports[0].attachments[1].base64 = 'không phải base64')), 'Bản quét số 2 › Nội dung tệp');
  });
});

describe('files of versions 1 and 2 carry no follow-up', () => {
  it('import as before, and leave the follow-up this laptop has as it is', () => {
    const { a, file } = withFollowUp();
    const v2 = JSON.parse(file.json);
    v2.version = 2;
    delete v2.followUp;
    const v1 = structuredClone(v2);
    v1.version = 1;
    delete v1.campaign.issuer;
    for (const old of [v2, v1]) {
      const c = laptop();
      expect(c.handlers['transfer.import'](upload(JSON.stringify(old)))).toEqual({ inspectionId: ID, replaced: false, renamed: 0, note: '' });
      expect(counts(c)).toEqual({ recommendation_history: 0, recommendation_extensions: 0, remediation_reports: 0, remediation_report_items: 0, attachments: 0 });
      const before = { counts: counts(a), reports: reports(a) };
      expect(a.handlers['transfer.import'](upload(JSON.stringify(old)))).toMatchObject({ replaced: true, note: '' });
      expect({ counts: counts(a), reports: reports(a) }).toEqual(before);
    }
  });

  it('a version-2 file with a follow-up part is still read as version 2 (the part is not imported)', () => {
    const { file } = withFollowUp();
    const v2 = JSON.parse(file.json);
    v2.version = 2;
    const c = laptop();
    c.handlers['transfer.import'](upload(JSON.stringify(v2)));
    expect(counts(c).remediation_reports).toBe(0);
  });
});
