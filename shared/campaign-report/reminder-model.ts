// The reminder letter (công văn đôn đốc) to a unit whose remedies are overdue, as a pure model.
// A công văn (docs/documents.md §1.4, NĐ 30 Mẫu 1.2): no type name, "Số: 15/SNV-CCHC", the
// "V/v …" line under the number, "Kính gửi:", the body, Nơi nhận and the signature.
import type { Block } from '../documents/model-types';
import { recipientLines } from '../documents/recipients';
import { subjectOf } from '../documents/sections/context';
import { fitLines, recipientsCell } from '../documents/sections/signatures';
import { signerBlock } from '../documents/signing';
import { citation, citeDate, periodText, stripEnd, upperFirst } from '../documents/wording';
import type { Recommendation } from '../records';
import { archiveUnitOf, campaignDocSymbol, campaignSigner, headerOf } from './common';
import type { CampaignDocInput, CampaignDocOptions, IssuedRef, ReportUnit } from './input';
import type { CampaignDocModel } from './model-types';
import { nfcDeep, unitNameOf } from './report-model';
import { deadlineCited, isOverdue, stateLabel, stateOn } from './state';

const para = (text: string, keepNext?: boolean): Block => ({ kind: 'paragraph', runs: [{ text }], ...(keepNext ? { keepNext } : {}) });

/** Days a unit is given to report back when no date is chosen. */
export const DEFAULT_REPORT_DAYS = 15;

export interface ReminderOptions extends CampaignDocOptions {
  unitId: string;
  /** The date by which the unit reports (ISO); default: 15 days after the letter. */
  reportBy?: string | null;
}

export interface OverdueItem { unit: ReportUnit; recommendation: Recommendation; conclusion: IssuedRef | null }

/** The recommendations of a unit's inspections in the campaign that are overdue on `day`. */
export function overdueOf(input: CampaignDocInput, unitId: string, day: string): OverdueItem[] {
  return input.units
    .filter((u) => u.inspection.unitId === unitId)
    .flatMap((u) => u.inspection.recommendations
      .filter((r) => r.content.trim() && isOverdue(r, day, u.follow?.[r.id]))
      .map((recommendation) => ({ unit: u, recommendation, conclusion: u.conclusion })));
}

/** Units of the campaign with overdue recommendations on `day`, and how many. */
export function unitsWithOverdue(input: CampaignDocInput, day: string): { unitId: string; unitName: string; overdue: number }[] {
  const out = new Map<string, { unitId: string; unitName: string; overdue: number }>();
  for (const u of input.units) {
    const id = u.inspection.unitId;
    if (!id) continue;
    const n = u.inspection.recommendations.filter((r) => r.content.trim() && isOverdue(r, day, u.follow?.[r.id])).length;
    if (!n) continue;
    const row = out.get(id) ?? { unitId: id, unitName: unitNameOf(u), overdue: 0 };
    row.overdue += n;
    out.set(id, row);
  }
  return [...out.values()];
}

const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export function reminderReportBy(opts: Pick<ReminderOptions, 'issuedDate' | 'today' | 'reportBy'>): string {
  return opts.reportBy ?? addDays(opts.issuedDate ?? opts.today, DEFAULT_REPORT_DAYS);
}

const refText = (c: IssuedRef | null): string => (c ? `Thông báo số ${c.numberText} ngày ${citeDate(c.issuedDate)}` : 'chưa ban hành thông báo kết luận');

