// The documents register: numbering (per symbol, restarting each year, never duplicated), issuing
// (frozen bytes and checksum, stale when the records change, new versions superseding old ones),
// drafts (never registered), saving through the platform, and refusing to overwrite a file Word has open.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import { dispatchAsync } from '../../electron/core/dispatch';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { writeFileGuarded } from '../../electron/core/documents/file-lock';
import { createDocumentService, type DocumentService } from '../../electron/core/documents/service';
import { CoreError } from '../../electron/core/errors';
import type { Platform } from '../../electron/core/platform';
import type { ActiveTemplate, TemplateStore } from '../../electron/core/templates/store';
import type { DocType } from '../../shared/documents/fields';
import type { Inspection, IssuerSettings } from '../../shared/records';
import { newCampaign, newInspection } from '../../shared/defaults';
import { harnessPlatform } from '../harness/platform';
import { docxPart, visibleText } from '../support/docx-text';
import { tempDir } from '../helpers';
import { DEMO_ISSUER } from '../../electron/core/demo/settings';

const TEMPLATE_FILES: Record<DocType, string> = { minutes: 'bien-ban.docx', conclusion: 'thong-bao-ket-luan.docx' };
const sha256 = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

/** The built-in templates, read straight from templates/ (independent of the template store). */
function builtinTemplates(): TemplateStore {
  const active = async (type: DocType): Promise<ActiveTemplate> => {
    const bytes = new Uint8Array(fs.readFileSync(path.resolve('templates', TEMPLATE_FILES[type])));
    return { bytes, name: TEMPLATE_FILES[type], sha256: sha256(bytes), source: 'builtin' };
  };
  const no = (): never => {
    throw new Error('not used in these tests');
  };
  return { active, list: no, check: no, import: no, reset: no, saveCopy: no };
}

interface Setup {
  core: Core;
  docs: DocumentService;
  platform: ReturnType<typeof harnessPlatform>;
  dir: string;
}

/**
 * Issues confirming the points to confirm (the articles' figures as stated, dates ahead): these tests
 * are about the register; what is checked before issuing is test/integration/issue-checks.test.ts.
 */
function accepting(d: DocumentService): DocumentService {
  return { ...d, issue: async (id, type, date, accept) => d.issue(id, type, date, accept ?? d.nextNumber(id, type, date).checks.map((c) => c.key)) };
}

