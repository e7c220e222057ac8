// The campaign's own documents through the core: the summary report and the reminder letter for the
// demo's 2022 Điện Biên campaign (Mường Chà and huyện Điện Biên): drafts, issuing with a number that
// shares its series with the register of the inspections' documents, frozen rows, the history note
// of a reminder, and the NĐ 30 checks on every document made.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, dispatchAsync } from '../../electron/core/dispatch';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { listHistory } from '../../electron/core/repos/history';
import { DocumentRegister } from '../../electron/core/documents/register';
import { embedImages, imageMarker } from '../../electron/core/documents/images';
import { gridTableXml } from '../../electron/core/campaign-docs/fast-table';
import { gridTable } from '../../electron/core/documents/blocks';
import { componentsXml } from '../../electron/core/documents/docx-xml';
import { keepNumbersTogether } from '../../electron/core/documents/fill';
import { checkNd30 } from '../support/nd30';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkTemplate } from '../../electron/core/templates/check';
import { docxPart, paragraphTexts } from '../support/docx-text';
import { demoCoreWithFiles } from '../helpers';
import type { OpName, OpOutput } from '../../shared/api';

const CAMPAIGN = DEMO_IDS.campaign2022DienBien;
const TODAY = new Date('2023-06-01T03:00:00Z');

/** The demo's 2022 campaign with Mường Chà's conclusion issued and two of its deadlines passed. */
async function setup() {
  const { core, platform } = demoCoreWithFiles(() => TODAY);
  const mc = core.records.getInspection(DEMO_IDS.inspectionMuongCha2022)!;
  mc.recommendations[0].remedyDeadline = '2022-12-31';
  mc.recommendations[1].remedyDeadline = '2023-03-31';
  mc.recommendations[1].status = 'in_progress';
  mc.recommendations[2].remedyDeadline = '2023-12-31';
  core.handlers['inspections.save'](mc);
  const accept = core.documents.nextNumber(mc.id, 'conclusion', '2022-10-20').checks.map((c) => c.key);
  const conclusion = await core.documents.issue(mc.id, 'conclusion', '2022-10-20', accept);
  return { core, platform, mc, conclusion };
}

/** The value of an operation through the core's dispatch, as the app calls it; throws its message on failure. */
function ok<N extends OpName>(_name: N, r: { ok: boolean; value?: unknown; error?: { message: string } }): OpOutput<N> {
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as OpOutput<N>;
}

const readSaved = (p: string | null) => new Uint8Array(fs.readFileSync(p!));

