// The document model: pure formatting decisions from the records (shared/documents/model.ts).
import { describe, expect, it } from 'vitest';
import {
  balanceLines, buildModel, citation, citeDate, fingerprintMatches, lowerFirst, modelFingerprint, numberText, pointLetter, sentenceName, timeText,
  type Block, type DocumentModel, type SignatureCell,
} from '../../shared/documents/model';
import { readPost } from '../../shared/documents/signing';
import { recipientLines } from '../../shared/documents/recipients';
import { communeInput2026, DEMO_KEYS, demoInput } from '../support/doc-fixtures';

const draft = { number: null, issuedDate: null };

/** Every string of the model's blocks, in order (paragraphs, headings, table cells, signatures). */
function blockText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.kind === 'heading') return [b.text];
    if (b.kind === 'paragraph') return [b.runs.map((r) => r.text).join('')];
    if (b.kind === 'table') return [b.columns.join(' | '), ...b.rows.map((r) => r.join(' | '))];
    if (b.kind === 'recipients') return [b.label, ...b.lines];
    return b.rows.flatMap((r) => [r.left, r.right]).flatMap((c) => (c ? (c.kind === 'signer' ? [...c.lines, c.name] : [c.label, ...c.lines]) : []));
  });
}
const allText = (m: DocumentModel) => [...Object.values(m.text), ...Object.values(m.blocks).flatMap(blockText)].join('\n');
const signers = (m: DocumentModel): SignatureCell[] => {
  const b = m.blocks.chu_ky[0];
  if (b?.kind !== 'signatures') throw new Error('no signature block');
  return b.rows.flatMap((r) => [r.left, r.right]).filter((c): c is SignatureCell => c !== null);
};
const signer = (m: DocumentModel, k: number) => {
  const c = signers(m).filter((x) => x.kind === 'signer')[k];
  if (c?.kind !== 'signer') throw new Error('no signer');
  return c;
};

describe('numbers and dates', () => {
  it('writes the number with a leading zero below 10, and dots for a draft', () => {
    expect(numberText(5, 'BB-ĐKT')).toBe('05/BB-ĐKT');
    expect(numberText(12, 'BB-ĐKT')).toBe('12/BB-ĐKT');
    expect(numberText(112, 'TB-SNV')).toBe('112/TB-SNV');
    expect(numberText(null, 'BB-ĐKT')).toBe('.../BB-ĐKT');
    const input = demoInput('muongCha2022');
    expect(buildModel(input, 'minutes', { number: 5, issuedDate: null }).text.so_ky_hieu).toBe('Số: 05/BB-ĐKT');
    expect(buildModel(input, 'minutes', { number: 12, issuedDate: null }).text.so_ky_hieu).toBe('Số: 12/BB-ĐKT');
    expect(buildModel(input, 'minutes', draft).text.so_ky_hieu).toBe('Số: .../BB-ĐKT');
    expect(buildModel(input, 'conclusion', draft).numberText).toBe('.../TB-SNV');
  });

  it('writes the place and date with leading zeros for days below 10 and months 1 and 2 only', () => {
    const input = demoInput('muongCha2022');
    const line = (d: string | null) => buildModel(input, 'conclusion', { number: 1, issuedDate: d }).text.dia_danh_ngay;
    expect(line('2022-10-06')).toBe('Điện Biên, ngày 06 tháng 10 năm 2022');
    expect(line('2025-01-05')).toBe('Điện Biên, ngày 05 tháng 01 năm 2025');
    expect(line('2025-02-15')).toBe('Điện Biên, ngày 15 tháng 02 năm 2025');
    expect(line('2025-03-09')).toBe('Điện Biên, ngày 09 tháng 3 năm 2025');
    expect(line('2025-12-29')).toBe('Điện Biên, ngày 29 tháng 12 năm 2025');
    expect(line(null)).toBe('Điện Biên, ngày ... tháng ... năm 2022');
  });

  it('dates the minutes on the day of the meeting, falling back to the last day of the inspection', () => {
    expect(buildModel(demoInput('muongCha2022'), 'minutes', draft).text.ngay_lap).toBe('ngày 06 tháng 10 năm 2022');
    expect(buildModel(demoInput('huyenDienBien2022'), 'minutes', draft).text.ngay_lap).toBe('ngày 14 tháng 9 năm 2022');
    const undated = demoInput('muongAng2020');
    undated.inspection = { ...undated.inspection, dateFrom: null, dateTo: null };
    expect(buildModel(undated, 'minutes', draft).text.ngay_lap).toBe('ngày ... tháng ... năm 2020');
  });

  it('writes times and citations the Vietnamese way', () => {
    expect(timeText('08:00')).toBe('08 giờ 00 phút');
    expect(timeText('14:30')).toBe('14 giờ 30 phút');
    expect(timeText(null)).toBe('... giờ ... phút');
    expect(citation('Kế hoạch', { number: '1703/KH-UBND', date: '2022-06-09', issuer: 'UBND tỉnh Điện Biên', summary: '' }))
      .toBe('Kế hoạch số 1703/KH-UBND ngày 09/6/2022 của UBND tỉnh Điện Biên');
    expect(citation('Kế hoạch', { number: '', date: null, issuer: '', summary: '' })).toBe('');
    // Inside the text, the months 1 and 2 take a leading zero too: "ngày 20/01/2026", "ngày 18/01/2022".
    expect(citeDate('2026-01-20')).toBe('20/01/2026');
    expect(citeDate('2022-02-05')).toBe('05/02/2022');
    expect(citeDate('2022-06-09')).toBe('09/6/2022');
    expect(blockText(buildModel(communeInput2026(), 'minutes', draft).blocks.mo_dau)[0]).toContain('Kế hoạch số 45/KH-UBND ngày 20/01/2026');
  });
});

