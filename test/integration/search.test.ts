// Search everywhere (search.query) and phrase reuse (search.phrases) on the FTS5 index of migration
// 10: the index follows every write in the same transaction, folds like foldKey, leaves the bin out,
// and finds the real phrases of the demo typed without diacritics.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, DB_FILE, type Core } from '../../electron/core/core';
import { openDatabase } from '../../electron/core/db/database';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { Records } from '../../electron/core/repos/records';
import { runCli } from '../../electron/core/cli/run';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { newCampaign, newId, newInspection } from '../../shared/defaults';
import type { Finding, Inspection, Recommendation } from '../../shared/records';
import type { SearchKind } from '../../shared/search';
import { foldKey } from '../../shared/vi/text';
import { demoCoreWithFiles, tempDir } from '../helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((f) => f()));

function core(): Core {
  const dir = tempDir('bienban-search-');
  const c = createCore({ dataDir: dir });
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }), () => c.close());
  return c;
}
const ids = (c: Core, text: string, kinds?: SearchKind[]) =>
  c.handlers['search.query']({ text, limit: 200, ...(kinds ? { kinds } : {}) }).map((h) => h.id);

const finding = (text: string, areaId: string | null = null): Finding => ({ id: newId(), areaId, kind: 'shortcoming', text });
const rec = (content: string, areaId: string | null = null): Recommendation => ({
  id: newId(), areaId, content, responsibleUnit: '', remedyDeadline: null, remedyDeadlineNote: '',
  reportDeadline: null, reportTo: '', status: 'open', statusNote: '',
});

/** A campaign, a unit and one inspection of it, saved. */
function inspectionIn(c: Core, unitName = 'UBND xã Mường Mươn'): Inspection {
  const campaign = c.handlers['campaigns.save'](newCampaign(2024));
  const unit = c.handlers['units.save']({ id: newId(), name: unitName, levelId: null, parentId: null, address: '', email: '', representatives: [] });
  const i = { ...newInspection(campaign.id), unitId: unit.id, place: 'Hội trường UBND xã' };
  c.handlers['inspections.save'](i);
  return i;
}

