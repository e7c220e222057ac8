// Moving one inspection between laptops as a JSON file: what goes out comes back identical, a
// second import does not duplicate anything, and a bad file is refused with the exact field named in
// Vietnamese and nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { CoreError } from '../../electron/core/errors';
import type { Core } from '../../electron/core/core';
import { contract } from '../../shared/api';
import { describeIssues } from '../../shared/issues';
import { emptyIssuer, newCampaign, newId } from '../../shared/defaults';
import type { Campaign, Indicator, Inspection, Team, Unit, UnitLevel } from '../../shared/records';
import { InspectionTransfer, MAX_IMPORT_BASE64, TRANSFER_FORMAT, TRANSFER_VERSION } from '../../shared/transfer';
import { tempCore } from '../helpers';
import fs from 'node:fs';

type TestCore = Core & { dir: string };
/** A file's text as transfer.import receives it: its UTF-8 bytes, in base64. */
const upload = (json: string | Uint8Array) => ({ base64: Buffer.from(json).toString('base64') });
const cores: TestCore[] = [];
function core(): TestCore {
  const c = tempCore();
  cores.push(c);
  return c;
}
afterEach(() => {
  for (const c of cores.splice(0)) {
    c.close();
    fs.rmSync(c.dir, { recursive: true, force: true });
  }
});

interface World {
  campaign: Campaign;
  team: Team;
  province: Unit;
  district: Unit;
  commune: Unit;
  village: Unit;
  unrelated: Unit;
  inspection: Inspection;
  villageLevel: UnitLevel;
}

const ind = (c: Campaign, name: string): Indicator => {
  const found = c.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found;
};

