// Generating documents from Word templates: the pitfalls users of docx templates report (fields
// split over runs, a key used twice, empty values, line breaks, fonts), the choice of table or list
// for the recommendations, and sections left empty.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Document, Header, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../shared/documents/model';
import { loadModelInput } from '../../electron/core/documents/context';
import { generateDocument } from '../../electron/core/documents/generate';
import { fillTemplate, joinSplitFields } from '../../electron/core/documents/fill';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { checkNd30 } from '../support/nd30';
import { demoInput } from '../support/doc-fixtures';
import { tempCore } from '../helpers';
import { paragraphTexts } from '../support/docx-text';

const TEMPLATES = path.resolve('templates');
const minutesTemplate = new Uint8Array(fs.readFileSync(path.join(TEMPLATES, 'bien-ban.docx')));
const conclusionTemplate = new Uint8Array(fs.readFileSync(path.join(TEMPLATES, 'thong-bao-ket-luan.docx')));

const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']);
const paragraphs = paragraphTexts;

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
/** A minimal .docx whose body is `body` (WordprocessingML), with document defaults in `font`. */
function makeTemplate(body: string, font = 'Times New Roman'): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'word/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr>` +
        `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}" w:eastAsia="${font}"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}` +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1985" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>' +
        '</w:body></w:document>',
    ),
  });
}
const p = (runs: string, pPr = '') => `<w:p>${pPr}${runs}</w:p>`;
const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('fields Word splits over several runs', () => {
  it('joins "{{ten_" + "don_vi}}" with a spell-check mark and a bold part in between', () => {
    const body = p(
      r('Đơn vị: ') + r('{{ten_') + '<w:proofErr w:type="spellStart"/>' + r('don', '<w:b/>') + '<w:proofErr w:type="spellEnd"/>' +
        r('_vi}}') + r(' kết thúc.'),
    );
    const xml = strFromU8(unzipSync(makeTemplate(body))['word/document.xml']);
    const joined = joinSplitFields(/<w:p>[\s\S]*<\/w:p>/.exec(xml)![0]);
    expect(joined).toContain('{{ten_don_vi}}');
    expect(joined).not.toMatch(/\{\{ten_<\/w:t>/);
    return fillTemplate(makeTemplate(body), { text: { ten_don_vi: 'UBND huyện Mường Chà' }, blocks: {} }).then((out) => {
      expect(paragraphs(out)).toEqual(['Đơn vị: UBND huyện Mường Chà kết thúc.']);
    });
  });

  it('accepts "{{ ten_don_vi }}" with spaces and a field split at every character', async () => {
    const split = '{{so_ky_hieu}}'.split('').map((ch, k) => r(ch, k % 2 ? '<w:i/>' : '')).join('');
    const out = await fillTemplate(makeTemplate(p(r('{{ ten_don_vi }}')) + p(split)), {
      text: { ten_don_vi: 'UBND xã Tân Hà', so_ky_hieu: 'Số: 05/BB-ĐKT' }, blocks: {},
    });
    expect(paragraphs(out)).toEqual(['UBND xã Tân Hà', 'Số: 05/BB-ĐKT']);
  });

  it('keeps the formatting of the run that held the field', async () => {
    const out = await fillTemplate(makeTemplate(p(r('{{co_quan_ban_hanh}}', '<w:b/><w:sz w:val="26"/>'))), {
      text: { co_quan_ban_hanh: 'SỞ NỘI VỤ' }, blocks: {},
    });
    const run = /<w:r>(?:(?!<\/w:r>).)*SỞ NỘI VỤ(?:(?!<\/w:r>).)*<\/w:r>/s.exec(documentXml(out))![0];
    expect(run).toContain('<w:b/>');
    expect(run).toContain('<w:sz w:val="26"/>');
  });
});

describe('headers and footers', () => {
  it('fills a field in a page header as in the body', async () => {
    const doc = new Document({
      sections: [{
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('Văn bản {{so_ky_hieu}}')] })] }) },
        children: [new Paragraph('{{ten_don_vi}}'), new Paragraph('{{ket_qua}}')],
      }],
    });
    const out = await fillTemplate(new Uint8Array(await Packer.toBuffer(doc)), {
      text: { so_ky_hieu: 'Số: 05/BB-ĐKT', ten_don_vi: 'UBND xã Tân Hà' }, blocks: { ket_qua: [new Paragraph('Kết quả')] },
    });
    const files = unzipSync(out);
    const header = Object.keys(files).find((n) => /^word\/header\d*\.xml$/.test(n))!;
    // The run that held the field gets Times New Roman on every slot.
    expect(strFromU8(files[header])).toMatch(/<w:r><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><\/w:rPr><w:t xml:space="preserve">Văn bản Số: 05\/BB-ĐKT<\/w:t><\/w:r>/);
    expect(paragraphs(out)).toEqual(['UBND xã Tân Hà', 'Kết quả']);
  });
});

