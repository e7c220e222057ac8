// Numbers and symbols of issued documents (documents.md §1.4): "05/BB-ĐKT", "12/TB-SNV".
import { describe, expect, it } from 'vitest';
import {
  documentSymbol, formatDocNumber, formatNumber, localIsoDate, nextNumberAfter, yearOf,
} from '../../shared/documents/numbering';
import type { IssuerSettings } from '../../shared/records';

const SETTINGS: IssuerSettings = {
  province: 'Điện Biên',
  superiorBody: 'UBND TỈNH ĐIỆN BIÊN',
  issuingBody: 'SỞ NỘI VỤ',
  teamBodyName: 'ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
  placeName: 'Điện Biên',
  teamSymbol: 'ĐKT',
  issuerSymbol: 'SNV',
  level: 'province',
  issuingBodyKind: '',
  headTitle: '',
};

describe('number text', () => {
  it('puts a leading zero on numbers below 10 only', () => {
    expect(formatNumber(1)).toBe('01');
    expect(formatNumber(5)).toBe('05');
    expect(formatNumber(9)).toBe('09');
    expect(formatNumber(10)).toBe('10');
    expect(formatNumber(112)).toBe('112');
    expect(formatNumber(1203)).toBe('1203'); // never "1.203"
  });

  it('joins number and symbol with "/"; a draft has dots instead of a number', () => {
    expect(formatDocNumber(5, 'BB-ĐKT')).toBe('05/BB-ĐKT');
    expect(formatDocNumber(12, 'TB-SNV')).toBe('12/TB-SNV');
    expect(formatDocNumber(null, 'BB-ĐKT')).toBe('.../BB-ĐKT');
  });

  it('refuses numbers that cannot be issued', () => {
    for (const n of [0, -1, 1.5, Number.NaN]) expect(() => formatNumber(n)).toThrow(RangeError);
  });

  it('the next number follows the highest used; the first of a year is 1', () => {
    expect(nextNumberAfter(null)).toBe(1);
    expect(nextNumberAfter(undefined)).toBe(1);
    expect(nextNumberAfter(4)).toBe(5);
  });

  it('the numbering year is the year of the issue date; today is the local calendar day', () => {
    expect(yearOf('2022-10-06')).toBe(2022);
    expect(yearOf('2023-01-01')).toBe(2023);
    expect(() => yearOf('06/10/2022')).toThrow(RangeError);
    expect(localIsoDate(new Date(2024, 0, 1, 0, 5))).toBe('2024-01-01');
    expect(localIsoDate(new Date(2023, 11, 31, 23, 59))).toBe('2023-12-31');
  });
});

describe('symbol', () => {
  it('minutes carry the team symbol; the conclusion its issuer’s', () => {
    expect(documentSymbol('minutes', SETTINGS, 'department')).toEqual({ ok: true, symbol: 'BB-ĐKT' });
    // The issuer of the conclusion does not change the minutes.
    expect(documentSymbol('minutes', SETTINGS, 'office')).toEqual({ ok: true, symbol: 'BB-ĐKT' });
    expect(documentSymbol('conclusion', SETTINGS, 'department')).toEqual({ ok: true, symbol: 'TB-SNV' });
    expect(documentSymbol('conclusion', SETTINGS, 'team')).toEqual({ ok: true, symbol: 'TB-ĐKT' });
    expect(documentSymbol('conclusion', SETTINGS, 'office')).toEqual({ ok: true, symbol: 'TB-VP' });
  });

  it('writes the symbol in NFC capitals and trims spaces around it', () => {
    const nfd = { ...SETTINGS, teamSymbol: ' ĐKT '.normalize('NFD') };
    expect(documentSymbol('minutes', nfd, 'department')).toEqual({ ok: true, symbol: 'BB-ĐKT' });
    expect(documentSymbol('conclusion', { ...SETTINGS, teamSymbol: 'đkt' }, 'team')).toEqual({ ok: true, symbol: 'TB-ĐKT' });
    expect(documentSymbol('conclusion', { ...SETTINGS, issuerSymbol: 'snv' }, 'department')).toEqual({ ok: true, symbol: 'TB-SNV' });
    // The UBND issuing in its own name (a district campaign) keeps its own series.
    expect(documentSymbol('conclusion', SETTINGS, 'committee')).toEqual({ ok: true, symbol: 'TB-UBND' });
  });

  it('missing settings or symbols are refused with a message naming the campaign\'s tab "Cơ quan ban hành"', () => {
    const cases = [
      documentSymbol('minutes', null, 'department'),
      documentSymbol('conclusion', null, 'office'),
      documentSymbol('minutes', { ...SETTINGS, teamSymbol: '  ' }, 'department'),
      documentSymbol('conclusion', { ...SETTINGS, teamSymbol: '' }, 'team'),
      documentSymbol('conclusion', { ...SETTINGS, issuerSymbol: '' }, 'department'),
      documentSymbol('minutes', { ...SETTINGS, teamSymbol: 'Đ KT' }, 'department'),
      documentSymbol('conclusion', { ...SETTINGS, issuerSymbol: 'SNV/VP' }, 'department'),
    ];
    for (const r of cases) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain('"Cơ quan ban hành"');
    }
    // An empty issuer symbol does not matter to the team's own documents.
    expect(documentSymbol('minutes', { ...SETTINGS, issuerSymbol: '' }, 'department').ok).toBe(true);
    expect(documentSymbol('conclusion', { ...SETTINGS, issuerSymbol: '' }, 'team').ok).toBe(true);
  });
});
