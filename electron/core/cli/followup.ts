// `follow-up [--date dd/mm/yyyy] [--all] [--json]`: the recommendations still to be remedied, most
// urgent first, with the status of the tracker (quá hạn, sắp đến hạn, chờ đánh giá, …) and the due
// date understood from a wording ("31/12/2023 (trong quý IV/2023)"); for a report or a reminder script.
import {
  deadlineLabel, FOLLOW_STATUS_LABELS, inFilter, localToday, rowStatus, sortByUrgency, STATUS_LABELS, summarize, urgencyOf,
} from '../../../shared/followup';
import { isoToDisplay } from '../../../shared/vi/dates';
import { call, withCore, type Context } from './commands';
import { requireDate } from './documents';

export interface FollowUpOptions { date?: string; all: boolean; json: boolean }

export function followUp(ctx: Context, o: FollowUpOptions, now: Date = new Date()): void {
  const today = o.date === undefined ? localToday(now) : requireDate(o.date, 'ngày tính hạn');
  // The days she set on the tracker ("sắp đến hạn"), as the app counts them.
  const { listed, days } = withCore(ctx, true, (core) => ({ listed: call(core, 'followUp.list', {}), days: core.records.settings.dueSoonDays() }));
  const rows = sortByUrgency(listed, today, days).filter((r) => inFilter(r, o.all ? 'all' : 'unfinished', today, days));
  if (o.json) {
    ctx.out(JSON.stringify(rows.map((r) => {
      const s = rowStatus(r, today, days);
      return { ...r, urgency: urgencyOf(r, today, days), status: s.status, statusLabel: FOLLOW_STATUS_LABELS[s.status], dueDate: s.due, dueSource: s.dueSource, daysLeft: s.daysLeft, inProgress: s.inProgress, deadline: deadlineLabel(r) };
    }), null, 2));
    return;
  }
  const s = summarize(listed, today, days);
  const byStatus = new Map<string, number>();
  for (const r of listed) { const st = rowStatus(r, today, days).status; byStatus.set(st, (byStatus.get(st) ?? 0) + 1); }
  const n = (k: string) => byStatus.get(k) ?? 0;
  ctx.out(`Đến ngày ${isoToDisplay(today)}: ${s.total} kiến nghị; ${s.done} đã hoàn thành, ${s.inProgress} đang thực hiện, ${s.open} chưa thực hiện; ${s.overdue} quá hạn, ${s.dueSoon} sắp đến hạn, ${n('reported')} chờ đánh giá, ${n('not_accepted')} chưa được chấp nhận, ${n('no_due_date')} không có ngày hạn.`);
  for (const r of rows) {
    const rec = r.recommendation;
    const st = rowStatus(r, today, days);
    const label = deadlineLabel(r);
    const deadline = label ? `hạn ${label}` : 'chưa ghi thời hạn';
    // "Chưa đến hạn" and "không có ngày hạn" are said by the deadline itself.
    const flag = st.status === 'not_due' || st.status === 'no_due_date' ? '' : ` [${FOLLOW_STATUS_LABELS[st.status].toUpperCase()}]`;
    ctx.out('');
    ctx.out(`${r.year} · ${r.unitName || '(chưa chọn đơn vị)'} · kiến nghị số ${r.number} · ${STATUS_LABELS[rec.status]} · ${deadline}${flag}`);
    ctx.out(`  ${rec.content.replace(/\s*\n\s*/g, ' ')}`);
    if (rec.statusNote.trim()) ctx.out(`  Kết quả: ${rec.statusNote.replace(/\s*\n\s*/g, ' ')}`);
  }
}
