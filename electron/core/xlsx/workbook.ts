// The Excel export (xlsx.save, the `xlsx` command): the follow-up tracker and the figures of each
// campaign in one workbook, built with exceljs from the same repositories as the screens.
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { SavedFile } from '../../../shared/documents/types';
import { CoreError } from '../errors';
import type { Platform } from '../platform';
import { listFollowUp } from '../repos/followup';
import type { Records } from '../repos/records';
import { figuresTable } from './figures-sheet';
import { followUpTable, statusLabelWithin, type StatusLabel } from './followup-sheet';
import { addTableSheet } from './sheet';

export interface XlsxRequest {
  /** One campaign, or every campaign (one figures sheet each, newest first). */
  campaignId?: string;
  /** The day statuses are counted from ("quá hạn" on that day). */
  today: string;
  /** "Sắp đến hạn" days; the stored setting (Settings.dueSoonDays) when not given. */
  dueSoonDays?: number;
  statusLabel?: StatusLabel;
}

export async function buildWorkbook(r: Records, req: XlsxRequest, now: Date): Promise<Uint8Array> {
  const campaign = req.campaignId ? r.getCampaign(req.campaignId) : null;
  if (campaign === undefined) throw new CoreError('NOT_FOUND', 'Không tìm thấy đợt kiểm tra (có thể đã bị xóa).');
  const campaigns = campaign ? [campaign] : r.listCampaigns();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'BienBan';
  wb.created = now;
  wb.modified = now;
  const inspections = r.listInspections(req.campaignId);
  addTableSheet(wb, followUpTable(listFollowUp(r, req.campaignId), campaigns, inspections, req.today, req.statusLabel ?? statusLabelWithin(r.settings.dueSoonDays(req.dueSoonDays))));
  for (const c of campaigns) {
    const units = inspections.filter((i) => i.campaignId === c.id).map((i) => ({
      unitName: i.unitName, teamNumber: i.teamNumber, dateFrom: i.dateFrom, dateTo: i.dateTo, figures: r.t.figures.children(i.id),
    }));
    addTableSheet(wb, figuresTable(c, units));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function xlsxFileName(r: Records, req: Pick<XlsxRequest, 'campaignId' | 'today'>): string {
  const year = req.campaignId ? r.getCampaign(req.campaignId)?.year : undefined;
  return `${req.today} Theo dõi kiến nghị và số liệu ${year ?? 'các đợt'}.xlsx`;
}

/** `xlsx.save`: the workbook through the platform's save dialog. */
export async function saveXlsx(r: Records, platform: Platform, req: XlsxRequest, now: Date): Promise<SavedFile> {
  const bytes = await buildWorkbook(r, req, now);
  const suggestedName = xlsxFileName(r, req);
  const chosen = await platform.saveFile({ suggestedName, bytes });
  return { path: chosen, fileName: chosen ? path.basename(chosen) : suggestedName };
}
