// Preview, print and PDF of the documents (shared/documents/paper.ts, electron/core/documents/paper.ts):
// the preview marks the blanks a draft still has and never takes a number; printing goes through Word
// where the platform has it, else tells the app to print its preview; a PDF comes from Word, else
// LibreOffice, else the app's preview. LibreOffice runs for real where installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import type { Platform } from '../../electron/core/platform';
import { createCore } from '../../electron/core/core';
import { PREVIEW_MARK } from '../../shared/documents/paper';
import { harnessPlatform } from '../harness/platform';
import { demoCoreWithFiles, tempDir } from '../helpers';
import { docxPart, visibleText } from '../support/docx-text';

const ID = DEMO_IDS.inspectionMuongCha2022;
const which = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
const soffice = which('soffice');
const pdftotext = which('pdftotext');
const marked = (base64: string) => [...docxPart(Buffer.from(base64, 'base64')).matchAll(/\uE000([^\uE001]*)\uE001/g)].map((m) => m[1]);

/** A demo core on a platform with (a recording) Word, for what only Word does. */
function withWord() {
  const dir = tempDir('bienban-paper-');
  const base = harnessPlatform(dir);
  const printed: { file: string; name: string; copies: number; bytes: Buffer }[] = [];
  const platform: Platform = {
    ...base,
    hasWord: async () => true,
    printFile: async (file, req) => { printed.push({ file, name: path.basename(file), copies: req.copies, bytes: fs.readFileSync(file) }); },
    wordToPdf: async (_docx, pdf) => { fs.writeFileSync(pdf, '%PDF-1.7 word'); },
  };
  const core = createCore({ dataDir: dir, platform, soffice: () => { throw new Error('LibreOffice must not be asked when Word is there'); } });
  core.handlers['demo.load']({});
  return { core, printed, base, close: () => { core.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

describe('preview', () => {
  it('marks the blanks of a draft and lists what issuing would refuse for, taking no number', async () => {
    const { core } = demoCoreWithFiles(() => new Date('2022-10-20T03:00:00Z'));
    const i = core.handlers['inspections.get']({ id: ID });
    core.handlers['inspections.save']({ ...i, endTime: null, docOptions: { ...i.docOptions, conclusionIssuer: 'office' } });
    const before = core.handlers['documents.nextNumber']({ inspectionId: ID, type: 'conclusion' }).numberText;

    const minutes = await core.handlers['documents.preview']({ inspectionId: ID, type: 'minutes' });
    expect(minutes.missing.map((m) => m.label)).toEqual(['Giờ kết thúc buổi làm việc']);
    expect(minutes.numberText).toBeNull();
    expect(minutes.copies).toBe(3); // "lập thành 03 bản"
    expect(visibleText(docxPart(Buffer.from(minutes.base64, 'base64')))).toContain(`vào lúc ${PREVIEW_MARK.open}...${PREVIEW_MARK.close} giờ`);

    const notice = await core.handlers['documents.preview']({ inspectionId: ID, type: 'conclusion', issuedDate: '2022-10-20' });
    expect(notice.missing).toEqual([expect.objectContaining({ label: 'Họ tên người ký thông báo kết luận', where: { tab: 'documents', label: 'Họ và tên', index: 2 } })]);
    expect(marked(notice.base64)).toEqual(['Họ và tên người ký']);
    // The chosen date is printed; the draft's number is not a missing fact and stays unmarked.
    const text = visibleText(docxPart(Buffer.from(notice.base64, 'base64')));
    expect(text).toContain('ngày 20 tháng 10 năm 2022');
    expect(text).toContain('Số: .../TB-');
    expect(notice.copies).toBe(1);

    expect(core.handlers['documents.list']({ inspectionId: ID })).toEqual([]);
    expect(core.handlers['documents.nextNumber']({ inspectionId: ID, type: 'conclusion' }).numberText).toBe(before);
    // A saved draft never carries the marks.
    const draft = await core.documents.renderDraft(ID, 'minutes');
    expect(docxPart(draft.bytes)).not.toMatch(/[\uE000\uE001]/);
  });

  it('shows an issued version as frozen, with nothing missing', async () => {
    const { core } = demoCoreWithFiles(() => new Date('2022-10-20T03:00:00Z'));
    const doc = await core.handlers['documents.issue']({ inspectionId: ID, type: 'conclusion', issuedDate: '2022-10-20' });
    const pv = await core.handlers['documents.preview']({ id: doc.id });
    expect(pv.numberText).toBe(doc.numberText);
    expect(pv.missing).toEqual([]);
    expect(Buffer.from(pv.base64, 'base64').equals(Buffer.from(core.documents.issuedFile(doc.id).bytes))).toBe(true);
  });
});

describe('print', () => {
  it('goes through Word where installed: the document under its readable name, the copies asked, the file removed after', async () => {
    const w = withWord();
    try {
      const doc = await w.core.handlers['documents.issue']({ inspectionId: ID, type: 'minutes', issuedDate: '2022-10-06' });
      expect(await w.core.handlers['documents.print']({ doc: { id: doc.id }, copies: 3 })).toEqual({ via: 'word' });
      expect(w.printed).toHaveLength(1);
      expect(w.printed[0].name).toBe(doc.fileName);
      expect(w.printed[0].copies).toBe(3);
      expect(w.printed[0].bytes.equals(Buffer.from(w.core.documents.issuedFile(doc.id).bytes))).toBe(true);
      expect(fs.existsSync(w.printed[0].file)).toBe(false);
      // A draft printed through Word carries none of the preview's marks, and takes no number.
      const i = w.core.handlers['inspections.get']({ id: ID });
      w.core.handlers['inspections.save']({ ...i, endTime: null });
      expect(await w.core.handlers['documents.print']({ doc: { inspectionId: ID, type: 'minutes' }, copies: 1 })).toEqual({ via: 'word' });
      expect(docxPart(new Uint8Array(w.printed[1].bytes))).not.toMatch(/[\uE000\uE001]/);
      expect(w.core.handlers['documents.list']({ inspectionId: ID })).toHaveLength(1);
      // The follow-up list prints the same way.
      expect(await w.core.handlers['followUp.print']({ today: '2023-01-31', filter: 'unfinished', copies: 1 })).toEqual({ via: 'word' });
      expect(w.printed[2].name).toMatch(/Theo dõi kiến nghị/);
    } finally {
      w.close();
    }
  });

  it('without Word, prints nothing itself and asks the app to print its preview', async () => {
    const { core, platform } = demoCoreWithFiles();
    expect(await core.handlers['documents.print']({ doc: { inspectionId: ID, type: 'minutes' }, copies: 2 })).toEqual({ via: 'preview' });
    expect(platform.calls).toEqual([]);
    expect(await core.handlers['documents.printPreview']({ copies: 2 })).toEqual({ printed: true });
    expect(platform.calls).toEqual([{ op: 'printPage', path: null, copies: 2 }]);
  });
});

describe('PDF', () => {
  it('comes from Word where installed, saved under the document\'s name', async () => {
    const w = withWord();
    try {
      const r = await w.core.handlers['documents.savePdf']({ inspectionId: ID, type: 'conclusion' });
      expect(r.converter).toBe('word');
      expect(r.file?.fileName).toBe('Dự thảo Thông báo kết luận UBND huyện Mường Chà.pdf');
      expect(fs.readFileSync(r.file!.path!, 'utf8')).toBe('%PDF-1.7 word');
      expect(r.file?.fileId).toBeTruthy();
    } finally {
      w.close();
    }
  });

  it('without any converter, says the preview must make it, and saves nothing', async () => {
    const dir = tempDir('bienban-paper-');
    const platform = harnessPlatform(dir);
    const core = createCore({ dataDir: dir, platform, soffice: () => null });
    try {
      core.handlers['demo.load']({});
      expect(await core.handlers['documents.savePdf']({ inspectionId: ID, type: 'minutes' })).toEqual({ file: null, converter: 'preview' });
      expect(platform.calls).toEqual([]);
      // The harness has no window to print: said in Vietnamese.
      await expect(core.handlers['documents.savePreviewPdf']({ inspectionId: ID, type: 'minutes' })).rejects.toMatchObject({ code: 'NO_PLATFORM' });
    } finally {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!soffice || !pdftotext)('comes from LibreOffice where Word is not: the document\'s text in it', async () => {
    const { core } = demoCoreWithFiles(() => new Date('2022-10-20T03:00:00Z'));
    const doc = await core.handlers['documents.issue']({ inspectionId: ID, type: 'conclusion', issuedDate: '2022-10-20' });
    const r = await core.handlers['documents.savePdf']({ id: doc.id });
    expect(r.converter).toBe('libreoffice');
    expect(r.file?.fileName).toBe(doc.fileName.replace(/\.docx$/, '.pdf'));
    const text = spawnSync('pdftotext', ['-layout', r.file!.path!, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain(`Số: ${doc.numberText}`);
    expect(text).toContain('THÔNG BÁO');
    expect(text).toMatch(/Mường Chà/);
  }, 120_000);
});
