// From screen to paper: the preview of any document (a draft from the current records, or an issued
// version's frozen bytes) with what issuing would still refuse for; printing it (through Word where
// installed, else the app prints its preview with the system dialog); its PDF (Word, else
// LibreOffice, else the preview printed to PDF). The preview never takes a number.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocType } from '../../../shared/documents/fields';
import { suggestedCopies, type DocumentPreview, type PaperRequest, type PrintResult, type SavedPdf } from '../../../shared/documents/paper';
import type { SavedFile } from '../../../shared/documents/types';
import { CoreError } from '../errors';
import type { Platform, PrintRequest } from '../platform';
import type { Records } from '../repos/records';
import { sanitizeFileName } from './file-name';
import { docxToPdf, type PdfDeps } from './pdf';
import type { DocumentService } from './service';

export interface PaperDeps {
  records: Records;
  documents: DocumentService;
  platform: Platform;
  /** The soffice program (tests choose; by default looked up on PATH). */
  soffice?: () => string | null;
}

/** The bytes of a requested document, what it is, and the name its file gets. */
interface PaperSource { bytes: Uint8Array; type: DocType; inspectionId: string; numberText: string | null; fileName: string }

const pdfName = (docxName: string) => docxName.replace(/\.docx$/i, '') + '.pdf';

export function createPaper(deps: PaperDeps) {
  const { records, documents, platform } = deps;

  async function source(req: PaperRequest, marked = false): Promise<PaperSource> {
    if ('id' in req) {
      const { record, bytes } = documents.issuedFile(req.id);
      return { bytes, type: record.type, inspectionId: record.inspectionId, numberText: record.numberText, fileName: record.fileName };
    }
    const d = await documents.renderDraft(req.inspectionId, req.type, undefined, { issuedDate: req.issuedDate, marked });
    return { bytes: d.bytes, type: req.type, inspectionId: req.inspectionId, numberText: null, fileName: d.fileName };
  }

  const copiesOf = (type: DocType, inspectionId: string): number =>
    suggestedCopies(type, records.getInspection(inspectionId)?.docOptions.copies);

  async function preview(req: PaperRequest): Promise<DocumentPreview> {
    const s = await source(req, true);
    // What DOC_INCOMPLETE would name if she issued now: only a draft can still lack something.
    const v = 'id' in req ? null : documents.nextNumber(req.inspectionId, req.type, req.issuedDate);
    return {
      type: s.type, base64: Buffer.from(s.bytes).toString('base64'), numberText: s.numberText, fileName: s.fileName,
      missing: v?.missing ?? [], refusals: v?.refusals ?? [], copies: copiesOf(s.type, s.inspectionId),
    };
  }

  /** Word prints from a file: a private temporary folder holding it under its readable name, removed after. */
  async function printThroughWord(bytes: Uint8Array, fileName: string, copies: number): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-in-'));
    try {
      const file = path.join(dir, sanitizeFileName(fileName));
      fs.writeFileSync(file, bytes);
      await platform.printFile!(file, { copies });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  const wordHere = async () => Boolean(platform.printFile && platform.hasWord && (await platform.hasWord()));

  /** Prints through Word when installed; otherwise says the preview must be printed (nothing printed yet). */
  async function printBytes(bytes: Uint8Array, fileName: string, copies: number): Promise<PrintResult> {
    if (!(await wordHere())) return { via: 'preview' };
    await printThroughWord(bytes, fileName, copies);
    return { via: 'word' };
  }

  async function save(suggestedName: string, bytes: Uint8Array): Promise<SavedFile> {
    const chosen = await platform.saveFile({ suggestedName, bytes });
    return { path: chosen, fileName: chosen ? path.basename(chosen) : suggestedName };
  }

  return {
    preview,
    async print(req: PaperRequest, copies: number): Promise<PrintResult> {
      const s = await source(req);
      return printBytes(s.bytes, s.fileName, copies);
    },
    printBytes,
    /** The window's print dialog over the preview it shows (no Word here). */
    async printPreview(req: PrintRequest): Promise<{ printed: boolean }> {
      if (!platform.printPage) throw new CoreError('NO_PLATFORM', 'Không in được ở chế độ này.');
      return { printed: await platform.printPage(req) };
    },
    /** A PDF by Word or LibreOffice; converter 'preview' and no file when neither is installed. */
    async savePdf(req: PaperRequest): Promise<SavedPdf> {
      const s = await source(req);
      const pdf = await docxToPdf(s.bytes, { platform, soffice: deps.soffice });
      if (!pdf) return { file: null, converter: 'preview' };
      return { file: await save(pdfName(s.fileName), pdf.bytes), converter: pdf.converter };
    },
    /** The preview the window shows, printed to PDF (no converter installed). */
    async savePreviewPdf(req: PaperRequest): Promise<SavedPdf> {
      if (!platform.pagePdf) throw new CoreError('NO_PLATFORM', 'Không lưu được PDF từ bản xem trước ở chế độ này.');
      const s = await source(req);
      return { file: await save(pdfName(s.fileName), await platform.pagePdf()), converter: 'preview' };
    },
    /**
     * A PDF without a dialog (the command line): the latest issued version, else the draft; `word`
     * replaces the platform's Word (the command line has no window but may have Word).
     */
    async pdfOf(inspectionId: string, type: DocType, word: PdfDeps['platform'] = platform): Promise<{
      bytes: Uint8Array; converter: 'word' | 'libreoffice'; numberText: string | null; fileName: string; version: number | null;
    } | null> {
      const latest = documents.list(inspectionId).filter((d) => d.type === type).at(-1);
      const s = await source(latest ? { id: latest.id } : { inspectionId, type });
      const pdf = await docxToPdf(s.bytes, { platform: word, soffice: deps.soffice });
      return pdf && { ...pdf, numberText: s.numberText, fileName: pdfName(s.fileName), version: latest?.version ?? null };
    },
  };
}
export type Paper = ReturnType<typeof createPaper>;