describe('text fields filled in the XML directly', () => {
  const texts = (docx: Uint8Array) => paragraphs(docx).map((t) => t.replace(/\s+$/, ''));
  const runsOf = (docx: Uint8Array) =>
    [...documentXml(docx).matchAll(/<w:r\b[^>]*>(?:(?!<\/w:r>)[\s\S])*?<\/w:r>/g)]
      .map((m) => m[0]).filter((r) => /<w:t/.test(r));

  it('give the same text per paragraph as docx patchDocument (the reference), for every demo document', async () => {
    for (const key of ['muongCha2022', 'huyenDienBien2022', 'viXuyen2019', 'ngocLac2023', 'muongAng2020'] as const) {
      for (const [type, tpl] of [['minutes', minutesTemplate], ['conclusion', conclusionTemplate]] as const) {
        const model = buildModel(demoInput(key), type, { number: 3, issuedDate: '2022-10-06' });
        const direct = await generateDocument(tpl, model);
        const reference = await generateDocument(tpl, model, { textEngine: 'docx' });
        expect(texts(direct), `${key} ${type}`).toEqual(texts(reference));
      }
    }
  });

  it('escape the value, turn "\\n" into w:br and put Times New Roman on the run, keeping its bold and size', async () => {
    const tpl = makeTemplate(p(r('A {{ten_don_vi}} B', '<w:b/><w:sz w:val="26"/>')));
    const out = await fillTemplate(tpl, { text: { ten_don_vi: 'X & <Y>\nZ' }, blocks: {} });
    // (paragraphs() reads the raw XML text: entities stay escaped.)
    expect(paragraphs(out)).toEqual(['A X &amp; &lt;Y&gt;\nZ B']);
    const [run] = runsOf(out);
    expect(run).toContain('<w:b/>');
    expect(run).toContain('<w:sz w:val="26"/>');
    expect(run).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(run).toContain('X &amp; &lt;Y&gt;</w:t><w:br/><w:t xml:space="preserve">Z B');
  });
});

