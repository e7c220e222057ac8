// Each demo campaign carries the issuing side of its own province (electron/core/demo/settings.ts):
// the documents of Ngọc Lặc say Thanh Hóa, of Vị Xuyên Hà Giang, of the Điện Biên inspections Điện
// Biên, read from the generated XML as a reader sees it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { loadModelInput } from '../../electron/core/documents/context';
import { generateDocument } from '../../electron/core/documents/generate';
import { buildModel } from '../../shared/documents/model';
import { tempCore } from '../helpers';
import { paragraphTexts } from '../support/docx-text';

const TEMPLATES = path.join(__dirname, '../../templates');
const template = {
  minutes: new Uint8Array(fs.readFileSync(path.join(TEMPLATES, 'bien-ban.docx'))),
  conclusion: new Uint8Array(fs.readFileSync(path.join(TEMPLATES, 'thong-bao-ket-luan.docx'))),
};

const core = tempCore();
core.handlers['demo.load']({} as never);
afterAll(() => { core.close(); fs.rmSync(core.dir, { recursive: true, force: true }); });

/** What a reader sees in the document, one line per paragraph line, spaces collapsed. */
async function text(id: string, type: 'minutes' | 'conclusion'): Promise<string> {
  const model = buildModel(loadModelInput(core.records, id), type, { number: 3, issuedDate: type === 'conclusion' ? '2023-08-20' : null });
  const bytes = await generateDocument(template[type], model);
  return paragraphTexts(bytes).join('\n').replace(/[ \t\u00a0]+/g, ' ');
}

const CASES: [name: string, id: string, province: string, issuer: RegExp, others: string[]][] = [
  ['Ngọc Lặc', DEMO_IDS.inspectionNgocLac2023, 'THANH HÓA', /SỞ NỘI VỤ/u, ['ĐIỆN BIÊN', 'HÀ GIANG']],
  ['Vị Xuyên', DEMO_IDS.inspectionViXuyen2019, 'HÀ GIANG', /BAN TỔ CHỨC - NỘI VỤ/u, ['ĐIỆN BIÊN', 'THANH HÓA']],
  ['Mường Chà', DEMO_IDS.inspectionMuongCha2022, 'ĐIỆN BIÊN', /SỞ NỘI VỤ/u, ['THANH HÓA', 'HÀ GIANG']],
  ['huyện Điện Biên', DEMO_IDS.inspectionHuyenDienBien2022, 'ĐIỆN BIÊN', /SỞ NỘI VỤ/u, ['THANH HÓA', 'HÀ GIANG']],
];

describe('each demo document is headed and dated in its own province', () => {
  it.each(CASES)('%s', async (_name, id, province, issuer, others) => {
    const notice = await text(id, 'conclusion');
    const place = province.charAt(0) + province.slice(1).toLocaleLowerCase('vi').replace(/ (\p{L})/u, (_m, l: string) => ` ${l.toLocaleUpperCase('vi')}`);
    expect(notice).toMatch(new RegExp(`UBND TỈNH\\s+${province}`, 'u'));
    expect(notice).toMatch(issuer);
    expect(notice).toContain(`${place}, ngày 20 tháng 8 năm 2023`);
    const minutes = await text(id, 'minutes');
    expect(minutes).toMatch(new RegExp(`UBND TỈNH\\s+${province}`, 'u'));
    for (const other of others) {
      expect(notice).not.toMatch(new RegExp(`TỈNH\\s+${other}`, 'u'));
      expect(minutes).not.toMatch(new RegExp(`TỈNH\\s+${other}`, 'u'));
    }
  });

  it('the Ngọc Lặc notice is numbered by the Sở Nội vụ Thanh Hóa and signed TL. GIÁM ĐỐC by the head of division', async () => {
    const notice = await text(DEMO_IDS.inspectionNgocLac2023, 'conclusion');
    expect(notice).toMatch(/Số: 03\/TB\p{Pd}SNV/u);
    expect(notice).toMatch(/TL\. GIÁM ĐỐC\s+TRƯỞNG\s+PHÒNG\s+CẢI\s+CÁCH\s+HÀNH\s+CHÍNH\s+Dương Thị Thúy/u);
  });

  it('the Vị Xuyên notice is issued by the Ban (BTCNV), signed KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN by its deputy head', async () => {
    const notice = await text(DEMO_IDS.inspectionViXuyen2019, 'conclusion');
    expect(notice).toMatch(/Số: 03\/TB\p{Pd}BTCNV/u);
    expect(notice).toMatch(/KT\. TRƯỞNG\s+BAN\s+PHÓ\s+TRƯỞNG\s+BAN\s+Nguyễn Thành Công/u);
  });
});
