// Documents of an inspection: drafts (no number, never registered), issuing with the register's
// next number (the issued file is frozen in the register with its checksum), saving and opening.
import fs from 'node:fs';
import path from 'node:path';
import { type DocType } from '../../../shared/documents/fields';
import {
  blockedMessage, dateChecks, type IssuePreview, type PreviousNumber, unconfirmed, unconfirmedMessage,
} from '../../../shared/documents/issue-checks';
import { buildModel, modelFingerprint, type DocumentModel } from '../../../shared/documents/model';
import {
  documentSymbol, formatDocNumber, localIsoDate, SETTINGS_MISSING, yearOf,
} from '../../../shared/documents/numbering';
import { markPreviewBlanks } from '../../../shared/documents/paper';
import type { DocumentDispatch, DocumentRecord, EmailAttach, SavedFile } from '../../../shared/documents/types';
import { IsoDate, type Inspection, type IssuerSettings } from '../../../shared/records';
import { CoreError } from '../errors';
import type { AttachmentStore } from '../files/attachments';
import type { Platform } from '../platform';
import type { Records } from '../repos/records';
import type { ActiveTemplate, TemplateStore } from '../templates/store';
import { campaignIssuer, loadModelInput } from './context';
import { emailDraft, type EmailFile } from './email';
import { assertFileName, documentFileName } from './file-name';
import { templateFields } from './fill';
import { generateDocument } from './generate';
import { DocumentRegister, numberTextOf, type RegisterRow } from './register';
import { createSignedCopies } from './signed-copy';
import { createStaleness } from './staleness';

export interface DocumentService {
  list(inspectionId: string): DocumentRecord[];
  /**
   * The number issuing would give today (or on `issuedDate`, ISO), e.g. "05/BB-ĐKT", and what stands
   * in the way: missing items, dates refused, points to confirm (shared/documents/issue-checks.ts).
   */
  nextNumber(inspectionId: string, type: DocType, issuedDate?: string): IssuePreview;
  saveDraft(inspectionId: string, type: DocType): Promise<SavedFile>;
  /**
   * Takes the next number and freezes the document. Refused, before any number is taken, while a fact
   * is missing or the date is out of order, and while a point to confirm is not in `acceptWarnings`
   * (the keys of the checks she confirmed; a new or changed point needs a new confirmation).
   */
  issue(inspectionId: string, type: DocType, issuedDate: string, acceptWarnings?: readonly string[]): Promise<DocumentRecord>;
  saveIssued(id: string): Promise<SavedFile>;
  /**
   * An issued document as an e-mail draft (.eml) with the frozen .docx attached, or the scans of the
   * signed copy instead ('signed') or as well ('both'); refused when a signed copy is asked for and none is on file.
   */
  saveEmail(id: string, attach?: EmailAttach): Promise<SavedFile>;
  /** Files a scan of the signed document (checked by content, copied into the data folder); the record after. */
  attachSigned(id: string, req: { fileName: string; bytes: Uint8Array; signedDate?: string | null }): DocumentRecord;
  /** Records when it was signed and when and to whom it was sent; the record after. */
  setDispatch(id: string, req: { signedDate: string | null; sentDate: string | null; sentTo: string }): DocumentRecord;
  /** Opens a stored scan of a signed copy with the system's viewer (checked intact first). */
  openSigned(attachmentId: string): Promise<null>;
  open(path: string): Promise<null>;
  showInFolder(path: string): null;
  /**
   * A draft's bytes and the name to offer, without a dialog (the command line); `template` overrides
   * the active one. `opts.issuedDate` prints that date on the date line (the preview of the date she
   * chose); `opts.marked` marks the blanks for the preview (shared/documents/paper.ts), never for a file.
   */
  renderDraft(
    inspectionId: string, type: DocType, template?: ActiveTemplate, opts?: { issuedDate?: string; marked?: boolean },
  ): Promise<{ bytes: Uint8Array; fileName: string }>;
  /** An issued document's frozen bytes, checked against its checksum. */
  issuedFile(id: string): { record: DocumentRecord; bytes: Uint8Array };
}

export interface DocumentServiceDeps {
  records: Records;
  platform: Platform;
  templates: TemplateStore;
  attachments: AttachmentStore;
}

/** Extensions documents.open hands to the operating system (never a program or a script). */
const OPENABLE = new Set(['.docx', '.pdf', '.eml']);
/** How often issuing tries again when another issue took the number while this one was generating. */
const ISSUE_ATTEMPTS = 10;

