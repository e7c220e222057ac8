// Seed 002: the provincial inspection team of Hà Giang (Trưởng đoàn Nguyễn Thành Công) at UBND
// huyện Vị Xuyên on 12/8/2019, after visiting some communes, towns and district offices. The article
// gives no team number (1 is a placeholder the secretary can change), no figures and no unit opinion.
// Picked by the demo, not in the article: the meeting's hours (08:00–11:00), the team's secretary
// (Hoàng Thị Lan), the unit's representative who signs the minutes (Phó Chủ tịch UBND huyện Lê Văn
// Sơn), the report-back deadline (30/9/2019), and the conclusion issued by the team itself, signed by
// its leader (the demo's issuing side is Điện Biên's Sở Nội vụ, not Hà Giang's).
import type { Inspection, Team } from '../../../shared/records';
import { demoInspection, demoTeam, type DemoSeed } from './build';
import { campaign2019HaGiang as c } from './campaigns';
import { DEMO_IDS as ID } from './ids';

export const team2019HaGiang: Team = demoTeam(ID.team2019HaGiang, c.id, 1, [
  ['leader', 'Nguyễn Thành Công', 'Phó Trưởng ban Tổ chức – Nội vụ tỉnh', 'Ban Tổ chức – Nội vụ tỉnh Hà Giang'],
  ['secretary', 'Hoàng Thị Lan', 'Chuyên viên Ban Tổ chức – Nội vụ tỉnh', 'Ban Tổ chức – Nội vụ tỉnh Hà Giang'],
]);

export const inspectionViXuyen2019: Inspection = demoInspection(c, {
  id: ID.inspectionViXuyen2019,
  teamId: team2019HaGiang.id,
  unitId: ID.unitHuyenViXuyen,
  dateFrom: '2019-08-12',
  dateTo: '2019-08-12',
  place: 'UBND huyện Vị Xuyên',
  times: ['08:00', '11:00'],
  attendees: [
    {
      side: 'team', fullName: 'Nguyễn Thành Công', title: 'Phó Trưởng ban Tổ chức – Nội vụ tỉnh, Trưởng đoàn kiểm tra',
      agency: 'Ban Tổ chức – Nội vụ tỉnh Hà Giang',
    },
    { side: 'unit', fullName: 'Lê Văn Sơn', title: 'Phó Chủ tịch UBND huyện', agency: 'UBND huyện Vị Xuyên' },
  ],
  subUnits: [{ unitId: null, name: 'Một số xã, thị trấn và các phòng, ban chuyên môn của huyện Vị Xuyên' }],
  strengths: [
    [
      'chiDao',
      'Công tác chỉ đạo, điều hành về cải cách hành chính được lãnh đạo UBND huyện, UBND các xã, thị trấn và các phòng, ban quan tâm thực hiện.',
    ],
    ['chiDao', 'Huyện Vị Xuyên đã thực hiện tốt công tác tuyên truyền, phổ biến, giáo dục pháp luật về cải cách hành chính.'],
    ['tthc', 'Các thủ tục hành chính được triển khai đồng bộ, toàn diện, có hiệu quả; thực hiện niêm yết công khai các thủ tục hành chính.'],
    ['tthc', 'Cơ chế một cửa sử dụng công nghệ thông tin hiện đại, giải quyết nhanh chóng hồ sơ, thủ tục trong mọi lĩnh vực.'],
    [
      'dienTu',
      'Cơ sở vật chất, trang thiết bị đầy đủ, đáp ứng yêu cầu giải quyết công việc; việc giải quyết công việc giữa các phòng, ban được thực hiện đồng bộ.',
    ],
  ],
  shortcomings: [
    ['chiDao', 'Công tác lãnh đạo, chỉ đạo của người đứng đầu một số đơn vị trên địa bàn huyện còn chưa sâu sát.'],
    ['dienTu', 'Việc sử dụng chữ ký số cá nhân theo quy định để gửi văn bản điện tử chưa thực sự phát huy được hiệu quả.'],
    ['tthc', 'Một số thủ tục hành chính vẫn còn rườm rà; việc cập nhật tài liệu để áp dụng cải cách hành chính chưa kịp thời.'],
    [
      'tthc',
      'Việc giải quyết thủ tục hành chính ở một số lĩnh vực như tài nguyên - môi trường, thương binh - xã hội… ' +
        'vẫn để xảy ra tình trạng hồ sơ quá hạn.',
    ],
    [
      'tthc',
      'Chưa ghi chép đầy đủ, chính xác thông tin trên sổ theo dõi tiếp nhận và giải quyết thủ tục hành chính, ' +
        'gây khó khăn cho công tác kiểm tra, giám sát.',
    ],
    ['tthc', 'Không có phiếu hẹn trả kết quả với cá nhân, tổ chức.'],
  ],
  recommendationDefaults: { responsibleUnit: 'UBND huyện Vị Xuyên', reportTo: '', reportDeadline: '2019-09-30' },
  recommendations: [
    { area: 'chiDao', content: 'Thực hiện tốt công tác cải cách hành chính để góp phần nâng cao Chỉ số cải cách hành chính của địa phương.' },
    { area: 'tthc', content: 'Công khai, minh bạch các thủ tục hành chính.' },
    { area: 'dienTu', content: 'Áp dụng hệ thống quản lý chất lượng ISO, ứng dụng công nghệ thông tin trong giải quyết các thủ tục hành chính.' },
    {
      area: 'tthc',
      content:
        'Tuyên truyền để người dân biết và thực hiện mô hình tiếp nhận và trả kết quả nhằm giảm bớt chi phí, thời gian đi lại cho người dân.',
    },
  ],
});

export const viXuyen2019: DemoSeed = { teams: [team2019HaGiang], inspection: inspectionViXuyen2019 };
