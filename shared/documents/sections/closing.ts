// The closing formulas: the end of the meeting and the copies (biên bản), or the request to carry
// out the conclusion (thông báo) (docs/documents.md §2 item 8, §3 item 5).
import { pad2 } from '../../vi/numbers';
import type { DocType } from '../fields';
import type { Block } from '../model-types';
import { timeText } from '../wording';
import { type Ctx, para } from './context';

export function closingBlocks(c: Ctx, type: DocType): Block[] {
  if (type === 'conclusion') {
    return [para(`Trên đây là Thông báo kết luận kiểm tra ${c.subject} năm ${c.year} tại ${c.unitName}; đề nghị ${c.unitName} nghiêm túc triển khai thực hiện./.`, true)];
  }
  if (!c.i.endTime) c.warnings.push('Chưa ghi giờ kết thúc buổi làm việc.');
  const copies = Math.max(1, c.i.docOptions.copies);
  const split = copies === 1
    ? 'Biên bản được lập thành 01 bản, do Đoàn kiểm tra giữ./.'
    : `Biên bản được lập thành ${pad2(copies)} bản có giá trị như nhau: Đoàn kiểm tra giữ ${pad2(copies - 1)} bản, đơn vị được kiểm tra giữ 01 bản./.`;
  return [
    para(`Biên bản kết thúc vào lúc ${timeText(c.i.endTime)} cùng ngày, đã được đọc lại cho các thành viên tham dự cùng nghe, thống nhất nội dung và ký tên.`),
    para(split, true),
  ];
}