describe('the index follows every write', () => {
  it('finds a saved finding, follows an edit, drops a removed row and takes it back on undo', () => {
    const c = core();
    const i = inspectionIn(c);
    const f = finding('Bộ phận Một cửa đặt tại Trụ sở Đảng ủy xã.');
    c.handlers['inspections.save']({ ...i, findings: [f] });
    expect(ids(c, 'mot cua')).toContain(f.id);
    expect(ids(c, 'dang uy')).toContain(f.id); // đ folds to d
    expect(ids(c, 'MỘT CỬA')).toContain(f.id);

    c.handlers['inspections.save']({ ...i, findings: [{ ...f, text: 'Niêm yết thủ tục hành chính chưa đầy đủ.' }] });
    expect(ids(c, 'mot cua')).not.toContain(f.id);
    expect(ids(c, 'niem yet')).toContain(f.id);

    c.handlers['inspections.save']({ ...i, findings: [] });
    expect(ids(c, 'niem yet')).not.toContain(f.id);
    c.handlers['rows.restore']({ parentKind: 'inspection', parentId: i.id, ids: [f.id] });
    expect(ids(c, 'niem yet')).toContain(f.id);
  });

  it('leaves out what the bin holds: an inspection binned hides its rows, restored shows them again', () => {
    const c = core();
    const i = inspectionIn(c);
    const r = rec('Khắc phục tình trạng hồ sơ trễ hạn.');
    c.handlers['inspections.save']({ ...i, recommendations: [r] });
    expect(ids(c, 'tre han')).toContain(r.id);
    c.handlers['bin.delete']({ kind: 'inspection', id: i.id });
    expect(ids(c, 'tre han')).not.toContain(r.id);
    expect(ids(c, 'muong muon')).not.toContain(i.id);
    c.handlers['bin.restore']({ kind: 'inspection', id: i.id });
    expect(ids(c, 'tre han')).toContain(r.id);
    expect(ids(c, 'muong muon')).toContain(i.id);
  });

  it('finds an inspection by the name of its unit, renamed or not', () => {
    const c = core();
    const i = inspectionIn(c);
    expect(ids(c, 'muong m', ['inspection'])).toEqual([i.id]);
    const unit = c.handlers['units.list']({}).find((u) => u.id === i.unitId)!;
    c.handlers['units.save']({ ...unit, name: 'UBND phường Hoà Bình' });
    expect(ids(c, 'muong muon', ['inspection'])).toEqual([]);
    expect(ids(c, 'hoa binh', ['inspection'])).toEqual([i.id]);
    expect(ids(c, 'hòa bình', ['inspection'])).toEqual([i.id]); // old and new tone placement alike
  });

  it('a write that leaves the searched text as it was costs the index nothing', () => {
    const c = core();
    const i = inspectionIn(c);
    const f = finding('Hồ sơ lưu trữ đầy đủ.');
    c.handlers['inspections.save']({ ...i, findings: [f] });
    const total = () => c.db.prepare('SELECT total_changes()').pluck().get() as number;
    const t0 = total();
    c.db.prepare("UPDATE findings SET text = text, position = position, updated_at = 'later' WHERE id = ?").run(f.id);
    expect(total() - t0).toBe(1); // the row itself, no index row deleted and re-added
    c.db.prepare("UPDATE findings SET text = 'Hồ sơ lưu trữ chưa đầy đủ.' WHERE id = ?").run(f.id);
    expect(total() - t0).toBeGreaterThan(2);
    expect(ids(c, 'chua day du')).toContain(f.id);
  });

  it('prefix search as she types, words in any order, quotes and operators taken as text', () => {
    const c = core();
    const i = inspectionIn(c);
    const f = finding('Chưa cập nhật kịp thời "hồ sơ" lên Cổng dịch vụ công OR NOT.');
    c.handlers['inspections.save']({ ...i, findings: [f] });
    expect(ids(c, 'cong dich v')).toContain(f.id);
    expect(ids(c, 'dich vu cong')).toContain(f.id);
    expect(ids(c, '"ho so" OR')).toContain(f.id);
    expect(ids(c, 'NEAR(')).toEqual([]);
    expect(ids(c, '   ')).toEqual([]);
  });
});

describe('issued documents', () => {
  it('are found by their number and symbol and by their file name, typed without diacritics', async () => {
    const { core: c } = demoCoreWithFiles();
    const doc = await c.handlers['documents.issue']({ inspectionId: DEMO_IDS.inspectionMuongCha2022, type: 'minutes', issuedDate: '2022-10-06' });
    expect(doc.numberText).toMatch(/Đ/); // "01/BB-ĐKT": đ in the symbol
    const byNumber = c.handlers['search.query']({ text: foldKey(doc.numberText), kinds: ['document'] });
    expect(byNumber.map((h) => [h.id, h.inspectionId])).toEqual([[doc.id, DEMO_IDS.inspectionMuongCha2022]]);
    expect(byNumber[0].snippet).toContain(doc.numberText);
    const words = foldKey(doc.fileName).split(/[^a-z0-9]+/).filter((w) => w.length > 3).slice(0, 2).join(' ');
    expect(ids(c, words, ['document'])).toEqual([doc.id]);
  });
});

describe('ranking', () => {
  it('still finds the live rows when the best matches are all in the bin', () => {
    const c = core();
    const binned = inspectionIn(c, 'UBND xã Sa Lông');
    // More matches than the ranking looks at closely, each a better (shorter) match than the live one.
    c.handlers['inspections.save']({ ...binned, findings: Array.from({ length: 260 }, (_, k) => finding(`Hồ sơ trễ hạn ${k}.`)) });
    c.handlers['bin.delete']({ kind: 'inspection', id: binned.id });
    const live = inspectionIn(c, 'UBND xã Pa Ham');
    const f = finding('Qua kiểm tra ngẫu nhiên hồ sơ tại Bộ phận Một cửa, còn một số hồ sơ giải quyết trễ hạn so với quy định.');
    c.handlers['inspections.save']({ ...live, findings: [f] });
    expect(ids(c, 'tre han')).toEqual([f.id]);
    expect(c.handlers['search.query']({ text: 'tre han', limit: 5 }).map((h) => h.id)).toEqual([f.id]);
  });

  it('puts the inspection and the unit before rows that merely mention the name', () => {
    const c = core();
    const i = inspectionIn(c, 'UBND xã Chà Cang');
    c.handlers['inspections.save']({ ...i, findings: [finding('UBND xã Chà Cang chưa niêm yết.'), finding('Chà Cang')] });
    const kinds = c.handlers['search.query']({ text: 'cha cang' }).map((h) => h.kind);
    expect(kinds.indexOf('inspection')).toBeLessThan(kinds.lastIndexOf('finding'));
    expect(kinds.slice(0, 2).sort()).toEqual(['inspection', 'unit']);
  });
});

