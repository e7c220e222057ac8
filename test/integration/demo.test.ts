import { afterEach, describe, expect, it } from 'vitest';
import { checkParts, figureText } from '../../shared/figures';
import { Campaign, Inspection, Team, Unit } from '../../shared/records';
import { DEMO_CAMPAIGNS } from '../../electron/core/demo/campaigns';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { muongAng2020 } from '../../electron/core/demo/muong-ang-2020';
import { muongCha2022 } from '../../electron/core/demo/muong-cha-2022';
import { huyenDienBien2022 } from '../../electron/core/demo/huyen-dien-bien-2022';
import { ngocLac2023 } from '../../electron/core/demo/ngoc-lac-2023';
import { viXuyen2019 } from '../../electron/core/demo/vi-xuyen-2019';
import { demoUnits } from '../../electron/core/demo/units';
import { tempCore } from '../helpers';
import { dispatch } from '../../electron/core/dispatch';
import { newId } from '../../shared/defaults';

const cores: ReturnType<typeof tempCore>[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.close()));

function loaded() {
  const core = tempCore();
  cores.push(core);
  const result = core.handlers['demo.load']({});
  return { core, result };
}

/** Rows per table, all and live, to compare before and after a second load. */
function rowCounts(core: ReturnType<typeof tempCore>): Record<string, [number, number]> {
  // The search index (migration 10) is derived from the records; it has no bin column.
  const tables = core.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'`).all() as { name: string }[];
  const count = (sql: string) => (core.db.prepare(sql).get() as { n: number }).n;
  // Tables without a bin column (field_drafts, whose rows are replaced with each save of their record;
  // the append-only history) count all their rows as live.
  const hasBin = (name: string) => !!core.db.prepare(`SELECT 1 FROM pragma_table_info(?) WHERE name = 'deleted_at'`).get(name);
  const live = (name: string) => (hasBin(name) ? ' WHERE deleted_at IS NULL' : '');
  return Object.fromEntries(tables.map(({ name }) => [
    name, [count(`SELECT count(*) AS n FROM ${name}`), count(`SELECT count(*) AS n FROM ${name}${live(name)}`)],
  ]));
}

