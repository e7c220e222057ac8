// The campaign's own documents: drafts (never registered), issuing with the next number of the
// symbol's series (frozen in campaign_documents with its checksum), saving issued files. A reminder
// notes itself in each recommendation's history, in the same transaction.
import crypto from 'node:crypto';
import path from 'node:path';
import { buildReminderModel, overdueOf, reminderReportBy, unitsWithOverdue } from '../../../shared/campaign-report/reminder-model';
import { buildReportModel } from '../../../shared/campaign-report/report-model';
import type { CampaignDocModel } from '../../../shared/campaign-report/model-types';
import type {
  CampaignDocRecord, CampaignDocRequest, CampaignIssuePreview, CampaignIssueRequest, OverdueUnit,
} from '../../../shared/campaign-report/types';
import { formatDocNumber, localIsoDate, yearOf } from '../../../shared/documents/numbering';
import { citeDate } from '../../../shared/documents/wording';
import type { SavedFile } from '../../../shared/documents/types';
import { CoreError } from '../errors';
import type { Platform } from '../platform';
import type { Records } from '../repos/records';
import type { ActiveTemplate, TemplateStore } from '../templates/store';
import { assertFileName } from '../documents/file-name';
import { chartImages } from './charts';
import { loadCampaignInput } from './context';
import { campaignDocFileName } from './file-name';
import { generateCampaignDocument } from './generate';
import { CampaignRegister, type CampaignRegisterRow } from './register';
import { noteReminderSent } from './reminder-history';

export interface CampaignDocService {
  list(campaignId: string): CampaignDocRecord[];
  overdueUnits(campaignId: string, today?: string): OverdueUnit[];
  nextNumber(req: CampaignDocRequest): CampaignIssuePreview;
  renderDraft(req: CampaignDocRequest, template?: ActiveTemplate): Promise<{ bytes: Uint8Array; fileName: string; model: CampaignDocModel }>;
  saveDraft(req: CampaignDocRequest): Promise<SavedFile>;
  issue(req: CampaignIssueRequest): Promise<CampaignDocRecord>;
  issuedFile(id: string): { record: CampaignDocRecord; bytes: Uint8Array };
  saveIssued(id: string): Promise<SavedFile>;
}

const ISSUE_ATTEMPTS = 10;