/** Đoàn kiểm tra số 2 at UBND huyện Mường Chà, with everything a real record has. */
function buildWorld(h: Core['handlers']): World {
  const levels = h['unitLevels.list']({});
  const villageLevel: UnitLevel = { id: newId(), name: 'Cấp thôn, bản', position: levels.length };
  const saved = h['unitLevels.save']({ levels: [...levels, villageLevel] });
  const level = (name: string) => saved.find((l) => l.name === name)!.id;

  const province = h['units.save']({
    id: newId(), name: 'UBND tỉnh Điện Biên', levelId: level('Cấp tỉnh'), parentId: null, address: 'Thành phố Điện Biên Phủ',
    representatives: [{ id: newId(), honorific: 'Ông', fullName: 'Lê Thành Đô', title: 'Chủ tịch UBND tỉnh' }],
  });
  const district = h['units.save']({
    id: newId(), name: 'UBND huyện Mường Chà', levelId: level('Cấp huyện'), parentId: province.id, address: 'Thị trấn Mường Chà',
    representatives: [
      { id: newId(), honorific: 'Ông', fullName: 'Trang A Lử', title: 'Phó Bí thư, Chủ tịch UBND huyện' },
      { id: newId(), honorific: 'Bà', fullName: 'Lò Thị Thu', title: 'Trưởng phòng Nội vụ' },
    ],
  });
  const commune = h['units.save']({
    id: newId(), name: 'UBND xã Sa Lông', levelId: level('Cấp xã'), parentId: district.id, address: '', representatives: [],
  });
  const village = h['units.save']({
    id: newId(), name: 'Bản Huổi Lèng', levelId: villageLevel.id, parentId: commune.id, address: '', representatives: [],
  });
  const unrelated = h['units.save']({
    id: newId(), name: 'Sở Nội vụ', levelId: level('Sở, ban, ngành'), parentId: province.id, address: '', representatives: [],
  });

  const c = newCampaign(2022, undefined, DISTRICT_ISSUER);
  c.plan = { number: '1703/KH-UBND', date: '2022-06-09', issuer: 'UBND tỉnh Điện Biên', summary: 'Kiểm tra công tác cải cách hành chính năm 2022' };
  c.decision = { number: '2081/QĐ-UBND', date: '2022-09-20', issuer: 'UBND tỉnh Điện Biên', summary: 'Thành lập Đoàn kiểm tra công tác CCHC năm 2022' };
  const campaign = h['campaigns.save'](c);
  const area = (k: number) => campaign.areas[k].id;

  const team = h['teams.save']({
    id: newId(), campaignId: campaign.id, number: 2,
    members: [
      { id: newId(), honorific: 'Ông', fullName: 'Vũ Minh Hồng', role: 'leader', title: 'Phó Giám đốc Sở Nội vụ', agency: 'Sở Nội vụ' },
      { id: newId(), honorific: 'Bà', fullName: 'Nguyễn Thị Hoà', role: 'deputy', title: 'Trưởng phòng CCHC', agency: 'Sở Nội vụ' },
      { id: newId(), honorific: 'Ông', fullName: 'Đặng Văn Ánh', role: 'member', title: 'Chuyên viên', agency: 'Văn phòng UBND tỉnh' },
      { id: newId(), honorific: 'Bà', fullName: 'Quàng Thị Ăn', role: 'secretary', title: 'Chuyên viên', agency: 'Sở Nội vụ' },
    ],
  });

  const inspection: Inspection = {
    id: newId(), drafts: {}, campaignId: campaign.id, teamId: team.id, unitId: district.id,
    dateFrom: '2022-10-03', dateTo: '2022-10-06', meetingDate: '2022-10-06', startTime: '08:00', endTime: '11:30',
    place: 'Hội trường UBND huyện Mường Chà', chairNote: 'đồng chủ trì',
    docOptions: {
      conclusionIssuer: 'office', copies: 4, archiveUnit: 'KSTT',
      conclusionSigner: { authority: 'TL. CHỦ TỊCH', title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Nguyễn Ngọc Thể' },
      minutesUnitSigner: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Trang A Lử' },
      minutesTeamSigner: { authority: '', title: 'TRƯỞNG ĐOÀN', name: '' },
      recipientsMinutes: [], recipientsConclusion: ['UBND huyện Mường Chà (để thực hiện)', 'Sở Nội vụ (để theo dõi)'],
    },
    attendees: [
      { id: newId(), side: 'team', honorific: 'Ông', fullName: 'Vũ Minh Hồng', title: 'Trưởng đoàn', agency: 'Sở Nội vụ', isChair: true },
      { id: newId(), side: 'unit', honorific: 'Ông', fullName: 'Trang A Lử', title: 'Chủ tịch UBND huyện', agency: 'UBND huyện Mường Chà', isChair: true },
      { id: newId(), side: 'unit', honorific: '', fullName: '', title: 'Lãnh đạo các phòng chuyên môn', agency: 'UBND huyện Mường Chà', isChair: false },
      { id: newId(), side: 'guest', honorific: 'Bà', fullName: 'Lò Thị Thu', title: 'Trưởng phòng Nội vụ', agency: 'UBND huyện Mường Chà', isChair: false },
    ],
    subUnits: [
      { id: newId(), unitId: commune.id, name: 'UBND xã Sa Lông', note: 'Kiểm tra bộ phận một cửa' },
      { id: newId(), unitId: village.id, name: 'Bản Huổi Lèng', note: '' },
      { id: newId(), unitId: null, name: 'Trung tâm Văn hóa huyện', note: 'Không có trong danh mục đơn vị' },
    ],
    findings: [
      { id: newId(), areaId: null, kind: 'strength', text: 'Đoàn kiểm tra đánh giá cao những kết quả huyện đạt được.' },
      { id: newId(), areaId: area(0), kind: 'strength', text: 'Công tác CCHC được lãnh đạo UBND huyện quan tâm chỉ đạo.' },
      { id: newId(), areaId: area(2), kind: 'shortcoming', text: 'Còn 231 hồ sơ thủ tục hành chính giải quyết trễ hạn.' },
      { id: newId(), areaId: area(2), kind: 'cause', text: 'Một số công chức chưa thành thạo phần mềm một cửa điện tử.' },
    ],
    figures: [
      { id: newId(), indicatorId: ind(campaign, 'Hồ sơ TTHC tiếp nhận').id, value: 25718, denominator: null, note: '' },
      { id: newId(), indicatorId: ind(campaign, 'Giải quyết trước hạn').id, value: 7139, denominator: null, note: '' },
      { id: newId(), indicatorId: ind(campaign, 'Giải quyết đúng hạn').id, value: 18254, denominator: null, note: '' },
      { id: newId(), indicatorId: ind(campaign, 'Giải quyết trễ hạn').id, value: 231, denominator: null, note: '' },
      { id: newId(), indicatorId: ind(campaign, 'Đang giải quyết trong hạn').id, value: 94, denominator: null, note: '' },
      { id: newId(), indicatorId: ind(campaign, 'Văn bản đi được ký số').id, value: 8209, denominator: 8418, note: '' },
      { id: newId(), indicatorId: ind(campaign, 'Văn bản điện tử trao đổi trên môi trường mạng').id, value: 99.6, denominator: null, note: 'theo báo cáo của huyện' },
    ],
    recommendations: [
      {
        id: newId(), areaId: area(0), content: 'Xây dựng kế hoạch khắc phục tồn tại, hạn chế.', responsibleUnit: 'UBND huyện Mường Chà',
        remedyDeadline: '2022-12-31', remedyDeadlineNote: '', reportDeadline: '2023-01-15', reportTo: 'Sở Nội vụ', status: 'open', statusNote: '',
      },
      {
        id: newId(), areaId: area(2), content: 'Giải quyết dứt điểm hồ sơ trễ hạn.', responsibleUnit: 'Bộ phận một cửa huyện',
        remedyDeadline: '2022-11-30', remedyDeadlineNote: '', reportDeadline: null, reportTo: '', status: 'in_progress', statusNote: 'Đã xử lý 120 hồ sơ',
      },
      {
        id: newId(), areaId: null, content: 'Rà soát quy chế làm việc.', responsibleUnit: 'Văn phòng HĐND và UBND huyện',
        remedyDeadline: null, remedyDeadlineNote: 'khắc phục ngay', reportDeadline: null, reportTo: '', status: 'done', statusNote: '',
      },
    ],
    unitOpinion: 'UBND huyện nghiêm túc tiếp thu kết luận của Đoàn kiểm tra.',
    unitProposals: [
      { id: newId(), content: 'Đề nghị tỉnh hỗ trợ kinh phí số hóa hồ sơ.', addressedTo: 'UBND tỉnh' },
      { id: newId(), content: 'Đề nghị tập huấn phần mềm một cửa.', addressedTo: 'Sở Thông tin và Truyền thông' },
    ],
  };
  h['inspections.save'](inspection);
  return { campaign, team, province, district, commune, village, unrelated, inspection, villageLevel };
}

/** Every row of every table, ordered: "the records did not change" means this is equal. */
function snapshot(c: Core): Record<string, unknown[]> {
  const tables = c.db
    // The search index (migration 10) is derived from these rows by triggers, and FTS5's own tables have no rowid.
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, c.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}
function counts(c: Core): Record<string, number> {
  return Object.fromEntries(Object.entries(snapshot(c)).map(([t, rows]) => [t, rows.length]));
}
/** A unit as the other laptop sees it: its level by name (level ids are local to each laptop). */
function unitView(c: Core, u: Unit) {
  const levels = c.handlers['unitLevels.list']({});
  return { ...u, levelId: levels.find((l) => l.id === u.levelId)?.name ?? null };
}

/** A district campaign's issuing side: what the first laptop typed on the campaign's tab. */
const DISTRICT_ISSUER = {
  ...emptyIssuer(), level: 'district' as const, province: 'Điện Biên', superiorBody: 'UBND HUYỆN MƯỜNG CHÀ', issuingBody: 'PHÒNG NỘI VỤ',
  placeName: 'Mường Chà', teamSymbol: 'ĐKT', issuerSymbol: 'PNV', headTitle: 'Trưởng phòng',
};
/** The second laptop's own default (settings), for a file of version 1. */
const LAPTOP_DEFAULT = { ...emptyIssuer(), province: 'Lai Châu', superiorBody: 'UBND TỈNH LAI CHÂU', issuingBody: 'SỞ NỘI VỤ', placeName: 'Lai Châu', teamSymbol: 'ĐKT', issuerSymbol: 'SNV' };

describe('export → import between two laptops', () => {
  let a: TestCore;
  let b: TestCore;
  let w: World;
  let file: { fileName: string; json: string };
  beforeEach(() => {
    a = core();
    b = core();
    w = buildWorld(a.handlers);
    file = a.handlers['transfer.export']({ id: w.inspection.id });
  });

  it('writes a versioned file named after the unit and date', () => {
    expect(file.fileName).toBe('kiem-tra-ubnd-huyen-muong-cha-2022-10-03.json');
    const doc = JSON.parse(file.json);
    expect(doc.format).toBe(TRANSFER_FORMAT);
    expect(doc.version).toBe(TRANSFER_VERSION);
    expect(InspectionTransfer.safeParse(doc).success).toBe(true);
    // The inspected unit, its parents and the visited sub-units travel; unrelated units do not.
    expect(doc.units.map((u: Unit) => u.name).sort()).toEqual(
      ['Bản Huổi Lèng', 'UBND huyện Mường Chà', 'UBND tỉnh Điện Biên', 'UBND xã Sa Lông'].sort(),
    );
  });

  it('the second laptop reads back exactly what the first one saved', () => {
    const res = b.handlers['transfer.import'](upload(file.json));
    expect(res).toEqual({ inspectionId: w.inspection.id, replaced: false, renamed: 0, note: '' });

    expect(b.handlers['campaigns.get']({ id: w.campaign.id })).toEqual(a.handlers['campaigns.get']({ id: w.campaign.id }));
    expect(b.handlers['teams.list']({ campaignId: w.campaign.id })).toEqual(a.handlers['teams.list']({ campaignId: w.campaign.id }));
    expect(b.handlers['inspections.get']({ id: w.inspection.id })).toEqual(a.handlers['inspections.get']({ id: w.inspection.id }));
    expect(b.handlers['inspections.get']({ id: w.inspection.id })).toEqual(w.inspection);
    expect(b.handlers['inspections.list']({})).toEqual([
      expect.objectContaining({ id: w.inspection.id, unitName: 'UBND huyện Mường Chà', teamNumber: 2, dateFrom: '2022-10-03', year: 2022 }),
    ]);

    const exported = [w.province, w.district, w.commune, w.village];
    const bUnits = b.handlers['units.list']({});
    expect(bUnits.map((u) => u.id).sort()).toEqual(exported.map((u) => u.id).sort());
    for (const u of exported) {
      expect(unitView(b, bUnits.find((x) => x.id === u.id)!), u.name).toEqual(unitView(a, u));
    }
    // Levels are matched by name: the default ones are not duplicated, the custom one is added.
    const bLevels = b.handlers['unitLevels.list']({}).map((l) => l.name);
    expect(bLevels).toEqual(a.handlers['unitLevels.list']({}).map((l) => l.name));
    expect(new Set(bLevels).size).toBe(bLevels.length);
  });

  it('carries the units\' e-mail addresses, and reads a file from before they existed as empty ones', () => {
    a.handlers['units.save']({ ...w.district, email: 'vanthu@muongcha.dienbien.gov.vn' });
    const withEmail = JSON.parse(a.handlers['transfer.export']({ id: w.inspection.id }).json);
    expect(withEmail.units.find((u: Unit) => u.id === w.district.id).email).toBe('vanthu@muongcha.dienbien.gov.vn');
    b.handlers['transfer.import'](upload(JSON.stringify(withEmail)));
    expect(b.handlers['units.list']({}).find((u) => u.id === w.district.id)?.email).toBe('vanthu@muongcha.dienbien.gov.vn');

    const c = core();
    const old = { ...withEmail, units: withEmail.units.map(({ email: _e, ...u }: Unit) => u) };
    expect(old.units.every((u: object) => !('email' in u))).toBe(true);
    expect(c.handlers['transfer.import'](upload(JSON.stringify(old)))).toEqual({ inspectionId: w.inspection.id, replaced: false, renamed: 0, note: '' });
    expect(c.handlers['units.list']({}).map((u) => u.email)).toEqual(old.units.map(() => ''));
  });

  it('version 2 carries the campaign\'s issuing side: the second laptop issues with it, not with its own default', () => {
    b.handlers['settings.save'](LAPTOP_DEFAULT);
    expect(JSON.parse(file.json).campaign.issuer).toEqual(DISTRICT_ISSUER);
    b.handlers['transfer.import'](upload(file.json));
    expect(b.handlers['campaigns.get']({ id: w.campaign.id }).issuer).toEqual(DISTRICT_ISSUER);
    expect(b.handlers['settings.get']({})).toEqual(LAPTOP_DEFAULT);
  });

  it('a file of version 1 (no issuing side) still imports: a new campaign takes the local default, a known one keeps its own', () => {
    const v1 = JSON.parse(file.json);
    v1.version = 1;
    delete v1.campaign.issuer;
    b.handlers['settings.save'](LAPTOP_DEFAULT);
    expect(b.handlers['transfer.import'](upload(JSON.stringify(v1)))).toMatchObject({ inspectionId: w.inspection.id, replaced: false });
    expect(b.handlers['campaigns.get']({ id: w.campaign.id }).issuer).toEqual(LAPTOP_DEFAULT);
    // Back on the first laptop, which has the campaign with its own issuing side: that one stays.
    a.handlers['settings.save'](LAPTOP_DEFAULT);
    expect(a.handlers['transfer.import'](upload(JSON.stringify(v1)))).toMatchObject({ replaced: true });
    expect(a.handlers['campaigns.get']({ id: w.campaign.id }).issuer).toEqual(DISTRICT_ISSUER);
    // With no default either, the campaign comes in with an empty issuing side, to be filled on its tab.
    const c = core();
    c.handlers['transfer.import'](upload(JSON.stringify(v1)));
    expect(c.handlers['campaigns.get']({ id: w.campaign.id }).issuer).toEqual(emptyIssuer());
    // A file of version 1 is still checked whole: a version-2 field does not make it valid, a bad reference is refused.
    expect(() => c.handlers['transfer.import'](upload(JSON.stringify({ ...v1, inspection: { ...v1.inspection, campaignId: newId() } }))))
      .toThrow(/Không khớp với đợt kiểm tra/);
  });

  it('importing the same file twice replaces, it does not duplicate', () => {
    b.handlers['transfer.import'](upload(file.json));
    const once = counts(b);
    const rowIds = (t: string) => b.db.prepare(`SELECT id FROM ${t} ORDER BY id`).pluck().all();
    const idsOnce = ['units', 'campaigns', 'teams', 'team_members', 'inspections', 'findings', 'figures', 'recommendations'].map(rowIds);

    const again = b.handlers['transfer.import'](upload(file.json));
    expect(again).toEqual({ inspectionId: w.inspection.id, replaced: true, renamed: 0, note: '' });
    expect(counts(b)).toEqual(once);
    expect(['units', 'campaigns', 'teams', 'team_members', 'inspections', 'findings', 'figures', 'recommendations'].map(rowIds)).toEqual(idsOnce);
    expect(b.handlers['inspections.list']({})).toHaveLength(1);
    expect(b.handlers['inspections.get']({ id: w.inspection.id })).toEqual(w.inspection);
  });

  it('an inspection, campaign, team or unit in the local bin is not brought back: she restores it first', () => {
    b.handlers['transfer.import'](upload(file.json));
    b.handlers['bin.delete']({ kind: 'inspection', id: w.inspection.id });
    b.handlers['bin.delete']({ kind: 'unit', id: w.district.id });
    const before = snapshot(b);
    let err: unknown;
    try {
      b.handlers['transfer.import'](upload(file.json));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CoreError);
    expect((err as CoreError).code).toBe('IMPORT_IN_BIN');
    expect((err as CoreError).message).toBe(
      'Trên máy này, cuộc kiểm tra, đơn vị "UBND huyện Mường Chà" của tệp đang nằm trong Thùng rác. ' +
        'Hãy khôi phục trong Thùng rác rồi nhập lại. Không có gì được nhập.',
    );
    expect(snapshot(b)).toEqual(before);
    b.handlers['bin.restore']({ kind: 'inspection', id: w.inspection.id });
    b.handlers['bin.restore']({ kind: 'unit', id: w.district.id });
    expect(b.handlers['transfer.import'](upload(file.json)).replaced).toBe(true);
    expect(b.handlers['inspections.get']({ id: w.inspection.id })).toEqual(w.inspection);
  });

  it('rows whose ids this laptop uses elsewhere or keeps in the bin come in under new ids, and the result says so', () => {
    b.handlers['transfer.import'](upload(file.json));
    const local = b.handlers['inspections.get']({ id: w.inspection.id });
    // Locally: one finding removed (now in the bin), and a recommendation copied into another inspection's id space.
    b.handlers['inspections.save']({ ...local, findings: local.findings.slice(1) });
    const other = { ...local, id: newId(), attendees: [], subUnits: [], findings: [], figures: [], unitProposals: [], recommendations: [] };
    b.handlers['inspections.save'](other);
    const doc = JSON.parse(file.json);
    const stolen = w.inspection.recommendations[0];
    b.db.prepare('UPDATE recommendations SET inspection_id = ? WHERE id = ?').run(other.id, stolen.id);
    // A half-typed deadline of that recommendation travels in the file as a draft keyed by its old id.
    doc.inspection.drafts = { [`recommendations.${stolen.id}.remedyDeadline`]: 'cuối quý 3' };
    doc.inspection.recommendations[0].remedyDeadline = null;

    const res = b.handlers['transfer.import'](upload(JSON.stringify(doc)));
    expect(res.renamed).toBe(2);
    expect(res.note).toBe('2 dòng trong tệp có mã trùng với dòng của mục khác (hoặc trong Thùng rác) trên máy này nên được nhập với mã mới.');
    const after = b.handlers['inspections.get']({ id: w.inspection.id });
    expect(after.findings.map((f) => f.text)).toEqual(w.inspection.findings.map((f) => f.text));
    expect(after.findings[0].id).not.toBe(w.inspection.findings[0].id);
    expect(after.recommendations[0].id).not.toBe(stolen.id);
    expect(after.recommendations[0].content).toBe(stolen.content);
    // The draft follows the row to its new id, so she still sees what she typed there.
    expect(after.drafts).toEqual({ [`recommendations.${after.recommendations[0].id}.remedyDeadline`]: 'cuối quý 3' });
    // The local rows stay where they were: the removed finding in the bin, the other inspection's row there.
    expect(b.db.prepare('SELECT deleted_at IS NOT NULL FROM findings WHERE id = ?').pluck().get(w.inspection.findings[0].id)).toBe(1);
    expect(b.db.prepare('SELECT inspection_id FROM recommendations WHERE id = ?').pluck().get(stolen.id)).toBe(other.id);
    // Importing the same file again lands on the same new ids: nothing is added.
    const rows = counts(b);
    b.handlers['transfer.import'](upload(JSON.stringify(doc)));
    expect(counts(b)).toEqual(rows);
    expect(b.handlers['inspections.get']({ id: w.inspection.id })).toEqual(after);
  });

  it('an import replaces local edits with the file, and rows the file lacks go to the bin', () => {
    b.handlers['transfer.import'](upload(file.json));
    const local = b.handlers['inspections.get']({ id: w.inspection.id });
    const extra = { id: newId(), areaId: null, kind: 'cause' as const, text: 'Ghi thêm trên máy này' };
    b.handlers['inspections.save']({ ...local, place: 'Sửa trên máy B', findings: [...local.findings, extra] });
    b.handlers['transfer.import'](upload(file.json));
    expect(b.handlers['inspections.get']({ id: w.inspection.id })).toEqual(w.inspection);
    expect(b.db.prepare('SELECT deleted_at IS NOT NULL FROM findings WHERE id = ?').pluck().get(extra.id)).toBe(1);
  });

  it('keeps the indicators, areas and team members only this laptop has, so its other inspections stay whole', () => {
    b.handlers['transfer.import'](upload(file.json));
    const campaign = b.handlers['campaigns.get']({ id: w.campaign.id });
    const localIndicator: Indicator = { id: newId(), name: 'Chỉ tiêu chỉ có trên máy B', areaId: null, kind: 'count', unit: 'hồ sơ', parentId: null };
    b.handlers['campaigns.save']({ ...campaign, indicators: [...campaign.indicators, localIndicator] });
    const [team] = b.handlers['teams.list']({ campaignId: w.campaign.id });
    const localMember = { id: newId(), honorific: 'Bà' as const, fullName: 'Lò Thị Mai', role: 'member' as const, title: 'Chuyên viên', agency: 'Sở Nội vụ' };
    b.handlers['teams.save']({ ...team, members: [...team.members, localMember] });
    const other = { ...w.inspection, id: newId(), attendees: [], subUnits: [], findings: [], recommendations: [], unitProposals: [],
      figures: [{ id: newId(), indicatorId: localIndicator.id, value: 12, denominator: null, note: '' }] };
    b.handlers['inspections.save'](other);

    b.handlers['transfer.import'](upload(file.json));
    const after = b.handlers['campaigns.get']({ id: w.campaign.id });
    expect(after.indicators.map((i) => i.id)).toEqual([...w.campaign.indicators.map((i) => i.id), localIndicator.id]);
    expect(b.handlers['teams.list']({ campaignId: w.campaign.id })[0].members.map((m) => m.fullName)).toContain('Lò Thị Mai');
    expect(b.handlers['inspections.get']({ id: other.id }).figures[0].indicatorId).toBe(localIndicator.id);
  });
});

describe('a bad import file is refused, names the field, and writes nothing', () => {
  let target: TestCore;
  let good: Record<string, any>;
  let w: World;
  beforeEach(() => {
    const source = core();
    w = buildWorld(source.handlers);
    good = JSON.parse(source.handlers['transfer.export']({ id: w.inspection.id }).json);
    // The target already holds records (this same inspection, imported earlier) that must survive.
    target = core();
    target.handlers['transfer.import'](upload(JSON.stringify(good)));
  });

  const variant = (edit: (doc: Record<string, any>) => void): string => {
    const doc = structuredClone(good);
    edit(doc);
    return JSON.stringify(doc);
  };

  function expectRefused(json: string, ...fragments: string[]): string {
    return expectRefusedBytes(Buffer.from(json, 'utf8'), ...fragments);
  }
  function expectRefusedBytes(json: Uint8Array, ...fragments: string[]): string {
    const before = snapshot(target);
    const lists = [target.handlers['inspections.list']({}), target.handlers['units.list']({}), target.handlers['campaigns.list']({})];
    let err: unknown;
    try {
      target.handlers['transfer.import'](upload(json));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CoreError);
    const e = err as CoreError;
    expect(e.code).toBe('IMPORT_INVALID');
    for (const f of fragments) expect(e.message).toContain(f);
    expect(e.message).toMatch(/[Kk]hông có gì được nhập/);
    expect(snapshot(target)).toEqual(before);
    expect([target.handlers['inspections.list']({}), target.handlers['units.list']({}), target.handlers['campaigns.list']({})]).toEqual(lists);
    // The same refusal reaches the UI as a result envelope, not an exception.
    const res = dispatch(target.handlers, 'transfer.import', upload(json));
    expect(res).toEqual({ ok: false, error: { code: 'IMPORT_INVALID', message: e.message } });
    expect(snapshot(target)).toEqual(before);
    return e.message;
  }

  it('not JSON', () => {
    expectRefused('{"format": "bienban.inspection", "version": 1,', 'không phải JSON hợp lệ');
    expectRefused('', 'Tệp rỗng');
  });

  it('NaN and Infinity, with the line and column', () => {
    const text = JSON.stringify(JSON.parse(variant((d) => (d.inspection.figures[0].value = 1))), null, 2);
    const at = text.indexOf('"value": 1');
    const line = text.slice(0, at).split('\n').length;
    const col = at - text.lastIndexOf('\n', at - 1) + '"value": '.length;
    expectRefused(text.replace('"value": 1', '"value": NaN'), `lỗi ở dòng ${line}, cột ${col}: NaN không phải là số hợp lệ trong JSON`);
    expectRefused(text.replace('"value": 1', '"value": -Infinity'), `lỗi ở dòng ${line}, cột ${col}: -Infinity không phải là số hợp lệ trong JSON`);
    expectRefused('{"a": 1,\n  "b": 2,}', 'dòng 2, cột 10', 'cần tên trường');
  });

  it('bytes that are not UTF-8 are refused with their place, never stored as \uFFFD', () => {
    const text = variant((d) => (d.inspection.place = 'Hội trường UBND huyện'));
    const bytes = Buffer.from(text, 'utf8');
    const at = bytes.indexOf(Buffer.from('Hội trường'));
    bytes[at + 1] = 0xff; // never valid in UTF-8 (a file saved in a legacy code page has bytes like it)
    const col = text.indexOf('Hội trường') + 2;
    const msg = expectRefusedBytes(bytes, 'không phải văn bản UTF-8 hợp lệ', `(byte lỗi ở dòng 1, cột ${col})`);
    expect(msg).not.toContain('\uFFFD');
  });

  it('a UTF-8 BOM is accepted, a UTF-16 file from Notepad is read', () => {
    const at = (place: string) => variant((d) => (d.inspection.place = place));
    const text = at('Hội trường UBND huyện Mường Chà');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    target.handlers['transfer.import'](upload(bom));
    expect(target.handlers['inspections.get']({ id: w.inspection.id }).place).toBe('Hội trường UBND huyện Mường Chà');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(at('Hội trường UBND huyện Mường Ảng'), 'utf16le')]);
    target.handlers['transfer.import'](upload(le));
    expect(target.handlers['inspections.get']({ id: w.inspection.id }).place).toBe('Hội trường UBND huyện Mường Ảng');
    const be = Buffer.from(at('Hội trường UBND huyện Điện Biên'), 'utf16le').swap16();
    target.handlers['transfer.import'](upload(Buffer.concat([Buffer.from([0xfe, 0xff]), be])));
    expect(target.handlers['inspections.get']({ id: w.inspection.id }).place).toBe('Hội trường UBND huyện Điện Biên');
  });

  it('two rows with one id in the file are refused, naming both places', () => {
    const msg = expectRefused(
      variant((d) => (d.inspection.findings[2].id = d.inspection.findings[0].id)),
      `Cuộc kiểm tra › Kết quả kiểm tra số 3: Trùng mã (id) ${good.inspection.findings[0].id} với Cuộc kiểm tra › Kết quả kiểm tra số 1`,
    );
    expect(msg).not.toContain('Kết quả kiểm tra số 2');
    expectRefused(
      variant((d) => (d.units[1].representatives = [...d.units[1].representatives, ...d.units[0].representatives])),
      'Trùng mã (id)',
    );
  });

  it('JSON that is not an object', () => {
    expectRefused('[1, 2, 3]', 'Không phải tệp kiểm tra của BienBan');
    expectRefused('null', 'Không phải tệp kiểm tra của BienBan');
  });

  it('wrong format', () => {
    const msg = expectRefused(variant((d) => (d.format = 'bienban.unit')), 'Định dạng tệp', 'Không phải tệp kiểm tra của BienBan');
    expect(msg).not.toContain('Thiếu trường'); // one clear reason, not a list of follow-on errors
  });

  it('a newer format version', () => {
    const next = TRANSFER_VERSION + 1;
    const msg = expectRefused(variant((d) => (d.version = next)), 'Phiên bản định dạng', `phiên bản ${next}`, 'mới hơn');
    expect(msg).not.toContain('Thiếu trường');
    // Even when the newer version's fields look nothing like ours.
    expectRefused(JSON.stringify({ format: TRANSFER_FORMAT, version: next, payload: {} }), 'Phiên bản định dạng', 'mới hơn');
  });

  it('an unknown older or malformed version', () => {
    expectRefused(variant((d) => (d.version = 0)), 'Phiên bản định dạng');
    expectRefused(variant((d) => (d.version = '1')), 'Phiên bản định dạng');
    expectRefused(variant((d) => delete d.version), 'Phiên bản định dạng');
  });

  it('missing inspection.id', () => {
    expectRefused(variant((d) => delete d.inspection.id), 'Cuộc kiểm tra › Mã (id): Thiếu trường bắt buộc');
  });

  it("a date that does not exist: recommendations[1].remedyDeadline = '2022-02-30'", () => {
    expectRefused(
      variant((d) => (d.inspection.recommendations[1].remedyDeadline = '2022-02-30')),
      'Cuộc kiểm tra › Kiến nghị số 2 › Thời hạn khắc phục: Ngày không tồn tại',
    );
    expectRefused(
      variant((d) => (d.inspection.recommendations[0].reportDeadline = '15/01/2023')),
      'Cuộc kiểm tra › Kiến nghị số 1 › Thời hạn báo cáo: Ngày phải có dạng yyyy-mm-dd',
    );
  });

  it('a figure pointing at an indicator the campaign does not have', () => {
    expectRefused(
      variant((d) => (d.inspection.figures[3].indicatorId = newId())),
      'Cuộc kiểm tra › Số liệu số 4 › Chỉ tiêu: Chỉ tiêu không có trong đợt kiểm tra',
    );
  });

  it('an id that is not a UUID', () => {
    expectRefused(
      variant((d) => (d.inspection.findings[2].id = 'phat-hien-3')),
      'Cuộc kiểm tra › Kết quả kiểm tra số 3 › Mã (id): Mã (id) không đúng dạng UUID',
    );
    expectRefused(variant((d) => (d.team.members[0].id = 42)), 'Đoàn kiểm tra › Thành viên số 1 › Mã (id): Phải là chuỗi văn bản');
  });

  it('a string where a number is expected', () => {
    expectRefused(variant((d) => (d.inspection.figures[0].value = '25.718')), 'Cuộc kiểm tra › Số liệu số 1 › Giá trị: Phải là số');
    expectRefused(variant((d) => (d.campaign.year = '2022')), 'Đợt kiểm tra › Năm: Phải là số');
  });

  it('references that do not hold inside the file', () => {
    expectRefused(variant((d) => (d.inspection.campaignId = newId())), 'Cuộc kiểm tra › Đợt kiểm tra: Không khớp với đợt kiểm tra trong tệp');
    expectRefused(variant((d) => (d.units = d.units.filter((u: Unit) => u.id !== w.district.id))), 'Cuộc kiểm tra › Đơn vị được kiểm tra');
  });

  it('units whose parents form a loop', () => {
    const msg = expectRefused(
      variant((d) => {
        const province = d.units.find((u: Unit) => u.id === w.province.id);
        province.parentId = w.commune.id; // tỉnh → xã → huyện → tỉnh
      }),
      'Đơn vị số',
      '› Cấp trên',
    );
    expect(msg).toContain('vòng');
    expectRefused(variant((d) => (d.units[0].parentId = d.units[0].id)), 'Đơn vị số 1 › Cấp trên');
  });

  it('a file larger than the contract allows is rejected by dispatch before it is parsed', () => {
    const max = (contract['transfer.import'].input.shape.base64 as { maxLength: number | null }).maxLength;
    expect(max).toBe(MAX_IMPORT_BASE64);
    const before = snapshot(target);
    const huge = 'A'.repeat(max! + 4);
    const res = dispatch(target.handlers, 'transfer.import', { base64: huge });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('INVALID_INPUT');
      expect(res.error.message).toContain('Quá dài');
      expect(res.error.message).toContain('66.666.668');
      expect(res.error.message).not.toMatch(/\bbase64\b/); // the field is named for the user, not by its key
    }
    expect(snapshot(target)).toEqual(before);
  });
});

