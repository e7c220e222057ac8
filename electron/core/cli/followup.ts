// `follow-up [--date dd/mm/yyyy] [--all] [--json]`: the recommendations still to be remedied, most
// urgent first, as the follow-up screen shows them; for a report or a reminder script.
import {
  deadlineLabel, flagOf, inFilter, localToday, sortByUrgency, STATUS_LABELS, summarize, URGENCY_LABELS, urgencyOf,
} from '../../../shared/followup';
import { isoToDisplay } from '../../../shared/vi/dates';
import { call, withCore, type Context } from './commands';
import { requireDate } from './documents';

export interface FollowUpOptions { date?: string; all: boolean; json: boolean }

export function followUp(ctx: Context, o: FollowUpOptions, now: Date = new Date()): void {
  const today = o.date === undefined ? localToday(now) : requireDate(o.date, 'ngày tính hạn');
  const listed = withCore(ctx, true, (core) => call(core, 'followUp.list', {}));
  const rows = sortByUrgency(listed, today).filter((r) => inFilter(r, o.all ? 'all' : 'unfinished', today));
  if (o.json) {
    ctx.out(JSON.stringify(rows.map((r) => ({ ...r, urgency: urgencyOf(r, today) })), null, 2));
    return;
  }
  const s = summarize(listed, today);
  ctx.out(`Đến ngày ${isoToDisplay(today)}: ${s.total} kiến nghị; ${s.done} đã hoàn thành, ${s.inProgress} đang thực hiện, ${s.open} chưa thực hiện; ${s.overdue} quá hạn, ${s.dueSoon} sắp đến hạn.`);
  for (const r of rows) {
    const rec = r.recommendation;
    const label = deadlineLabel(r);
    const deadline = rec.remedyDeadline ? `hạn ${label}` : label || 'chưa ghi thời hạn';
    const f = flagOf(r, today);
    const flag = f ? ` [${URGENCY_LABELS[f].toUpperCase()}]` : '';
    ctx.out('');
    ctx.out(`${r.year} · ${r.unitName || '(chưa chọn đơn vị)'} · kiến nghị số ${r.number} · ${STATUS_LABELS[rec.status]} · ${deadline}${flag}`);
    ctx.out(`  ${rec.content.replace(/\s*\n\s*/g, ' ')}`);
    if (rec.statusNote.trim()) ctx.out(`  Kết quả: ${rec.statusNote.replace(/\s*\n\s*/g, ' ')}`);
  }
}
