// Seed 000: Đoàn kiểm tra số 1 (Trưởng đoàn Vũ Minh Hồng) at UBND huyện Mường Chà, 03–06/10/2022,
// co-chaired with the district chairman Trang A Lử.
// Picked by the demo, not in the article (so that both documents can be issued with no blank): the
// meeting's hours (08:00–11:30 on 06/10), the team's secretary (Lò Thị Hoa) and the report-back
// deadline (30/11/2022).
import type { Inspection, Team } from '../../../shared/records';
import { demoInspection, demoTeam, type DemoSeed } from './build';
import { campaign2022DienBien as c } from './campaigns';
import { DEMO_IDS as ID } from './ids';

export const team2022No1: Team = demoTeam(ID.team2022No1, c.id, 1, [
  ['leader', 'Vũ Minh Hồng', 'Phó Giám đốc Sở Nội vụ', 'Sở Nội vụ tỉnh Điện Biên'],
  ['secretary', 'Lò Thị Hoa', 'Chuyên viên phòng Cải cách hành chính', 'Sở Nội vụ tỉnh Điện Biên'],
]);

export const inspectionMuongCha2022: Inspection = demoInspection(c, {
  id: ID.inspectionMuongCha2022,
  teamId: team2022No1.id,
  unitId: ID.unitHuyenMuongCha,
  dateFrom: '2022-10-03',
  dateTo: '2022-10-06',
  place: 'UBND huyện Mường Chà',
  times: ['08:00', '11:30'],
  chairNote: 'đồng chủ trì',
  attendees: [
    { side: 'team', fullName: 'Vũ Minh Hồng', title: 'Phó Giám đốc Sở Nội vụ, Trưởng đoàn kiểm tra', agency: 'Sở Nội vụ tỉnh Điện Biên', isChair: true },
    { side: 'team', fullName: '', title: 'Các thành viên Đoàn kiểm tra', agency: 'Đoàn kiểm tra cải cách hành chính số 1 của tỉnh' },
    { side: 'unit', fullName: 'Trang A Lử', title: 'Phó Bí thư, Chủ tịch UBND huyện', agency: 'UBND huyện Mường Chà', isChair: true },
    { side: 'unit', fullName: '', title: 'Lãnh đạo các phòng chuyên môn trực thuộc UBND huyện', agency: 'UBND huyện Mường Chà' },
  ],
  strengths: [
    [null, 'Đoàn kiểm tra đánh giá cao những kết quả mà huyện đạt được trong công tác cải cách hành chính.'],
    ['chiDao', 'Công tác cải cách hành chính được lãnh đạo UBND huyện quan tâm chỉ đạo triển khai thực hiện.'],
    [
      'chiDao',
      'UBND huyện đã chỉ đạo các cơ quan, đơn vị, UBND các xã, thị trấn rà soát, theo dõi các lĩnh vực, nhiệm vụ ' +
        'mình được phân công phụ trách theo kế hoạch cải cách hành chính của huyện.',
    ],
  ],
  shortcomings: [
    ['tthc', 'Còn 231 hồ sơ thủ tục hành chính giải quyết trễ hạn.'],
  ],
  figures: [
    { indicator: 'Nhiệm vụ cải cách hành chính hoàn thành theo kế hoạch', value: 80 },
    { indicator: 'Hồ sơ TTHC tiếp nhận', value: 25718 },
    { indicator: 'Giải quyết trước hạn', value: 7139 },
    { indicator: 'Giải quyết đúng hạn', value: 18254 },
    { indicator: 'Giải quyết trễ hạn', value: 231 },
    { indicator: 'Đang giải quyết trong hạn', value: 94 },
    { indicator: 'Văn bản điện tử trao đổi trên môi trường mạng', value: 100 },
    { indicator: 'Văn bản đi được ký số', value: 8209, denominator: 8418 },
  ],
  recommendationDefaults: { responsibleUnit: 'UBND huyện Mường Chà', reportTo: '', reportDeadline: '2022-11-30' },
  recommendations: [
    {
      area: 'chiDao',
      content:
        'Xây dựng kế hoạch khắc phục những tồn tại, hạn chế trong công tác cải cách hành chính năm 2022 ' +
        'mà Đoàn kiểm tra công tác cải cách hành chính của tỉnh đã chỉ ra.',
    },
    {
      area: 'chiDao',
      content: 'Xây dựng các giải pháp nâng cao Chỉ số cải cách hành chính, kết quả chấm điểm cải cách hành chính của huyện Mường Chà năm 2022.',
    },
    {
      area: 'chiDao',
      content: 'Ban hành tiêu chí và triển khai công tác chấm điểm xác định Chỉ số cải cách hành chính đối với cấp xã trên địa bàn huyện.',
    },
  ],
  unitOpinion:
    'UBND huyện nghiêm túc tiếp thu kết luận của Đoàn kiểm tra để tiếp tục chỉ đạo khắc phục những tồn tại, hạn chế, ' +
    'nhằm đẩy mạnh hơn nữa công tác cải cách hành chính trên địa bàn, góp phần thúc đẩy kinh tế - xã hội của huyện ngày càng phát triển.',
});

export const muongCha2022: DemoSeed = { teams: [team2022No1], inspection: inspectionMuongCha2022 };
