// Small builders that turn the demo's declarative facts into full records with fixed ids, so each
// seed file reads like the article it comes from.
import { defaultAreas, defaultDocOptions, defaultIndicators } from '../../../shared/defaults';
import type {
  Attendee, Campaign, DocOptions, DocRef, Figure, Finding, Indicator, IndicatorKind, Inspection, IssuerSettings, Recommendation, Role, SubUnit, Team,
  UnitProposal,
} from '../../../shared/records';
import { childId } from './ids';

/**
 * Position of each reform area in both programmes' lists (shared/defaults.ts). The two lists differ
 * only at 4 (công vụ / đội ngũ CBCCVC) and 6 (Chính phủ điện tử, số / hiện đại hóa hành chính).
 */
export const AREA = { chiDao: 0, theChe: 1, tthc: 2, boMay: 3, congVu: 4, taiChinh: 5, dienTu: 6 } as const;
export type AreaKey = keyof typeof AREA;

export const NO_DOC: DocRef = { number: '', date: null, issuer: '', summary: '' };

export interface ExtraIndicator { name: string; area: AreaKey | null; kind: IndicatorKind; unit: string }

export interface CampaignSpec {
  id: string;
  year: number;
  title: string;
  plan: DocRef;
  decision: DocRef;
  /** Who issues the campaign's documents (demo/settings.ts). */
  issuer: IssuerSettings;
  /** Indicators for figures a seed gives that the default catalogue has no place for. */
  extraIndicators?: ExtraIndicator[];
}

/** A campaign with the programme's default areas and indicators, all under fixed ids. */
export function demoCampaign(spec: CampaignSpec): Campaign {
  const areas = defaultAreas(spec.year, spec.id);
  const indicators: Indicator[] = defaultIndicators(areas, spec.id);
  for (const x of spec.extraIndicators ?? []) {
    indicators.push({
      id: childId(spec.id, `indicator/${x.name}`), name: x.name, areaId: x.area === null ? null : areas[AREA[x.area]].id,
      kind: x.kind, unit: x.unit, parentId: null,
    });
  }
  return { id: spec.id, year: spec.year, title: spec.title, plan: spec.plan, decision: spec.decision, issuer: { ...spec.issuer }, areas, indicators };
}

export type MemberSpec = [role: Role, fullName: string, title: string, agency: string];

export function demoTeam(id: string, campaignId: string, number: number, members: MemberSpec[]): Team {
  return {
    id, campaignId, number,
    members: members.map(([role, fullName, title, agency], k) => ({
      id: childId(id, `member/${k}`), honorific: '', fullName, role, title, agency,
    })),
  };
}

export interface AttendeeSpec {
  side: Attendee['side'];
  /** Empty when the article names a group ("lãnh đạo các phòng chuyên môn") rather than a person. */
  fullName: string;
  title: string;
  agency: string;
  isChair?: boolean;
}

export interface FigureSpec {
  /** Indicator name in the campaign's catalogue. */
  indicator: string;
  value: number;
  denominator?: number;
  note?: string;
}

export interface RecommendationSpec { area: AreaKey | null; content: string }

export interface InspectionSpec {
  id: string;
  teamId: string | null;
  unitId: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  /** Day of the closing meeting when it differs from dateTo. */
  meetingDate?: string;
  place: string;
  /** Start and end of the meeting ("08:00"); where the article gives none, the seed says it picked them. */
  times?: [start: string, end: string];
  chairNote?: string;
  attendees?: AttendeeSpec[];
  subUnits?: { unitId: string | null; name: string; note?: string }[];
  strengths?: [AreaKey | null, string][];
  shortcomings?: [AreaKey | null, string][];
  figures?: FigureSpec[];
  /** What every recommendation of the team shares: who must act and whom to report to. */
  recommendationDefaults?: { responsibleUnit: string; reportTo: string; remedyDeadlineNote?: string; reportDeadline?: string };
  recommendations?: RecommendationSpec[];
  unitOpinion?: string;
  unitProposals?: { content: string; addressedTo: string }[];
  /** Choices for the documents (who issues the conclusion, who signs) over the defaults. */
  docOptions?: Partial<DocOptions>;
}

export function demoInspection(c: Campaign, s: InspectionSpec): Inspection {
  const id = s.id;
  const areaId = (key: AreaKey | null): string | null => (key === null ? null : c.areas[AREA[key]].id);
  const indicator = (name: string): Indicator => {
    const found = c.indicators.find((i) => i.name === name);
    if (!found) throw new Error(`Demo: đợt kiểm tra "${c.title}" không có chỉ tiêu "${name}"`);
    return found;
  };
  const attendees: Attendee[] = (s.attendees ?? []).map((a, k) => ({
    id: childId(id, `attendee/${k}`), side: a.side, honorific: '', fullName: a.fullName, title: a.title, agency: a.agency,
    isChair: a.isChair ?? false,
  }));
  const subUnits: SubUnit[] = (s.subUnits ?? []).map((u, k) => ({
    id: childId(id, `subUnit/${k}`), unitId: u.unitId, name: u.name, note: u.note ?? '',
  }));
  const findings: Finding[] = [
    ...(s.strengths ?? []).map(([area, text]) => ({ area, text, kind: 'strength' as const })),
    ...(s.shortcomings ?? []).map(([area, text]) => ({ area, text, kind: 'shortcoming' as const })),
  ].map((f, k) => ({ id: childId(id, `finding/${k}`), areaId: areaId(f.area), kind: f.kind, text: f.text }));
  const figures: Figure[] = (s.figures ?? []).map((f) => {
    const ind = indicator(f.indicator);
    if ((ind.kind === 'ratio') !== (f.denominator !== undefined)) {
      throw new Error(`Demo: số liệu "${f.indicator}" phải ${ind.kind === 'ratio' ? 'có' : 'không có'} mẫu số`);
    }
    return {
      id: childId(id, `figure/${ind.id}`), indicatorId: ind.id, value: f.value, denominator: f.denominator ?? null,
      note: f.note ?? '',
    };
  });
  const d = s.recommendationDefaults ?? { responsibleUnit: '', reportTo: '' };
  const recommendations: Recommendation[] = (s.recommendations ?? []).map((r, k) => ({
    id: childId(id, `recommendation/${k}`), areaId: areaId(r.area), content: r.content, responsibleUnit: d.responsibleUnit,
    remedyDeadline: null, remedyDeadlineNote: d.remedyDeadlineNote ?? '', reportDeadline: d.reportDeadline ?? null, reportTo: d.reportTo,
    status: 'open', statusNote: '',
  }));
  const unitProposals: UnitProposal[] = (s.unitProposals ?? []).map((p, k) => ({
    id: childId(id, `unitProposal/${k}`), content: p.content, addressedTo: p.addressedTo,
  }));
  return {
    id, campaignId: c.id, teamId: s.teamId, unitId: s.unitId, dateFrom: s.dateFrom, dateTo: s.dateTo, meetingDate: s.meetingDate ?? null,
    docOptions: { ...defaultDocOptions(), ...s.docOptions }, startTime: s.times?.[0] ?? null, endTime: s.times?.[1] ?? null, place: s.place, chairNote: s.chairNote ?? '',
    attendees, subUnits, findings, figures, recommendations, unitOpinion: s.unitOpinion ?? '', unitProposals,
  };
}

/** What one article contributes: the team(s) it names and its inspection. */
export interface DemoSeed { teams: Team[]; inspection: Inspection }