describe('Mường Chà 2022', () => {
  const input = demoInput('muongCha2022');
  const minutes = buildModel(input, 'minutes', { number: 5, issuedDate: null });
  const conclusion = buildModel(input, 'conclusion', { number: 12, issuedDate: '2022-10-20' });

  it('has the facts of the article, formatted the Vietnamese way', () => {
    for (const m of [minutes, conclusion]) {
      const t = allText(m);
      expect(t).toContain('25.718');
      expect(t).toContain('97,52%');
      expect(t).toContain('8.209/8.418');
      expect(t).toContain('Kế hoạch số 1703/KH-UBND ngày 09/6/2022 của UBND tỉnh Điện Biên');
      expect(t).toContain('Quyết định số 1367/QĐ-UBND ngày 09/8/2022');
      expect(t).toContain('Vũ Minh Hồng');
      expect(t).toContain('Xây dựng kế hoạch khắc phục những tồn tại, hạn chế');
      expect(t).toContain('Ban hành tiêu chí và triển khai công tác chấm điểm');
    }
    expect(allText(minutes)).toContain('ngày 06 tháng 10 năm 2022');
    expect(minutes.text.trich_yeu).toBe('Kiểm tra công tác cải cách hành chính năm 2022\ntại UBND huyện Mường Chà');
    expect(minutes.title).toBe('Kiểm tra công tác cải cách hành chính năm 2022 tại UBND huyện Mường Chà');
    expect(conclusion.title).toBe('Kết luận kiểm tra công tác cải cách hành chính năm 2022 tại UBND huyện Mường Chà');
  });

  it('heads the minutes with the team under the province, and breaks the team name in two balanced lines', () => {
    expect(minutes.text.co_quan_chu_quan).toBe('UBND TỈNH ĐIỆN BIÊN');
    expect(minutes.text.co_quan_ban_hanh).toBe('ĐOÀN KIỂM TRA CÔNG TÁC\nCẢI CÁCH HÀNH CHÍNH');
    expect(minutes.symbol).toBe('BB-ĐKT');
  });

  it('opens the minutes with the legal basis, the days of the inspection and the meeting', () => {
    const opening = blockText(minutes.blocks.mo_dau);
    expect(opening[0]).toMatch(/^Thực hiện Kế hoạch số 1703\/KH-UBND ngày 09\/6\/2022 của UBND tỉnh Điện Biên về kiểm tra/);
    expect(opening[0]).toContain('Quyết định số 1367/QĐ-UBND ngày 09/8/2022 của UBND tỉnh Điện Biên về việc thành lập Đoàn kiểm tra');
    expect(opening[1]).toBe('Từ ngày 03/10/2022 đến ngày 06/10/2022, Đoàn kiểm tra số 1 đã tiến hành kiểm tra công tác cải cách hành chính năm 2022 tại UBND huyện Mường Chà.');
    expect(opening[2]).toMatch(/^Hôm nay, vào lúc 08 giờ 00 phút, ngày 06 tháng 10 năm 2022, tại UBND huyện Mường Chà/);
    expect(opening[3]).toContain('đồng chủ trì');
  });

  it('lists the team and the unit, results by area with a) and b), figures with their denominators', () => {
    const people = blockText(minutes.blocks.thanh_phan);
    expect(people).toContain('- Đồng chí Vũ Minh Hồng, Phó Giám đốc Sở Nội vụ, Trưởng đoàn;');
    expect(people).toContain('- Đồng chí Trang A Lử, Phó Bí thư, Chủ tịch UBND huyện;');
    const results = blockText(minutes.blocks.ket_qua);
    expect(results).toContain('1. Công tác chỉ đạo, điều hành cải cách hành chính');
    expect(results.some((l) => l.startsWith('a) Kết quả đạt được'))).toBe(true);
    expect(results).toContain('b) Tồn tại, hạn chế: Còn 231 hồ sơ thủ tục hành chính giải quyết trễ hạn.');
    expect(results.join('\n')).toContain('Hồ sơ TTHC tiếp nhận: 25.718 hồ sơ, trong đó giải quyết trước hạn 7.139 hồ sơ; giải quyết đúng hạn 18.254 hồ sơ');
    expect(results.join('\n')).toContain('Văn bản đi được ký số: 8.209/8.418 văn bản (đạt 97,52%)');
  });

  it('gives the recommendations as a table and as a numbered list, with the report-back sentence', () => {
    const table = minutes.blocks.kien_nghi_bang.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.columns).toEqual(['STT', 'Nội dung kiến nghị', 'Đơn vị thực hiện']);
    expect(table?.kind === 'table' && table.rows.length).toBe(3);
    const list = blockText(minutes.blocks.kien_nghi_danh_sach);
    expect(list[0]).toBe('Đề nghị UBND huyện Mường Chà:');
    expect(list[1]).toMatch(/^1\. Xây dựng kế hoạch khắc phục/);
    expect(list[3]).toMatch(/^3\. .*\.$/);
    expect(blockText(conclusion.blocks.kien_nghi_danh_sach)[0]).toMatch(/^a\) Xây dựng kế hoạch/);
    expect(blockText(minutes.blocks.bao_cao_ket_qua)[0]).toContain('báo cáo kết quả khắc phục');
    expect(blockText(minutes.blocks.bao_cao_ket_qua)[0]).toContain('về Sở Nội vụ');
  });

  it('leaves the deadline column out when no recommendation has a deadline, and warns about each one missing', () => {
    const input = demoInput('muongCha2022');
    input.inspection.recommendations = input.inspection.recommendations.map((r) => ({ ...r, remedyDeadline: null, remedyDeadlineNote: '' }));
    const none = buildModel(input, 'minutes', draft);
    const table = none.blocks.kien_nghi_bang.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.columns).toEqual(['STT', 'Nội dung kiến nghị', 'Đơn vị thực hiện']);
    expect(table?.kind === 'table' && table.rows.every((r) => r.length === 3)).toBe(true);
    expect(none.warnings).toContain('Kiến nghị số 1, 2, 3 chưa có thời hạn khắc phục.');

    input.inspection.recommendations[1] = { ...input.inspection.recommendations[1], remedyDeadlineNote: 'khắc phục ngay' };
    const one = buildModel(input, 'minutes', draft);
    const t2 = one.blocks.kien_nghi_bang.find((b) => b.kind === 'table');
    expect(t2?.kind === 'table' && t2.rows.map((r) => r[3])).toEqual(['', 'Khắc phục ngay', '']);
    expect(one.warnings).toContain('Kiến nghị số 1, 3 chưa có thời hạn khắc phục.');
  });

  it('closes the minutes with the end time and the copies clause ending "./."', () => {
    const closing = blockText(minutes.blocks.ket_thuc);
    expect(closing[0]).toMatch(/^Biên bản kết thúc vào lúc .* cùng ngày, đã được đọc lại/);
    expect(closing[1]).toBe('Biên bản được lập thành 03 bản có giá trị như nhau: Đoàn kiểm tra giữ 02 bản, đơn vị được kiểm tra giữ 01 bản./.');
    const one = demoInput('muongCha2022');
    one.inspection.docOptions.copies = 1;
    expect(blockText(buildModel(one, 'minutes', draft).blocks.ket_thuc)[1]).toBe('Biên bản được lập thành 01 bản, do Đoàn kiểm tra giữ./.');
    expect(blockText(conclusion.blocks.ket_thuc)[0]).toBe(
      'Trên đây là Thông báo kết luận kiểm tra công tác cải cách hành chính năm 2022 tại UBND huyện Mường Chà; ' +
        'đề nghị UBND huyện Mường Chà nghiêm túc triển khai thực hiện./.',
    );
  });

  it('signs the minutes: the unit (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH), the team leader with his post, the secretary', () => {
    expect(signer(minutes, 0)).toEqual({ kind: 'signer', lines: ['ĐẠI DIỆN ĐƠN VỊ', 'ĐƯỢC KIỂM TRA', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Trang A Lử' });
    expect(signer(minutes, 1)).toEqual({ kind: 'signer', lines: ['TRƯỞNG ĐOÀN KIỂM TRA', 'PHÓ GIÁM ĐỐC SỞ NỘI VỤ'], name: 'Vũ Minh Hồng' });
    expect(signer(minutes, 2)).toEqual({ kind: 'signer', lines: ['THƯ KÝ'], name: 'Lò Thị Hoa' });
    // Without a secretary the block has no name: issuing is refused until one is recorded.
    const input = demoInput('muongCha2022');
    input.team = { ...input.team!, members: input.team!.members.filter((m) => m.role !== 'secretary') };
    const unsigned = buildModel(input, 'minutes', draft);
    expect(signer(unsigned, 2)).toEqual({ kind: 'signer', lines: ['THƯ KÝ'], name: '' });
    expect(unsigned.missing.map((m) => m.field)).toEqual(['team.secretary']);
    expect(unsigned.warnings).not.toContain('Chưa có Thư ký Đoàn kiểm tra.');
  });

  it('signs for a vice-chair "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"', () => {
    const m = buildModel(demoInput('ngocLac2023'), 'minutes', draft);
    expect(signer(m, 0).lines.slice(-3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signer(m, 0).name).toBe('Phạm Văn Đạt');
  });

  it('lets the document options override each part of a signature', () => {
    const i = demoInput('muongCha2022');
    i.inspection.docOptions.minutesUnitSigner = { authority: '', title: '', name: 'Nguyễn Văn B' };
    i.inspection.docOptions.conclusionSigner = { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lò Văn A' };
    expect(signer(buildModel(i, 'minutes', draft), 0)).toMatchObject({ lines: ['ĐẠI DIỆN ĐƠN VỊ', 'ĐƯỢC KIỂM TRA', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Văn B' });
    expect(signer(buildModel(i, 'conclusion', draft), 0)).toMatchObject({ lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Lò Văn A' });
  });
});

describe('the three issuers of a conclusion notice', () => {
  const conclusionOf = (key: 'muongCha2022' | 'huyenDienBien2022', issuer: 'department' | 'team' | 'office') => {
    const i = demoInput(key);
    i.inspection.docOptions.conclusionIssuer = issuer;
    // The signer as derived from the records, without the name the demo gives for its own issuer.
    i.inspection.docOptions.conclusionSigner = { authority: '', title: '', name: '' };
    return buildModel(i, 'conclusion', { number: 7, issuedDate: '2022-10-20' });
  };

  it('department: the Sở, "TB-SNV", signed KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC by the deputy director who led the team', () => {
    const m = conclusionOf('muongCha2022', 'department');
    expect([m.text.co_quan_chu_quan, m.text.co_quan_ban_hanh, m.text.so_ky_hieu]).toEqual(['UBND TỈNH ĐIỆN BIÊN', 'SỞ NỘI VỤ', 'Số: 07/TB-SNV']);
    expect(signer(m, 0)).toEqual({ kind: 'signer', lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Vũ Minh Hồng' });
    expect(blockText(m.blocks.mo_dau).join(' ')).toContain('Sở Nội vụ thông báo kết luận như sau:');
  });

  it('team: the team itself, "TB-ĐKT", signed TRƯỞNG ĐOÀN', () => {
    const m = conclusionOf('muongCha2022', 'team');
    expect([m.text.co_quan_ban_hanh, m.text.so_ky_hieu]).toEqual(['ĐOÀN KIỂM TRA CÔNG TÁC\nCẢI CÁCH HÀNH CHÍNH', 'Số: 07/TB-ĐKT']);
    expect(signer(m, 0)).toEqual({ kind: 'signer', lines: ['TRƯỞNG ĐOÀN'], name: 'Vũ Minh Hồng' });
    expect(blockText(m.blocks.mo_dau).join(' ')).toContain('Đoàn kiểm tra thông báo kết luận như sau:');
  });

  it('office: Văn phòng UBND tỉnh, "TB-VP", signed TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG', () => {
    const m = conclusionOf('huyenDienBien2022', 'office');
    expect([m.text.co_quan_chu_quan, m.text.co_quan_ban_hanh, m.text.so_ky_hieu]).toEqual(['UBND TỈNH ĐIỆN BIÊN', 'VĂN PHÒNG', 'Số: 07/TB-VP']);
    expect(signer(m, 0)).toEqual({
      kind: 'signer', lines: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'], name: 'Nguyễn Ngọc Thể',
    });
    expect(blockText(m.blocks.mo_dau).join(' ')).toContain('Văn phòng UBND tỉnh thông báo kết luận như sau:');
    // A leader from elsewhere does not sign for the office: the name is left to fill in.
    expect(signer(conclusionOf('muongCha2022', 'office'), 0).name).toBe('');
  });

  it('sends the notice to the unit, the team and the archive by default; typed recipients are cleaned up', () => {
    const m = conclusionOf('muongCha2022', 'department');
    const nn = signers(m).find((c) => c.kind === 'recipients');
    expect(nn).toEqual({ kind: 'recipients', label: 'Nơi nhận:', lines: ['- UBND huyện Mường Chà (để thực hiện);', '- Thành viên Đoàn kiểm tra;', '- Lưu: VT, CCHC.'] });
    expect(recipientLines(['UBND huyện X (để thực hiện);', '- Chủ tịch, các PCT UBND tỉnh (để b/c)', ''], 'NV')).toEqual([
      '- UBND huyện X (để thực hiện);', '- Chủ tịch, các PCT UBND tỉnh (để b/c);', '- Lưu: VT, NV.',
    ]);
    expect(recipientLines(['Sở Tư pháp', 'Lưu: VT, TTHC (02)'], 'CCHC')).toEqual(['- Sở Tư pháp;', '- Lưu: VT, TTHC (02).']);
    // The same list on its own, for a template with {{noi_nhan}} outside the signature table.
    expect(blockText(m.blocks.noi_nhan)).toEqual(['Nơi nhận:', '- UBND huyện Mường Chà (để thực hiện);', '- Thành viên Đoàn kiểm tra;', '- Lưu: VT, CCHC.']);
  });

  it('gives the minutes a Nơi nhận under the secretary only when recipients are set', () => {
    const i = demoInput('muongCha2022');
    expect(buildModel(i, 'minutes', draft).blocks.noi_nhan).toEqual([]);
    expect(signers(buildModel(i, 'minutes', draft)).some((c) => c.kind === 'recipients')).toBe(false);
    i.inspection.docOptions.recipientsMinutes = ['UBND huyện Mường Chà', 'Sở Nội vụ (để b/c)'];
    i.inspection.docOptions.archiveUnit = 'CCHC';
    const m = buildModel(i, 'minutes', draft);
    expect(signers(m).find((c) => c.kind === 'recipients')).toEqual({
      kind: 'recipients', label: 'Nơi nhận:', lines: ['- UBND huyện Mường Chà;', '- Sở Nội vụ (để b/c);', '- Lưu: VT, CCHC.'],
    });
  });
});

describe('a 2026 commune inspection (two tiers, no district)', () => {
  it('names the commune and never says "huyện"', () => {
    const input = communeInput2026();
    for (const type of ['minutes', 'conclusion'] as const) {
      const m = buildModel(input, type, { number: 3, issuedDate: '2026-09-03' });
      const t = allText(m);
      expect(t).not.toMatch(/huyện/iu);
      expect(t).toContain('UBND xã Tân Hà');
      expect(m.text.co_quan_chu_quan).toBe('UBND TỈNH LÂM ĐỒNG');
      expect(m.title).toMatch(/năm 2026 tại UBND xã Tân Hà$/);
      expect(m.text.dia_danh_ngay).toBe('Lâm Đồng, ngày 03 tháng 9 năm 2026');
    }
    const minutes = buildModel(input, 'minutes', draft);
    expect(signer(minutes, 0)).toMatchObject({ lines: ['ĐẠI DIỆN ĐƠN VỊ', 'ĐƯỢC KIỂM TRA', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Lê Thị Hồng' });
    expect(signer(minutes, 2)).toMatchObject({ lines: ['THƯ KÝ'], name: 'Phạm Minh Tuấn' });
    expect(blockText(minutes.blocks.mo_dau)[1]).toBe(
      'Hôm nay, vào lúc 08 giờ 00 phút, ngày 26 tháng 8 năm 2026, tại trụ sở UBND xã Tân Hà, Đoàn kiểm tra số 3 tiến hành kiểm tra ' +
        'công tác cải cách hành chính năm 2026 tại UBND xã Tân Hà, cụ thể như sau:',
    );
    expect(blockText(minutes.blocks.thanh_phan)).toEqual(expect.arrayContaining([
      '- Ông Trần Quốc Bảo, Phó Giám đốc Sở Nội vụ, Trưởng đoàn;',
      '- Bà Nguyễn Thị Thu Hà, Phó Chánh Văn phòng UBND tỉnh, Phó Trưởng đoàn;',
      '- Ông Phạm Minh Tuấn, chuyên viên Sở Nội vụ, Thư ký.',
    ]));
    const recs = blockText(minutes.blocks.kien_nghi_danh_sach);
    expect(recs[1]).toBe('1. Thực hiện xin lỗi tổ chức, cá nhân đối với 12 hồ sơ quá hạn, khắc phục ngay;');
    expect(recs[2]).toBe('2. Bảo đảm 100% văn bản đi được ký số, hoàn thành trước ngày 31/12/2026.');
    expect(blockText(minutes.blocks.bao_cao_ket_qua)[0]).toContain('trước ngày 15/10/2026');
    expect(blockText(minutes.blocks.ket_thuc)[0]).toContain('kết thúc vào lúc 11 giờ 30 phút cùng ngày');
  });

  it('heads the documents of a commune that inspects its own unit with "UBND XÃ …"', () => {
    const input = communeInput2026({ communeIssuer: true });
    const minutes = buildModel(input, 'minutes', { number: 2, issuedDate: null });
    const conclusion = buildModel(input, 'conclusion', { number: 4, issuedDate: '2026-09-10' });
    expect(minutes.text.co_quan_chu_quan).toBe('UBND XÃ TÂN HÀ');
    expect(conclusion.text.co_quan_ban_hanh).toBe('UBND XÃ TÂN HÀ');
    // The commune is not its own cơ quan chủ quản.
    expect(conclusion.text.co_quan_chu_quan).toBe('');
    expect(conclusion.text.so_ky_hieu).toBe('Số: 04/TB-UBND');
    expect(conclusion.text.dia_danh_ngay).toBe('Tân Hà, ngày 10 tháng 9 năm 2026');
    expect(signer(conclusion, 0)).toEqual({ kind: 'signer', lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Hoàng Văn Nam' });
    for (const m of [minutes, conclusion]) expect(allText(m)).not.toMatch(/huyện/iu);
  });
});

describe('every demo inspection', () => {
  it.each(DEMO_KEYS)('%s: builds both documents in NFC with no field left empty of meaning', (key) => {
    for (const type of ['minutes', 'conclusion'] as const) {
      const m = buildModel(demoInput(key), type, draft);
      const t = allText(m);
      expect(t).toBe(t.normalize('NFC'));
      expect(t).not.toMatch(/undefined|null|NaN|\{\{/);
      expect(t).not.toContain('\u2013 Tự do');
      expect(m.text.so_ky_hieu).toMatch(/^Số: \.\.\.\/(BB|TB)-[A-ZĐ]+$/u);
      expect(m.blocks.chu_ky).toHaveLength(1);
    }
  });

  it('works without settings, with dots and a warning', () => {
    const m = buildModel(demoInput('muongCha2022', null), 'conclusion', draft);
    expect(m.warnings.join(' ')).toContain('"Cơ quan ban hành" của đợt kiểm tra');
    expect(m.text.dia_danh_ngay).toBe('..., ngày ... tháng ... năm 2022');
  });
});

describe('fingerprint', () => {
  it('ignores the number and the date of issue, and changes with the records', () => {
    const input = demoInput('muongCha2022');
    const a = modelFingerprint(buildModel(input, 'conclusion', draft));
    expect(modelFingerprint(buildModel(input, 'conclusion', { number: 9, issuedDate: '2022-11-01' }))).toBe(a);
    expect(modelFingerprint(buildModel(demoInput('muongCha2022'), 'conclusion', draft))).toBe(a);
    input.inspection.findings[0].text += ' Thêm.';
    expect(modelFingerprint(buildModel(input, 'conclusion', draft))).not.toBe(a);
    expect(modelFingerprint(buildModel(input, 'minutes', draft))).not.toBe(modelFingerprint(buildModel(input, 'conclusion', draft)));
    expect(a).toMatch(/^v2-[a-z_+]+-[0-9a-f]{16}$/);
  });

  const CONCLUSION_FIELDS = ['co_quan_chu_quan', 'co_quan_ban_hanh', 'so_ky_hieu', 'dia_danh_ngay', 'trich_yeu', 'mo_dau', 'uu_diem', 'ton_tai',
    'nguyen_nhan', 'ten_don_vi', 'kien_nghi_danh_sach', 'bao_cao_ket_qua', 'ket_thuc', 'chu_ky'];
  const issuedOn = { number: 1, issuedDate: '2022-10-10' };

  it('changes when the place name of the date line changes, not when the date does', () => {
    const input = demoInput('muongCha2022');
    const a = modelFingerprint(buildModel(input, 'conclusion', issuedOn), CONCLUSION_FIELDS);
    expect(modelFingerprint(buildModel(input, 'conclusion', { number: 2, issuedDate: '2022-10-11' }), CONCLUSION_FIELDS)).toBe(a);
    input.settings = { ...input.settings!, placeName: 'Mường Chà' };
    const b = buildModel(input, 'conclusion', issuedOn);
    expect(modelFingerprint(b, CONCLUSION_FIELDS)).not.toBe(a);
    expect(fingerprintMatches(a, b)).toBe(false);
  });

  it('covers only the fields the template prints: the unit\'s opinion does not change the notice, but changes the minutes', () => {
    const input = demoInput('muongCha2022');
    const notice = modelFingerprint(buildModel(input, 'conclusion', issuedOn), CONCLUSION_FIELDS);
    const minutes = modelFingerprint(buildModel(input, 'minutes', issuedOn));
    input.inspection.unitOpinion = 'UBND huyện nhất trí với kết quả kiểm tra.';
    expect(modelFingerprint(buildModel(input, 'conclusion', issuedOn), CONCLUSION_FIELDS)).toBe(notice);
    expect(fingerprintMatches(notice, buildModel(input, 'conclusion', issuedOn))).toBe(true);
    expect(fingerprintMatches(minutes, buildModel(input, 'minutes', issuedOn))).toBe(false);
    // A printed change does.
    input.inspection.recommendations[0].content += ' (đã sửa)';
    expect(fingerprintMatches(notice, buildModel(input, 'conclusion', issuedOn))).toBe(false);
  });

  it('leaves out the line naming the version replaced, which the model prints', () => {
    const input = demoInput('muongCha2022');
    const first = buildModel(input, 'conclusion', issuedOn);
    const second = buildModel(input, 'conclusion', { number: 2, issuedDate: '2022-10-12', replaces: { numberText: '01/TB-SNV', issuedDate: '2022-10-10' } });
    expect(blockText(second.blocks.mo_dau)).toContain('Thông báo này thay thế Thông báo số 01/TB-SNV ngày 10/10/2022.');
    expect(modelFingerprint(second, CONCLUSION_FIELDS)).toBe(modelFingerprint(first, CONCLUSION_FIELDS));
  });
});

describe('text that comes in decomposed (NFD) comes out composed (NFC)', () => {
  it('normalises names typed with combining marks', () => {
    const input = demoInput('muongCha2022');
    input.team!.members[0].fullName = 'Vũ Minh Hồng'.normalize('NFD');
    const m = buildModel(input, 'minutes', draft);
    expect(signer(m, 1).name).toBe('Vũ Minh Hồng'.normalize('NFC'));
    expect(signer(m, 1).name).not.toBe('Vũ Minh Hồng'.normalize('NFD'));
  });
});

describe('small wording helpers', () => {
  it('lower-cases a first letter but not an acronym or an agency', () => {
    expect(lowerFirst('Kiểm tra công tác')).toBe('kiểm tra công tác');
    expect(lowerFirst('UBND tỉnh')).toBe('UBND tỉnh');
    expect(lowerFirst('Sở Nội vụ hướng dẫn')).toBe('Sở Nội vụ hướng dẫn');
  });
  it('balances a long header name over two lines and leaves a short one', () => {
    expect(balanceLines('ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH')).toBe('ĐOÀN KIỂM TRA CÔNG TÁC\nCẢI CÁCH HÀNH CHÍNH');
    expect(balanceLines('SỞ NỘI VỤ')).toBe('SỞ NỘI VỤ');
  });
  it('letters points in Vietnamese order', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(pointLetter)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g']);
  });
  it('finds the sentence-case name of an upper-case body in the records', () => {
    expect(sentenceName('SỞ NỘI VỤ', ['Phó Giám đốc Sở Nội vụ'])).toBe('Sở Nội vụ');
    // Not in the records: written as NĐ 30 writes a body's name, its field capitalised.
    expect(sentenceName('SỞ TƯ PHÁP', [])).toBe('Sở Tư pháp');
  });
  it('reads a post from a free title, preferring the government post', () => {
    expect(readPost('Phó Bí thư, Chủ tịch UBND huyện')).toMatchObject({ head: 'Chủ tịch', deputy: false });
    expect(readPost('Phó Chánh Văn phòng UBND tỉnh')).toMatchObject({ head: 'Chánh Văn phòng', deputy: true });
    expect(readPost('chuyên viên')).toBeNull();
  });
});