export function createDocumentService(deps: DocumentServiceDeps): DocumentService {
  const { records, platform, templates } = deps;
  const register = new DocumentRegister(records.db, () => records.now());
  const staleness = createStaleness({ records });
  const signed = createSignedCopies({ db: () => records.db, attachments: deps.attachments, now: () => records.now() });

  interface Prepared { inspection: Inspection; settings: IssuerSettings; symbol: string; unitName: string; unitEmail: string }

  /** Everything a document of `type` needs besides the model; Vietnamese errors for what is missing. */
  function prepare(inspectionId: string, type: DocType): Prepared {
    const inspection = records.getInspection(inspectionId);
    if (!inspection) throw new CoreError('NOT_FOUND', 'Không tìm thấy cuộc kiểm tra (có thể đã bị xóa).');
    const settings = campaignIssuer(records, inspection.campaignId);
    if (!settings) throw new CoreError('SETTINGS_MISSING', SETTINGS_MISSING);
    const sym = documentSymbol(type, settings, inspection.docOptions.conclusionIssuer);
    if (!sym.ok) throw new CoreError('SETTINGS_MISSING', sym.message);
    const unit = inspection.unitId ? records.t.units.get(inspection.unitId, true) : undefined;
    return { inspection, settings, symbol: sym.symbol, unitName: unit?.name ?? '', unitEmail: unit?.email ?? '' };
  }

  /** Today in the secretary's calendar (the clock is the core's, so tests can fix it). */
  const today = (): string => localIsoDate(new Date(records.now()));

  function checkDate(issuedDate: string): void {
    if (!IsoDate.safeParse(issuedDate).success) {
      throw new CoreError('INVALID_INPUT', `Ngày ban hành không hợp lệ: "${issuedDate}" (cần một ngày có thật, dạng yyyy-mm-dd).`);
    }
  }

  const toRecord = (r: RegisterRow, stale: boolean, dispatch: DocumentDispatch = signed.of([r.id]).get(r.id)!): DocumentRecord => ({
    id: r.id, inspectionId: r.inspectionId, type: r.type, number: r.number, year: r.year, symbol: r.symbol,
    numberText: numberTextOf(r), issuedDate: r.issuedDate, version: r.version, supersedesId: r.supersedesId,
    fileName: r.fileName, sha256: r.sha256, size: r.size, templateName: r.templateName, stale, createdAt: r.createdAt,
    dispatch,
  });

  function list(inspectionId: string): DocumentRecord[] {
    const rows = register.list(inspectionId);
    // Stale when what the document prints (over the fields its template held) is no longer what the
    // records say; known without rebuilding the documents while the records stay unchanged.
    const stale = staleness.staleFlags(inspectionId, rows);
    const dispatch = signed.of(rows.map((r) => r.id));
    return rows.map((r, k) => toRecord(r, stale[k], dispatch.get(r.id)));
  }

  /** The document numbered before the next one of this symbol in the year of `date`. */
  function previousNumber(symbol: string, date: string): PreviousNumber | null {
    const last = register.last(symbol, yearOf(date));
    return last ? { numberText: numberTextOf(last), issuedDate: last.issuedDate } : null;
  }

  /** Everything that stands between these records and a document issued on `date`. */
  function preview(p: Prepared, model: DocumentModel, type: DocType, date: string): IssuePreview {
    const dates = dateChecks({ type, issuedDate: date, today: today(), inspection: p.inspection, previous: previousNumber(p.symbol, date) });
    return {
      numberText: formatDocNumber(register.nextNumber(p.symbol, yearOf(date)), p.symbol),
      warnings: model.warnings, missing: model.missing, refusals: dates.refusals, checks: [...model.checks, ...dates.checks],
    };
  }

  /** The number issuing would take, and what stands in its way (missing, refused, to confirm). */
  function nextNumber(inspectionId: string, type: DocType, issuedDate?: string): IssuePreview {
    const date = issuedDate ?? today();
    checkDate(date);
    const p = prepare(inspectionId, type);
    const model = buildModel(loadModelInput(records, inspectionId), type, { number: null, issuedDate: date });
    return preview(p, model, type, date);
  }

  /** Refuses, before a number is taken, what must not go out under a number. */
  function assertIssuable(p: Prepared, model: DocumentModel, type: DocType, date: string, accepted: readonly string[]): void {
    const v = preview(p, model, type, date);
    if (v.missing.length || v.refusals.length) throw new CoreError('DOC_INCOMPLETE', blockedMessage(type, v.missing, v.refusals));
    const open = unconfirmed(v.checks, accepted);
    if (open.length) {
      throw new CoreError('DOC_UNCONFIRMED', unconfirmedMessage(type, open, 'Sửa lại, hoặc xác nhận "Tôi đã kiểm tra, vẫn ban hành".'));
    }
  }

  async function renderDraft(inspectionId: string, type: DocType, template?: ActiveTemplate, opts: { issuedDate?: string; marked?: boolean } = {}) {
    const p = prepare(inspectionId, type);
    const tpl = template ?? (await templates.active(type));
    const built = buildModel(loadModelInput(records, inspectionId), type, { number: null, issuedDate: opts.issuedDate ?? null });
    const model = opts.marked ? markPreviewBlanks(built) : built;
    const bytes = await generateDocument(tpl.bytes, model);
    return { bytes, fileName: documentFileName({ type, numberText: null, issuedDate: null, unitName: p.unitName }) };
  }

  async function save(suggestedName: string, bytes: Uint8Array): Promise<SavedFile> {
    const chosen = await platform.saveFile({ suggestedName, bytes });
    return { path: chosen, fileName: chosen ? path.basename(chosen) : suggestedName };
  }

  async function issue(inspectionId: string, type: DocType, issuedDate: string, acceptWarnings: readonly string[] = []): Promise<DocumentRecord> {
    checkDate(issuedDate);
    const p = prepare(inspectionId, type);
    const year = yearOf(issuedDate);
    const input = loadModelInput(records, inspectionId);
    assertIssuable(p, buildModel(input, type, { number: null, issuedDate }), type, issuedDate, acceptWarnings);
    const tpl = await templates.active(type);
    const fields = templateFields(tpl.bytes);

    /** The same document (same records, date and template) issued already: a repeated click, not a new number. */
    const alreadyIssued = (fingerprint: string): RegisterRow | undefined => {
      const last = register.latest(inspectionId, type);
      return last && register.get(last.id) && last.fingerprint === fingerprint && last.issuedDate === issuedDate &&
        last.templateSha256 === tpl.sha256 && last.symbol === p.symbol
        ? last
        : undefined;
    };

    for (let attempt = 0; attempt < ISSUE_ATTEMPTS; attempt++) {
      // Generation is asynchronous, so it runs with a tentative number outside the transaction…
      const number = register.nextNumber(p.symbol, year);
      // A new version names the one it replaces.
      const prev = register.latest(inspectionId, type);
      const replaces = prev ? { numberText: numberTextOf(prev), issuedDate: prev.issuedDate } : null;
      const model = buildModel(input, type, { number, issuedDate, replaces });
      if (model.numberText !== formatDocNumber(number, p.symbol)) {
        // The document would print another number than the register holds: never issue that.
        throw new CoreError('INTERNAL', `Số in trên văn bản (${model.numberText}) khác số trong sổ đăng ký (${formatDocNumber(number, p.symbol)}).`);
      }
      const fingerprint = modelFingerprint(model, fields);
      const same = alreadyIssued(fingerprint);
      if (same) return toRecord(same, false);
      const bytes = await generateDocument(tpl.bytes, model, { time: new Date(records.now()).toISOString() });
      const fileName = documentFileName({ type, numberText: formatDocNumber(number, p.symbol), issuedDate, unitName: p.unitName });
      assertFileName(fileName); // a name no folder accepts must fail here, before the number is taken

      // …and the transaction takes the number only if nobody took it meanwhile; otherwise generate again.
      const row = records.db
        .transaction((): RegisterRow | null => {
          const again = alreadyIssued(fingerprint);
          if (again) return again;
          if (register.nextNumber(p.symbol, year) !== number) return null;
          // A number issued meanwhile may carry a later date than this one: check the order again.
          const prevNow = previousNumber(p.symbol, issuedDate);
          const order = dateChecks({ type, issuedDate, today: today(), inspection: p.inspection, previous: prevNow }).refusals;
          if (order.length) throw new CoreError('DOC_INCOMPLETE', blockedMessage(type, [], order));
          return register.insert({
            inspectionId, type, symbol: p.symbol, year, number, issuedDate,
            templateName: tpl.name, templateSha256: tpl.sha256, fingerprint, fileName, content: bytes,
          });
        })
        .immediate();
      if (row) return toRecord(row, false);
    }
    throw new CoreError('NUMBER_BUSY', 'Không lấy được số văn bản vì đang có văn bản khác được ban hành cùng lúc. Hãy bấm ban hành lại.');
  }

  function issuedFile(id: string): { record: DocumentRecord; bytes: Uint8Array } {
    const row = register.get(id);
    const content = row && register.content(id);
    if (!row || !content) throw new CoreError('NOT_FOUND', 'Không tìm thấy văn bản đã ban hành này trong sổ đăng ký.');
    if (!content.intact) {
      throw new CoreError(
        'DOC_CORRUPT',
        `Nội dung văn bản ${numberTextOf(row)} trong sổ đăng ký không còn khớp mã kiểm tra (SHA-256) đã lưu khi ban hành. ` +
          'Không lưu bản này; hãy khôi phục dữ liệu từ bản sao lưu.',
      );
    }
    return { record: toRecord(row, list(row.inspectionId).find((d) => d.id === id)?.stale ?? false), bytes: content.bytes };
  }

  /** A document of the register (not in the bin), for what is recorded after it was issued. */
  function registered(id: string): RegisterRow {
    const row = register.get(id);
    if (!row) throw new CoreError('NOT_FOUND', 'Không tìm thấy văn bản đã ban hành này trong sổ đăng ký.');
    return row;
  }
  const current = (id: string): DocumentRecord => list(registered(id).inspectionId).find((d) => d.id === id)!;

  function checkedPath(p: string): string {
    if (!path.isAbsolute(p)) throw new CoreError('INVALID_INPUT', `Đường dẫn tệp không hợp lệ: ${p}`);
    return p;
  }

  return {
    list,
    nextNumber,
    renderDraft,
    issue,
    issuedFile,
    async saveDraft(inspectionId, type) {
      const { bytes, fileName } = await renderDraft(inspectionId, type);
      return save(fileName, bytes);
    },
    async saveIssued(id) {
      const { record, bytes } = issuedFile(id);
      return save(record.fileName, bytes);
    },
    attachSigned(id, req) {
      signed.attach(registered(id), req);
      return current(id);
    },
    setDispatch(id, req) {
      signed.setDispatch(registered(id), req);
      return current(id);
    },
    async openSigned(attachmentId) {
      await platform.openPath(signed.file(attachmentId).path);
      return null;
    },
    async saveEmail(id, attach = 'docx') {
      const { record, bytes } = issuedFile(id);
      const files: EmailFile[] = attach === 'signed' ? [] : [{ fileName: record.fileName, bytes }];
      if (attach !== 'docx') {
        const copies = record.dispatch.signedCopies;
        if (copies.length === 0) {
          throw new CoreError('INVALID_INPUT', `Văn bản ${record.numberText} chưa có bản đã ký để đính kèm. Hãy đính kèm bản quét trước.`);
        }
        for (const c of copies) {
          const f = signed.file(c.id);
          files.push({ fileName: c.fileName, bytes: new Uint8Array(fs.readFileSync(f.path)), mime: c.mime, signed: true });
        }
      }
      let title = '';
      let unitName = '';
      let to = '';
      try {
        const p = prepare(record.inspectionId, record.type);
        const model = buildModel(loadModelInput(records, record.inspectionId), record.type, { number: record.number, issuedDate: record.issuedDate });
        title = model.title;
        unitName = p.unitName;
        to = p.unitEmail;
      } catch (e) {
        // The records can no longer make the document (inspection in the bin, settings gone): the
        // mail still carries the frozen file, without the trích yếu.
        if (!(e instanceof CoreError)) throw e;
      }
      const eml = await emailDraft(
        { type: record.type, numberText: record.numberText, issuedDate: record.issuedDate, title, unitName, to, fileName: record.fileName },
        files, new Date(records.now()),
      );
      return save(record.fileName.replace(/\.docx$/i, '.eml'), eml);
    },
    async open(p) {
      checkedPath(p);
      if (!OPENABLE.has(path.extname(p).toLowerCase())) {
        throw new CoreError('INVALID_INPUT', `Chỉ mở được văn bản Word (.docx), PDF hoặc thư nháp (.eml), không mở ${path.basename(p)}.`);
      }
      await platform.openPath(p);
      return null;
    },
    showInFolder(p) {
      platform.showItemInFolder(checkedPath(p));
      return null;
    },
  };
}
