// Writes the built-in Word templates, templates/bien-ban.docx and templates/thong-bao-ket-luan.docx
// (and the campaign's report and reminder letter, bao-cao-ket-qua.docx and cong-van-don-doc.docx),
// laid out per NĐ 30/2020/NĐ-CP Phụ lục I (docs/documents.md §1): A4, margins 25/20/35/20 mm,
// header 10 mm, Times New Roman everywhere (document defaults and every run), the header as a
// borderless two-column table (chủ quản / cơ quan ban hành / line / Số — Quốc hiệu / Tiêu ngữ /
// line / place and date), page numbers centred in the header from page 2.
//
// Fields are written {{key}} (shared/documents/fields.ts). Static wording, the section headings
// and their order are the template's: a user may edit them in Word. A numbered heading left with
// nothing under it is removed when a document is made, and the headings after it renumbered.
//
// Run: npm run templates
import fs from 'node:fs';
import path from 'node:path';
import {
  AlignmentType, BorderStyle, Document, Header, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType,
  TableRow, TextRun, WidthType,
} from 'docx';

const FONT = 'Times New Roman';
const SINGLE = { line: 240, lineRule: LineRuleType.AUTO } as const;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1418, bottom: 1134, left: 1985, right: 1134, header: 567, footer: 567, gutter: 0 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Header table (documents.md §1.3): 6.9 cm + 10.25 cm, reaching 0.6 cm into the left margin. */
const HEADER_LEFT = 3912;
const HEADER_RIGHT = 5812;
const HEADER_INDENT = -340;
const CELL_MARGIN = 57;

interface R { size?: number; bold?: boolean; italic?: boolean }
const run = (text: string, r: R = {}) =>
  new TextRun({ text, font: FONT, size: (r.size ?? 14) * 2, bold: r.bold ?? false, italics: r.italic ?? false });

const centred = (text: string, r: R = {}, before = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0, ...SINGLE }, children: [run(text, r)] });

/** Body paragraph: justified, 1 cm first-line indent, 6 pt before, single spacing. */
const body = (text: string | TextRun[], r: R = {}, keepNext = false) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { before: 120, after: 0, ...SINGLE },
    keepNext,
    children: typeof text === 'string' ? [run(text, r)] : text,
  });
const heading = (text: string) => body(text, { bold: true }, true);

/** A solid line `length` twips long, centred in a space `width` twips wide: a bottom border on an empty 2 pt paragraph. */
const rule = (length: number, width: number, before = 0) => {
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before, after: 0, ...SINGLE },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 4, font: FONT },
    children: [],
  });
};

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children,
  });

function headerTable(withDate: boolean, vv = false): Table {
  const leftText = HEADER_LEFT - 2 * CELL_MARGIN;
  const rightText = HEADER_RIGHT - 2 * CELL_MARGIN;
  return new Table({
    width: { size: HEADER_LEFT + HEADER_RIGHT, type: WidthType.DXA },
    columnWidths: [HEADER_LEFT, HEADER_RIGHT],
    indent: { size: HEADER_INDENT, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(HEADER_LEFT, [
            centred('{{co_quan_chu_quan}}', { size: 13 }),
            centred('{{co_quan_ban_hanh}}', { size: 13, bold: true }),
            // A line about a third of the agency name's length (NĐ 30: 1/3–1/2).
            rule(1300, leftText, 30),
          ]),
          cell(HEADER_RIGHT, [
            centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }),
            centred('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true }),
            // As long as the Tiêu ngữ (about 6 cm at 14 pt bold).
            rule(3420, rightText, 30),
          ]),
        ],
      }),
      new TableRow({
        children: [
          cell(HEADER_LEFT, [
            centred('{{so_ky_hieu}}', { size: 13 }, 160),
            // A công văn's trích yếu, "V/v …", under its number (NĐ 30 Phụ lục I, 12–13 pt, upright).
            ...(vv ? [centred('{{trich_yeu}}', { size: 12 }, 40)] : []),
          ]),
          cell(HEADER_RIGHT, [withDate ? centred('{{dia_danh_ngay}}', { size: 14, italic: true }, 160) : centred('', { size: 14 }, 160)]),
        ],
      }),
    ],
  });
}

function titleBlock(typeName: string): Paragraph[] {
  return [
    centred(typeName, { bold: true }, 480),
    centred('{{trich_yeu}}', { bold: true }),
    // Under the trích yếu, a line about a third of its length.
    rule(2600, TEXT_WIDTH, 40),
  ];
}

function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, ...SINGLE },
      children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })],
    })],
  });
}
/** NĐ 30: no page number on page 1 (w:titlePg with an empty first-page header). */
const emptyHeader = () => new Header({ children: [new Paragraph({ spacing: { before: 0, after: 0, ...SINGLE }, run: { font: FONT, size: 28 }, children: [] })] });

function document(title: string, children: (Paragraph | Table)[]): Document {
  return new Document({
    creator: 'BienBan',
    title,
    description: 'Mẫu văn bản của BienBan. Các trường {{...}} được điền tự động; xem templates/README.md.',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 28, language: { value: 'vi-VN', eastAsia: 'vi-VN', bidirectional: 'ar-SA' } },
          paragraph: { spacing: { before: 0, after: 0, ...SINGLE } },
        },
      },
    },
    sections: [{
      properties: {
        page: { size: PAGE, margin: MARGIN },
        titlePage: true,
      },
      headers: { default: pageNumberHeader(), first: emptyHeader() },
      children,
    }],
  });
}

