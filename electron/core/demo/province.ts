// A deterministic, fictional province over many years, for benchmarks and load tests: campaigns
// with the default catalogue, two teams a year, a province with districts, communes and departments
// (units of both levels), and about 40 inspections a year, each with attendees, 15 findings, figures,
// 15 recommendations and the unit's proposals. Everything goes through the contract (dispatch: the
// same validation as the UI) and the core's own saves, so every row is one the app could have made.
// Same seed, same database: ids derive from the seed, text and numbers from a seeded generator.
import { defaultDocOptions, DEFAULT_UNIT_LEVEL_IDS, newCampaign } from '../../../shared/defaults';
import type { OpInput, OpName, OpOutput } from '../../../shared/api';
import type { Attendee, Campaign, Figure, Finding, Inspection, Recommendation, Unit } from '../../../shared/records';
import { derivedId } from '../../../shared/uuid-v5';
import type { Core } from '../core';
import { dispatch } from '../dispatch';

export interface ProvinceOptions {
  years: number;
  seed: number;
  /** Inspections per year (default 40: 400 over ten years). */
  inspectionsPerYear?: number;
  /** The last year generated (default 2025). */
  lastYear?: number;
}
export interface ProvinceResult {
  campaigns: number; teams: number; units: number; inspections: number; findings: number; recommendations: number;
  /** The inspection ids, oldest first. */
  inspectionIds: string[];
}

