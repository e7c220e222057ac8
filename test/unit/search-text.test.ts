// The pure side of search (shared/search.ts): how a query is split, what is highlighted, the snippet.
import { describe, expect, it } from 'vitest';
import { matchRanges, searchTerms, snippetOf, wordCount } from '../../shared/search';

describe('searchTerms', () => {
  it('folds and splits as the index does', () => {
    expect(searchTerms('  Đoàn kiểm tra, "số 05/BB-ĐKT" ')).toEqual(['doan', 'kiem', 'tra', 'so', '05', 'bb', 'dkt']);
    expect(searchTerms('NEAR( OR * ')).toEqual(['near', 'or']);
    expect(wordCount('thủ tục hành')).toBe(3);
  });
});

describe('matchRanges', () => {
  it('marks the words that begin with a term, in the text as written', () => {
    const text = 'Đoàn kiểm tra UBND huyện Mường Chà';
    const marked = (terms: string[]) => matchRanges(text, terms).map(([a, b]) => text.slice(a, b));
    expect(marked(['muong', 'ch'])).toEqual(['Mường', 'Ch']);
    expect(marked(['doan'])).toEqual(['Đoàn']);
    expect(marked(['oan'])).toEqual([]); // from the start of a word only
    expect(marked([])).toEqual([]);
  });
  it('maps back across characters that fold to nothing or to another length', () => {
    const text = 'Xã Hoà\u00a0Bình, \u200bThuỷ sản và Thủy lợi';
    const marked = (terms: string[]) => matchRanges(text, terms).map(([a, b]) => text.slice(a, b));
    expect(marked(['hoa', 'binh'])).toEqual(['Hoà', 'Bình']);
    expect(marked(['thuy'])).toEqual(['Thuỷ', 'Thủy']); // old and new tone placement, after a zero-width space
  });
});

describe('snippetOf', () => {
  it('keeps a short text whole, and cuts a long one at spaces around the words typed side by side', () => {
    expect(snippetOf('Còn 64 hồ sơ  trễ hạn.', ['tre'])).toBe('Còn 64 hồ sơ trễ hạn.');
    const long = `${'Công tác cải cách hành chính được quan tâm. '.repeat(6)}Tuyên truyền trên Đài truyền thanh huyện. ${'Nội dung khác. '.repeat(6)}`;
    const s = snippetOf(long, ['dai', 'truyen', 'thanh'], 80);
    expect(s).toContain('Đài truyền thanh');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(82);
    expect(s.slice(1, -1)).toBe(s.slice(1, -1).trim());
  });
});
