// Every generated document passes the NĐ 30/2020 checklist (test/support/nd30.ts), for the five
// demo inspections and a 2026 commune; and the checker itself catches what it should.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../shared/documents/model';
import { loadModelInput } from '../../electron/core/documents/context';
import { generateDocument } from '../../electron/core/documents/generate';
import { DEMO_IDS, DEMO_INSPECTIONS } from '../../electron/core/demo/ids';
import { checkNd30, DATE_LINE_RE, SO_RE } from '../support/nd30';
import { communeInput2026 } from '../support/doc-fixtures';
import { tempCore } from '../helpers';

const template = (type: 'minutes' | 'conclusion') =>
  new Uint8Array(fs.readFileSync(path.resolve('templates', type === 'minutes' ? 'bien-ban.docx' : 'thong-bao-ket-luan.docx')));
const TYPES = ['minutes', 'conclusion'] as const;
const DEMOS = DEMO_INSPECTIONS;

const core = tempCore();
const docs = new Map<string, Uint8Array>();
beforeAll(async () => {
  core.handlers['demo.load']({} as never);
  for (const [name, id] of Object.entries(DEMOS)) {
    for (const type of TYPES) {
      const input = loadModelInput(core.records, id);
      // A draft (no number, no date) for the minutes; an issued notice for the conclusion.
      const opts = type === 'minutes' ? { number: null, issuedDate: null } : { number: 5, issuedDate: '2022-10-20' };
      docs.set(`${name}/${type}`, await generateDocument(template(type), buildModel(input, type, opts)));
    }
  }
});
afterAll(() => { core.close(); fs.rmSync(core.dir, { recursive: true, force: true }); });

describe('generated documents pass the NĐ 30 checklist', () => {
  for (const name of Object.keys(DEMOS)) {
    for (const type of TYPES) {
      it(`${name}: ${type}`, () => {
        const report = checkNd30(docs.get(`${name}/${type}`)!, type);
        expect(report.problems).toEqual([]);
        expect(report.ok).toBe(true);
      });
    }
  }

  it('a 2026 commune inspection, issued and as a draft, in both documents', async () => {
    for (const input of [communeInput2026(), communeInput2026({ communeIssuer: true })]) {
      for (const type of TYPES) {
        for (const opts of [{ number: 3, issuedDate: '2026-09-03' }, { number: null, issuedDate: null }]) {
          const out = await generateDocument(template(type), buildModel(input, type, opts));
          const report = checkNd30(out, type);
          expect(report.problems).toEqual([]);
          expect(report.text).not.toMatch(/huyện/iu);
        }
      }
    }
  });

  it('the conclusion notice from each issuer', async () => {
    for (const issuer of ['department', 'team', 'office'] as const) {
      const input = loadModelInput(core.records, DEMO_IDS.inspectionHuyenDienBien2022);
      input.inspection.docOptions.conclusionIssuer = issuer;
      const report = checkNd30(await generateDocument(template('conclusion'), buildModel(input, 'conclusion', { number: 12, issuedDate: '2022-09-30' })), 'conclusion');
      expect(report.problems).toEqual([]);
      expect(report.text).toContain(`Số: 12/TB-${{ department: 'SNV', team: 'ĐKT', office: 'VP' }[issuer]}`);
    }
  });
});

describe('Nơi nhận', () => {
  it('in the minutes, under the secretary, when recipients are set', async () => {
    const input = loadModelInput(core.records, DEMO_IDS.inspectionMuongCha2022);
    input.inspection.docOptions.recipientsMinutes = ['UBND huyện Mường Chà', 'Sở Nội vụ (để b/c)'];
    const report = checkNd30(await generateDocument(template('minutes'), buildModel(input, 'minutes', { number: 5, issuedDate: null })), 'minutes');
    expect(report.problems).toEqual([]);
    expect(report.text).toContain('Nơi nhận:\n- UBND huyện Mường Chà;\n- Sở Nội vụ (để b/c);\n- Lưu: VT, Hồ sơ.');
  });

  it('on its own where a template has {{noi_nhan}} outside the signature table, and not twice', async () => {
    const files = unzipSync(template('conclusion'));
    const xml = strFromU8(files['word/document.xml']);
    const chuKy = /<w:p>(?:(?!<\/w:p>)[\s\S])*\{\{chu_ky\}\}(?:(?!<\/w:p>)[\s\S])*<\/w:p>/.exec(xml)![0];
    const separate = zipSync({ ...files, 'word/document.xml': strToU8(xml.replace(chuKy, chuKy + chuKy.replace('{{chu_ky}}', '{{noi_nhan}}'))) });
    const input = loadModelInput(core.records, DEMO_IDS.inspectionMuongCha2022);
    const report = checkNd30(await generateDocument(separate, buildModel(input, 'conclusion', { number: 5, issuedDate: '2022-10-20' })), 'conclusion');
    expect(report.problems).toEqual([]);
    expect(report.text.match(/Nơi nhận:/g)).toHaveLength(1);
    expect(report.paragraphs.find((p) => p.text === 'Nơi nhận:')!.table).toBe(-1);
  });
});

