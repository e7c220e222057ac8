// Model inputs for the document tests: the five demo inspections (straight from the demo seeds, no
// database), and a 2026 inspection of a commune after the district level was abolished.
import { defaultDocOptions, newCampaign } from '../../shared/defaults';
import type { ModelInput } from '../../shared/documents/model';
import type { Inspection, IssuerSettings, Team, Unit } from '../../shared/records';
import { DEMO_CAMPAIGNS } from '../../electron/core/demo/campaigns';
import { huyenDienBien2022 } from '../../electron/core/demo/huyen-dien-bien-2022';
import { muongAng2020 } from '../../electron/core/demo/muong-ang-2020';
import { muongCha2022 } from '../../electron/core/demo/muong-cha-2022';
import { ngocLac2023 } from '../../electron/core/demo/ngoc-lac-2023';
import { demoUnits } from '../../electron/core/demo/units';
import { viXuyen2019 } from '../../electron/core/demo/vi-xuyen-2019';

export const DEMO_SEEDS = { muongCha2022, huyenDienBien2022, viXuyen2019, ngocLac2023, muongAng2020 } as const;
export type DemoKey = keyof typeof DEMO_SEEDS;
export const DEMO_KEYS = Object.keys(DEMO_SEEDS) as DemoKey[];

const clone = <T>(v: T): T => structuredClone(v);

/** The model input of a demo inspection, as loadModelInput would read it after loading the demo. */
export function demoInput(key: DemoKey, settings?: IssuerSettings | null): ModelInput {
  const seed = DEMO_SEEDS[key];
  const units = demoUnits((name) => `level:${name}`);
  const byId = new Map(units.map((u) => [u.id, u]));
  const inspection = clone(seed.inspection);
  const unit = (inspection.unitId && byId.get(inspection.unitId)) || null;
  const parents: Unit[] = [];
  for (let p = unit?.parentId ?? null; p; p = byId.get(p)?.parentId ?? null) parents.push(byId.get(p)!);
  const subUnits: Record<string, Unit> = {};
  for (const s of inspection.subUnits) if (s.unitId && byId.has(s.unitId)) subUnits[s.unitId] = byId.get(s.unitId)!;
  const campaign = clone(DEMO_CAMPAIGNS.find((c) => c.id === inspection.campaignId)!);
  // The campaign's own issuing side unless the test gives another (null: none filled in).
  const issuer = settings === undefined ? campaign.issuer : settings;
  if (issuer) campaign.issuer = { ...issuer };
  return {
    inspection,
    campaign,
    team: clone(seed.teams.find((t) => t.id === inspection.teamId) ?? null),
    unit: clone(unit),
    unitParents: clone(parents),
    units: clone(subUnits),
    settings: issuer && { ...issuer },
  };
}

export const LAM_DONG: IssuerSettings = {
  province: 'Lâm Đồng',
  superiorBody: 'UBND tỉnh Lâm Đồng',
  issuingBody: 'Sở Nội vụ',
  teamBodyName: 'Đoàn kiểm tra công tác cải cách hành chính',
  placeName: 'Lâm Đồng',
  teamSymbol: 'ĐKT',
  issuerSymbol: 'SNV',
  level: 'province',
  issuingBodyKind: '',
  headTitle: '',
};

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * A 2026 inspection of UBND xã Tân Hà (tỉnh Lâm Đồng): two tiers only, no district anywhere.
 * With `communeIssuer`, the commune itself runs the inspection of one of its own units.
 */
