// The team's recommendations, as a list or a table, and the request to report back
// (docs/documents.md §2 item 6, §3 item 4).
import type { Recommendation } from '../../records';
import { foldKey } from '../../vi/text';
import type { DocType } from '../fields';
import type { Block } from '../model-types';
import type { Issuer } from '../signing';
import { citeDate, pointLetter, stripEnd, upperFirst } from '../wording';
import { type Ctx, para, recommendations } from './context';

/** "hoàn thành trước ngày 31/12/2022", or the free wording ("khắc phục ngay"). */
export function deadlineText(r: Recommendation): string {
  if (r.remedyDeadline) return `hoàn thành trước ngày ${citeDate(r.remedyDeadline)}`;
  return r.remedyDeadlineNote.trim();
}

/** A recommendation addressed to someone other than the inspected unit says so. */
export function otherUnit(c: Ctx, r: Recommendation): string {
  const u = r.responsibleUnit.trim();
  return u && foldKey(u) !== foldKey(c.unitName) ? u : '';
}

export function recommendationSentence(c: Ctx, r: Recommendation): string {
  const who = otherUnit(c, r);
  const deadline = deadlineText(r);
  return `${stripEnd(r.content)}${who ? ` (${who} thực hiện)` : ''}${deadline ? `, ${deadline}` : ''}`;
}

export function recommendationList(c: Ctx, type: DocType): Block[] {
  const recs = recommendations(c);
  if (!recs.length) return [];
  const lines = recs.map((r, k) => `${stripEnd(recommendationSentence(c, r))}${k === recs.length - 1 ? '.' : ';'}`);
  if (type === 'minutes') return [para(`Đề nghị ${c.unitName}:`), ...lines.map((l, k) => para(`${k + 1}. ${l}`))];
  return lines.map((l, k) => para(`${pointLetter(k)}) ${l}`));
}

export function recommendationTable(c: Ctx, type: DocType): Block[] {
  const recs = recommendations(c);
  if (!recs.length) return [];
  const deadlines = recs.map((r) => (r.remedyDeadline ? `Trước ngày ${citeDate(r.remedyDeadline)}` : upperFirst(r.remedyDeadlineNote.trim())));
  // A column of empty cells reads as if the deadlines were forgotten on paper: without any, leave it out.
  const withDeadline = deadlines.some(Boolean);
  const rows = recs.map((r, k) => [
    String(k + 1), `${stripEnd(r.content)}.`, r.responsibleUnit.trim() || c.unitName, ...(withDeadline ? [deadlines[k]] : []),
  ]);
  const lead = type === 'minutes' ? [para(`Đề nghị ${c.unitName} thực hiện các nội dung sau:`)] : [];
  const table: Block = withDeadline
    ? { kind: 'table', columns: ['STT', 'Nội dung kiến nghị', 'Đơn vị thực hiện', 'Thời hạn'], widths: [8, 54, 22, 16], rows, center: [0, 2, 3] }
    : { kind: 'table', columns: ['STT', 'Nội dung kiến nghị', 'Đơn vị thực hiện'], widths: [8, 66, 26], rows, center: [0, 2] };
  return [...lead, table];
}

export function reportBack(c: Ctx, issuer: Issuer): Block[] {
  const recs = recommendations(c);
  if (!recs.length) return [];
  const to = recs.map((r) => r.reportTo.trim()).find(Boolean) || (issuer.sentence === 'Cơ quan ban hành' ? 'Đoàn kiểm tra' : issuer.sentence);
  const dates = recs.map((r) => r.reportDeadline).filter((d): d is string => Boolean(d)).sort();
  const by = dates.length ? `trước ngày ${citeDate(dates[dates.length - 1])}` : 'trước ngày .../.../...';
  if (!dates.length) c.warnings.push('Chưa có hạn báo cáo kết quả khắc phục.');
  const noDeadline = recs.flatMap((r, k) => (deadlineText(r) ? [] : [k + 1]));
  if (noDeadline.length) c.warnings.push(`Kiến nghị số ${noDeadline.join(', ')} chưa có thời hạn khắc phục.`);
  return [para(`${c.unitName} báo cáo kết quả khắc phục các tồn tại, hạn chế nêu trên bằng văn bản về ${stripEnd(to)} ${by} để tổng hợp, theo dõi.`)];
}
