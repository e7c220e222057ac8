// A recommendation's history as she reads it (docs/architecture.md, "Follow-up history"): one line per
// event, in Vietnamese, oldest first. Stored rows are never changed; only this reading groups them.
import { z } from 'zod';
import { Id, IsoDate } from '../records';
import { isoToDisplay } from '../vi/dates';

export const HISTORY_KINDS = ['created', 'status', 'result', 'deadline', 'extension', 'report', 'assessment', 'reminder', 'carried'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export const HISTORY_KIND_LABELS: Record<HistoryKind, string> = {
  created: 'Ghi kiến nghị',
  status: 'Trạng thái',
  result: 'Kết quả thực hiện',
  deadline: 'Thời hạn',
  extension: 'Gia hạn',
  report: 'Báo cáo của đơn vị',
  assessment: 'Đánh giá của Đoàn',
  reminder: 'Nhắc thực hiện',
  carried: 'Chuyển sang năm sau',
};

/** One stored history row as read from the database. */
export interface HistoryRecord {
  id: number;
  recommendationId: string;
  createdAt: string;
  kind: HistoryKind;
  onDate: string | null;
  fromValue: string;
  toValue: string;
  reason: string;
  refId: string | null;
}

/** One line of the history as shown. */
export interface HistoryLine {
  id: number;
  kind: HistoryKind;
  /** When it was recorded (ISO instant). */
  createdAt: string;
  /** "Gia hạn", "Trạng thái", … */
  label: string;
  /** "Chưa thực hiện → Đang thực hiện", "đến 31/03/2024 (quyết định ngày 05/01/2024)", … */
  text: string;
  /** The reason given, '' when none. */
  reason: string;
}

const STATUS_WORDS: Record<string, string> = { open: 'Chưa thực hiện', in_progress: 'Đang thực hiện', done: 'Đã hoàn thành' };
const ASSESSMENT_WORDS: Record<string, string> = { accepted: 'Chấp nhận', not_accepted: 'Không chấp nhận' };
const quote = (s: string) => (s.trim() ? `“${s.trim()}”` : '(để trống)');
const day = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? isoToDisplay(iso) : iso);

function textOf(r: HistoryRecord): string {
  switch (r.kind) {
    case 'status':
      return `${STATUS_WORDS[r.fromValue] ?? r.fromValue} → ${STATUS_WORDS[r.toValue] ?? r.toValue}`;
    case 'result':
      return quote(r.toValue);
    case 'deadline':
      return `${r.fromValue ? day(r.fromValue) : '(chưa có)'} → ${r.toValue ? day(r.toValue) : '(để trống)'}`;
    case 'extension':
      return `đến ${day(r.toValue)}${r.fromValue ? ` (trước đó: ${day(r.fromValue)})` : ''}${r.onDate ? `, quyết định ngày ${isoToDisplay(r.onDate)}` : ''}`;
    case 'assessment':
      return [ASSESSMENT_WORDS[r.toValue] ?? r.toValue, r.onDate ? `ngày ${isoToDisplay(r.onDate)}` : ''].filter(Boolean).join(', ');
    default:
      return [r.toValue, r.onDate ? `ngày ${isoToDisplay(r.onDate)}` : ''].filter(Boolean).join(', ');
  }
}

/** Edits typed in one sitting (autosave writes while she types) read as one change. */
export const MERGE_WITHIN_MS = 10 * 60_000;
const MERGED: ReadonlySet<HistoryKind> = new Set(['status', 'result', 'deadline']);

/**
 * The lines to show, oldest first. Consecutive edits of the same kind within ten minutes read as one
 * (from the first value to the last), since autosave records a result note while it is being typed;
 * an edit that ends where it began is left out.
 */
export function historyLines(rows: readonly HistoryRecord[]): HistoryLine[] {
  const merged: HistoryRecord[] = [];
  for (const r of rows) {
    const prev = merged[merged.length - 1];
    if (prev && MERGED.has(r.kind) && prev.kind === r.kind && Date.parse(r.createdAt) - Date.parse(prev.createdAt) <= MERGE_WITHIN_MS) {
      merged[merged.length - 1] = { ...r, fromValue: prev.fromValue };
    } else {
      merged.push(r);
    }
  }
  return merged
    .filter((r) => !(MERGED.has(r.kind) && r.fromValue === r.toValue))
    .map((r) => ({ id: r.id, kind: r.kind, createdAt: r.createdAt, label: HISTORY_KIND_LABELS[r.kind] ?? r.kind, text: textOf(r), reason: r.reason }));
}

/** Extending a recommendation's deadline. */
export const ExtendRequest = z
  .object({ recommendationId: Id, newDeadline: IsoDate, reason: z.string().max(2000), decidedDate: IsoDate })
  .strict();
export type ExtendRequest = z.infer<typeof ExtendRequest>;