describe('campaign report', () => {
  it('drafts the report: NĐ 30 form, the units figures side by side, two charts drawn in', async () => {
    const { core } = await setup();
    const preview = ok('campaignDocs.nextNumber', dispatch(core.handlers, 'campaignDocs.nextNumber', { campaignId: CAMPAIGN, kind: 'report', issuedDate: '2023-05-30' }));
    expect(preview).toMatchObject({ numberText: '01/BC-SNV', missing: [] });
    const saved = ok('campaignDocs.saveDraft', await dispatchAsync(core.handlers, 'campaignDocs.saveDraft', { campaignId: CAMPAIGN, kind: 'report' }));
    const bytes = readSaved(saved.path);
    const nd30 = checkNd30(bytes, 'report');
    expect(nd30.problems).toEqual([]);
    const text = paragraphTexts(bytes).join('\n');
    expect(text).toContain('Số: .../BC-SNV');
    expect(text).toContain('DỰ THẢO');
    // Mường Chà: 7.139 early + 18.254 on time of 25.624 handled: 99,10%; the two units: 35.709/36.004.
    expect(text).toMatch(/UBND huyện Mường Chà\n25\.624\n25\.393\n99,10%/u);
    expect(text).toMatch(/Tổng cộng\n36\.004\n35\.709\n99,18%/u);
    expect(text).toContain('Hồ sơ TTHC tiếp nhận');
    expect(text).toContain('25.718');
    expect(text).toMatch(/đã kiểm tra 2\/2 cơ quan, đơn vị \(đạt 100%\)/u);
    // The pictures are real PNG parts, referenced from the document.
    const xml = docxPart(bytes);
    expect(xml.match(/<w:drawing>/g)).toHaveLength(2);
    expect(xml).not.toMatch(/:(hinh|xml):/);
    const rels = docxPart(bytes, 'word/_rels/document.xml.rels');
    expect(rels.match(/relationships\/image/g)).toHaveLength(2);
    expect(docxPart(bytes, '[Content_Types].xml')).toContain('Extension="png"');
  });

  it('prints a finding that looks like a marker as typed', async () => {
    const { core, mc } = await setup();
    mc.findings[0].text = 'Ghi chú [[hinh:on-time]] và [[xml:t-1]]';
    core.handlers['inspections.save'](mc);
    const { bytes } = await core.campaignDocs.renderDraft({ campaignId: CAMPAIGN, kind: 'report' });
    expect(paragraphTexts(bytes).join('\n')).toContain('Ghi chú [[hinh:on-time]] và [[xml:t-1]]');
    expect(docxPart(bytes).match(/<w:drawing>/g)).toHaveLength(2);
  });

  it('issues the report with the next BC number, freezes it, and a repeated click returns the same document', async () => {
    const { core } = await setup();
    const rec = ok('campaignDocs.issue', await dispatchAsync(core.handlers, 'campaignDocs.issue', { campaignId: CAMPAIGN, kind: 'report', issuedDate: '2023-05-30' }));
    expect(rec).toMatchObject({ numberText: '01/BC-SNV', version: 1, kind: 'report', unitId: null });
    const again = ok('campaignDocs.issue', await dispatchAsync(core.handlers, 'campaignDocs.issue', { campaignId: CAMPAIGN, kind: 'report', issuedDate: '2023-05-30' }));
    expect(again.id).toBe(rec.id);
    expect(ok('campaignDocs.list', dispatch(core.handlers, 'campaignDocs.list', { campaignId: CAMPAIGN })).map((d) => d.numberText)).toEqual(['01/BC-SNV']);
    const { bytes } = core.campaignDocs.issuedFile(rec.id);
    expect(checkNd30(bytes, 'report').problems).toEqual([]);
    expect(paragraphTexts(bytes)).toContain('Số: 01/BC-SNV');
    expect(() => core.db.prepare('UPDATE campaign_documents SET number = 7 WHERE id = ?').run(rec.id)).toThrow(/không được sửa/u);
    expect(() => core.db.prepare('DELETE FROM campaign_documents WHERE id = ?').run(rec.id)).toThrow(/không được xóa/u);
    // A change of the records makes a new version that names the one it replaces.
    const mc = core.records.getInspection(DEMO_IDS.inspectionMuongCha2022)!;
    mc.recommendations[0].status = 'done';
    core.handlers['inspections.save'](mc);
    const v2 = ok('campaignDocs.issue', await dispatchAsync(core.handlers, 'campaignDocs.issue', { campaignId: CAMPAIGN, kind: 'report', issuedDate: '2023-05-31' }));
    expect(v2).toMatchObject({ numberText: '02/BC-SNV', version: 2, supersedesId: rec.id });
    expect(paragraphTexts(core.campaignDocs.issuedFile(v2.id).bytes).join('\n')).toContain('Báo cáo này thay thế Báo cáo số 01/BC-SNV ngày 30/5/2023.');
  });

  it('refuses a date before the last number of the series, and a date to come', async () => {
    const { core } = await setup();
    ok('campaignDocs.issue', await dispatchAsync(core.handlers, 'campaignDocs.issue', { campaignId: CAMPAIGN, kind: 'report', issuedDate: '2023-05-30' }));
    const early = await dispatchAsync(core.handlers, 'campaignDocs.issue', { campaignId: CAMPAIGN, kind: 'report', issuedDate: '2023-05-01' });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.message).toMatch(/01\/BC-SNV đã ban hành ngày 30\/5\/2023/u);
    const later = await dispatchAsync(core.handlers, 'campaignDocs.issue', { campaignId: CAMPAIGN, kind: 'report', issuedDate: '2023-06-02' });
    expect(later.ok).toBe(false);
  });

  it('shares one series per symbol and year with the inspections\' documents', async () => {
    const { core } = await setup();
    // A document of the inspections' register holding BC-SNV 01 in 2023 (as a campaign set up so would have).
    const insert = () => core.db.prepare(`INSERT INTO documents (id, inspection_id, type, symbol, year, number, issued_date, version,
      template_name, template_sha256, fingerprint, file_name, content, sha256, size, created_at, updated_at)
      VALUES ('00000000-0000-4000-8000-00000000bc01', ?, 'conclusion', 'BC-SNV', 2023, 1, '2023-05-02', 9, 't', 't', 'f', 'f.docx', x'00', ?, 1, 'now', 'now')`)
      .run(DEMO_IDS.inspectionMuongCha2022, '0'.repeat(64));
    insert();
    const rec = ok('campaignDocs.issue', await dispatchAsync(core.handlers, 'campaignDocs.issue', { campaignId: CAMPAIGN, kind: 'report', issuedDate: '2023-05-30' }));
    expect(rec.numberText).toBe('02/BC-SNV');
    // …and the inspections' register counts the campaign's numbers too.
    expect(new DocumentRegister(core.db, () => '').nextNumber('BC-SNV', 2023)).toBe(3);
  });
});

