// What is checked when a document is issued (shared/documents/issue-checks.ts): nothing with a blank
// or an unnamed signer goes out under a number, figures that contradict themselves need her
// confirmation, dates out of order are refused, and every demo document can be issued clean.
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { buildModel } from '../../shared/documents/model';
import type { SignatureCell } from '../../shared/documents/model-types';
import type { DocType } from '../../shared/documents/fields';
import type { Inspection } from '../../shared/records';
import { DEMO_KEYS, demoInput, type DemoKey } from '../support/doc-fixtures';
import { docxPart, visibleText } from '../support/docx-text';
import { demoCoreWithFiles } from '../helpers';

const ID_OF: Record<DemoKey, string> = {
  muongCha2022: DEMO_IDS.inspectionMuongCha2022,
  huyenDienBien2022: DEMO_IDS.inspectionHuyenDienBien2022,
  viXuyen2019: DEMO_IDS.inspectionViXuyen2019,
  ngocLac2023: DEMO_IDS.inspectionNgocLac2023,
  muongAng2020: DEMO_IDS.inspectionMuongAng2020,
};
/** A fixed "today" after every demo inspection, so that no date of issue is in the future. */
const clock = () => new Date('2024-06-01T09:00:00');

const signerNames = (key: DemoKey, type: DocType): string[] =>
  Object.values(buildModel(demoInput(key), type, { number: 1, issuedDate: '2024-01-01' }).blocks).flat()
    .flatMap((b) => (b.kind === 'signatures' ? b.rows.flatMap((r) => [r.left, r.right]) : []))
    .filter((c): c is Extract<SignatureCell, { kind: 'signer' }> => c?.kind === 'signer')
    .map((c) => c.name);

