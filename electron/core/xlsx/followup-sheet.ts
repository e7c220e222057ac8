// The follow-up tracker as a worksheet: one row per recommendation, where it was made, its deadline
// (a date cell, or the wording when it has no date) and where it stands on `today`.
import { defaultStateOf } from '../../../shared/charts/data';
import { FOLLOW_STATUS_LABELS } from '../../../shared/follow-up/status';
import { rowStatus, type FollowUpRow } from '../../../shared/followup';
import type { Campaign, InspectionSummary } from '../../../shared/records';
import type { Column, SheetTable } from './sheet';

/**
 * The status shown for a recommendation on a day: the states the campaign chart counts by
 * (shared/charts/data.ts: done, overdue, in progress, not started), and "Sắp đến hạn" for a deadline
 * within the days in force, exactly where the tracker says so; the follow-up rules may pass a finer one.
 */
export type StatusLabel = (row: FollowUpRow, today: string) => string;
export const statusLabelWithin = (dueSoonDays: number): StatusLabel => (row, today) =>
  rowStatus(row, today, dueSoonDays).status === 'due_soon' ? FOLLOW_STATUS_LABELS.due_soon : defaultStateOf(row, today).label;

const COLUMNS: Column[] = [
  { header: 'STT', kind: 'count' },
  { header: 'Đợt kiểm tra', kind: 'text', maxWidth: 40 },
  { header: 'Đoàn số', kind: 'count' },
  { header: 'Đơn vị được kiểm tra', kind: 'text', maxWidth: 35 },
  { header: 'Kiểm tra từ ngày', kind: 'date' },
  { header: 'Đến ngày', kind: 'date' },
  { header: 'Kiến nghị số', kind: 'count' },
  { header: 'Nội dung kiến nghị', kind: 'text', maxWidth: 70 },
  // A date cell when the deadline is a date; otherwise its wording as text ("khắc phục ngay").
  { header: 'Thời hạn khắc phục', kind: 'date', maxWidth: 30 },
  { header: 'Trạng thái', kind: 'text' },
  { header: 'Kết quả khắc phục', kind: 'text', maxWidth: 50 },
];

export function followUpTable(
  rows: readonly FollowUpRow[],
  campaigns: readonly Pick<Campaign, 'id' | 'year' | 'title'>[],
  inspections: readonly Pick<InspectionSummary, 'id' | 'dateFrom' | 'dateTo'>[],
  today: string,
  statusLabel: StatusLabel,
): SheetTable {
  const campaignOf = new Map(campaigns.map((c) => [c.id, c.title.trim() ? `${c.year} – ${c.title.trim()}` : String(c.year)]));
  const inspectionOf = new Map(inspections.map((i) => [i.id, i]));
  return {
    name: 'Theo dõi kiến nghị',
    columns: COLUMNS,
    rows: rows.map((row, k) => {
      const r = row.recommendation;
      const i = inspectionOf.get(row.inspectionId);
      return [
        k + 1, campaignOf.get(row.campaignId) ?? String(row.year), row.teamNumber, row.unitName, i?.dateFrom ?? null,
        i?.dateTo ?? row.dateTo, row.number, r.content.trim(), r.remedyDeadline ?? (r.remedyDeadlineNote.trim() || null),
        statusLabel(row, today), r.statusNote.trim() || null,
      ];
    }),
  };
}
