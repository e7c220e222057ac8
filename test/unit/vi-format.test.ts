// Vietnamese formatting as documents and forms need it: numbers "25.718", percentages "97,52%",
// dates per NĐ 30/2020, dd/mm/yyyy input, collation, text hygiene, and the parts-add-up check.
import { describe, expect, it } from 'vitest';
import { defaultAreas, defaultIndicators, newId } from '../../shared/defaults';
import { checkParts, figureText, ratioProblem } from '../../shared/figures';
import type { Figure, Indicator } from '../../shared/records';
import {
  formatCitationDate, formatDateRange, formatDocumentDate, isoToDisplay, parseDisplayDate,
} from '../../shared/vi/dates';
import { formatCount, formatDecimal, formatPercent, pad2, parseVietnameseNumber, ratePercent } from '../../shared/vi/numbers';
import { cleanDeep, cleanText, compareVi, comparePeopleVi, foldKey, sortByVi, upperVi } from '../../shared/vi/text';

describe('numbers', () => {
  it('groups thousands with "." and never with a space or ","', () => {
    expect(formatCount(25718)).toBe('25.718');
    expect(formatCount(8209)).toBe('8.209');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(231)).toBe('231');
    expect(formatCount(0)).toBe('0');
  });

  it('writes decimals with ","', () => {
    expect(formatDecimal(99.6)).toBe('99,60');
    expect(formatDecimal(97.5172, 1)).toBe('97,5');
  });

  it('computes rates and writes percentages "97,52%", whole ones without decimals', () => {
    expect(formatPercent(ratePercent(8209, 8418)!)).toBe('97,52%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(ratePercent(94, 94)!)).toBe('100%');
    expect(formatPercent(80)).toBe('80%');
    expect(formatPercent(99.995)).toBe('100%'); // rounds to whole, then drops the decimals
  });

  it('a zero denominator has no rate ("không phát sinh")', () => {
    expect(ratePercent(0, 0)).toBeNull();
    expect(ratePercent(5, 0)).toBeNull();
    expect(ratePercent(0, 10)).toBe(0);
  });

  it('reads numbers typed the Vietnamese or the English way', () => {
    expect(parseVietnameseNumber('25.718')).toBe(25718);
    expect(parseVietnameseNumber('97,52')).toBe(97.52);
    expect(parseVietnameseNumber('99.60')).toBe(99.6);
    expect(parseVietnameseNumber('8209')).toBe(8209);
    expect(parseVietnameseNumber('1.234.567')).toBe(1234567);
    expect(parseVietnameseNumber('1.234,5')).toBe(1234.5);
    expect(parseVietnameseNumber('97,52%')).toBe(97.52);
    expect(parseVietnameseNumber(' 25\u00a0718 ')).toBe(25718);
    expect(parseVietnameseNumber('abc')).toBeNaN();
    expect(parseVietnameseNumber('12,3,4')).toBeNaN();
    expect(parseVietnameseNumber('')).toBeNull();
    expect(parseVietnameseNumber('   ')).toBeNull();
  });

  it('formatting and reading back agree', () => {
    for (const n of [0, 7, 231, 8209, 25718, 1234567]) expect(parseVietnameseNumber(formatCount(n))).toBe(n);
    for (const n of [0.5, 97.52, 99.6]) expect(parseVietnameseNumber(formatDecimal(n))).toBe(n);
  });

  it('pads item numbers to two digits', () => {
    expect(pad2(3)).toBe('03');
    expect(pad2(11)).toBe('11');
  });
});

