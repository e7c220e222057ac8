// `xlsx [--campaign MÃ] [--date dd/mm/yyyy] [--out TỆP.xlsx] [--force]`: the follow-up tracker and
// the figures of one campaign (or all) as an Excel workbook, the same file as the app's "Xuất Excel".
import { Id } from '../../../shared/records';
import { localToday } from '../../../shared/vi/dates';
import { buildWorkbook, xlsxFileName } from '../xlsx/workbook';
import { UsageError } from './args';
import type { Context } from './commands';
import { outputPath, requireDate, withCore, write } from './documents';

export interface XlsxOptions { campaign?: string; date?: string; out?: string; force: boolean }

export async function xlsx(ctx: Context, o: XlsxOptions, now: Date = new Date()): Promise<void> {
  if (o.campaign !== undefined && !Id.safeParse(o.campaign).success) {
    throw new UsageError(`Mã đợt kiểm tra không đúng dạng: "${o.campaign}".`);
  }
  const today = o.date === undefined ? localToday(now) : requireDate(o.date, 'ngày tính hạn');
  if (o.out) outputPath(ctx, o.out, '', o.force, '.xlsx');
  const req = { campaignId: o.campaign, today };
  const made = await withCore(ctx, async (core) => ({ bytes: await buildWorkbook(core.records, req, now), name: xlsxFileName(core.records, req) }));
  const target = outputPath(ctx, o.out, made.name, o.force, '.xlsx');
  write(target, made.bytes);
  ctx.out(`Đã xuất bảng tính theo dõi kiến nghị và số liệu: ${target}`);
}