const open: Setup[] = [];
const dirs: string[] = [];
afterEach(() => {
  open.splice(0).forEach((s) => s.core.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

const TODAY = new Date('2022-10-06T03:00:00.000Z');

function setup(opts: { dir?: string; demo?: boolean } = {}): Setup {
  const dir = opts.dir ?? tempDir('bienban-docs-');
  if (!opts.dir) dirs.push(dir);
  const platform = harnessPlatform(dir);
  const core = createCore({ dataDir: dir, platform, clock: () => TODAY });
  if (opts.demo ?? true) core.handlers['demo.load']({});
  const docs = accepting(createDocumentService({
    records: core.records, platform, templates: builtinTemplates(), attachments: core.attachments,
  }));
  const s = { core, docs, platform, dir };
  open.push(s);
  return s;
}

const MUONG_CHA = DEMO_IDS.inspectionMuongCha2022;

/** Changes part of a campaign's issuing side, as its "Cơ quan ban hành" tab does. */
function editIssuer(core: Setup['core'], campaignId: string, patch: Partial<IssuerSettings>): void {
  const c = core.handlers['campaigns.get']({ id: campaignId });
  core.handlers['campaigns.save']({ ...c, issuer: { ...c.issuer, ...patch } });
}
const DIEN_BIEN = DEMO_IDS.inspectionHuyenDienBien2022;
const ALL = [MUONG_CHA, DIEN_BIEN, DEMO_IDS.inspectionViXuyen2019, DEMO_IDS.inspectionNgocLac2023, DEMO_IDS.inspectionMuongAng2020];

async function coreError(p: Promise<unknown> | (() => unknown)): Promise<CoreError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(CoreError);
    return e as CoreError;
  }
  throw new Error('expected a CoreError');
}

/** The text of word/document.xml in a .docx (a valid zip), tags removed. */
function documentText(bytes: Uint8Array): string {
  return visibleText(docxPart(bytes));
}

const countRows = (core: Core) => core.db.prepare('SELECT count(*) FROM documents').pluck().get() as number;

function editInspection(core: Core, id: string, change: (i: Inspection) => void): void {
  const i = core.handlers['inspections.get']({ id });
  change(i);
  core.handlers['inspections.save'](i);
}

describe('numbering', () => {
  it('numbers per symbol from 01, with a leading zero below 10, and restarts each year', async () => {
    const { docs } = setup();
    expect(docs.nextNumber(MUONG_CHA, 'minutes')).toMatchObject({ numberText: '01/BB-ĐKT' });
    expect(docs.nextNumber(MUONG_CHA, 'conclusion')).toMatchObject({ numberText: '01/TB-SNV' });
    // Mường Chà has no deadline recorded for its recommendations: the secretary is told before issuing.
    expect(docs.nextNumber(MUONG_CHA, 'minutes').warnings).toContain('Kiến nghị số 1, 2, 3 chưa có thời hạn khắc phục.');

    const a = await docs.issue(MUONG_CHA, 'minutes', '2022-10-06');
    expect(a).toMatchObject({ number: 1, year: 2022, symbol: 'BB-ĐKT', numberText: '01/BB-ĐKT', version: 1, supersedesId: null });
    const b = await docs.issue(DIEN_BIEN, 'minutes', '2022-10-07');
    expect(b.numberText).toBe('02/BB-ĐKT');
    // The conclusion has its own series (another symbol).
    const c = await docs.issue(MUONG_CHA, 'conclusion', '2022-10-20');
    expect(c.numberText).toBe('01/TB-SNV');
    expect(docs.nextNumber(DIEN_BIEN, 'minutes')).toMatchObject({ numberText: '03/BB-ĐKT' });

    // A new year starts again from 01; the old year's series goes on where it was.
    expect(docs.nextNumber(MUONG_CHA, 'minutes', '2023-01-02')).toMatchObject({ numberText: '01/BB-ĐKT' });
    const d = await docs.issue(DEMO_IDS.inspectionNgocLac2023, 'minutes', '2023-08-04');
    expect(d).toMatchObject({ number: 1, year: 2023, numberText: '01/BB-ĐKT' });
    expect(docs.nextNumber(MUONG_CHA, 'minutes', '2022-12-31')).toMatchObject({ numberText: '03/BB-ĐKT' });
    expect(docs.nextNumber(MUONG_CHA, 'minutes', '2023-06-30')).toMatchObject({ numberText: '02/BB-ĐKT' });
  });

  it('the conclusion takes the symbol of its issuer: department TB-SNV, team TB-ĐKT, office TB-VP', async () => {
    const { core, docs } = setup();
    editInspection(core, DIEN_BIEN, (i) => (i.docOptions.conclusionIssuer = 'team'));
    editInspection(core, DEMO_IDS.inspectionViXuyen2019, (i) => {
      i.docOptions.conclusionIssuer = 'office';
      // Its leader is not of the Văn phòng: the deputy chief who signs is named.
      i.docOptions.conclusionSigner = { ...i.docOptions.conclusionSigner, name: 'Trần Văn Bình' };
    });
    expect((await docs.issue(MUONG_CHA, 'conclusion', '2022-10-20')).numberText).toBe('01/TB-SNV');
    expect((await docs.issue(DIEN_BIEN, 'conclusion', '2022-10-21')).numberText).toBe('01/TB-ĐKT');
    expect((await docs.issue(DEMO_IDS.inspectionViXuyen2019, 'conclusion', '2022-10-22')).numberText).toBe('01/TB-VP');
    // The team's conclusions and its minutes are separate series.
    expect((await docs.issue(DIEN_BIEN, 'minutes', '2022-10-21')).numberText).toBe('01/BB-ĐKT');
  });

  it('reaches 10 without a leading zero; the number printed in the document is the registered one', async () => {
    const { docs } = setup();
    for (let day = 1; day <= 9; day++) await docs.issue(MUONG_CHA, 'minutes', `2022-11-0${day}`);
    const tenth = await docs.issue(MUONG_CHA, 'minutes', '2022-11-10');
    expect(tenth).toMatchObject({ number: 10, numberText: '10/BB-ĐKT', version: 10 });
    const list = docs.list(MUONG_CHA);
    expect(list.map((d) => d.numberText)).toEqual([...'123456789'].map((n) => `0${n}/BB-ĐKT`).concat('10/BB-ĐKT'));
    expect(documentText(docs.issuedFile(list[4].id).bytes)).toContain('Số: 05/BB-ĐKT');
    expect(documentText(docs.issuedFile(tenth.id).bytes)).toContain('Số: 10/BB-ĐKT');
  });

  it('issues started together get different numbers; the UNIQUE constraint holds', async () => {
    const { core, docs } = setup();
    // Generation is asynchronous: all five start with the same tentative number; each commits only
    // if its number is still free, otherwise it generates again with the next one.
    const issued = await Promise.all(ALL.map((id) => docs.issue(id, 'minutes', '2023-11-01')));
    expect(issued.map((d) => d.number).sort()).toEqual([1, 2, 3, 4, 5]);
    for (const d of issued) expect(documentText(docs.issuedFile(d.id).bytes)).toContain(`Số: ${d.numberText}`);
    expect(countRows(core)).toBe(5);
    // SQLite itself refuses a second row with a used number.
    expect(() =>
      core.db.prepare(`INSERT INTO documents (id, inspection_id, type, symbol, year, number, issued_date, version, template_name,
        template_sha256, fingerprint, file_name, content, sha256, size, created_at, updated_at)
        VALUES (?, ?, 'minutes', 'BB-ĐKT', 2023, 3, '2023-11-02', 9, 't', 't', 'f', 'n', x'00', ?, 1, 'x', 'x')`)
        .run(crypto.randomUUID(), MUONG_CHA, 'c'.repeat(64)),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }));
  });

  it('two app instances on the same data folder never hand out the same number', async () => {
    const first = setup();
    const second = setup({ dir: first.dir, demo: false });
    const issued = await Promise.all([
      first.docs.issue(MUONG_CHA, 'minutes', '2023-11-01'),
      second.docs.issue(DIEN_BIEN, 'minutes', '2023-11-01'),
      first.docs.issue(DEMO_IDS.inspectionViXuyen2019, 'minutes', '2023-11-01'),
      second.docs.issue(DEMO_IDS.inspectionNgocLac2023, 'minutes', '2023-11-01'),
    ]);
    expect(issued.map((d) => d.number).sort()).toEqual([1, 2, 3, 4]);
  });

  it('a repeated click on "Ban hành" does not take a second number', async () => {
    const { core, docs } = setup();
    const [a, b] = await Promise.all([docs.issue(MUONG_CHA, 'minutes', '2022-10-06'), docs.issue(MUONG_CHA, 'minutes', '2022-10-06')]);
    expect(b.id).toBe(a.id);
    expect((await docs.issue(MUONG_CHA, 'minutes', '2022-10-06')).id).toBe(a.id);
    expect(countRows(core)).toBe(1);
    expect(docs.nextNumber(DIEN_BIEN, 'minutes')).toMatchObject({ numberText: '02/BB-ĐKT' });
  });
});