describe('demo data from the five articles', () => {
  it('loads four campaigns, five inspections and the units they name', () => {
    const { core, result } = loaded();
    expect(result).toEqual({ campaigns: 4, inspections: 5, units: 10 });
    expect(core.handlers['campaigns.list']({}).map((c) => c.year).sort()).toEqual([2019, 2020, 2022, 2023]);
    const list = core.handlers['inspections.list']({});
    expect(list).toHaveLength(5);
    expect(list.map((i) => i.unitName).sort()).toEqual(
      ['UBND huyện Điện Biên', 'UBND huyện Mường Ảng', 'UBND huyện Mường Chà', 'UBND huyện Ngọc Lặc', 'UBND huyện Vị Xuyên'].sort(),
    );
    expect(core.handlers['units.list']({})).toHaveLength(10);
  });

  it('stores every record in a shape its schema accepts', () => {
    const { core } = loaded();
    core.handlers['campaigns.list']({}).forEach((c) => Campaign.parse(c));
    core.handlers['teams.list']({}).forEach((t) => Team.parse(t));
    core.handlers['units.list']({}).forEach((u) => Unit.parse(u));
    core.handlers['inspections.list']({}).forEach((s) => Inspection.parse(core.handlers['inspections.get']({ id: s.id })));
  });

  it('records the Mường Chà figures exactly, adding up, with the signed-documents rate', () => {
    const { core } = loaded();
    const i = core.handlers['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 });
    const c = core.handlers['campaigns.get']({ id: i.campaignId });
    const byName = (name: string) => {
      const matches = c.indicators.filter((x) => x.name === name);
      expect(matches).toHaveLength(1);
      return matches[0];
    };
    const fig = (name: string) => i.figures.find((f) => f.indicatorId === byName(name).id);
    const values = Object.fromEntries(i.figures.map((f) => [c.indicators.find((x) => x.id === f.indicatorId)!.name, [f.value, f.denominator]]));
    expect(values).toEqual({
      'Nhiệm vụ cải cách hành chính hoàn thành theo kế hoạch': [80, null],
      'Hồ sơ TTHC tiếp nhận': [25718, null],
      'Giải quyết trước hạn': [7139, null],
      'Giải quyết đúng hạn': [18254, null],
      'Giải quyết trễ hạn': [231, null],
      'Đang giải quyết trong hạn': [94, null],
      'Văn bản điện tử trao đổi trên môi trường mạng': [100, null],
      'Văn bản đi được ký số': [8209, 8418],
    });
    expect(fig('Đã giải quyết')).toBeUndefined();
    expect(fig('Đang giải quyết')).toBeUndefined();
    expect(checkParts(c.indicators, i.figures)).toEqual([]);
    expect(figureText(byName('Văn bản đi được ký số'), fig('Văn bản đi được ký số')!)).toBe('8.209/8.418 văn bản (đạt 97,52%)');
    expect(figureText(byName('Nhiệm vụ cải cách hành chính hoàn thành theo kế hoạch'), fig('Nhiệm vụ cải cách hành chính hoàn thành theo kế hoạch')!)).toBe('80%');

    expect([i.dateFrom, i.dateTo, i.chairNote]).toEqual(['2022-10-03', '2022-10-06', 'đồng chủ trì']);
    const chairs = i.attendees.filter((a) => a.isChair).map((a) => [a.side, a.fullName]);
    expect(chairs).toEqual([['team', 'Vũ Minh Hồng'], ['unit', 'Trang A Lử']]);
    expect(c.plan).toMatchObject({ number: '1703/KH-UBND', date: '2022-06-09', issuer: 'UBND tỉnh Điện Biên' });
    expect(c.decision).toMatchObject({ number: '1367/QĐ-UBND', date: '2022-08-09' });
    const team = core.handlers['teams.list']({ campaignId: c.id }).find((t) => t.id === i.teamId)!;
    expect(team.number).toBe(1);
    expect(team.members.find((m) => m.role === 'leader')).toMatchObject({ fullName: 'Vũ Minh Hồng', title: 'Phó Giám đốc Sở Nội vụ' });
  });

  it('keeps the other articles’ facts: teams, representatives, proposals, the 2020 report and its sums', () => {
    const { core } = loaded();
    const dienBien = core.handlers['inspections.get']({ id: DEMO_IDS.inspectionHuyenDienBien2022 });
    expect([dienBien.dateFrom, dienBien.dateTo]).toEqual(['2022-09-06', '2022-09-13']);
    expect(dienBien.unitProposals.map((p) => p.addressedTo)).toEqual(['UBND tỉnh; Sở Tài nguyên và Môi trường', 'Sở Nội vụ']);
    expect(dienBien.recommendations.every((r) => r.status === 'open' && r.reportTo.startsWith('Sở Nội vụ'))).toBe(true);
    const c2022 = core.handlers['campaigns.get']({ id: dienBien.campaignId });
    // The article's own numbers do not add up (5.190 + 5.126 + 64 ≠ 5.369); the app flags it.
    expect(checkParts(c2022.indicators, dienBien.figures)).toHaveLength(1);
    const team2 = core.handlers['teams.list']({ campaignId: c2022.id }).find((t) => t.number === 2)!;
    expect(team2.members[0]).toMatchObject({ fullName: 'Nguyễn Ngọc Thể', role: 'leader' });

    const units = core.handlers['units.list']({});
    const unit = (name: string) => units.find((u) => u.name === name)!;
    expect(unit('UBND huyện Mường Chà').parentId).toBe(unit('UBND tỉnh Điện Biên').id);
    expect(unit('UBND xã Thúy Sơn').parentId).toBe(unit('UBND huyện Ngọc Lặc').id);
    const levels = Object.fromEntries(core.handlers['unitLevels.list']({}).map((l) => [l.id, l.name]));
    expect(levels[unit('UBND xã Phúc Thịnh').levelId!]).toBe('Cấp xã');
    expect(levels[unit('UBND tỉnh Hà Giang').levelId!]).toBe('Cấp tỉnh');
    expect(unit('UBND huyện Ngọc Lặc').representatives.map((r) => r.fullName)).toEqual(['Phạm Văn Đạt']);

    const muongAng = core.handlers['inspections.get']({ id: DEMO_IDS.inspectionMuongAng2020 });
    const c2020 = core.handlers['campaigns.get']({ id: muongAng.campaignId });
    // The article names no team: the demo's own, said so in muong-ang-2020.ts.
    expect(muongAng.teamId).not.toBeNull();
    expect(c2020.plan).toMatchObject({ number: '3855/KH-UBND', date: '2019-12-27' });
    expect(c2020.areas.map((a) => a.name)).toContain('Hiện đại hóa hành chính');
    expect(checkParts(c2020.indicators, muongAng.figures)).toEqual([]);

    const ngocLac = core.handlers['inspections.get']({ id: DEMO_IDS.inspectionNgocLac2023 });
    const c2023 = core.handlers['campaigns.get']({ id: ngocLac.campaignId });
    const online = c2023.indicators.find((x) => x.name === 'Hồ sơ tiếp nhận trực tuyến')!;
    expect(figureText(online, ngocLac.figures.find((f) => f.indicatorId === online.id)!)).toBe('3.082/4.457 hồ sơ (đạt 69,15%)');
    expect(ngocLac.subUnits.map((s) => s.unitId)).toEqual([DEMO_IDS.unitXaPhucThinh, DEMO_IDS.unitXaThuySon]);
  });

  it('sets the issuer settings only when none are filled', () => {
    const { core } = loaded();
    expect(core.handlers['settings.get']({})).toMatchObject({ province: 'Điện Biên', issuerSymbol: 'SNV', teamSymbol: 'ĐKT' });
    const own = tempCore();
    cores.push(own);
    const mine = { province: 'Lai Châu', superiorBody: 'UBND TỈNH LAI CHÂU', issuingBody: 'SỞ NỘI VỤ', teamBodyName: '', placeName: 'Lai Châu', teamSymbol: '', issuerSymbol: 'SNV' };
    own.handlers['settings.save'](mine);
    own.handlers['demo.load']({});
    expect(own.handlers['settings.get']({})).toEqual({ ...mine, level: 'province', issuingBodyKind: '', headTitle: '' });
    // An issuing side saved with every field empty counts as not filled.
    const blank = tempCore();
    cores.push(blank);
    blank.handlers['settings.save']({ ...mine, province: '', superiorBody: '', issuingBody: '', placeName: '', issuerSymbol: '' });
    blank.handlers['demo.load']({});
    expect(blank.handlers['settings.get']({})!.province).toBe('Điện Biên');
  });

  it('refuses to load beside records of her own (the bin included), and changes nothing', () => {
    const { core } = loaded();
    const before = rowCounts(core);
    expect(() => core.handlers['demo.load']({})).toThrow(/Chỉ nạp được dữ liệu mẫu khi chưa có đợt kiểm tra/);
    expect(rowCounts(core)).toEqual(before);
    const real = tempCore();
    cores.push(real);
    const u = real.handlers['units.save']({ id: newId(), name: 'UBND xã Nà Hỳ', levelId: null, parentId: null, address: '', email: '', representatives: [] });
    real.handlers['bin.delete']({ kind: 'unit', id: u.id });
    const res = dispatch(real.handlers, 'demo.load', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'DEMO_NOT_EMPTY' } });
    expect(real.handlers['campaigns.list']({})).toEqual([]);
    expect(real.handlers['settings.get']({})).toBeNull();
  });

  it('loads into a database whose unit levels were renamed, adding the levels it needs', () => {
    const core = tempCore();
    cores.push(core);
    core.handlers['unitLevels.save']({ levels: [{ ...core.handlers['unitLevels.list']({})[0], name: 'Tỉnh, thành phố' }] });
    core.handlers['demo.load']({});
    const names = core.handlers['unitLevels.list']({}).map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['Tỉnh, thành phố', 'Cấp tỉnh', 'Cấp huyện', 'Cấp xã']));
  });

  it('is written in NFC with no lookalike characters, before any cleaning on save', () => {
    const seeds = [muongCha2022, huyenDienBien2022, viXuyen2019, ngocLac2023, muongAng2020];
    const source = JSON.stringify([DEMO_CAMPAIGNS, seeds, demoUnits(() => DEMO_IDS.unitTinhDienBien /* any id: only the text matters */)]);
    expect(source).toBe(source.normalize('NFC'));
    expect(source).not.toMatch(/[\u00a0\u00d0\u200b-\u200d\ufeff]/);
  });

  it('stores only NFC text', () => {
    const { core } = loaded();
    // The search index (migration 10) is derived from the records; it has no bin column.
  const tables = core.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'`).all() as { name: string }[];
    let strings = 0;
    for (const { name } of tables) {
      for (const row of core.db.prepare(`SELECT * FROM ${name}`).all() as Record<string, unknown>[]) {
        for (const v of Object.values(row)) {
          if (typeof v !== 'string') continue;
          strings++;
          expect(v).toBe(v.normalize('NFC'));
        }
      }
    }
    expect(strings).toBeGreaterThan(500);
  });
});