describe('a database from before the index', () => {
  it('is indexed by the migration, and a connection without fold() cannot write a record', () => {
    const dir = tempDir('bienban-search-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const dbPath = path.join(dir, DB_FILE);
    const before = MIGRATIONS.length - 1;
    const old = openDatabase(dbPath, { migrations: MIGRATIONS.slice(0, before) });
    const r = new Records(old, () => new Date('2024-05-01T00:00:00Z'));
    const campaign = r.saveCampaign(newCampaign(2022));
    const f = finding('Cán bộ, công chức cấp xã đạt chuẩn.');
    r.saveInspection({ ...newInspection(campaign.id), findings: [f] });
    old.close();

    const c = createCore({ dataDir: dir });
    cleanups.push(() => c.close());
    expect(ids(c, 'can bo cong chuc')).toContain(f.id);
    c.close();

    const raw = new Database(dbPath);
    try {
      expect(() => raw.prepare("UPDATE findings SET text = 'x' WHERE id = ?").run(f.id)).toThrow(/fold/);
      expect(raw.prepare('SELECT count(*) FROM search_index').pluck().get()).toBeGreaterThan(0); // reading needs nothing
    } finally {
      raw.close();
    }
  });
});

// Distinctive phrases of the five source reports the demo is built from (electron/core/demo/*.ts),
// each with the table and column that hold it. Searched folded and lower case, each must find its row.
const RECALL: [phrase: string, kind: SearchKind, table: string, column: string][] = [
  ['Điện Biên', 'unit', 'units', 'name'],
  ['Mường Chà', 'unit', 'units', 'name'],
  ['Mường Ảng', 'inspection', 'inspections', 'place'],
  ['Ngọc Lặc', 'inspection', 'inspections', 'place'],
  ['Vị Xuyên', 'inspection', 'inspections', 'place'],
  ['thủ tục hành chính', 'finding', 'findings', 'text'],
  ['một cửa', 'finding', 'findings', 'text'],
  ['Đoàn kiểm tra', 'finding', 'findings', 'text'],
  ['Đài truyền thanh', 'finding', 'findings', 'text'],
  ['Hệ thống quản lý chất lượng', 'finding', 'findings', 'text'],
  ['hồ sơ quá hạn', 'recommendation', 'recommendations', 'content'],
  ['Chỉ số cải cách hành chính', 'recommendation', 'recommendations', 'content'],
  ['niêm yết công khai', 'recommendation', 'recommendations', 'content'],
  ['Trang thông tin điện tử', 'recommendation', 'recommendations', 'content'],
  ['Vũ Minh Hồng', 'attendee', 'attendees', 'full_name'],
  ['Trang A Lử', 'attendee', 'attendees', 'full_name'],
  ['Dương Thị Thúy', 'attendee', 'attendees', 'full_name'],
  ['Phạm Văn Đạt', 'attendee', 'attendees', 'full_name'],
  ['Sở Nội vụ', 'member', 'team_members', 'agency'],
];

describe('recall on the demo (real Vietnamese phrases typed without diacritics)', () => {
  it.each(RECALL)('"%s" finds its %s', (phrase, kind, table, column) => {
    const c = core();
    c.handlers['demo.load']({});
    const expected = c.db.prepare(`SELECT id FROM ${table} WHERE instr(${column}, ?) > 0 AND deleted_at IS NULL`).pluck().all(phrase) as string[];
    expect(expected.length).toBeGreaterThan(0);
    const typed = foldKey(phrase);
    expect(typed).not.toBe(phrase.toLowerCase()); // the query really lost its diacritics
    const hits = ids(c, typed, [kind]);
    for (const id of expected) expect(hits).toContain(id);
    // … and the snippet shows the text as written, with its diacritics.
    const hit = c.handlers['search.query']({ text: typed, kinds: [kind], limit: 200 }).find((h) => h.id === expected[0])!;
    expect(foldKey(hit.snippet)).toContain(foldKey(phrase));
    expect(hit.snippet).not.toBe(foldKey(hit.snippet));
    expect(hit.title.length).toBeGreaterThan(0);
  });
});

describe('phrase reuse', () => {
  it('groups the same sentence, counts its uses, prefers the same area, leaves out the inspection being typed', () => {
    const c = core();
    const a = inspectionIn(c, 'UBND xã A');
    const b = inspectionIn(c, 'UBND xã B');
    const d = inspectionIn(c, 'UBND xã C');
    const campaign = c.handlers['campaigns.get']({ id: a.campaignId });
    const area = campaign.areas[1];
    const common = 'Chưa niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa.';
    c.handlers['inspections.save']({ ...a, findings: [finding(common), finding('Chưa niêm yết công khai số điện thoại đường dây nóng.', area.id)] });
    c.handlers['inspections.save']({ ...b, findings: [finding(common.toUpperCase().replace(/\.$/, ''))] });
    c.handlers['inspections.save']({ ...d, findings: [finding('Chưa niêm yết công khai thủ tục hành chính theo quy định.')] });

    const got = c.handlers['search.phrases']({ text: 'chua niem yet cong', kind: 'finding' });
    expect(got[0]).toEqual({ text: common, uses: 2 });
    expect(got.map((g) => g.uses)).toEqual([2, 1, 1]);
    // Under the same area, its own sentence counts double (a tie with the common one) and wins the tie.
    const sameArea = c.handlers['search.phrases']({ text: 'chua niem yet cong', kind: 'finding', areaId: area.id });
    expect(sameArea[0].text).toBe('Chưa niêm yết công khai số điện thoại đường dây nóng.');
    // Typing in inspection d: its own sentence is not offered back.
    const inD = c.handlers['search.phrases']({ text: 'chua niem yet cong', kind: 'finding', inspectionId: d.id });
    expect(inD.map((g) => g.text)).not.toContain('Chưa niêm yết công khai thủ tục hành chính theo quy định.');
    // Strengths suggest strengths: these sentences are all shortcomings.
    expect(c.handlers['search.phrases']({ text: 'chua niem yet cong', kind: 'finding', findingKind: 'strength' })).toEqual([]);
    expect(c.handlers['search.phrases']({ text: 'chua niem yet cong', kind: 'finding', findingKind: 'shortcoming' })).toHaveLength(3);
    // Recommendations are their own list; fewer than three words suggest nothing.
    expect(c.handlers['search.phrases']({ text: 'chua niem yet cong', kind: 'recommendation' })).toEqual([]);
    expect(c.handlers['search.phrases']({ text: 'chua niem', kind: 'finding' })).toEqual([]);
  });
});

describe('the search command', () => {
  async function run(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, cwd: process.cwd() });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  it('prints what it found, where, and the inspection id; --json gives the hits; no words is a usage error', async () => {
    const dir = tempDir('bienban-search-cli-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    expect((await run(['demo', '--data-dir', dir])).code).toBe(0);
    const text = await run(['search', 'muong', 'cha', '--data-dir', dir]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Cuộc kiểm tra · UBND huyện Mường Chà, 2022 · ' + DEMO_IDS.inspectionMuongCha2022);
    const json = await run(['search', 'trang a lu', '--json', '--data-dir', dir]);
    const hits = JSON.parse(json.out) as { kind: string; inspectionId?: string; snippet: string }[];
    const attendee = hits.find((h) => h.kind === 'attendee')!;
    expect(attendee.inspectionId).toBe(DEMO_IDS.inspectionMuongCha2022);
    expect(attendee.snippet).toContain('Trang A Lử');
    const none = await run(['search', 'khong co tu nay', '--data-dir', dir]);
    expect(none.out).toBe('Không tìm thấy "khong co tu nay".');
    expect((await run(['search', '--data-dir', dir])).code).toBe(2);
  });
});
