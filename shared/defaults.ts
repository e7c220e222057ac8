// Sensible starting data. All of it is editable data, never code paths: a province or a later
// programme changes the areas, indicators and unit levels in the UI (documents.md §4).
import type { Area, Campaign, DocOptions, Indicator, IndicatorKind, Inspection, IssuerSettings, UnitLevel } from './records';
import { derivedId } from './uuid-v5';

export const newId = (): string => crypto.randomUUID();

/** Reform areas of Nghị quyết 76/NQ-CP (2021–2030), in the order reports use. */
export const AREAS_2021_2030 = [
  'Công tác chỉ đạo, điều hành cải cách hành chính',
  'Cải cách thể chế',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy hành chính nhà nước',
  'Cải cách chế độ công vụ',
  'Cải cách tài chính công',
  'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
];
/** Nghị quyết 30c/NQ-CP (2011–2020): "hiện đại hóa hành chính" instead of digital government. */
export const AREAS_2011_2020 = [
  'Công tác chỉ đạo, điều hành cải cách hành chính',
  'Cải cách thể chế',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy hành chính nhà nước',
  'Xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
  'Cải cách tài chính công',
  'Hiện đại hóa hành chính',
];

/**
 * The programme's areas for a campaign of `year`. Their ids derive from the campaign id and the
 * area's place in the list, so the same campaign has the same area ids on every laptop.
 */
export function defaultAreas(year: number, campaignId: string = newId()): Area[] {
  return (year >= 2021 ? AREAS_2021_2030 : AREAS_2011_2020).map((name, k) => ({ id: derivedId(campaignId, `area/${k}`), name }));
}

interface IndicatorSeed { name: string; area: number; kind: IndicatorKind; unit: string; parts?: IndicatorSeed[] }

const INDICATORS: IndicatorSeed[] = [
  { name: 'Nhiệm vụ cải cách hành chính hoàn thành theo kế hoạch', area: 0, kind: 'percent', unit: '' },
  { name: 'Cơ quan, đơn vị được kiểm tra công tác CCHC so với kế hoạch', area: 0, kind: 'ratio', unit: 'cơ quan, đơn vị' },
  { name: 'Đơn vị hành chính cấp xã được kiểm tra so với kế hoạch', area: 0, kind: 'ratio', unit: 'đơn vị' },
  {
    name: 'Hồ sơ TTHC tiếp nhận', area: 2, kind: 'count', unit: 'hồ sơ',
    parts: [
      {
        name: 'Đã giải quyết', area: 2, kind: 'count', unit: 'hồ sơ',
        parts: [
          { name: 'Giải quyết trước hạn', area: 2, kind: 'count', unit: 'hồ sơ' },
          { name: 'Giải quyết đúng hạn', area: 2, kind: 'count', unit: 'hồ sơ' },
          { name: 'Giải quyết trễ hạn', area: 2, kind: 'count', unit: 'hồ sơ' },
        ],
      },
      {
        name: 'Đang giải quyết', area: 2, kind: 'count', unit: 'hồ sơ',
        parts: [
          { name: 'Đang giải quyết trong hạn', area: 2, kind: 'count', unit: 'hồ sơ' },
          { name: 'Đang giải quyết quá hạn', area: 2, kind: 'count', unit: 'hồ sơ' },
        ],
      },
    ],
  },
  { name: 'Hồ sơ tiếp nhận trực tuyến', area: 2, kind: 'ratio', unit: 'hồ sơ' },
  { name: 'Hồ sơ giải quyết đúng hạn và trước hạn', area: 2, kind: 'ratio', unit: 'hồ sơ' },
  { name: 'TTHC áp dụng TCVN ISO 9001:2015', area: 2, kind: 'count', unit: 'TTHC' },
  { name: 'Văn bản điện tử trao đổi trên môi trường mạng', area: 6, kind: 'percent', unit: '' },
  { name: 'Văn bản đi được ký số', area: 6, kind: 'ratio', unit: 'văn bản' },
  { name: 'Máy tính cài phần mềm phòng chống mã độc', area: 6, kind: 'ratio', unit: 'máy tính' },
];

