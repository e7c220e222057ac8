// What a văn thư checks on a generated document, read from the Word XML: the draft mark and the
// draft's date line, recommendations' own deadlines, typography, document properties.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildModel, type BuildOptions, type ModelInput } from '../../shared/documents/model';
import type { DocType } from '../../shared/documents/fields';
import { generateDocument } from '../../electron/core/documents/generate';
import { demoInput } from '../support/doc-fixtures';
import { paragraphTexts } from '../support/docx-text';

const TEMPLATES = path.resolve('templates');
const templateOf: Record<DocType, Uint8Array> = {
  minutes: new Uint8Array(fs.readFileSync(path.join(TEMPLATES, 'bien-ban.docx'))),
  conclusion: new Uint8Array(fs.readFileSync(path.join(TEMPLATES, 'thong-bao-ket-luan.docx'))),
};

const part = (docx: Uint8Array, name: string) => strFromU8(unzipSync(docx)[name]);
const paragraphs = paragraphTexts;
const draft: BuildOptions = { number: null, issuedDate: null };
const issued: BuildOptions = { number: 5, issuedDate: '2023-08-10' };
const make = (input: ModelInput, type: DocType, opts: BuildOptions) => generateDocument(templateOf[type], buildModel(input, type, opts));

describe('drafts', () => {
  it('a draft says DỰ THẢO, bold and boxed, before the header, and its date line carries the known year', async () => {
    for (const type of ['minutes', 'conclusion'] as const) {
      const docx = await make(demoInput('ngocLac2023'), type, draft);
      const xml = part(docx, 'word/document.xml');
      const body = xml.slice(xml.indexOf('<w:body>'));
      const first = /<w:p[ >][\s\S]*?<\/w:p>/.exec(body)![0];
      expect(first).toContain('DỰ THẢO');
      expect(first).toMatch(/<w:jc w:val="right"\/>/);
      expect(first).toMatch(/<w:b\/>/);
      expect(first).toMatch(/<w:bdr w:val="single"/);
      // Before the header table.
      expect(body.indexOf('DỰ THẢO')).toBeLessThan(body.indexOf('<w:tbl>'));
    }
    const conclusion = paragraphs(await make(demoInput('ngocLac2023'), 'conclusion', draft));
    expect(conclusion.some((t) => /, ngày \.\.\. tháng \.\.\. năm 2023$/.test(t))).toBe(true);
    expect(conclusion.join('\n')).not.toContain('năm 20..');
  });

  it('an issued document has neither the mark nor dots in its date line', async () => {
    for (const type of ['minutes', 'conclusion'] as const) {
      const docx = await make(demoInput('ngocLac2023'), type, issued);
      const text = paragraphs(docx).join('\n');
      expect(text).not.toContain('DỰ THẢO');
      expect(text).not.toMatch(/ngày \.\.\. tháng/);
    }
  });
});

describe('each recommendation keeps its own deadlines', () => {
  const withDeadlines = (report: (k: number) => string | null) => {
    const input = demoInput('ngocLac2023');
    input.inspection.recommendations = input.inspection.recommendations.map((r, k) => ({
      ...r, remedyDeadline: k === 0 ? '2023-11-30' : '2023-12-31', reportDeadline: report(k), reportTo: '',
    }));
    return input;
  };

  it('prints each report-back deadline with its recommendation when they differ', async () => {
    const input = withDeadlines((k) => (k === 0 ? '2023-12-05' : '2024-01-05'));
    const text = paragraphs(await make(input, 'conclusion', issued));
    const recs = text.slice(text.findIndex((t) => t.startsWith('Đối với')));
    const a = recs.find((t) => t.startsWith('a) '))!;
    const b = recs.find((t) => t.startsWith('b) '))!;
    expect(a).toContain('hoàn thành trước ngày 30/11/2023, báo cáo kết quả về Sở Nội vụ trước ngày 05/12/2023');
    expect(b).toContain('hoàn thành trước ngày 31/12/2023, báo cáo kết quả về Sở Nội vụ trước ngày 05/01/2024');
    const report = text.find((t) => t.includes('báo cáo kết quả khắc phục'))!;
    expect(report).toContain('về Sở Nội vụ theo thời hạn nêu tại từng kiến nghị');
    expect(report).not.toContain('05/01/2024');
    // The minutes' table carries both deadlines in the Thời hạn cell.
    const minutes = paragraphs(await make(input, 'minutes', issued)).join('\n');
    expect(minutes).toContain('Trước ngày 30/11/2023\nBáo cáo kết quả về Sở Nội vụ trước ngày 05/12/2023');
    expect(minutes).toContain('Trước ngày 31/12/2023\nBáo cáo kết quả về Sở Nội vụ trước ngày 05/01/2024');
  });

  it('says it once when every recommendation reports back on the same day to the same body', async () => {
    const text = paragraphs(await make(withDeadlines(() => '2024-01-05'), 'conclusion', issued));
    expect(text.filter((t) => t.includes('báo cáo kết quả'))).toEqual([
      'UBND huyện Ngọc Lặc báo cáo kết quả khắc phục các tồn tại, hạn chế nêu trên bằng văn bản về Sở Nội vụ trước ngày 05/01/2024 để tổng hợp, theo dõi.',
    ]);
  });
});