describe('issuing', () => {
  it('freezes the file: bytes and checksum never change when the records do; stale tells a new version may be issued', async () => {
    const { core, docs, platform } = setup();
    const v1 = await docs.issue(MUONG_CHA, 'minutes', '2022-10-06');
    expect(v1).toMatchObject({
      inspectionId: MUONG_CHA, type: 'minutes', issuedDate: '2022-10-06', stale: false,
      fileName: '2022-10-06 Biên bản 01-BB-ĐKT UBND huyện Mường Chà.docx', templateName: 'bien-ban.docx',
    });
    const frozen = docs.issuedFile(v1.id).bytes;
    expect(sha256(frozen)).toBe(v1.sha256);
    expect(frozen.byteLength).toBe(v1.size);
    const text = documentText(frozen);
    expect(text).toContain('Số: 01/BB-ĐKT');
    expect(text).toContain('Mường Chà');

    const saved = await docs.saveIssued(v1.id);
    expect(saved).toEqual({ path: path.join(platform.downloads, v1.fileName), fileName: v1.fileName });
    expect(sha256(fs.readFileSync(saved.path!))).toBe(v1.sha256);
    expect(docs.list(MUONG_CHA)).toEqual([{ ...v1, stale: false }]);

    // The secretary edits the records afterwards.
    editInspection(core, MUONG_CHA, (i) => {
      i.place = 'Hội trường UBND huyện Mường Chà (đã sửa)';
      i.unitOpinion = 'UBND huyện Mường Chà nhất trí với toàn bộ nội dung biên bản (đã sửa).';
    });
    const [after] = docs.list(MUONG_CHA);
    expect(after).toEqual({ ...v1, stale: true });
    const again = docs.issuedFile(v1.id).bytes;
    expect(sha256(again)).toBe(v1.sha256);
    expect(Buffer.from(again).equals(Buffer.from(frozen))).toBe(true);
    const resaved = await docs.saveIssued(v1.id);
    expect(sha256(fs.readFileSync(resaved.path!))).toBe(v1.sha256);
    // The conclusion was never issued, so nothing about it is listed.
    expect(docs.list(MUONG_CHA).every((d) => d.type === 'minutes')).toBe(true);

    // Issuing again gives version 2 with a new number, superseding version 1 (which stays as it was).
    const v2 = await docs.issue(MUONG_CHA, 'minutes', '2022-10-07');
    expect(v2).toMatchObject({ version: 2, supersedesId: v1.id, number: 2, numberText: '02/BB-ĐKT', stale: false });
    expect(v2.sha256).not.toBe(v1.sha256);
    expect(documentText(docs.issuedFile(v2.id).bytes)).toContain('(đã sửa)');
    expect(documentText(docs.issuedFile(v1.id).bytes)).not.toContain('(đã sửa)');
    const list = docs.list(MUONG_CHA);
    expect(list.map((d) => [d.version, d.stale])).toEqual([[1, true], [2, false]]);
    expect(list[0]).toEqual({ ...v1, stale: true });
  });

  it('the conclusion is marked changed by what it prints (the place name too), never by what it does not (the unit\'s opinion)', async () => {
    const { core, docs } = setup();
    const v1 = await docs.issue(MUONG_CHA, 'conclusion', '2022-10-10');
    // The unit's opinion is not printed in the notice: not a change of it.
    editInspection(core, MUONG_CHA, (i) => { i.unitOpinion = 'Ý kiến mới của đơn vị.'; });
    expect(docs.list(MUONG_CHA)).toEqual([{ ...v1, stale: false }]);
    // Issuing again on the same date is the same document: the same record, no new number.
    expect(await docs.issue(MUONG_CHA, 'conclusion', '2022-10-10')).toEqual(v1);
    // The place name of the date line (the campaign's issuing side) is printed.
    editIssuer(core, DEMO_IDS.campaign2022DienBien, { placeName: 'Mường Chà' });
    expect(docs.list(MUONG_CHA)[0].stale).toBe(true);
    // Issuing after the change, even on the same date, makes a new version that names the one it replaces.
    const v2 = await docs.issue(MUONG_CHA, 'conclusion', '2022-10-10');
    expect(v2).toMatchObject({ version: 2, supersedesId: v1.id, numberText: '02/TB-SNV', stale: false });
    const text = documentText(docs.issuedFile(v2.id).bytes);
    expect(text).toContain('Mường Chà, ngày 10 tháng 10 năm 2022');
    expect(text).toContain('Thông báo này thay thế Thông báo số 01/TB-SNV ngày 10/10/2022.');
    expect(documentText(docs.issuedFile(v1.id).bytes)).not.toContain('thay thế');
    expect(docs.list(MUONG_CHA).map((d) => [d.version, d.stale])).toEqual([[1, true], [2, false]]);
  });

  it('the minutes print the unit\'s opinion: editing it marks them changed', async () => {
    const { core, docs } = setup();
    await docs.issue(MUONG_CHA, 'minutes', '2022-10-06');
    editInspection(core, MUONG_CHA, (i) => { i.unitOpinion = 'Ý kiến mới của đơn vị.'; });
    expect(docs.list(MUONG_CHA)[0].stale).toBe(true);
  });

  it('the issued row cannot be changed, even directly in the database', async () => {
    const { core, docs } = setup();
    const v1 = await docs.issue(MUONG_CHA, 'minutes', '2022-10-06');
    for (const change of [`content = x'00'`, `sha256 = '${'0'.repeat(64)}'`, 'number = 7']) {
      expect(() => core.db.prepare(`UPDATE documents SET ${change} WHERE id = ?`).run(v1.id)).toThrow(/không được sửa/);
    }
    expect(() => core.db.prepare('DELETE FROM documents WHERE id = ?').run(v1.id)).toThrow(/không được xóa/);
    expect(sha256(docs.issuedFile(v1.id).bytes)).toBe(v1.sha256);
  });

  it('refuses to hand out bytes that no longer match their checksum', async () => {
    const { core, docs, platform } = setup();
    const v1 = await docs.issue(MUONG_CHA, 'minutes', '2022-10-06');
    // Damage the stored bytes behind the trigger's back (as a disk fault would).
    core.db.exec('DROP TRIGGER documents_frozen');
    const bytes = Buffer.from(docs.issuedFile(v1.id).bytes);
    bytes[bytes.length - 1] ^= 0xff;
    core.db.prepare('UPDATE documents SET content = ? WHERE id = ?').run(bytes, v1.id);
    const err = await coreError(docs.saveIssued(v1.id));
    expect(err.code).toBe('DOC_CORRUPT');
    expect(err.message).toContain('01/BB-ĐKT');
    expect(platform.calls).toEqual([]);
  });

  it('refuses a date that does not exist, an unknown inspection, or an unknown id', async () => {
    const { docs } = setup();
    expect((await coreError(docs.issue(MUONG_CHA, 'minutes', '2022-02-30'))).code).toBe('INVALID_INPUT');
    expect((await coreError(docs.issue(crypto.randomUUID(), 'minutes', '2022-10-06'))).code).toBe('NOT_FOUND');
    expect((await coreError(docs.saveIssued(crypto.randomUUID()))).code).toBe('NOT_FOUND');
    expect((await coreError(() => docs.nextNumber(crypto.randomUUID(), 'minutes'))).code).toBe('NOT_FOUND');
  });

  it('without the campaign\'s issuing side nothing is numbered, and the message says to fill in its tab "Cơ quan ban hành"', async () => {
    const { core, docs } = setup({ demo: false });
    const c = core.handlers['campaigns.save'](newCampaign(2022));
    const insp = newInspection(c.id);
    core.handlers['inspections.save'](insp);
    for (const err of [
      await coreError(() => docs.nextNumber(insp.id, 'minutes')),
      await coreError(docs.issue(insp.id, 'minutes', '2022-10-06')),
      await coreError(docs.saveDraft(insp.id, 'conclusion')),
    ]) {
      expect(err.code).toBe('SETTINGS_MISSING');
      expect(err.message).toContain('Cơ quan ban hành');
    }
    // The default of the settings is not the campaign's: it still cannot issue.
    core.handlers['settings.save'](DEMO_ISSUER);
    expect((await coreError(docs.issue(insp.id, 'minutes', '2022-10-06'))).code).toBe('SETTINGS_MISSING');
    // The campaign's issuing side without the team's symbol: the minutes cannot be numbered.
    editIssuer(core, c.id, { ...DEMO_ISSUER, teamSymbol: '' });
    const err = await coreError(docs.issue(insp.id, 'minutes', '2022-10-06'));
    expect(err.code).toBe('SETTINGS_MISSING');
    expect(err.message).toContain('Ký hiệu của Đoàn');
    expect(err.message).toContain('Cơ quan ban hành');
    // The conclusion of the department still can.
    expect(docs.nextNumber(insp.id, 'conclusion')).toMatchObject({ numberText: '01/TB-SNV' });
    expect(countRows(core)).toBe(0);
  });
});

