// The opening of a document: the legal bases (plan, decision), when and where, who chaired
// (docs/documents.md §2 item 1, §3 item 2).
import type { DocType } from '../fields';
import type { Block } from '../model-types';
import type { Issuer } from '../signing';
import { formatDocumentDate } from '../../vi/dates';
import { blankDate, citation, lowerFirst, periodText, person, stripEnd, timeText, upperFirst } from '../wording';
import { type Ctx, para } from './context';

export function openingBlocks(c: Ctx, type: DocType, issuer: Issuer): Block[] {
  const { campaign } = c.input;
  const i = c.i;
  const plan = citation('Kế hoạch', campaign.plan);
  const decision = citation('Quyết định', campaign.decision);
  const teamName = c.input.team ? `Đoàn kiểm tra số ${c.input.team.number}` : 'Đoàn kiểm tra';
  const basis: string[] = [];
  if (plan) basis.push(campaign.plan.summary.trim() ? `${plan} về ${lowerFirst(stripEnd(campaign.plan.summary))}` : plan);
  if (decision) {
    const about = campaign.decision.summary.trim()
      ? lowerFirst(stripEnd(campaign.decision.summary)).replace(/^về\s+/u, '')
      : `việc thành lập Đoàn kiểm tra ${c.subject} năm ${c.year}`;
    basis.push(`${decision} về ${about}`);
  }
  if (!plan && !decision) c.warnings.push('Chưa có số Kế hoạch kiểm tra và Quyết định thành lập Đoàn: đoạn căn cứ được bỏ qua.');
  const out: Block[] = [];
  const period = periodText(i.dateFrom, i.dateTo);
  if (type === 'minutes') {
    if (basis.length) out.push(para(`Thực hiện ${basis.join('; ')}.`));
    const place = i.place.trim() || c.unitName;
    const day = c.meetingDay ? formatDocumentDate(c.meetingDay) : blankDate(c.docYear);
    // Without a start time the sentence reads naturally without "vào lúc" (no dots in an issued document).
    const at = `${i.startTime ? `vào lúc ${timeText(i.startTime)}, ` : ''}${day}, tại ${place}`;
    const multiDay = i.dateFrom && c.meetingDay && i.dateFrom < c.meetingDay;
    if (multiDay) {
      out.push(para(`${upperFirst(period)}, ${teamName} đã tiến hành kiểm tra ${c.subject} năm ${c.year} tại ${c.unitName}.`));
      out.push(para(`Hôm nay, ${at}, Đoàn kiểm tra làm việc với ${c.unitName} về kết quả kiểm tra, cụ thể như sau:`));
    } else {
      out.push(para(`Hôm nay, ${at}, ${teamName} tiến hành kiểm tra ${c.subject} năm ${c.year} tại ${c.unitName}, cụ thể như sau:`));
    }
    const chairs = i.attendees.filter((a) => a.isChair && a.fullName.trim());
    if (chairs.length) {
      const names = chairs.map((a) => `${person(a.honorific, a.fullName).replace(/^Đồng chí/u, 'đồng chí')}, ${stripEnd(a.title)}`);
      const verb = i.chairNote.trim() || (chairs.length > 1 ? 'đồng chủ trì' : 'chủ trì');
      out.push(para(`Buổi làm việc do ${names.join(' và ')} ${verb}.`));
    }
    if (!i.startTime) c.warnings.push('Chưa ghi giờ bắt đầu buổi làm việc.');
    if (!c.meetingDay) c.warnings.push('Chưa ghi ngày làm việc.');
  } else {
    const when = period ? `, ${period}` : '';
    const lead = basis.length ? `Thực hiện ${basis.join('; ')}${when}, ` : `${upperFirst(period ? `${period}, ` : '')}`;
    out.push(para(`${lead}${teamName} đã tiến hành kiểm tra ${c.subject} năm ${c.year} tại ${c.unitName}.`.replace(/^./u, (x) => x.toLocaleUpperCase('vi'))));
    out.push(para(`Trên cơ sở báo cáo của đơn vị và kết quả kiểm tra thực tế, ${issuer.sentence} thông báo kết luận như sau:`));
  }
  return out;
}