export function buildReminderModel(input: CampaignDocInput, opts: ReminderOptions): CampaignDocModel {
  const h = headerOf('reminder', input, opts);
  const warnings = [...h.warnings];
  const missing: string[] = [];
  const c = input.campaign;
  const subject = subjectOf(c);
  const day = opts.issuedDate ?? opts.today;
  const mine = input.units.filter((u) => u.inspection.unitId === opts.unitId);
  const unitName = mine[0] ? unitNameOf(mine[0]) : 'đơn vị';
  if (!mine.length) missing.push('Đơn vị này không có cuộc kiểm tra nào trong đợt kiểm tra.');
  const items = overdueOf(input, opts.unitId, day);
  if (mine.length && !items.length) missing.push(`${unitName} không có kiến nghị nào quá hạn đến ngày ${citeDate(day)}.`);
  const sym = campaignDocSymbol('reminder', input.settings, archiveUnitOf(input));
  if (!sym.ok) missing.push(sym.message);
  const signer = campaignSigner(input, h.settings);
  if (!signer.name.trim()) {
    missing.push('Chưa có họ tên người ký công văn: hãy ghi người ký thông báo kết luận (do cơ quan ban hành ký) ở một cuộc kiểm tra của đợt.');
  }
  for (const u of mine) if (!u.conclusion) warnings.push(`Cuộc kiểm tra tại ${unitName} chưa ban hành thông báo kết luận.`);
  const reportBy = reminderReportBy(opts);
  if (reportBy <= day) missing.push(`Hạn báo cáo (${citeDate(reportBy)}) phải sau ngày của công văn (${citeDate(day)}).`);

  const plan = citation('Kế hoạch', c.plan);
  const inspections = mine.map((u) => {
    const when = periodText(u.inspection.dateFrom, u.inspection.dateTo);
    return `${when ? `${when} ` : ''}${u.conclusion ? `và ban hành ${refText(u.conclusion)} kết luận kiểm tra` : ''}`.trim();
  }).filter(Boolean);
  const opening =
    `${plan ? `Thực hiện ${plan}, ` : ''}Đoàn kiểm tra đã kiểm tra ${subject} năm ${c.year} tại ${unitName}` +
    `${inspections.length ? ` ${inspections.join('; ')}` : ''}.`;
  const lead = `Đến ngày ${citeDate(day)}, ${h.issuer.sentence} chưa nhận được báo cáo hoàn thành ${items.length > 1 ? `${items.length} kiến nghị` : 'kiến nghị'} ` +
    'sau đây, đã quá thời hạn khắc phục:';
  const table: Block = {
    kind: 'table', columns: ['TT', 'Nội dung kiến nghị', 'Thời hạn khắc phục', 'Theo văn bản', 'Tình trạng'],
    widths: [6, 42, 16, 19, 17], center: [0, 2], left: [1, 3, 4],
    rows: items.map((x, k) => [
      String(k + 1), upperFirst(stripEnd(x.recommendation.content.trim())), deadlineCited(x.recommendation, citeDate),
      x.conclusion ? `Thông báo số ${x.conclusion.numberText} ngày ${citeDate(x.conclusion.issuedDate)}` : 'Chưa ban hành thông báo kết luận',
      stateLabel(stateOn(x.recommendation, day, x.unit.follow?.[x.recommendation.id])),
    ]),
  };
  const recipients = recipientLines([unitName, 'Thành viên Đoàn kiểm tra'], archiveUnitOf(input));
  const vv = `V/v đôn đốc thực hiện kiến nghị sau kiểm tra ${subject} năm ${c.year}`;
  const model: CampaignDocModel = {
    kind: 'reminder', number: opts.number, issuedDate: opts.issuedDate, draft: opts.number === null,
    symbol: h.symbol, numberText: h.numberText, year: c.year, title: `Đôn đốc thực hiện kiến nghị - ${unitName}`, author: h.issuer.sentence,
    text: {
      co_quan_chu_quan: h.issuer.superior,
      co_quan_ban_hanh: h.issuer.body,
      so_ky_hieu: `Số: ${h.numberText}`,
      dia_danh_ngay: h.dateLine,
      trich_yeu: vv,
      nam: String(c.year),
      kinh_gui: unitName,
      han_bao_cao: `ngày ${citeDate(reportBy)}`,
    },
    blocks: {
      mo_dau: [para(upperFirst(opening)), para(lead, true)],
      kien_nghi_qua_han: items.length ? [table] : [],
      ket_thuc: [para(
        `${h.issuer.sentence} đề nghị ${unitName} khẩn trương chỉ đạo khắc phục các nội dung trên và báo cáo kết quả bằng văn bản về ` +
          `${h.issuer.sentence} trước ngày ${citeDate(reportBy)}./.`, true,
      )],
      chu_ky: [{
        kind: 'signatures', widths: [39, 61],
        rows: [{ left: recipientsCell(recipients), right: fitLines({ kind: 'signer', ...signerBlock(signer) }, 30) }],
      }],
    },
    charts: [], warnings: [...new Set(warnings)], missing,
  };
  return nfcDeep(model);
}