/** The last day of a demo inspection, and a date of issue for each document after it. */
function issueDates(i: Inspection): Record<DocType, string> {
  const meeting = i.meetingDate ?? i.dateTo ?? i.dateFrom!;
  const d = new Date(`${meeting}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 14);
  return { minutes: meeting, conclusion: d.toISOString().slice(0, 10) };
}

describe('the demo documents', () => {
  it('every demo inspection issues both documents with no dots and every signer named', async () => {
    const { core, platform } = demoCoreWithFiles(clock);
    // Issue in date order across inspections: a number is never dated before the one before it.
    const jobs = DEMO_KEYS.flatMap((key) => {
      const i = core.handlers['inspections.get']({ id: ID_OF[key] });
      const dates = issueDates(i);
      return (['minutes', 'conclusion'] as const).map((type) => ({ key, type, date: dates[type] }));
    }).sort((a, b) => a.date.localeCompare(b.date));
    for (const job of jobs) {
      const preview = core.documents.nextNumber(ID_OF[job.key], job.type, job.date);
      expect(preview.missing, `${job.key} ${job.type}`).toEqual([]);
      expect(preview.refusals, `${job.key} ${job.type}`).toEqual([]);
      const record = await core.documents.issue(ID_OF[job.key], job.type, job.date, preview.checks.map((c) => c.key));
      const text = visibleText(docxPart(core.documents.issuedFile(record.id).bytes));
      expect(text, `${job.key} ${job.type}`).not.toMatch(/\.\.\./);
      expect(text).not.toContain('DỰ THẢO');
      const names = signerNames(job.key, job.type);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        expect(name.trim(), `${job.key} ${job.type}: a signer without a name`).not.toBe('');
        expect(text).toContain(name);
      }
    }
    expect(platform.calls).toEqual([]);
  });

  it('the start time and the report-back deadline read naturally when they are not recorded', () => {
    const input = demoInput('muongCha2022');
    input.inspection = {
      ...input.inspection, startTime: null,
      recommendations: input.inspection.recommendations.map((r) => ({ ...r, reportDeadline: null })),
    };
    const m = buildModel(input, 'minutes', { number: 1, issuedDate: '2022-10-06' });
    const all = Object.values(m.blocks).flat().map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '')).join('\n');
    expect(all).toContain('Hôm nay, ngày 06 tháng 10 năm 2022, tại UBND huyện Mường Chà');
    expect(all).not.toMatch(/Hôm nay, vào lúc|\.\.\. giờ/);
    expect(all).toMatch(/bằng văn bản về [^\n]+ để tổng hợp, theo dõi\./);
    expect(all).not.toContain('...');
    expect(m.missing).toEqual([]);
  });
});

describe('issuing refuses what must not go out under a number', () => {
  it('names each missing item, takes no number, and still saves a draft with dots', async () => {
    const { core } = demoCoreWithFiles(clock);
    const id = DEMO_IDS.inspectionViXuyen2019;
    const i = core.handlers['inspections.get']({ id });
    core.handlers['inspections.save']({
      ...i, endTime: null, attendees: i.attendees.filter((a) => a.side !== 'unit'),
    });
    const preview = core.documents.nextNumber(id, 'minutes', '2019-08-12');
    expect(preview.missing.map((m) => m.field)).toEqual(['endTime', 'attendees.unit', 'docOptions.minutesUnitSigner.name']);
    expect(preview.missing[0].where).toEqual({ tab: 'general', label: 'Kết thúc lúc' });
    await expect(core.documents.issue(id, 'minutes', '2019-08-12')).rejects.toMatchObject({
      code: 'DOC_INCOMPLETE',
      message: expect.stringMatching(/Giờ kết thúc buổi làm việc[\s\S]*Thành phần của đơn vị được kiểm tra[\s\S]*Họ tên người ký biên bản của đơn vị/),
    });
    expect(core.documents.list(id)).toEqual([]);
    expect(core.documents.nextNumber(id, 'minutes', '2019-08-12').numberText).toBe('01/BB-ĐKT');
    const draft = await core.documents.renderDraft(id, 'minutes');
    expect(visibleText(docxPart(draft.bytes))).toContain('kết thúc vào lúc ... giờ ... phút');
  });

  it('figures that contradict themselves need a confirmation of exactly those points', async () => {
    const { core } = demoCoreWithFiles(clock);
    const id = DEMO_IDS.inspectionHuyenDienBien2022;
    const { checks } = core.documents.nextNumber(id, 'conclusion', '2022-09-20');
    expect(checks.map((c) => c.text)).toEqual([
      'Hồ sơ TTHC tiếp nhận: tổng các số liệu thành phần (10.380) lớn hơn tổng số (5.369).',
      'Đơn vị hành chính cấp xã được kiểm tra so với kế hoạch: ghi chú nêu 30% nhưng 7/21 là 33,33%.',
    ]);
    await expect(core.documents.issue(id, 'conclusion', '2022-09-20')).rejects.toMatchObject({
      code: 'DOC_UNCONFIRMED', message: expect.stringContaining('tổng các số liệu thành phần (10.380)'),
    });
    // Confirming one point does not cover the other.
    await expect(core.documents.issue(id, 'conclusion', '2022-09-20', [checks[0].key])).rejects.toMatchObject({ code: 'DOC_UNCONFIRMED' });
    // A figure changed after she confirmed is a new point.
    const i = core.handlers['inspections.get']({ id });
    const total = i.figures.find((f) => f.value === 5369)!;
    core.handlers['inspections.save']({ ...i, figures: i.figures.map((f) => (f.id === total.id ? { ...f, value: 5370 } : f)) });
    await expect(core.documents.issue(id, 'conclusion', '2022-09-20', checks.map((c) => c.key))).rejects.toMatchObject({
      code: 'DOC_UNCONFIRMED', message: expect.stringContaining('(5.370)'),
    });
    const now = core.documents.nextNumber(id, 'conclusion', '2022-09-20').checks;
    const doc = await core.documents.issue(id, 'conclusion', '2022-09-20', now.map((c) => c.key));
    expect(doc.numberText).toBe('01/TB-SNV');
  });

  it('a field still holding an invalid entry and a rate above 100% are points to confirm', () => {
    const { core } = demoCoreWithFiles(clock);
    const id = DEMO_IDS.inspectionMuongCha2022;
    const i = core.handlers['inspections.get']({ id });
    const signed = i.figures.find((f) => f.denominator === 8418)!;
    const percent = i.figures.find((f) => f.value === 80)!;
    core.handlers['inspections.save']({
      ...i,
      figures: i.figures.map((f) => (f.id === signed.id ? { ...f, value: 9000 } : f.id === percent.id ? { ...f, value: 120 } : f)),
      drafts: { [`figures.${signed.id}.denominator`]: 'Không phải là số' },
    });
    const texts = core.documents.nextNumber(id, 'minutes', '2022-10-06').checks.map((c) => c.text);
    expect(texts).toContain('Nhiệm vụ cải cách hành chính hoàn thành theo kế hoạch: tỷ lệ 120% lớn hơn 100%.');
    expect(texts).toContain('Văn bản đi được ký số: tử số 9.000 lớn hơn mẫu số 8.418 (văn bản sẽ ghi "đạt 106,91%").');
    expect(texts).toContain('Số liệu "Văn bản đi được ký số – mẫu số": "Không phải là số" chưa phải giá trị hợp lệ, văn bản sẽ bỏ trống mục này.');
  });
});

describe('dates of issue', () => {
  it('refuses a date before the meeting or the last day, and a number dated before the previous one', async () => {
    const { core } = demoCoreWithFiles(clock);
    const cha = DEMO_IDS.inspectionMuongCha2022;
    const dienBien = DEMO_IDS.inspectionHuyenDienBien2022;
    await expect(core.documents.issue(cha, 'minutes', '2022-10-05')).rejects.toMatchObject({
      code: 'DOC_INCOMPLETE', message: expect.stringContaining('Ngày ban hành biên bản (05/10/2022) sớm hơn ngày họp, lập biên bản (06/10/2022).'),
    });
    await expect(core.documents.issue(cha, 'conclusion', '2022-02-06')).rejects.toMatchObject({
      message: expect.stringContaining('sớm hơn ngày cuối của cuộc kiểm tra (06/10/2022)'),
    });
    expect((await core.documents.issue(cha, 'minutes', '2022-10-06')).numberText).toBe('01/BB-ĐKT');
    // 02/BB-ĐKT dated 14/9 would come after 01/BB-ĐKT dated 06/10.
    const accept = core.documents.nextNumber(dienBien, 'minutes', '2022-09-14').checks.map((c) => c.key);
    expect(core.documents.nextNumber(dienBien, 'minutes', '2022-09-14').refusals).toEqual([
      'Số trước đó, 01/BB-ĐKT, đã ban hành ngày 06/10/2022: văn bản số sau không được mang ngày sớm hơn (14/09/2022).',
    ]);
    await expect(core.documents.issue(dienBien, 'minutes', '2022-09-14', accept)).rejects.toMatchObject({
      code: 'DOC_INCOMPLETE', message: expect.stringContaining('01/BB-ĐKT, đã ban hành ngày 06/10/2022'),
    });
    expect(core.documents.list(dienBien)).toEqual([]);
  });

  it('a date more than 30 days ahead is a point to confirm', async () => {
    const { core } = demoCoreWithFiles(clock);
    const id = DEMO_IDS.inspectionNgocLac2023;
    const { checks } = core.documents.nextNumber(id, 'conclusion', '2024-08-01');
    expect(checks).toEqual([{ key: 'future:2024-08-01', text: 'Ngày ban hành 01/08/2024 còn hơn 30 ngày nữa mới đến (hôm nay 01/06/2024).', where: null }]);
    expect(core.documents.nextNumber(id, 'conclusion', '2024-07-01').checks).toEqual([]);
    await expect(core.documents.issue(id, 'conclusion', '2024-08-01')).rejects.toMatchObject({ code: 'DOC_UNCONFIRMED' });
    expect((await core.documents.issue(id, 'conclusion', '2024-08-01', ['future:2024-08-01'])).numberText).toBe('01/TB-SNV');
  });
});