export function communeInput2026(opts: { communeIssuer?: boolean } = {}): ModelInput {
  const campaign = newCampaign(2026);
  campaign.plan = { number: '45/KH-UBND', date: '2026-01-20', issuer: 'UBND tỉnh Lâm Đồng', summary: '' };
  campaign.decision = { number: '1203/QĐ-UBND', date: '2026-07-15', issuer: 'Chủ tịch UBND tỉnh Lâm Đồng', summary: '' };
  const province: Unit = { id: id(1), name: 'UBND tỉnh Lâm Đồng', levelId: null, parentId: null, address: '', email: '', representatives: [] };
  const commune: Unit = {
    id: id(2), name: 'UBND xã Tân Hà', levelId: null, parentId: province.id, address: '', email: '',
    representatives: [{ id: id(3), honorific: 'Bà', fullName: 'Lê Thị Hồng', title: 'Chủ tịch UBND xã' }],
  };
  const centre: Unit = {
    id: id(4), name: 'Trung tâm Phục vụ hành chính công xã Tân Hà', levelId: null, parentId: commune.id, address: '', email: '',
    representatives: [{ id: id(5), honorific: 'Bà', fullName: 'Ngô Thị Mai', title: 'Giám đốc Trung tâm Phục vụ hành chính công xã' }],
  };
  const team: Team = {
    id: id(10), campaignId: campaign.id, number: 3,
    members: opts.communeIssuer
      ? [
        { id: id(11), honorific: 'Ông', fullName: 'Hoàng Văn Nam', role: 'leader', title: 'Phó Chủ tịch UBND xã Tân Hà', agency: 'UBND xã Tân Hà' },
        { id: id(12), honorific: 'Bà', fullName: 'Phạm Thu Trang', role: 'secretary', title: 'Công chức Văn phòng - Thống kê', agency: 'UBND xã Tân Hà' },
      ]
      : [
        { id: id(11), honorific: 'Ông', fullName: 'Trần Quốc Bảo', role: 'leader', title: 'Phó Giám đốc Sở Nội vụ', agency: 'Sở Nội vụ tỉnh Lâm Đồng' },
        { id: id(12), honorific: 'Bà', fullName: 'Nguyễn Thị Thu Hà', role: 'deputy', title: 'Phó Chánh Văn phòng UBND tỉnh', agency: 'Văn phòng UBND tỉnh Lâm Đồng' },
        { id: id(13), honorific: 'Ông', fullName: 'Đỗ Văn Hùng', role: 'member', title: 'Phó Trưởng phòng Cải cách hành chính', agency: 'Sở Nội vụ' },
        { id: id(14), honorific: 'Ông', fullName: 'Phạm Minh Tuấn', role: 'secretary', title: 'chuyên viên Sở Nội vụ', agency: 'Sở Nội vụ' },
      ],
  };
  const inspected = opts.communeIssuer ? centre : commune;
  const [tthc, dienTu] = [campaign.areas[2], campaign.areas[6]];
  const received = campaign.indicators.find((i) => i.name === 'Hồ sơ TTHC tiếp nhận')!;
  const signed = campaign.indicators.find((i) => i.name === 'Văn bản đi được ký số')!;
  const inspection: Inspection = {
    id: id(20), campaignId: campaign.id, teamId: team.id, unitId: inspected.id,
    dateFrom: '2026-08-26', dateTo: '2026-08-26', meetingDate: null, startTime: '08:00', endTime: '11:30',
    place: `trụ sở ${inspected.name}`, chairNote: '',
    attendees: [
      { id: id(21), side: 'unit', honorific: 'Bà', fullName: opts.communeIssuer ? 'Ngô Thị Mai' : 'Lê Thị Hồng', title: opts.communeIssuer ? 'Giám đốc Trung tâm' : 'Chủ tịch UBND xã', agency: inspected.name, isChair: true },
      { id: id(22), side: 'unit', honorific: 'Ông', fullName: 'Hoàng Văn Nam', title: 'Trưởng phòng Văn hóa - Xã hội', agency: 'UBND xã Tân Hà', isChair: false },
    ],
    subUnits: [],
    findings: [
      { id: id(30), areaId: tthc.id, kind: 'strength', text: 'Niêm yết công khai đầy đủ thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã.' },
      { id: id(31), areaId: tthc.id, kind: 'shortcoming', text: 'Còn 12 hồ sơ giải quyết quá hạn chưa thực hiện xin lỗi tổ chức, cá nhân.' },
      { id: id(32), areaId: null, kind: 'cause', text: 'Nguyên nhân chủ quan: một số công chức chưa thành thạo phần mềm một cửa điện tử.' },
    ],
    figures: [
      { id: id(40), indicatorId: received.id, value: 1250, denominator: null, note: '' },
      { id: id(41), indicatorId: signed.id, value: 980, denominator: 1000, note: '' },
    ],
    recommendations: [
      {
        id: id(50), areaId: tthc.id, content: 'Thực hiện xin lỗi tổ chức, cá nhân đối với 12 hồ sơ quá hạn', responsibleUnit: inspected.name,
        remedyDeadline: null, remedyDeadlineNote: 'khắc phục ngay', reportDeadline: '2026-10-15', reportTo: '', status: 'open', statusNote: '',
      },
      {
        id: id(51), areaId: dienTu.id, content: 'Bảo đảm 100% văn bản đi được ký số', responsibleUnit: inspected.name,
        remedyDeadline: '2026-12-31', remedyDeadlineNote: '', reportDeadline: '2026-10-15', reportTo: '', status: 'open', statusNote: '',
      },
    ],
    unitOpinion: `${inspected.name} nhất trí với kết quả kiểm tra và cam kết khắc phục các tồn tại, hạn chế.`,
    unitProposals: [],
    docOptions: defaultDocOptions(),
  };
  const settings: IssuerSettings = opts.communeIssuer
    ? { ...LAM_DONG, superiorBody: 'UBND xã Tân Hà', issuingBody: 'UBND xã Tân Hà', issuerSymbol: 'UBND', placeName: 'Tân Hà', teamBodyName: 'Đoàn kiểm tra cải cách hành chính xã' }
    : LAM_DONG;
  campaign.issuer = { ...settings };
  return {
    inspection, campaign, team, unit: inspected, unitParents: opts.communeIssuer ? [commune, province] : [province], units: {}, settings,
  };
}