describe('drafts', () => {
  it('are generated without a number or date and are not registered', async () => {
    const { core, docs, platform } = setup();
    const saved = await docs.saveDraft(MUONG_CHA, 'minutes');
    expect(saved.fileName).toBe('Dự thảo Biên bản UBND huyện Mường Chà.docx');
    expect(saved.path).toBe(path.join(platform.downloads, saved.fileName));
    const text = documentText(new Uint8Array(fs.readFileSync(saved.path!)));
    expect(text).toContain('Số: .../BB-ĐKT');
    expect(text).toContain('Mường Chà');
    expect(countRows(core)).toBe(0);
    expect(docs.list(MUONG_CHA)).toEqual([]);
    expect(docs.nextNumber(MUONG_CHA, 'minutes')).toMatchObject({ numberText: '01/BB-ĐKT' });

    const conclusion = await docs.saveDraft(MUONG_CHA, 'conclusion');
    expect(conclusion.fileName).toBe('Dự thảo Thông báo kết luận UBND huyện Mường Chà.docx');
    const ctext = documentText(new Uint8Array(fs.readFileSync(conclusion.path!)));
    expect(ctext).toContain('Số: .../TB-SNV');
    expect(ctext).toContain('ngày ... tháng ... năm'); // no date of issue yet
    expect(countRows(core)).toBe(0);
    expect(platform.calls.map((c) => c.name)).toEqual([saved.fileName, conclusion.fileName]);
  });

  it('a cancelled save dialog writes nothing and reports no path', async () => {
    const { core, platform } = setup();
    const cancelled: Platform = { ...platform, saveFile: async () => null };
    const docs = createDocumentService({ records: core.records, platform: cancelled, templates: builtinTemplates(), attachments: core.attachments });
    expect(await docs.saveDraft(MUONG_CHA, 'minutes')).toEqual({ path: null, fileName: 'Dự thảo Biên bản UBND huyện Mường Chà.docx' });
    expect(fs.existsSync(platform.downloads)).toBe(false);
  });
});