describe('reminder letter', () => {
  it('lists the units with overdue recommendations and issues a công văn to one, noting it in each recommendation\'s history', async () => {
    const { core, mc } = await setup();
    expect(ok('campaignDocs.overdueUnits', dispatch(core.handlers, 'campaignDocs.overdueUnits', { campaignId: CAMPAIGN }))).toEqual([
      { unitId: mc.unitId, unitName: 'UBND huyện Mường Chà', overdue: 2 },
    ]);
    const draft = ok('campaignDocs.saveDraft', await dispatchAsync(core.handlers, 'campaignDocs.saveDraft', { campaignId: CAMPAIGN, kind: 'reminder', unitId: mc.unitId! }));
    const draftBytes = readSaved(draft.path);
    expect(checkNd30(draftBytes, 'letter').problems).toEqual([]);
    const rec = ok('campaignDocs.issue', await dispatchAsync(core.handlers, 'campaignDocs.issue', {
      campaignId: CAMPAIGN, kind: 'reminder', unitId: mc.unitId!, issuedDate: '2023-06-01', reportBy: '2023-06-20',
    }));
    expect(rec).toMatchObject({ numberText: '01/SNV-CCHC', unitName: 'UBND huyện Mường Chà', reportBy: '2023-06-20' });
    expect(rec.recommendationIds).toEqual([mc.recommendations[0].id, mc.recommendations[1].id]);
    const bytes = core.campaignDocs.issuedFile(rec.id).bytes;
    expect(checkNd30(bytes, 'letter').problems).toEqual([]);
    // The checker would see a công văn without its "V/v" line or its "Kính gửi:".
    const files = unzipSync(bytes);
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']).replace('V/v đôn đốc', 'Về việc đôn đốc').replace('Kính gửi:', 'Gửi:'));
    expect(checkNd30(zipSync(files), 'letter').problems).toEqual(['"V/v …" not found under the number', '"Kính gửi:" not found']);
    const text = paragraphTexts(bytes).join('\n');
    expect(text).toContain('Số: 01/SNV-CCHC');
    expect(text).toMatch(/V\/v đôn đốc thực hiện kiến nghị sau kiểm tra công tác cải cách hành chính năm 2022/u);
    expect(text).toContain('Kính gửi: UBND huyện Mường Chà');
    expect(text).toContain('31/12/2022');
    expect(text).toContain('Thông báo số 01/TB-SNV ngày 20/10/2022');
    expect(text).toContain('trước ngày 20/6/2023./.');
    for (const r of mc.recommendations.slice(0, 2)) {
      expect(listHistory(core.db, r.id).filter((h) => h.kind === 'reminder')).toMatchObject([{ onDate: '2023-06-01', toValue: '01/SNV-CCHC', refId: rec.id }]);
    }
    expect(listHistory(core.db, mc.recommendations[2].id).filter((h) => h.kind === 'reminder')).toEqual([]);
  });

  it('refuses a reminder to a unit with nothing overdue, and a report addressed to a unit', async () => {
    const { core } = await setup();
    const hdb = core.records.getInspection(DEMO_IDS.inspectionHuyenDienBien2022)!;
    const r = await dispatchAsync(core.handlers, 'campaignDocs.issue', { campaignId: CAMPAIGN, kind: 'reminder', unitId: hdb.unitId!, issuedDate: '2023-06-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/không có kiến nghị nào quá hạn/u);
    const wrong = await dispatchAsync(core.handlers, 'campaignDocs.saveDraft', { campaignId: CAMPAIGN, kind: 'report', unitId: hdb.unitId! });
    expect(wrong.ok).toBe(false);
    expect(ok('campaignDocs.list', dispatch(core.handlers, 'campaignDocs.list', { campaignId: CAMPAIGN }))).toEqual([]);
  });
});

describe('campaign templates', () => {
  const builtin = (name: string) => new Uint8Array(fs.readFileSync(path.resolve('templates', name)));
  const edited = (name: string, from: string, to: string) => {
    const files = unzipSync(builtin(name));
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']).replace(from, to));
    return zipSync(files);
  };

  it('the built-in ones pass the checker, each against its own field list', async () => {
    expect(await checkTemplate('report', 'bao-cao-ket-qua.docx', builtin('bao-cao-ket-qua.docx'))).toMatchObject({ ok: true, problems: [] });
    expect(await checkTemplate('reminder', 'cong-van-don-doc.docx', builtin('cong-van-don-doc.docx'))).toMatchObject({ ok: true, problems: [] });
    // A report template is no minutes template.
    expect((await checkTemplate('minutes', 'bao-cao-ket-qua.docx', builtin('bao-cao-ket-qua.docx'))).ok).toBe(false);
  });

  it('refuses a report template without the figures table, and a field of the minutes in it', async () => {
    const r = await checkTemplate('report', 'x.docx', edited('bao-cao-ket-qua.docx', '{{so_lieu_don_vi}}', '{{thanh_phan}}'));
    expect(r.ok).toBe(false);
    expect(r.missing).toEqual(['so_lieu_don_vi']);
    expect(r.problems.join('\n')).toMatch(/\{\{thanh_phan\}\} không có trong danh sách trường/u);
  });

  it('an imported report template is used for the report', async () => {
    const { core } = await setup();
    const mine = edited('bao-cao-ket-qua.docx', 'KẾT QUẢ KIỂM TRA THEO LĨNH VỰC', 'ĐÁNH GIÁ THEO LĨNH VỰC');
    const report = ok('templates.import', await dispatchAsync(core.handlers, 'templates.import', {
      type: 'report', fileName: 'Mẫu báo cáo của tôi.docx', base64: Buffer.from(mine).toString('base64'),
    }));
    expect(report.ok).toBe(true);
    const { bytes } = await core.campaignDocs.renderDraft({ campaignId: CAMPAIGN, kind: 'report' });
    expect(paragraphTexts(bytes)).toContain('II. ĐÁNH GIÁ THEO LĨNH VỰC');
  });
});

describe('long tables written as strings', () => {
  it('give exactly the XML docx\'s builders give', () => {
    const b = {
      kind: 'table' as const, columns: ['TT', 'Đơn vị', 'Nội dung & ghi chú', 'Theo văn bản'], widths: [6, 30, 44, 20], center: [0], left: [1, 3],
      rows: Array.from({ length: 40 }, (_x, k) => [String(k + 1), `UBND xã <${k}>`, k % 3 ? '' : 'Khắc phục "ngay"', `Thông báo số 0${k % 9 + 1}/TB-SNV`]),
    };
    expect(gridTableXml(b)).toBe(keepNumbersTogether(componentsXml([gridTable(b)])));
    // A cell with a line break takes the builders' path (a w:br), still the same XML.
    const withBreak = { ...b, rows: [...b.rows, ['41', 'Hai\ndòng', '', '']] };
    expect(gridTableXml(withBreak)).toBe(keepNumbersTogether(componentsXml([gridTable(withBreak)])));
  });
});

describe('pictures in a .docx', () => {
  it('puts a PNG where its marker is and refuses bytes that are not a PNG', async () => {
    const png = new Uint8Array(fs.readFileSync(path.resolve('docs/bien-ban-muong-cha-p1.png')));
    const { fillTemplate } = await import('../../electron/core/documents/fill');
    const { renderCampaignBlocks } = await import('../../electron/core/campaign-docs/generate');
    const tpl = new Uint8Array(fs.readFileSync(path.resolve('templates/bao-cao-ket-qua.docx')));
    const filled = await fillTemplate(tpl, { text: {}, blocks: { bieu_do: renderCampaignBlocks([{ kind: 'chart', key: 'x', caption: 'Hình thử', widthCm: 8, heightCm: 11 }]) } });
    expect(docxPart(filled)).toContain(imageMarker('x'));
    const out = embedImages(filled, [{ key: 'x', png, widthCm: 8, heightCm: 11, description: 'Hình thử' }]);
    expect(docxPart(out)).toMatch(/<wp:extent cx="2880000" cy="3960000"\/>/);
    expect(docxPart(out, 'word/media/bienban-1.png').length).toBeGreaterThan(0);
    expect(() => embedImages(filled, [{ key: 'x', png: new Uint8Array([1, 2, 3]), widthCm: 1, heightCm: 1, description: '' }])).toThrow(/PNG/u);
  });
});