function minutes(): Document {
  return document('Biên bản kiểm tra', [
    headerTable(false),
    ...titleBlock('BIÊN BẢN'),
    body('{{mo_dau}}'),
    heading('I. THÀNH PHẦN'),
    body('{{thanh_phan}}'),
    heading('II. NỘI DUNG, PHƯƠNG PHÁP'),
    body(
      'Đoàn kiểm tra thông qua mục đích, yêu cầu, nội dung kiểm tra; lãnh đạo {{ten_don_vi}} báo cáo tóm tắt kết quả thực hiện ' +
        'công tác cải cách hành chính năm {{nam}}; Đoàn kiểm tra xem xét hồ sơ, tài liệu trên giấy và trên các hệ thống thông tin, ' +
        'kiểm tra thực tế tại Bộ phận Một cửa.',
    ),
    body('{{don_vi_truc_thuoc}}'),
    heading('III. KẾT QUẢ KIỂM TRA'),
    body('{{ket_qua}}'),
    heading('IV. NHẬN XÉT CHUNG'),
    body('{{nhan_xet_chung}}'),
    heading('V. KIẾN NGHỊ CỦA ĐOÀN KIỂM TRA'),
    body('{{kien_nghi_bang}}'),
    body('{{bao_cao_ket_qua}}'),
    heading('VI. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA'),
    body('{{y_kien_don_vi}}'),
    body('{{de_xuat_don_vi}}'),
    body('{{ket_thuc}}'),
    body('{{chu_ky}}'),
  ]);
}

function conclusion(): Document {
  return document('Thông báo kết luận kiểm tra', [
    headerTable(true),
    ...titleBlock('THÔNG BÁO'),
    body('{{mo_dau}}'),
    heading('I. KẾT QUẢ KIỂM TRA'),
    heading('1. Ưu điểm'),
    body('{{uu_diem}}'),
    heading('2. Tồn tại, hạn chế'),
    body('{{ton_tai}}'),
    heading('3. Nguyên nhân'),
    body('{{nguyen_nhan}}'),
    heading('II. KẾT LUẬN VÀ YÊU CẦU'),
    heading('1. Đối với {{ten_don_vi}}:'),
    body('{{kien_nghi_danh_sach}}'),
    body('{{bao_cao_ket_qua}}'),
    body('{{ket_thuc}}'),
    body('{{chu_ky}}'),
  ]);
}

/** The campaign summary report (báo cáo, Mẫu 1.4): fields of shared/campaign-report/kinds.ts. */
function report(): Document {
  return document('Báo cáo kết quả kiểm tra', [
    headerTable(true),
    ...titleBlock('BÁO CÁO'),
    body('{{mo_dau}}'),
    heading('I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH KIỂM TRA'),
    body('{{don_vi_kiem_tra}}'),
    heading('II. KẾT QUẢ KIỂM TRA THEO LĨNH VỰC'),
    body('{{ket_qua_linh_vuc}}'),
    heading('III. SỐ LIỆU CỦA CÁC CƠ QUAN, ĐƠN VỊ ĐƯỢC KIỂM TRA'),
    body('{{so_lieu_don_vi}}'),
    body('{{bieu_do}}'),
    heading('IV. TÌNH HÌNH THỰC HIỆN KIẾN NGHỊ CỦA ĐOÀN KIỂM TRA'),
    body('{{kien_nghi_tinh_trang}}'),
    heading('V. KIẾN NGHỊ, ĐỀ XUẤT CỦA CÁC CƠ QUAN, ĐƠN VỊ'),
    body('{{de_xuat_don_vi}}'),
    body('{{ket_thuc}}'),
    body('{{chu_ky}}'),
  ]);
}

/** The reminder letter (công văn, Mẫu 1.2): no type name, "V/v" under the number, "Kính gửi:". */
function reminder(): Document {
  return document('Công văn đôn đốc thực hiện kiến nghị', [
    headerTable(true, true),
    new Paragraph({
      alignment: AlignmentType.CENTER, spacing: { before: 480, after: 120, ...SINGLE },
      children: [run('Kính gửi: {{kinh_gui}}')],
    }),
    body('{{mo_dau}}'),
    body('{{kien_nghi_qua_han}}'),
    body('{{ket_thuc}}'),
    body('{{chu_ky}}'),
  ]);
}

export async function writeTemplates(dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  const all = [
    ['bien-ban.docx', minutes()], ['thong-bao-ket-luan.docx', conclusion()],
    ['bao-cao-ket-qua.docx', report()], ['cong-van-don-doc.docx', reminder()],
  ] as const;
  for (const [name, doc] of all) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, await Packer.toBuffer(doc));
    out.push(file);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('scripts', 'make-templates.ts'))) {
  const files = await writeTemplates(path.resolve('templates'));
  for (const f of files) console.log(`Đã ghi ${path.relative(process.cwd(), f)} (${fs.statSync(f).size} byte)`);
}