describe('Mường Chà 2022: the facts of the article, exactly', () => {
  it('in the minutes', () => {
    const { text } = checkNd30(docs.get('Mường Chà 2022/minutes')!, 'minutes');
    for (const fact of [
      '25.718', '97,52%', 'ngày 06 tháng 10 năm 2022', '1703/KH-UBND', 'Vũ Minh Hồng', 'Trang A Lử', 'Số: .../BB-ĐKT',
      'Xây dựng kế hoạch khắc phục những tồn tại, hạn chế trong công tác cải cách hành chính năm 2022',
      'Xây dựng các giải pháp nâng cao Chỉ số cải cách hành chính',
      'Ban hành tiêu chí và triển khai công tác chấm điểm xác định Chỉ số cải cách hành chính đối với cấp xã',
      'Biên bản được lập thành 03 bản có giá trị như nhau: Đoàn kiểm tra giữ 02 bản, đơn vị được kiểm tra giữ 01 bản./.',
    ]) expect(text).toContain(fact);
  });

  it('in the conclusion notice', () => {
    const { text } = checkNd30(docs.get('Mường Chà 2022/conclusion')!, 'conclusion');
    for (const fact of [
      '25.718', '97,52%', 'Điện Biên, ngày 20 tháng 10 năm 2022', 'Kế hoạch số 1703/KH-UBND ngày 09/6/2022 của UBND tỉnh Điện Biên',
      'Vũ Minh Hồng', 'Số: 05/TB-SNV', 'Kết luận kiểm tra công tác cải cách hành chính năm 2022',
      'Xây dựng kế hoạch khắc phục những tồn tại, hạn chế', 'Xây dựng các giải pháp nâng cao Chỉ số cải cách hành chính',
      'Nơi nhận:', '- UBND huyện Mường Chà (để thực hiện);', '- Lưu: VT, CCHC.', 'nghiêm túc triển khai thực hiện./.',
    ]) expect(text).toContain(fact);
  });
});

describe('the checker catches what NĐ 30 forbids', () => {
  /** The Mường Chà minutes with one part's XML changed. */
  const mutate = (part: string, change: (xml: string) => string) => {
    const files = unzipSync(docs.get('Mường Chà 2022/minutes')!);
    const before = strFromU8(files[part]);
    const after = change(before);
    expect(after).not.toBe(before);
    return zipSync({ ...files, [part]: strToU8(after) });
  };
  const problems = (docx: Uint8Array) => checkNd30(docx, 'minutes').problems.join('\n');

  it('a wrong left margin', () => {
    expect(problems(mutate('word/document.xml', (x) => x.replace(/w:left="1985"/, 'w:left="1440"')))).toMatch(/margin left = 1440/);
  });

  it('a run in Arial', () => {
    const arial = mutate('word/document.xml', (x) => x.replace(/(Hôm nay)/, '$1').replace(
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>((?:(?!<\/w:r>)[\s\S])*Hôm nay)/,
      '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>$1',
    ));
    expect(problems(arial)).toMatch(/"Hôm nay[^\n]*not Times New Roman/);
  });

  it('a font missing from the slot Vietnamese letters use (hAnsi falls back to the theme)', () => {
    const noHAnsi = mutate('word/document.xml', (x) => x.replace(
      /(<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman") w:hAnsi="Times New Roman"(\/>(?:(?!<\/w:r>)[\s\S])*Hôm nay)/,
      '$1 w:hAnsiTheme="minorHAnsi"$2',
    ));
    expect(problems(noHAnsi)).toMatch(/"Hôm nay[^\n]*not Times New Roman on every slot/);
  });

  it('a Quốc hiệu that is not bold', () => {
    const plain = mutate('word/document.xml', (x) => x.replace(/<w:b\/><w:bCs\/>((?:(?!<\/w:r>)[\s\S])*CỘNG HÒA XÃ HỘI)/, '$1'));
    expect(problems(plain)).toMatch(/Quốc hiệu is not bold/);
  });

  it('an en dash in the Tiêu ngữ', () => {
    const dash = mutate('word/document.xml', (x) => x.replace('Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc'));
    expect(problems(dash)).toMatch(/Tiêu ngữ/);
  });

  it('a page number on page 1, a field left unfilled, a bare w:line, a body paragraph not justified', () => {
    expect(problems(mutate('word/document.xml', (x) => x.replace('<w:titlePg/>', '')))).toMatch(/titlePg/);
    expect(problems(mutate('word/document.xml', (x) => x.replace('Hôm nay', '{{gio_bat_dau}} Hôm nay')))).toMatch(/field left unfilled/);
    expect(problems(mutate('word/document.xml', (x) => x.replace(/ w:lineRule="auto"/, '')))).toMatch(/without w:lineRule/);
    expect(problems(mutate('word/document.xml', (x) => x.replace(/<w:jc w:val="both"\/>((?:(?!<\/w:p>)[\s\S])*Hôm nay)/, '<w:jc w:val="left"/>$1')))).toMatch(/not justified/);
  });

  it('reads the number and the date by the rules', () => {
    expect(SO_RE.test('Số: 05/BB-ĐKT')).toBe(true);
    expect(SO_RE.test('Số: .../TB-SNV')).toBe(true);
    expect(SO_RE.test('Số: 5/BB-ĐKT')).toBe(false);
    expect(SO_RE.test('Số: 05 / BB-ĐKT')).toBe(false);
    expect(DATE_LINE_RE.test('Điện Biên, ngày 06 tháng 10 năm 2022')).toBe(true);
    expect(DATE_LINE_RE.test('Điện Biên, ngày 05 tháng 01 năm 2025')).toBe(true);
    expect(DATE_LINE_RE.test('Điện Biên, ngày ... tháng ... năm 20..')).toBe(true);
    expect(DATE_LINE_RE.test('Điện Biên, ngày 5 tháng 3 năm 2025')).toBe(false);
    expect(DATE_LINE_RE.test('Điện Biên, ngày 09 tháng 03 năm 2025')).toBe(false);
    expect(DATE_LINE_RE.test('Điện Biên, ngày 15 tháng 2 năm 2025')).toBe(false);
  });
});
