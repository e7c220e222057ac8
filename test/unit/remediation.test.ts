// The wordings of a remediation report and of a carried recommendation's origin.
import { describe, expect, it } from 'vitest';
import { carriedText, previousSource, reportTitle } from '../../shared/remediation';

describe('remediation wordings', () => {
  it('names a report by its number and date, or by the day it arrived', () => {
    expect(reportTitle({ docNumber: ' 125/BC-UBND ', docDate: '2023-03-10', receivedDate: '2023-03-12' })).toBe('Báo cáo số 125/BC-UBND ngày 10/03/2023');
    expect(reportTitle({ docNumber: '125/BC-UBND', docDate: null, receivedDate: '2023-03-12' })).toBe('Báo cáo số 125/BC-UBND');
    expect(reportTitle({ docNumber: '', docDate: '2023-03-10', receivedDate: '2023-03-12' })).toBe('Báo cáo nhận ngày 12/03/2023');
  });

  it('cites the conclusion notice when issued, else the inspection', () => {
    expect(previousSource({ number: '12/TB-SNV', issuedDate: '2022-10-20' }, '2022-10-03', 2022)).toBe('Thông báo kết luận số 12/TB-SNV ngày 20/10/2022');
    expect(previousSource(null, '2022-10-03', 2022)).toBe('cuộc kiểm tra ngày 03/10/2022');
    expect(previousSource(null, null, 2022)).toBe('cuộc kiểm tra năm 2022');
  });

  it('keeps the original wording and adds its origin on a line of its own', () => {
    expect(carriedText(' Rà soát thủ tục hành chính. ', 2, 'Thông báo kết luận số 12/TB-SNV ngày 20/10/2022'))
      .toBe('Rà soát thủ tục hành chính.\n(Kiến nghị số 2 tại Thông báo kết luận số 12/TB-SNV ngày 20/10/2022 chưa hoàn thành.)');
  });
});