describe('dates', () => {
  it('writes document dates per NĐ 30: day padded below 10, month padded only for 1 and 2', () => {
    expect(formatDocumentDate('2022-10-06')).toBe('ngày 06 tháng 10 năm 2022');
    expect(formatDocumentDate('2025-01-05')).toBe('ngày 05 tháng 01 năm 2025');
    expect(formatDocumentDate('2025-02-15')).toBe('ngày 15 tháng 02 năm 2025');
    expect(formatDocumentDate('2025-03-09')).toBe('ngày 09 tháng 3 năm 2025');
    expect(formatDocumentDate('2025-12-31')).toBe('ngày 31 tháng 12 năm 2025');
  });

  it('reads dd/mm/yyyy as typed by the secretary', () => {
    expect(parseDisplayDate('06/10/2022')).toEqual({ ok: true, iso: '2022-10-06' });
    expect(parseDisplayDate('6/3/2025')).toEqual({ ok: true, iso: '2025-03-06' });
    expect(parseDisplayDate(' 06/10/2022 ')).toEqual({ ok: true, iso: '2022-10-06' });
    expect(parseDisplayDate('29/02/2024')).toEqual({ ok: true, iso: '2024-02-29' });
    expect(parseDisplayDate('')).toEqual({ ok: true, iso: null });
  });

  it('refuses a date that does not exist, in Vietnamese', () => {
    const r = parseDisplayDate('31/02/2022');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('Ngày 31/02/2022 không tồn tại');
    expect(parseDisplayDate('29/02/2023').ok).toBe(false);
    expect(parseDisplayDate('01/13/2022').ok).toBe(false); // mm/dd typed by habit
  });

  it('treats a half-typed date as not done yet, not as year 20', () => {
    const r = parseDisplayDate('06/10/20');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('ngày/tháng/năm');
    expect(parseDisplayDate('06/10').ok).toBe(false);
    expect(parseDisplayDate('06-10-2022').ok).toBe(false);
  });

  it('refuses years outside the records this app can hold', () => {
    const r = parseDisplayDate('01/01/1989');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('1990');
  });

  it('shows, cites and spans dates', () => {
    expect(isoToDisplay('2022-10-06')).toBe('06/10/2022');
    expect(isoToDisplay(null)).toBe('');
    expect(formatCitationDate('2022-06-09')).toBe('09/6/2022');
    expect(formatCitationDate('2022-01-18')).toBe('18/01/2022');
    expect(formatCitationDate('2025-02-05')).toBe('05/02/2025');
    expect(formatDateRange('2022-10-03', '2022-10-06')).toBe('03/10–06/10/2022');
    expect(formatDateRange('2022-12-30', '2023-01-02')).toBe('30/12/2022–02/01/2023');
    expect(formatDateRange('2022-10-03', '2022-10-03')).toBe('03/10/2022');
    expect(formatDateRange(null, null)).toBe('');
  });
});

describe('Vietnamese ordering', () => {
  it('orders letters the Vietnamese way: a < ă < â, d < đ, o < ô < ơ, u < ư', () => {
    expect(['â', 'b', 'ă', 'a'].sort(compareVi)).toEqual(['a', 'ă', 'â', 'b']);
    expect(['e', 'đ', 'd'].sort(compareVi)).toEqual(['d', 'đ', 'e']);
    expect(['p', 'ơ', 'ô', 'o'].sort(compareVi)).toEqual(['o', 'ô', 'ơ', 'p']);
    expect(['v', 'ư', 'u'].sort(compareVi)).toEqual(['u', 'ư', 'v']);
    expect(['Đức', 'Dũng', 'Bình', 'Anh'].sort(compareVi)).toEqual(['Anh', 'Bình', 'Dũng', 'Đức']);
  });

  it('orders tones ngang < huyền < hỏi < ngã < sắc < nặng', () => {
    expect(['ạ', 'á', 'ã', 'ả', 'à', 'a'].sort(compareVi)).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ']);
  });

  it('sorts people by given name (the last word), then by full name', () => {
    const people = ['Vũ Minh Hồng', 'Nguyễn Thị Hoà', 'Đặng Văn Ánh', 'Trang A Lử', 'Lò Thị Thu', 'Quàng Thị Ăn', 'Lê Văn Anh'];
    expect([...people].sort(comparePeopleVi)).toEqual([
      'Lê Văn Anh', 'Đặng Văn Ánh', 'Quàng Thị Ăn', 'Nguyễn Thị Hoà', 'Vũ Minh Hồng', 'Trang A Lử', 'Lò Thị Thu',
    ]);
    expect(['Trần Văn An', 'Lê Văn An'].sort(comparePeopleVi)).toEqual(['Lê Văn An', 'Trần Văn An']);
  });

  it('sorts numbers inside names naturally', () => {
    expect(sortByVi([{ n: 'Tổ 10' }, { n: 'Tổ 2' }], (x) => x.n).map((x) => x.n)).toEqual(['Tổ 2', 'Tổ 10']);
  });
});

