// The team's recommendations, as a list or a table, and the request to report back
// (docs/documents.md §2 item 6, §3 item 4).
import type { Recommendation } from '../../records';
import { foldKey } from '../../vi/text';
import type { DocType } from '../fields';
import type { Block } from '../model-types';
import type { Issuer } from '../signing';
import { citeDate, lowerFirst, pointLetter, stripEnd, upperFirst } from '../wording';
import { type Ctx, para, recommendations } from './context';

/** "trước ngày 31/12/2022": the one writer of a deadline date; dots to fill in by hand without one. */
export function byDate(iso: string | null): string {
  return `trước ngày ${iso ? citeDate(iso) : '.../.../...'}`;
}

/** "hoàn thành trước ngày 31/12/2022", or the free wording ("khắc phục ngay"). */
export function deadlineText(r: Recommendation): string {
  if (r.remedyDeadline) return `hoàn thành ${byDate(r.remedyDeadline)}`;
  return r.remedyDeadlineNote.trim();
}

/** A recommendation addressed to someone other than the inspected unit says so. */
export function otherUnit(c: Ctx, r: Recommendation): string {
  const u = r.responsibleUnit.trim();
  return u && foldKey(u) !== foldKey(c.unitName) ? u : '';
}

/** The body results are reported to: the recommendation's own, else whoever issues the conclusion. */
function reportToOf(r: Recommendation, issuer: Issuer): string {
  return stripEnd(r.reportTo.trim() || (issuer.sentence === 'Cơ quan ban hành' ? 'Đoàn kiểm tra' : issuer.sentence));
}

/**
 * Report-back terms: one for all (printed once, after the list) or each recommendation its own
 * (printed with it), so no recommendation's deadline is lost.
 */
function reportTerms(c: Ctx, issuer: Issuer): { shared: boolean; to: string[]; by: (string | null)[] } {
  const recs = recommendations(c);
  const to = recs.map((r) => reportToOf(r, issuer));
  const by = recs.map((r) => r.reportDeadline);
  const shared = new Set(recs.map((_, k) => `${foldKey(to[k])}|${by[k] ?? ''}`)).size <= 1;
  return { shared, to, by };
}

/** "báo cáo kết quả về Sở Nội vụ trước ngày 05/12/2023" for one recommendation with its own terms. */
function ownReport(to: string, by: string | null): string {
  return `báo cáo kết quả về ${to}${by ? ` ${byDate(by)}` : ''}`;
}

export function recommendationSentence(c: Ctx, r: Recommendation, report = ''): string {
  const who = otherUnit(c, r);
  const deadline = deadlineText(r);
  return `${stripEnd(r.content)}${who ? ` (${who} thực hiện)` : ''}${deadline ? `, ${deadline}` : ''}${report ? `, ${report}` : ''}`;
}

export function recommendationList(c: Ctx, type: DocType, issuer: Issuer): Block[] {
  const recs = recommendations(c);
  if (!recs.length) return [];
  const terms = reportTerms(c, issuer);
  const lines = recs.map((r, k) => {
    const report = terms.shared ? '' : ownReport(terms.to[k], terms.by[k]);
    return `${stripEnd(recommendationSentence(c, r, report))}${k === recs.length - 1 ? '.' : ';'}`;
  });
  // Numbering and lettering only when there is more than one item.
  const one = lines.length === 1;
  if (type === 'minutes') return [para(`Đề nghị ${c.unitName}${one ? ' ' + lowerFirst(lines[0]) : ':'}`), ...(one ? [] : lines.map((l, k) => para(`${k + 1}. ${l}`)))];
  return one ? [para(upperFirst(lines[0]))] : lines.map((l, k) => para(`${pointLetter(k)}) ${l}`));
}

export function recommendationTable(c: Ctx, type: DocType, issuer: Issuer): Block[] {
  const recs = recommendations(c);
  if (!recs.length) return [];
  const terms = reportTerms(c, issuer);
  const remedy = recs.map((r) => (r.remedyDeadline ? upperFirst(byDate(r.remedyDeadline)) : upperFirst(r.remedyDeadlineNote.trim())));
  const deadlines = remedy.map((d, k) => (terms.shared ? d : [d, upperFirst(ownReport(terms.to[k], terms.by[k]))].filter(Boolean).join('\n')));
  // A column of empty cells reads as if the deadlines were forgotten on paper: without any, leave it out.
  const withDeadline = deadlines.some(Boolean);
  const rows = recs.map((r, k) => [
    String(k + 1), `${stripEnd(r.content)}.`, r.responsibleUnit.trim() || c.unitName, ...(withDeadline ? [deadlines[k]] : []),
  ]);
  const lead = type === 'minutes' ? [para(`Đề nghị ${c.unitName} thực hiện các nội dung sau:`)] : [];
  const table: Block = withDeadline
    ? { kind: 'table', columns: ['STT', 'Nội dung kiến nghị', 'Đơn vị thực hiện', 'Thời hạn'], widths: [8, 50, 20, 22], rows, center: [0, 2, 3] }
    : { kind: 'table', columns: ['STT', 'Nội dung kiến nghị', 'Đơn vị thực hiện'], widths: [8, 66, 26], rows, center: [0, 2] };
  return [...lead, table];
}

export function reportBack(c: Ctx, issuer: Issuer): Block[] {
  const recs = recommendations(c);
  if (!recs.length) return [];
  const terms = reportTerms(c, issuer);
  const missing = recs.flatMap((r, k) => (r.reportDeadline ? [] : [k + 1]));
  if (missing.length === recs.length) c.warnings.push('Chưa có hạn báo cáo kết quả khắc phục.');
  else if (missing.length) c.warnings.push(`Kiến nghị số ${missing.join(', ')} chưa có hạn báo cáo kết quả khắc phục.`);
  const noDeadline = recs.flatMap((r, k) => (deadlineText(r) ? [] : [k + 1]));
  if (noDeadline.length) c.warnings.push(`Kiến nghị số ${noDeadline.join(', ')} chưa có thời hạn khắc phục.`);
  const what = `${c.unitName} báo cáo kết quả khắc phục các tồn tại, hạn chế nêu trên bằng văn bản`;
  // Without a report-back deadline the sentence goes without "trước ngày …" rather than with dots.
  if (terms.shared) return [para(`${what} về ${terms.to[0]}${terms.by[0] ? ` ${byDate(terms.by[0])}` : ''} để tổng hợp, theo dõi.`)];
  const bodies = [...new Map(terms.to.map((t) => [foldKey(t), t])).values()];
  const where = bodies.length === 1 ? `về ${bodies[0]}` : 'về cơ quan';
  return [para(`${what} ${where} theo thời hạn nêu tại từng kiến nghị để tổng hợp, theo dõi.`)];
}