describe('values', () => {
  it('replaces a key used twice, in one paragraph and in another', async () => {
    const out = await fillTemplate(makeTemplate(p(r('{{nam}} và {{nam}}')) + p(r('Năm {{nam}}.'))), { text: { nam: '2022' }, blocks: {} });
    expect(paragraphs(out)).toEqual(['2022 và 2022', 'Năm 2022.']);
  });

  it('leaves no field and no empty paragraph for an empty value', async () => {
    const body = p(r('Trước')) + p(r('{{co_quan_chu_quan}}')) + p(r('{{don_vi_truc_thuoc}}')) + p(r('Giữa {{quyet_dinh}}.')) + p(r('Sau'));
    const out = await fillTemplate(makeTemplate(body), { text: { co_quan_chu_quan: '', quyet_dinh: '' }, blocks: { don_vi_truc_thuoc: [] } });
    expect(paragraphs(out)).toEqual(['Trước', 'Giữa .', 'Sau']);
    expect(documentXml(out)).not.toContain('{{');
  });

  it('keeps one empty paragraph in a table cell whose only field is empty (a cell needs one)', async () => {
    const cell = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
    const body = `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr>${cell(p(r('{{co_quan_chu_quan}}')))}${cell(p(r('B')))}</w:tr></w:tbl>`;
    const out = await fillTemplate(makeTemplate(body), { text: { co_quan_chu_quan: '' }, blocks: {} });
    const xml = documentXml(out);
    expect(xml).not.toContain('{{');
    expect(xml.match(/<w:tc>/g)).toHaveLength(2);
    expect(/<w:tc><w:tcPr>[\s\S]*?<\/w:tcPr><w:p/.test(xml)).toBe(true);
  });

  it('turns a line break into w:br, never a newline inside w:t', async () => {
    const out = await fillTemplate(makeTemplate(p(r('{{trich_yeu}}', '<w:b/>'))), {
      text: { trich_yeu: 'Kiểm tra công tác cải cách hành chính năm 2022\ntại UBND huyện Mường Chà' }, blocks: {},
    });
    const xml = documentXml(out);
    expect(xml).toContain('<w:br/>');
    expect(xml).not.toMatch(/<w:t(?:\s[^>]*)?>[^<]*\n[^<]*<\/w:t>/);
    expect(paragraphs(out)).toEqual(['Kiểm tra công tác cải cách hành chính năm 2022\ntại UBND huyện Mường Chà']);
  });

  it('writes Times New Roman on every slot of every filled run, even in a template whose default font is Arial', async () => {
    const input = demoInput('muongCha2022');
    const m = buildModel(input, 'minutes', { number: 5, issuedDate: null });
    const out = await generateDocument(makeTemplate(p(r('{{ten_don_vi}}')) + p(r('{{thanh_phan}}')) + p(r('{{chu_ky}}'))), m);
    const runs = [...documentXml(out).matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((x) => x[1]).filter((x) => /<w:t[ >][^<]*[^\x00-\x7f]/.test(x));
    expect(runs.length).toBeGreaterThan(5);
    for (const run of runs) {
      expect(run).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    }
  });
});

describe('the built-in templates', () => {
  const core = tempCore();
  core.handlers['demo.load']({} as never);
  afterAll(() => { core.close(); fs.rmSync(core.dir, { recursive: true, force: true }); });
  const make = (id: string, type: 'minutes' | 'conclusion', change?: (i: ReturnType<typeof loadModelInput>) => void) => {
    const input = loadModelInput(core.records, id);
    change?.(input);
    return generateDocument(type === 'minutes' ? minutesTemplate : conclusionTemplate, buildModel(input, type, { number: 5, issuedDate: '2022-10-20' }));
  };

  it('lays out the recommendations as the table the minutes template asks for', async () => {
    const out = await make(DEMO_IDS.inspectionMuongCha2022, 'minutes');
    const text = paragraphs(out);
    expect(text).toContain('Nội dung kiến nghị');
    expect(text).toContain('Đề nghị UBND huyện Mường Chà thực hiện các nội dung sau:');
    expect(documentXml(out).match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(3);
  });

  it('lays out the recommendations as a numbered list when the template holds {{kien_nghi_danh_sach}}', async () => {
    const xml = strFromU8(unzipSync(minutesTemplate)['word/document.xml']).replace('{{kien_nghi_bang}}', '{{kien_nghi_danh_sach}}');
    const template = zipSync({ ...unzipSync(minutesTemplate), 'word/document.xml': strToU8(xml) });
    const input = loadModelInput(core.records, DEMO_IDS.inspectionMuongCha2022);
    const out = await generateDocument(template, buildModel(input, 'minutes', { number: 5, issuedDate: null }));
    const text = paragraphs(out);
    expect(text).toContain('Đề nghị UBND huyện Mường Chà:');
    expect(text.some((t) => t.startsWith('1. Xây dựng kế hoạch khắc phục'))).toBe(true);
    expect(text).not.toContain('Nội dung kiến nghị');
    expect(checkNd30(out, 'minutes').problems).toEqual([]);
  });

  it('drops a section left empty and renumbers the ones after it', async () => {
    // Vị Xuyên 2019: no finding outside the areas (IV. NHẬN XÉT CHUNG) and no opinion of the unit (VI).
    const minutes = paragraphs(await make(DEMO_IDS.inspectionViXuyen2019, 'minutes'));
    const headings = minutes.filter((t) => /^[IVX]+\. /.test(t));
    expect(headings).toEqual(['I. THÀNH PHẦN', 'II. NỘI DUNG, PHƯƠNG PHÁP', 'III. KẾT QUẢ KIỂM TRA', 'IV. KIẾN NGHỊ CỦA ĐOÀN KIỂM TRA']);
    // Mường Ảng 2020: no shortcoming, no cause, no recommendation.
    const conclusion = paragraphs(await make(DEMO_IDS.inspectionMuongAng2020, 'conclusion'));
    // "1. Ưu điểm" with no "2." loses its number.
    expect(conclusion.filter((t) => /^([IVX]+|\d)\. /.test(t) && t.length < 40)).toEqual(['I. KẾT QUẢ KIỂM TRA']);
    expect(conclusion).toContain('Ưu điểm');
    // Mường Chà: no cause, so "3. Nguyên nhân" goes and the rest stays.
    const mc = paragraphs(await make(DEMO_IDS.inspectionMuongCha2022, 'conclusion'));
    expect(mc.filter((t) => /^([IVX]+|\d)\. [^a-z]/.test(t) && t.length < 60)).toEqual([
      'I. KẾT QUẢ KIỂM TRA', '1. Ưu điểm', '2. Tồn tại, hạn chế', 'II. KẾT LUẬN VÀ YÊU CẦU',
    ]);
    // The only khoản of II is not numbered.
    expect(mc).toContain('Đối với UBND huyện Mường Chà:');
  });

  it('sets a place-and-date line too long for 14 pt in 13 pt', async () => {
    const long = await make(DEMO_IDS.inspectionMuongCha2022, 'conclusion', (i) => {
      i.settings = { ...i.settings!, placeName: 'Thành phố Hồ Chí Minh' };
    });
    const date = checkNd30(long, 'conclusion').paragraphs.find((x) => x.text.startsWith('Thành phố Hồ Chí Minh, ngày'))!;
    expect(date.runs.every((x) => x.size === 13 && x.italic)).toBe(true);
    const short = checkNd30(await make(DEMO_IDS.inspectionMuongCha2022, 'conclusion'), 'conclusion').paragraphs.find((x) => x.text.startsWith('Điện Biên, ngày'))!;
    expect(short.runs.every((x) => x.size === 14)).toBe(true);
  });

  it('gives the same bytes for the same model (a cached template is not altered by use)', async () => {
    const input = loadModelInput(core.records, DEMO_IDS.inspectionNgocLac2023);
    const m = buildModel(input, 'conclusion', { number: 1, issuedDate: '2023-08-20' });
    const a = documentXml(await generateDocument(conclusionTemplate, m));
    await generateDocument(conclusionTemplate, buildModel(loadModelInput(core.records, DEMO_IDS.inspectionViXuyen2019), 'conclusion', { number: 2, issuedDate: null }));
    expect(documentXml(await generateDocument(conclusionTemplate, m))).toBe(a);
  });

  it('refuses bytes that are not a .docx with a Vietnamese message', async () => {
    const m = buildModel(demoInput('muongCha2022'), 'minutes', { number: null, issuedDate: null });
    await expect(generateDocument(new Uint8Array([1, 2, 3]), m)).rejects.toThrow(/không phải tệp Word/);
  });
});