/** mulberry32: a small, well-known seeded generator (numbers in [0, 1)); also replays the crash tests' schedules. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISTRICTS = ['Tân Sơn', 'Bắc Hà', 'Mường Lay', 'Đồng Văn', 'Yên Lập', 'Phú Lương', 'Văn Bàn', 'Nậm Pồ', 'Thanh Sơn', 'Lục Yên', 'Quang Bình', 'Si Ma Cai'];
const COMMUNES = ['Nà Hỳ', 'Sa Lông', 'Huổi Lèng', 'Pa Ham', 'Mường Mươn', 'Na Sang', 'Hừa Ngài', 'Sá Tổng', 'Ma Thì Hồ', 'Chà Cang'];
const DEPARTMENTS = ['Sở Tư pháp', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Nông nghiệp và Môi trường', 'Sở Khoa học và Công nghệ', 'Sở Công Thương'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lò', 'Lường', 'Quàng', 'Vừ', 'Giàng', 'Hoàng', 'Phạm', 'Lê'];
const GIVEN = ['Văn Hùng', 'Thị Mai', 'Văn Thắng', 'Thị Hoa', 'Minh Tuấn', 'Thu Hà', 'Văn Páo', 'Thị Dung', 'Quang Huy', 'Thị Lan'];
const STRENGTHS = [
  'Ban hành kế hoạch cải cách hành chính năm kịp thời, đầy đủ nhiệm vụ.',
  'Bộ phận Một cửa bố trí đủ công chức, niêm yết công khai thủ tục hành chính.',
  'Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn cao.',
  'Văn bản đi được ký số và gửi trên môi trường mạng.',
];
const SHORTCOMINGS = [
  'Một số hồ sơ giải quyết quá hạn nhưng chưa có văn bản xin lỗi người dân.',
  'Chưa cập nhật đầy đủ kết quả giải quyết hồ sơ lên Hệ thống thông tin giải quyết thủ tục hành chính.',
  'Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn chậm.',
  'Chưa tổ chức tự kiểm tra công tác cải cách hành chính theo kế hoạch.',
];
const RECOMMENDATIONS = [
  'Rà soát, thực hiện xin lỗi tổ chức, cá nhân đối với hồ sơ giải quyết quá hạn.',
  'Cập nhật đầy đủ, kịp thời kết quả giải quyết hồ sơ lên Hệ thống.',
  'Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.',
  'Xây dựng và tổ chức thực hiện kế hoạch tự kiểm tra công tác cải cách hành chính.',
];

/** Builds the province into an empty database through `core`'s operations, in one transaction. */
export function generateProvince(core: Core, opts: ProvinceOptions): ProvinceResult {
  const rnd = seededRandom(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const root = derivedId('00000000-0000-5000-8000-000000000000', `province/${opts.seed}`);
  const id = (key: string) => derivedId(root, key);
  const call = <N extends OpName>(name: N, input: OpInput<N>): OpOutput<N> => {
    const res = dispatch(core.handlers, name, input);
    if (!res.ok) throw new Error(`${name}: ${res.error.message}`);
    return res.value as OpOutput<N>;
  };
  const person = () => `${pick(SURNAMES)} ${pick(GIVEN)}`;
  const perYear = opts.inspectionsPerYear ?? 40;
  const lastYear = opts.lastYear ?? 2025;
  const out: ProvinceResult = { campaigns: 0, teams: 0, units: 0, inspections: 0, findings: 0, recommendations: 0, inspectionIds: [] };

  core.db.transaction(() => {
    const unit = (key: string, name: string, levelId: string, parentId: string | null): Unit => {
      out.units++;
      return call('units.save', {
        id: id(`unit/${key}`), name, levelId, parentId, address: '', email: '',
        representatives: [{ id: id(`unit/${key}/rep`), honorific: pick(['Ông', 'Bà'] as const), fullName: person(), title: 'Chủ tịch UBND' }],
      });
    };
    const province = unit('province', 'UBND tỉnh Sơn Vân', DEFAULT_UNIT_LEVEL_IDS['Cấp tỉnh'], null);
    const targets: Unit[] = DEPARTMENTS.map((d, k) => unit(`dept/${k}`, d, DEFAULT_UNIT_LEVEL_IDS['Sở, ban, ngành'], province.id));
    DISTRICTS.forEach((d, k) => {
      const district = unit(`district/${k}`, `UBND huyện ${d}`, DEFAULT_UNIT_LEVEL_IDS['Cấp huyện'], province.id);
      targets.push(district);
      COMMUNES.forEach((c, j) => targets.push(unit(`district/${k}/commune/${j}`, `UBND xã ${c} (${d})`, DEFAULT_UNIT_LEVEL_IDS['Cấp xã'], district.id)));
    });

    for (let year = lastYear - opts.years + 1; year <= lastYear; year++) {
      const campaign: Campaign = call('campaigns.save', {
        // Each campaign starts from the default issuing side, as one created in the app does.
        ...newCampaign(year, id(`campaign/${year}`), call('settings.get', {})),
        plan: { number: `${int(100, 2999)}/KH-UBND`, date: `${year}-03-${String(int(1, 28)).padStart(2, '0')}`, issuer: 'UBND tỉnh Sơn Vân', summary: `Kiểm tra công tác cải cách hành chính năm ${year}` },
      });
      out.campaigns++;
      const teams = [1, 2].map((number) => {
        out.teams++;
        return call('teams.save', {
          id: id(`campaign/${year}/team/${number}`), campaignId: campaign.id, number,
          members: (['leader', 'deputy', 'member', 'member', 'secretary'] as const).map((role, k) => ({
            id: id(`campaign/${year}/team/${number}/member/${k}`), honorific: '', fullName: person(), role, title: 'Chuyên viên', agency: 'Sở Nội vụ',
          })),
        });
      });
      const counted = campaign.indicators.filter((x) => x.kind !== 'percent' && !x.parentId);
      for (let n = 0; n < perYear; n++) {
        const key = `campaign/${year}/inspection/${n}`;
        const target = targets[(year * 7 + n * 13) % targets.length];
        const month = String(4 + Math.floor(n / 6)).padStart(2, '0');
        const day = String(1 + (n % 6) * 4).padStart(2, '0');
        const team = teams[n % 2];
        const attendees: Attendee[] = [
          ...team.members.map((m, k): Attendee => ({ id: id(`${key}/attendee/${k}`), side: 'team', honorific: '', fullName: m.fullName, title: ROLE_TITLE[m.role], agency: '', isChair: m.role === 'leader' })),
          ...[0, 1, 2].map((k): Attendee => ({ id: id(`${key}/attendee/u${k}`), side: 'unit', honorific: '', fullName: person(), title: k ? 'Công chức' : 'Chủ tịch', agency: target.name, isChair: false })),
        ];
        const findings: Finding[] = Array.from({ length: 15 }, (_, k) => ({
          id: id(`${key}/finding/${k}`), areaId: campaign.areas[k % campaign.areas.length].id,
          kind: k < 6 ? 'strength' : k < 12 ? 'shortcoming' : 'cause', text: k < 6 ? pick(STRENGTHS) : pick(SHORTCOMINGS),
        }));
        const figures: Figure[] = counted.map((x, k) => {
          const denominator = x.kind === 'ratio' ? int(50, 5000) : null;
          return { id: id(`${key}/figure/${k}`), indicatorId: x.id, value: denominator === null ? int(0, 3000) : int(0, denominator), denominator, note: '' };
        });
        const recommendations: Recommendation[] = Array.from({ length: 15 }, (_, k) => ({
          id: id(`${key}/recommendation/${k}`), areaId: campaign.areas[k % campaign.areas.length].id, content: pick(RECOMMENDATIONS),
          responsibleUnit: target.name, remedyDeadline: `${year}-12-${String(int(1, 31)).padStart(2, '0')}`, remedyDeadlineNote: '',
          reportDeadline: null, reportTo: 'Sở Nội vụ', status: pick(['open', 'in_progress', 'done'] as const), statusNote: '',
        }));
        const inspection: Inspection = {
          id: id(key), campaignId: campaign.id, teamId: team.id, unitId: target.id,
          dateFrom: `${year}-${month}-${day}`, dateTo: `${year}-${month}-${day}`, meetingDate: `${year}-${month}-${day}`, startTime: '08:00', endTime: '16:30',
          place: `Hội trường ${target.name}`, chairNote: '', attendees, subUnits: [], findings, figures, recommendations,
          unitOpinion: 'Đơn vị thống nhất với kết quả kiểm tra và sẽ khắc phục các tồn tại.',
          unitProposals: [{ id: id(`${key}/proposal/0`), content: 'Đề nghị tỉnh hỗ trợ kinh phí số hóa hồ sơ.', addressedTo: 'UBND tỉnh' }],
          docOptions: defaultDocOptions(),
        };
        call('inspections.save', inspection);
        out.inspections++;
        out.findings += findings.length;
        out.recommendations += recommendations.length;
        out.inspectionIds.push(inspection.id);
      }
    }
  })();
  return out;
}

const ROLE_TITLE = { leader: 'Trưởng đoàn', deputy: 'Phó Trưởng đoàn', member: 'Thành viên', secretary: 'Thư ký' } as const;
