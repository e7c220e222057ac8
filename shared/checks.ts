// Cross-field rules of an inspection. They are warnings shown beside the fields concerned and never a
// reason to refuse a save: what she typed is kept, and she decides (records.ts keeps no refine for them).
import type { Inspection } from './records';
import { isoToDisplay } from './vi/dates';

/** "Đến ngày" before "Từ ngày", or a meeting outside the inspection days; null when in order. */
export function dateOrderWarning(i: Pick<Inspection, 'dateFrom' | 'dateTo' | 'meetingDate'>): string | null {
  if (i.dateFrom && i.dateTo && i.dateTo < i.dateFrom) {
    return `Đến ngày (${isoToDisplay(i.dateTo)}) sớm hơn Từ ngày (${isoToDisplay(i.dateFrom)}).`;
  }
  if (i.meetingDate && i.dateFrom && i.meetingDate < i.dateFrom) {
    return `Ngày họp (${isoToDisplay(i.meetingDate)}) sớm hơn ngày bắt đầu kiểm tra (${isoToDisplay(i.dateFrom)}).`;
  }
  return null;
}