export function createCampaignDocService(deps: { records: Records; platform: Platform; templates: TemplateStore }): CampaignDocService {
  const { records, platform, templates } = deps;
  const register = new CampaignRegister(records.db, () => records.now());
  const today = (): string => localIsoDate(new Date(records.now()));

  function checkRequest(req: CampaignDocRequest): void {
    if (req.kind === 'reminder' && !req.unitId) throw new CoreError('INVALID_INPUT', 'Chưa chọn đơn vị nhận công văn đôn đốc.');
    if (req.kind === 'report' && req.unitId) throw new CoreError('INVALID_INPUT', 'Báo cáo kết quả kiểm tra là của cả đợt kiểm tra, không gửi riêng một đơn vị.');
    if (req.kind === 'report' && req.reportBy) throw new CoreError('INVALID_INPUT', 'Hạn báo cáo chỉ dùng cho công văn đôn đốc.');
  }

  function build(req: CampaignDocRequest, number: number | null, issuedDate: string | null, replaces?: CampaignDocRegisterRef | null): CampaignDocModel {
    checkRequest(req);
    const input = loadCampaignInput(records, req.campaignId);
    const opts = { number, issuedDate, today: issuedDate ?? req.issuedDate ?? today(), replaces: replaces ?? null };
    return req.kind === 'report' ? buildReportModel(input, opts) : buildReminderModel(input, { ...opts, unitId: req.unitId!, reportBy: req.reportBy ?? null });
  }

  const unitNameOf = (unitId: string | null): string => (unitId ? records.t.units.get(unitId, true)?.name ?? '' : '');

  const toRecord = (r: CampaignRegisterRow): CampaignDocRecord => ({
    id: r.id, campaignId: r.campaignId, unitId: r.unitId, unitName: unitNameOf(r.unitId), kind: r.kind, number: r.number, year: r.year,
    symbol: r.symbol, numberText: formatDocNumber(r.number, r.symbol), issuedDate: r.issuedDate, version: r.version,
    supersedesId: r.supersedesId, fileName: r.fileName, sha256: r.sha256, size: r.size, templateName: r.templateName,
    recommendationIds: r.recommendationIds, reportBy: r.reportBy, createdAt: r.createdAt,
  });

  /** What refuses a date of issue: after today, or before the document numbered just before it. */
  function dateRefusals(symbol: string, date: string): string[] {
    const out: string[] = [];
    if (date > today()) out.push(`Ngày ban hành ${citeDate(date)} chưa đến (hôm nay là ${citeDate(today())}).`);
    const last = register.lastDate(symbol, yearOf(date));
    if (last && last.issuedDate > date) {
      out.push(`Văn bản số ${formatDocNumber(last.number, symbol)} đã ban hành ngày ${citeDate(last.issuedDate)}: văn bản số sau không được ghi ngày sớm hơn.`);
    }
    return out;
  }

  function nextNumber(req: CampaignDocRequest): CampaignIssuePreview {
    const date = req.issuedDate ?? today();
    const model = build(req, null, date);
    return {
      numberText: formatDocNumber(register.nextNumber(model.symbol, yearOf(date)), model.symbol),
      warnings: model.warnings, missing: [...model.missing, ...dateRefusals(model.symbol, date)],
    };
  }

  async function renderDraft(req: CampaignDocRequest, template?: ActiveTemplate) {
    const model = build(req, null, null);
    const tpl = template ?? (await templates.active(req.kind));
    const bytes = await generateCampaignDocument(tpl.bytes, model, chartImages(model));
    const fileName = campaignDocFileName({ kind: req.kind, numberText: null, issuedDate: null, year: model.year, unitName: unitNameOf(req.unitId ?? null) });
    return { bytes, fileName, model };
  }

  async function save(suggestedName: string, bytes: Uint8Array): Promise<SavedFile> {
    const chosen = await platform.saveFile({ suggestedName, bytes });
    return { path: chosen, fileName: chosen ? path.basename(chosen) : suggestedName };
  }

  async function issue(req: CampaignIssueRequest): Promise<CampaignDocRecord> {
    const date = req.issuedDate;
    const year = yearOf(date);
    const unitId = req.kind === 'reminder' ? req.unitId! : null;
    const check = build(req, null, date);
    const blocked = [...check.missing, ...dateRefusals(check.symbol, date)];
    if (blocked.length) {
      throw new CoreError('DOC_INCOMPLETE', `Chưa ban hành được ${req.kind === 'report' ? 'báo cáo' : 'công văn'}:\n${blocked.map((m) => `- ${m}`).join('\n')}`);
    }
    const tpl = await templates.active(req.kind);
    for (let attempt = 0; attempt < ISSUE_ATTEMPTS; attempt++) {
      // Generated outside the transaction with a tentative number; the transaction takes it only if still free.
      const number = register.nextNumber(check.symbol, year);
      const prev = register.latest(req.campaignId, req.kind, unitId);
      const replaces = prev && req.kind === 'report' ? { numberText: formatDocNumber(prev.number, prev.symbol), issuedDate: prev.issuedDate } : null;
      const model = build(req, number, date, replaces);
      const fingerprint = printedFingerprint(model);
      const same = prev && register.get(prev.id) && prev.fingerprint === fingerprint && prev.issuedDate === date && prev.templateSha256 === tpl.sha256;
      if (same) return toRecord(prev);
      const bytes = await generateCampaignDocument(tpl.bytes, model, chartImages(model), { time: new Date(records.now()).toISOString() });
      const fileName = campaignDocFileName({ kind: req.kind, numberText: model.numberText, issuedDate: date, year: model.year, unitName: unitNameOf(unitId) });
      assertFileName(fileName);
      const recommendationIds = req.kind === 'reminder'
        ? overdueOf(loadCampaignInput(records, req.campaignId), unitId!, date).map((x) => x.recommendation.id)
        : [];
      const row = records.db.transaction((): CampaignRegisterRow | null => {
        if (register.nextNumber(check.symbol, year) !== number) return null;
        const inserted = register.insert({
          campaignId: req.campaignId, unitId, kind: req.kind, symbol: model.symbol, year, number, issuedDate: date,
          templateName: tpl.name, templateSha256: tpl.sha256, fingerprint, fileName, content: bytes,
          recommendationIds, reportBy: req.kind === 'reminder' ? reminderReportBy({ issuedDate: date, today: date, reportBy: req.reportBy ?? null }) : null,
        });
        if (recommendationIds.length) noteReminderSent(records.db, records.now(), recommendationIds, inserted.id, date, model.numberText);
        return inserted;
      }).immediate();
      if (row) return toRecord(row);
    }
    throw new CoreError('NUMBER_BUSY', 'Không lấy được số văn bản vì đang có văn bản khác được ban hành cùng lúc. Hãy bấm ban hành lại.');
  }

  function issuedFile(id: string) {
    const row = register.get(id);
    const content = row && register.content(id);
    if (!row || !content) throw new CoreError('NOT_FOUND', 'Không tìm thấy văn bản đã ban hành này trong sổ đăng ký.');
    if (!content.intact) {
      throw new CoreError('DOC_CORRUPT', `Nội dung văn bản ${formatDocNumber(row.number, row.symbol)} trong sổ đăng ký không còn khớp mã kiểm tra (SHA-256) đã lưu khi ban hành. Không lưu bản này; hãy khôi phục dữ liệu từ bản sao lưu.`);
    }
    return { record: toRecord(row), bytes: content.bytes };
  }

  return {
    list: (campaignId) => register.list(campaignId).map(toRecord),
    overdueUnits: (campaignId, day) => unitsWithOverdue(loadCampaignInput(records, campaignId), day ?? today()),
    nextNumber,
    renderDraft,
    async saveDraft(req) {
      const { bytes, fileName } = await renderDraft(req);
      return save(fileName, bytes);
    },
    issue,
    issuedFile,
    async saveIssued(id) {
      const { record, bytes } = issuedFile(id);
      return save(record.fileName, bytes);
    },
  };
}

type CampaignDocRegisterRef = { numberText: string; issuedDate: string };

/**
 * What a document prints apart from its number and date line: equal for a repeated click on
 * "Ban hành" with unchanged records, which then returns the document already issued.
 */
function printedFingerprint(m: CampaignDocModel): string {
  const { so_ky_hieu: _n, dia_danh_ngay: _d, ...text } = m.text;
  // The sentence naming the version a new one replaces is not content.
  const blocks = { ...m.blocks, mo_dau: (m.blocks.mo_dau ?? []).filter((b) => !(b.kind === 'paragraph' && /^Báo cáo này thay thế/u.test(b.runs[0]?.text ?? ''))) };
  return crypto.createHash('sha256').update(JSON.stringify({ kind: m.kind, symbol: m.symbol, text, blocks, charts: m.charts })).digest('hex');
}
