// The message for a campaign without its issuing side is shown both on an inspection's Văn bản tab and
// on the campaign's own documents (report, công văn): it must read right in both, naming the campaign.
import { describe, expect, it } from 'vitest';
import { campaignDocSymbol } from '../../shared/campaign-report/common';
import { documentSymbol } from '../../shared/documents/numbering';

describe('no issuing side on the campaign', () => {
  it('the campaign report says the campaign lacks it, not "the inspection"', () => {
    const r = campaignDocSymbol('report', null, '');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^Đợt kiểm tra chưa có thông tin cơ quan ban hành\./);
    expect(r.message).not.toContain('cuộc kiểm tra');
    expect(r.message).toContain('thẻ "Cơ quan ban hành"');
  });
  it('an inspection\'s document says the same', () => {
    const r = documentSymbol('minutes', null, 'department');
    expect(r).toEqual(campaignDocSymbol('report', null, ''));
  });
});
