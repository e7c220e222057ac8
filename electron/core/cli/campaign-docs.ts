// `report` and `reminder`: the campaign's summary report and a reminder letter to a unit with
// overdue recommendations, as a draft (nothing registered) or issued with --issue (the next number,
// frozen in the register, like the app's "Báo cáo, đôn đốc" tab).
import type { CampaignDocRequest } from '../../../shared/campaign-report/types';
import type { Core } from '../core';
import { UsageError } from './args';
import { Id } from '../../../shared/records';
import { CommandFailure, type Context } from './commands';
import { outputPath, requireDate, withCore, write, writeIssuedFile } from './documents';

export interface CampaignDocOptions {
  out?: string;
  date?: string;
  force: boolean;
  issue: boolean;
  campaign?: string;
  reportBy?: string;
}

/** An id typed on the command line; `what` names it ("mã đợt kiểm tra"). */
function requireId(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`Thiếu ${what}. Dùng lệnh list để xem các mã.`);
  if (!Id.safeParse(value).success) throw new UsageError(`${what[0].toLocaleUpperCase('vi')}${what.slice(1)} không đúng dạng: "${value}".`);
  return value;
}

const LABEL = { report: 'báo cáo kết quả kiểm tra', reminder: 'công văn đôn đốc' } as const;

async function make(ctx: Context, req: CampaignDocRequest, o: CampaignDocOptions): Promise<void> {
  const label = LABEL[req.kind];
  if (o.issue && !req.issuedDate) throw new UsageError('Ban hành (--issue) cần ngày ban hành: --date dd/mm/yyyy.');
  // A given --out is checked before any number is taken.
  if (o.out) outputPath(ctx, o.out, '', o.force);
  await withCore(ctx, async (core: Core) => {
    if (!o.issue) {
      const draft = await core.campaignDocs.renderDraft(req);
      for (const w of draft.model.warnings) ctx.out(`Lưu ý: ${w}`);
      // What issuing would refuse for: the draft is made anyway (marked DỰ THẢO), but she must know.
      for (const m of draft.model.missing) ctx.out(`Còn thiếu trước khi ban hành: ${m}`);
      const target = outputPath(ctx, o.out, draft.fileName, o.force);
      write(target, draft.bytes);
      ctx.out(`Đã lập bản dự thảo ${label} (chưa có số, không vào sổ đăng ký): ${target}`);
      return;
    }
    const preview = core.campaignDocs.nextNumber(req);
    if (preview.missing.length) throw new CommandFailure(`Chưa ban hành được ${label}:\n${preview.missing.map((m) => `  - ${m}`).join('\n')}`);
    const before = new Set(core.campaignDocs.list(req.campaignId).map((d) => d.id));
    const record = await core.campaignDocs.issue({ ...req, issuedDate: req.issuedDate! });
    writeIssuedFile(ctx, label, record, core.campaignDocs.issuedFile(record.id).bytes, o, before.has(record.id));
  });
}

/** `report MÃ_ĐỢT [--date dd/mm/yyyy] [--out TỆP.docx] [--force] [--issue]` */
export async function report(ctx: Context, idArg: string | undefined, o: CampaignDocOptions): Promise<void> {
  const campaignId = requireId(idArg, 'mã đợt kiểm tra');
  const issuedDate = o.date ? requireDate(o.date) : undefined;
  await make(ctx, { campaignId, kind: 'report', ...(issuedDate ? { issuedDate } : {}) }, o);
}

/** `reminder MÃ_ĐƠN_VỊ --campaign MÃ_ĐỢT [--date …] [--report-by …] [--out …] [--force] [--issue]` */
export async function reminder(ctx: Context, idArg: string | undefined, o: CampaignDocOptions): Promise<void> {
  const unitId = requireId(idArg, 'mã đơn vị');
  if (!o.campaign) throw new UsageError('Thiếu đợt kiểm tra: --campaign MÃ_ĐỢT (xem mã bằng lệnh list).');
  const campaignId = requireId(o.campaign, 'mã đợt kiểm tra');
  const issuedDate = o.date ? requireDate(o.date) : undefined;
  const reportBy = o.reportBy ? requireDate(o.reportBy, 'hạn báo cáo') : undefined;
  await make(ctx, { campaignId, kind: 'reminder', unitId, ...(issuedDate ? { issuedDate } : {}), ...(reportBy ? { reportBy } : {}) }, o);
}