/** The default indicator catalogue; ids derive from the campaign id and the indicator's name path. */
export function defaultIndicators(areas: Area[], campaignId: string = newId()): Indicator[] {
  const out: Indicator[] = [];
  const add = (s: IndicatorSeed, parentId: string | null, path = s.name) => {
    const id = derivedId(campaignId, `indicator/${path}`);
    out.push({ id, name: s.name, areaId: areas[s.area]?.id ?? null, kind: s.kind, unit: s.unit, parentId });
    s.parts?.forEach((p) => add(p, id, `${path}/${p.name}`));
  };
  INDICATORS.forEach((s) => add(s, null));
  return out;
}

/** An issuing side with nothing filled in (a provincial one, the usual case). */
export function emptyIssuer(): IssuerSettings {
  return {
    province: '', superiorBody: '', issuingBody: '', teamBodyName: '', placeName: '', teamSymbol: '', issuerSymbol: '',
    level: 'province', issuingBodyKind: '', headTitle: '',
  };
}

/**
 * A new campaign of a year. Its issuing side starts from `issuer`, the default kept in the settings
 * (docs/domain.md "Who issues what"); she then edits it on the campaign's own tab.
 */
/**
 * The issuing side a new campaign starts from while the settings hold none: blank names, but the team's
 * usual name and symbol, so the minutes can take a number before she has visited "Thiết lập cơ quan".
 */
export function defaultIssuer(): IssuerSettings {
  return { ...emptyIssuer(), teamBodyName: 'ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH', teamSymbol: 'ĐKT' };
}

export function newCampaign(year: number, id: string = newId(), issuer: IssuerSettings | null = null): Campaign {
  const areas = defaultAreas(year, id);
  const emptyRef = { number: '', date: null, issuer: '', summary: '' };
  return {
    id,
    year,
    title: `Kiểm tra công tác cải cách hành chính năm ${year}`,
    plan: { ...emptyRef },
    decision: { ...emptyRef },
    issuer: { ...emptyIssuer(), ...(issuer ?? {}) },
    areas,
    indicators: defaultIndicators(areas, id),
  };
}

/** Unit levels are data: the 2025 reform removed the district level, older records still use it. */
/**
 * The built-in levels under fixed ids, the same in every database, so a unit's level travels between
 * laptops by id (migration 4 moved older databases' default levels onto these ids).
 */
export const DEFAULT_UNIT_LEVEL_IDS = {
  'Cấp tỉnh': 'ddf670ca-181f-4f7e-8a31-2128d0d2b21e',
  'Sở, ban, ngành': '9bee2222-db5f-4088-90d0-086ec30f043d',
  'Cấp huyện': '19eb36f0-21e2-41fd-8de1-edf812e5befd',
  'Cấp xã': '5cd9b2f9-f156-4d8f-bc52-3611de80be72',
  'Phòng, ban chuyên môn': '081b1bd3-01a1-4283-b8d2-da479f5566df',
} as const;
export const DEFAULT_UNIT_LEVELS = Object.keys(DEFAULT_UNIT_LEVEL_IDS) as (keyof typeof DEFAULT_UNIT_LEVEL_IDS)[];
export function defaultUnitLevels(): UnitLevel[] {
  return DEFAULT_UNIT_LEVELS.map((name, position) => ({ id: DEFAULT_UNIT_LEVEL_IDS[name], name, position }));
}

export const ROLE_LABELS = {
  leader: 'Trưởng đoàn',
  deputy: 'Phó Trưởng đoàn',
  member: 'Thành viên',
  secretary: 'Thư ký',
} as const;

const noSigner = () => ({ authority: '', title: '', name: '' });
export function defaultDocOptions(): DocOptions {
  return {
    conclusionIssuer: 'department', conclusionSigner: noSigner(), minutesUnitSigner: noSigner(), minutesTeamSigner: noSigner(),
    copies: 3, recipientsMinutes: [], recipientsConclusion: [], archiveUnit: '',
  };
}

/** An inspection with nothing recorded yet, in a campaign. */
export function newInspection(campaignId: string, id: string = newId()): Inspection {
  return {
    id, campaignId, teamId: null, unitId: null, dateFrom: null, dateTo: null, meetingDate: null, startTime: null, endTime: null,
    place: '', chairNote: '', attendees: [], subUnits: [], findings: [], figures: [], recommendations: [], unitOpinion: '',
    unitProposals: [], docOptions: defaultDocOptions(),
  };
}
