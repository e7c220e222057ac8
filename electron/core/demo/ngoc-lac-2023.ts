// Seed 003: the working team of the Sở Nội vụ Thanh Hóa (Trưởng đoàn Dương Thị Thúy) at UBND huyện
// Ngọc Lặc on 04/8/2023, after checking UBND xã Phúc Thịnh and UBND xã Thúy Sơn. The article gives
// no team number (1 is a placeholder the secretary can change).
// Picked by the demo, not in the article: the meeting's hours (14:00–16:30), the team's secretary
// (Lê Thị Mai) and the report-back deadline (30/9/2023).
import type { Inspection, Team } from '../../../shared/records';
import { demoInspection, demoTeam, type DemoSeed } from './build';
import { campaign2023ThanhHoa as c } from './campaigns';
import { DEMO_IDS as ID } from './ids';

export const team2023ThanhHoa: Team = demoTeam(ID.team2023ThanhHoa, c.id, 1, [
  ['leader', 'Dương Thị Thúy', 'Trưởng phòng Cải cách hành chính Sở Nội vụ', 'Sở Nội vụ tỉnh Thanh Hóa'],
  ['secretary', 'Lê Thị Mai', 'Chuyên viên phòng Cải cách hành chính', 'Sở Nội vụ tỉnh Thanh Hóa'],
]);

export const inspectionNgocLac2023: Inspection = demoInspection(c, {
  id: ID.inspectionNgocLac2023,
  teamId: team2023ThanhHoa.id,
  unitId: ID.unitHuyenNgocLac,
  dateFrom: '2023-08-04',
  dateTo: '2023-08-04',
  place: 'UBND huyện Ngọc Lặc',
  times: ['14:00', '16:30'],
  attendees: [
    {
      side: 'team', fullName: 'Dương Thị Thúy', title: 'Trưởng phòng Cải cách hành chính Sở Nội vụ, Trưởng đoàn',
      agency: 'Sở Nội vụ tỉnh Thanh Hóa',
    },
    { side: 'unit', fullName: 'Phạm Văn Đạt', title: 'Phó Chủ tịch UBND huyện', agency: 'UBND huyện Ngọc Lặc' },
    { side: 'unit', fullName: '', title: 'Lãnh đạo, chuyên viên các phòng, ban liên quan', agency: 'UBND huyện Ngọc Lặc' },
  ],
  subUnits: [
    { unitId: ID.unitXaPhucThinh, name: 'UBND xã Phúc Thịnh', note: 'Kiểm tra trước buổi làm việc với UBND huyện.' },
    { unitId: ID.unitXaThuySon, name: 'UBND xã Thúy Sơn', note: 'Kiểm tra trước buổi làm việc với UBND huyện.' },
  ],
  strengths: [
    [null, 'Đoàn công tác ghi nhận và đánh giá cao kết quả thực hiện công tác cải cách hành chính mà UBND huyện đạt được trong thời gian vừa qua.'],
    [
      'chiDao',
      'Huyện thực hiện đầy đủ việc triển khai các văn bản về cải cách hành chính; có ban hành kế hoạch cải cách hành chính ' +
        'năm 2023, kế hoạch tuyên truyền cải cách hành chính năm 2023.',
    ],
    ['chiDao', 'Huyện quan tâm thực hiện tốt công tác báo cáo định kỳ, đầy đủ, đúng theo quy định.'],
    [
      'tthc',
      'Ban hành đầy đủ các văn bản triển khai, thực hiện công tác cải cách thủ tục hành chính; niêm yết công khai thủ tục ' +
        'hành chính theo quy định.',
    ],
    [
      'dienTu',
      'Trang thông tin điện tử UBND huyện có xây dựng chuyên mục “Cải cách hành chính”, đăng tải thường xuyên các báo cáo, ' +
        'kế hoạch về công tác cải cách hành chính của huyện; trang có đặt liên kết Cổng dịch vụ công trực tuyến của tỉnh, ' +
        'đăng tải bộ thủ tục hành chính cấp huyện.',
    ],
  ],
  shortcomings: [
    ['tthc', 'Còn tình trạng hồ sơ quá hạn và hồ sơ đã giải quyết nhưng chưa cập nhật lên hệ thống.'],
  ],
  figures: [
    { indicator: 'Hồ sơ TTHC tiếp nhận', value: 4457, note: 'Tổng số hồ sơ tiếp nhận trong kỳ' },
    { indicator: 'Hồ sơ tiếp nhận trực tuyến', value: 3082, denominator: 4457 },
    { indicator: 'Hồ sơ tiếp nhận trực tiếp và qua dịch vụ bưu chính', value: 1375 },
    { indicator: 'Cơ quan, đơn vị trực thuộc có tài khoản sử dụng thường xuyên', value: 100 },
  ],
  recommendationDefaults: { responsibleUnit: 'UBND huyện Ngọc Lặc', reportTo: '', reportDeadline: '2023-09-30' },
  recommendations: [
    { area: 'chiDao', content: 'Tiếp tục quan tâm chỉ đạo, triển khai đồng bộ, bám sát các chương trình, kế hoạch của tỉnh về cải cách hành chính.' },
    { area: 'chiDao', content: 'Tăng cường công tác tuyên truyền các nội dung trong công tác cải cách hành chính bằng nhiều hình thức.' },
    {
      area: 'chiDao',
      content:
        'Ban hành kịp thời kế hoạch kiểm tra cải cách hành chính trên địa bàn huyện, trong đó thể hiện đầy đủ các nội dung ' +
        '(tên các đơn vị, số lượng và thời gian kiểm tra).',
    },
    { area: 'chiDao', content: 'Đề xuất những sáng kiến, giải pháp, cách làm hay, hiệu quả trong thực hiện nhiệm vụ cải cách hành chính của huyện.' },
    { area: 'tthc', content: 'Tiếp tục thực hiện việc niêm yết công khai, đầy đủ các thủ tục hành chính theo quy định.' },
    { area: 'tthc', content: 'Khắc phục tình trạng hồ sơ quá hạn và hồ sơ đã giải quyết nhưng chưa cập nhật lên hệ thống.' },
    {
      area: 'dienTu',
      content: 'Rà soát, cập nhật đầy đủ, kịp thời các nội dung thông tin công khai trên Trang thông tin điện tử UBND huyện theo đúng quy định.',
    },
  ],
  unitOpinion:
    'UBND huyện nghiêm túc tiếp thu và chỉ đạo các phòng chuyên môn, các đơn vị trực thuộc, các xã xây dựng kế hoạch và ' +
    'có giải pháp khắc phục kịp thời các tồn tại, hạn chế Đoàn đã chỉ ra, nhằm nâng cao công tác cải cách hành chính ' +
    'trên địa bàn huyện trong thời gian tới.',
});

export const ngocLac2023: DemoSeed = { teams: [team2023ThanhHoa], inspection: inspectionNgocLac2023 };