describe('validation messages', () => {
  it('tell a missing field from a wrong type, with or without reportInput', () => {
    const doc = { format: TRANSFER_FORMAT, version: TRANSFER_VERSION, exportedAt: 5 };
    for (const opts of [{}, { reportInput: true }]) {
      const res = InspectionTransfer.safeParse(doc, opts);
      expect(res.success).toBe(false);
      const lines = describeIssues(res.error!, 50);
      expect(lines).toContain('Thời điểm xuất: Phải là chuỗi văn bản');
      expect(lines).toContain('Cuộc kiểm tra: Thiếu trường bắt buộc');
    }
  });
});

describe('units.save', () => {
  it('refuses a parent chain that loops back to the unit', () => {
    const c = core();
    const h = c.handlers;
    const base = { levelId: null, address: '', representatives: [] };
    const a = h['units.save']({ ...base, id: newId(), name: 'A', parentId: null });
    const b = h['units.save']({ ...base, id: newId(), name: 'B', parentId: a.id });
    const before = snapshot(c);
    const err = (() => {
      try {
        h['units.save']({ ...a, parentId: b.id });
      } catch (e) {
        return e as CoreError;
      }
    })();
    expect(err).toBeInstanceOf(CoreError);
    expect(err!.message).toContain('vòng');
    expect(snapshot(c)).toEqual(before);
  });
});