describe('typography', () => {
  it('writes body names with their capitals: "Sở Nội vụ", never "Sở nội vụ"', async () => {
    // (Vị Xuyên's issuing body is the Ban Tổ chức - Nội vụ of Hà Giang: see demo-issuers.test.ts.)
    for (const key of ['huyenDienBien2022', 'muongAng2020'] as const) {
      const input = demoInput(key);
      input.inspection.docOptions = { ...input.inspection.docOptions, conclusionIssuer: 'department' };
      const text = paragraphs(await make(input, 'conclusion', issued)).join('\n');
      expect(text).toContain('Sở Nội vụ thông báo kết luận như sau:');
      expect(text).not.toContain('Sở nội vụ');
    }
  });

  it('breaks a signing title between phrases, and keeps each phrase together with no-break spaces', async () => {
    const input = demoInput('muongCha2022');
    input.inspection.docOptions.conclusionIssuer = 'office';
    input.team!.members[0].title = 'Phó Chánh Văn phòng UBND tỉnh';
    const xml = part(await make(input, 'conclusion', issued), 'word/document.xml');
    const sig = paragraphs(await make(input, 'conclusion', issued));
    expect(sig).toContain('PHÓ\u00a0CHÁNH\u00a0VĂN\u00a0PHÒNG');
    expect(sig.some((t) => /VĂN$/.test(t) || /^PHÒNG/.test(t))).toBe(false);
    expect(xml).toContain('KT.\u00a0CHÁNH\u00a0VĂN\u00a0PHÒNG');
    // The Ngọc Lặc signer: "TRƯỞNG PHÒNG" then "CẢI CÁCH HÀNH CHÍNH", never "TRƯỞNG PHÒNG CẢI" / "CÁCH HÀNH CHÍNH".
    const nl = paragraphs(await make(demoInput('ngocLac2023'), 'conclusion', issued));
    expect(nl).toEqual(expect.arrayContaining(['TL.\u00a0GIÁM\u00a0ĐỐC', 'TRƯỞNG\u00a0PHÒNG', 'CẢI\u00a0CÁCH\u00a0HÀNH\u00a0CHÍNH']));
  });

  it('never splits a document number: its hyphens are w:noBreakHyphen', async () => {
    const xml = part(await make(demoInput('muongCha2022'), 'minutes', issued), 'word/document.xml');
    expect(xml).toMatch(/1703\/KH<\/w:t><w:noBreakHyphen\/><w:t xml:space="preserve">UBND/);
    expect(xml).toMatch(/05\/BB<\/w:t><w:noBreakHyphen\/><w:t xml:space="preserve">ĐKT/);
    expect(xml).not.toMatch(/\d+\/[A-ZĐ]+-[A-ZĐ]/u);
  });

  it('joins names with a hyphen as NĐ 30 writes them, not an en dash', async () => {
    const text = paragraphs(await make(demoInput('viXuyen2019'), 'minutes', issued)).join('\n');
    expect(text).toContain('Tổ chức - Nội vụ');
    expect(text).not.toContain('–');
  });

  it('letters a) and numbers 1. only when there is more than one item', async () => {
    const input = demoInput('ngocLac2023');
    // One area with shortcomings: no lone "a)".
    const text = paragraphs(await make(input, 'conclusion', issued));
    const shortcomings = text.slice(text.indexOf('2. Tồn tại, hạn chế') + 1, text.indexOf('II. KẾT LUẬN VÀ YÊU CẦU'));
    expect(shortcomings.length).toBeGreaterThan(0);
    expect(shortcomings.some((t) => /^a\) /.test(t))).toBe(false);
    // The only khoản under II is not numbered "1.".
    expect(text).toContain('Đối với UBND huyện Ngọc Lặc:');
    expect(text.some((t) => /^1\. Đối với/.test(t))).toBe(false);
    // One recommendation: neither "a)" nor "1.".
    input.inspection.recommendations = input.inspection.recommendations.slice(0, 1);
    const one = paragraphs(await make(input, 'conclusion', issued));
    const after = one.slice(one.indexOf('Đối với UBND huyện Ngọc Lặc:') + 1);
    expect(after[0]).toMatch(/^Tiếp tục quan tâm chỉ đạo/);
    const minutes = paragraphs(await make(input, 'minutes', issued)).join('\n');
    expect(minutes).not.toMatch(/\n1\. Tiếp tục/);
  });

  it('writes a zero in words: "không có hồ sơ giải quyết trễ hạn"', async () => {
    const input = demoInput('muongCha2022');
    const late = input.campaign.indicators.find((i) => /trễ hạn/u.test(i.name) && i.parentId)!;
    input.inspection.figures = input.inspection.figures.map((f) => (f.indicatorId === late.id ? { ...f, value: 0 } : f));
    const text = paragraphs(await make(input, 'minutes', issued)).join('\n');
    expect(text).toContain('không có hồ sơ giải quyết trễ hạn');
    expect(text).not.toMatch(/trễ hạn 0 hồ sơ/);
  });

  it('never repeats the addressee of a proposal typed as "Đề nghị …"', async () => {
    const input = demoInput('muongCha2022');
    input.inspection.unitProposals = [
      { id: 'p1', addressedTo: 'UBND tỉnh', content: 'Đề nghị UBND tỉnh bố trí kinh phí số hóa hồ sơ.' },
      { id: 'p2', addressedTo: 'Sở Nội vụ', content: 'Sở Nội vụ tổ chức tập huấn' },
      { id: 'p3', addressedTo: 'Sở Tư pháp', content: 'hướng dẫn rà soát văn bản' },
    ] as typeof input.inspection.unitProposals;
    const text = paragraphs(await make(input, 'minutes', issued));
    expect(text).toContain('- Đề nghị UBND tỉnh bố trí kinh phí số hóa hồ sơ;');
    expect(text).toContain('- Đề nghị Sở Nội vụ tổ chức tập huấn;');
    expect(text).toContain('- Đề nghị Sở Tư pháp hướng dẫn rà soát văn bản.');
    expect(text.join('\n')).not.toMatch(/đề nghị .*đề nghị/iu);
  });

  it('carries the trích yếu, the issuing body and the issue time in the document properties', async () => {
    const model = buildModel(demoInput('muongCha2022'), 'conclusion', issued);
    const core = part(await generateDocument(templateOf.conclusion, model, { time: '2023-08-10T09:15:00.000Z' }), 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${model.title}</dc:title>`);
    expect(core).toContain('<dc:creator>Sở Nội vụ</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Sở Nội vụ</cp:lastModifiedBy>');
    expect(core).toContain('<dc:description></dc:description>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-08-10T09:15:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-08-10T09:15:00Z</dcterms:modified>');
    expect(core).not.toContain('Un-named');
    expect(core).not.toContain('{{');
    // Without a time, the date of issue.
    const plain = part(await generateDocument(templateOf.minutes, buildModel(demoInput('muongCha2022'), 'minutes', issued)), 'docProps/core.xml');
    expect(plain).toContain('2023-08-10T00:00:00Z');
    expect(plain).toContain('<dc:creator>Đoàn kiểm tra công tác cải cách hành chính</dc:creator>');
  });
});