describe('text hygiene', () => {
  it('stores NFC', () => {
    const nfd = 'Mường Chà'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(9);
    expect(cleanText(nfd)).toBe('Mường Chà'.normalize('NFC'));
    expect(cleanText(nfd).length).toBe(9);
  });

  it('turns no-break spaces into spaces, removes zero-width characters and soft hyphens', () => {
    expect(cleanText('UBND\u00a0huyện')).toBe('UBND huyện');
    expect(cleanText('Điện\u200bBiên\ufeff')).toBe('ĐiệnBiên');
    expect(cleanText('cải\u00adcách\u2060')).toBe('cảicách');
  });

  it('replaces the eth "Ð" (U+00D0) typed for "Đ" (U+0110)', () => {
    const out = cleanText('\u00d0iện Biên');
    expect(out).toBe('Điện Biên');
    expect(out.charCodeAt(0)).toBe(0x0110);
  });

  it('cleans every string in a record, leaving other values alone', () => {
    const rec = { place: 'Mường\u00a0Chà'.normalize('NFD'), n: 25718, ok: true, list: ['\u00d0oàn'], none: null };
    expect(cleanDeep(rec)).toEqual({ place: 'Mường Chà', n: 25718, ok: true, list: ['Đoàn'], none: null });
  });

  it('folds for search: old and new tone placement, case, diacritics and đ', () => {
    expect(foldKey('Hoà')).toBe(foldKey('Hòa'));
    expect(foldKey('Thuỷ')).toBe(foldKey('Thủy'));
    expect(foldKey('Hoà'.normalize('NFD'))).toBe(foldKey('Hòa'));
    expect(foldKey('ĐIỆN BIÊN')).toBe('dien bien');
    expect(foldKey('\u00d0iện Biên')).toBe('dien bien');
    expect(foldKey('Mường Chà')).toBe('muong cha');
  });

  it('upper-cases headers with Vietnamese letters', () => {
    expect(upperVi('UBND tỉnh Điện Biên')).toBe('UBND TỈNH ĐIỆN BIÊN');
  });
});

describe('figures', () => {
  const indicators = defaultIndicators(defaultAreas(2022));
  const byName = (name: string): Indicator => indicators.find((i) => i.name === name)!;
  const fig = (name: string, value: number | null, denominator: number | null = null): Figure => ({
    id: newId(), indicatorId: byName(name).id, value, denominator, note: '',
  });
  // Hồ sơ TTHC tại UBND huyện Mường Chà, 2022.
  const muongCha = (late = 231): Figure[] => [
    fig('Hồ sơ TTHC tiếp nhận', 25718),
    fig('Giải quyết trước hạn', 7139),
    fig('Giải quyết đúng hạn', 18254),
    fig('Giải quyết trễ hạn', late),
    fig('Đang giải quyết trong hạn', 94),
  ];

  it('the Mường Chà numbers add up through nested parts (received = handled + in progress)', () => {
    // 7.139 + 18.254 + 231 = 25.624 handled; 94 in progress in time; 25.624 + 94 = 25.718 received.
    expect(checkParts(indicators, muongCha())).toEqual([]);
  });

  it('flags a total whose parts do not add up', () => {
    expect(checkParts(indicators, muongCha(232))).toEqual([
      { parentId: byName('Hồ sơ TTHC tiếp nhận').id, total: 25718, sumOfParts: 25719 },
    ]);
  });

  it('checks an intermediate total against its own parts too', () => {
    const figures = [...muongCha(), fig('Đã giải quyết', 25600)];
    expect(checkParts(indicators, figures)).toEqual(
      expect.arrayContaining([
        { parentId: byName('Đã giải quyết').id, total: 25600, sumOfParts: 25624 },
        { parentId: byName('Hồ sơ TTHC tiếp nhận').id, total: 25718, sumOfParts: 25694 },
      ]),
    );
  });

  it('does not compare when no part was typed', () => {
    expect(checkParts(indicators, [fig('Hồ sơ TTHC tiếp nhận', 25718), fig('Giải quyết trễ hạn', null)])).toEqual([]);
  });

  it('writes figures for documents', () => {
    expect(figureText(byName('Hồ sơ TTHC tiếp nhận'), { value: 25718, denominator: null })).toBe('25.718 hồ sơ');
    expect(figureText(byName('Văn bản đi được ký số'), { value: 8209, denominator: 8418 })).toBe('8.209/8.418 văn bản (đạt 97,52%)');
    expect(figureText(byName('Văn bản đi được ký số'), { value: 0, denominator: 0 })).toBe('0/0 văn bản (không phát sinh)');
    expect(figureText(byName('Văn bản điện tử trao đổi trên môi trường mạng'), { value: 100, denominator: null })).toBe('100%');
    expect(figureText(byName('Hồ sơ TTHC tiếp nhận'), { value: null, denominator: null })).toBe('');
  });

  it('flags a numerator larger than its denominator', () => {
    expect(ratioProblem({ value: 8418, denominator: 8209 })).toBe('Tử số lớn hơn mẫu số');
    expect(ratioProblem({ value: 8209, denominator: 8418 })).toBeNull();
  });
});