describe('saving over a file Word has open', () => {
  /** The Electron adapter once wired: the dialog "chose" `target`, and it writes with writeFileGuarded. */
  function choosing(target: string): Platform & { writes: number } {
    const p = {
      writes: 0,
      async saveFile(req: { bytes?: Uint8Array; text?: string }) {
        writeFileGuarded(target, req.bytes ?? req.text ?? '');
        p.writes++;
        return target;
      },
      async openPath() {},
      showItemInFolder() {},
    };
    return p;
  }

  it('is refused with FILE_IN_USE when Word’s "~$" owner file is beside it; the file is untouched', async () => {
    const { core } = setup();
    const folder = tempDir('bienban-word-');
    dirs.push(folder);
    const target = path.join(folder, '2022-10-06 Biên bản 01-BB-ĐKT UBND huyện Mường Chà.docx');
    fs.writeFileSync(target, 'the copy open in Word');
    fs.writeFileSync(path.join(folder, `~$${path.basename(target).slice(2)}`), 'owner');
    const platform = choosing(target);
    const docs = createDocumentService({ records: core.records, platform, templates: builtinTemplates(), attachments: core.attachments });
    const v1 = await docs.issue(MUONG_CHA, 'minutes', '2022-10-06');

    const err = await coreError(docs.saveIssued(v1.id));
    expect(err.code).toBe('FILE_IN_USE');
    expect(err.message).toContain('đang mở trong Word. Hãy đóng tệp trong Word rồi lưu lại, hoặc chọn tên khác.');
    expect(fs.readFileSync(target, 'utf8')).toBe('the copy open in Word');
    expect((await coreError(docs.saveDraft(MUONG_CHA, 'minutes'))).code).toBe('FILE_IN_USE');
    expect(fs.readFileSync(target, 'utf8')).toBe('the copy open in Word');
    expect(fs.readdirSync(folder)).toHaveLength(2);

    // Once Word is closed (the owner file is gone) the same save goes through.
    fs.rmSync(path.join(folder, `~$${path.basename(target).slice(2)}`));
    await docs.saveIssued(v1.id);
    expect(sha256(fs.readFileSync(target))).toBe(v1.sha256);
    // The register was not affected by the refused save.
    expect(docs.list(MUONG_CHA)).toHaveLength(1);
  });
});

describe('open and show in folder', () => {
  it('go through the platform; only documents are opened', async () => {
    const { docs, platform } = setup();
    const saved = await docs.saveDraft(MUONG_CHA, 'minutes');
    expect(await docs.open(saved.path!)).toBeNull();
    expect(docs.showInFolder(saved.path!)).toBeNull();
    expect(platform.calls.slice(1)).toEqual([
      { op: 'openPath', path: saved.path },
      { op: 'showItemInFolder', path: saved.path },
    ]);
    expect((await coreError(docs.open(path.join(platform.downloads, 'virus.exe')))).code).toBe('INVALID_INPUT');
    expect((await coreError(docs.open('relative.docx'))).code).toBe('INVALID_INPUT');
    expect(platform.calls).toHaveLength(3);
  });
});

describe('through the core, as the UI calls it', () => {
  it('documents.* handlers use the active template, the register and the platform; errors come back as envelopes', async () => {
    const { core, platform } = setup();
    const call = (name: string, input: unknown) => dispatchAsync(core.handlers, name, input);
    expect(await call('documents.nextNumber', { inspectionId: MUONG_CHA, type: 'minutes' })).toMatchObject({ ok: true, value: { numberText: '01/BB-ĐKT', warnings: expect.any(Array) } });
    const draft = await call('documents.saveDraft', { inspectionId: MUONG_CHA, type: 'conclusion' });
    expect(draft).toEqual({ ok: true, value: { path: expect.any(String), fileName: 'Dự thảo Thông báo kết luận UBND huyện Mường Chà.docx', fileId: expect.any(String) } });

    const issued = await call('documents.issue', { inspectionId: MUONG_CHA, type: 'minutes', issuedDate: '2022-10-06' });
    expect(issued).toMatchObject({ ok: true, value: { numberText: '01/BB-ĐKT', version: 1, templateName: 'bien-ban.docx', stale: false } });
    const doc = (issued as { value: { id: string; sha256: string; fileName: string } }).value;
    const saved = await call('documents.saveIssued', { id: doc.id });
    expect(saved).toEqual({ ok: true, value: { path: path.join(platform.downloads, doc.fileName), fileName: doc.fileName, fileId: expect.any(String) } });
    expect(sha256(fs.readFileSync(path.join(platform.downloads, doc.fileName)))).toBe(doc.sha256);
    expect(await call('documents.list', { inspectionId: MUONG_CHA })).toEqual({ ok: true, value: [issued.ok && issued.value] });
    const fileId = (saved as { value: { fileId: string } }).value.fileId;
    expect(await call('documents.open', { id: fileId })).toEqual({ ok: true, value: null });
    expect(await call('documents.showInFolder', { id: fileId })).toEqual({ ok: true, value: null });
    expect(platform.calls.slice(-2)).toEqual([
      { op: 'openPath', path: path.join(platform.downloads, doc.fileName) },
      { op: 'showItemInFolder', path: path.join(platform.downloads, doc.fileName) },
    ]);
    // Only files this core saved: a raw path or a token it never issued is refused, and nothing is opened.
    const opened = platform.calls.length;
    expect(await call('documents.open', { path: path.join(platform.downloads, doc.fileName) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('documents.open', { id: '5b0c9d8e-1f2a-4b3c-8d4e-5f6a7b8c9d0e' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('documents.showInFolder', { id: '5b0c9d8e-1f2a-4b3c-8d4e-5f6a7b8c9d0e' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(platform.calls).toHaveLength(opened);

    // A date that does not exist is stopped by the contract; a missing symbol by the service, in Vietnamese.
    expect(await call('documents.issue', { inspectionId: MUONG_CHA, type: 'minutes', issuedDate: '2022-13-01' }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    editIssuer(core, DEMO_IDS.campaign2022DienBien, { teamSymbol: '' });
    expect(await call('documents.issue', { inspectionId: DIEN_BIEN, type: 'minutes', issuedDate: '2022-10-07' }))
      .toMatchObject({ ok: false, error: { code: 'SETTINGS_MISSING', message: expect.stringContaining('Cơ quan ban hành') } });
    expect(countRows(core)).toBe(1);
  });
});
