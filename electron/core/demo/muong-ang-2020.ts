// Seed 004: not an inspection but UBND huyện Mường Ảng's own account of its 2020 reform work under
// Kế hoạch 3855/KH-UBND of UBND tỉnh Điện Biên, kept as an inspection record with no recommendations,
// because the article gives none. "10 lĩnh vực" is followed by eleven names
// in the source; both are kept as written.
// Picked by the demo so that both documents can be issued with no blank (none of it is in the
// article): a working session of a Sở Nội vụ team on 10/11/2020, 08:00–11:00, at UBND huyện Mường
// Ảng (after the "10 tháng năm 2020" the figures cover), its leader and secretary, and the district
// chairman who signs for the unit. The names are invented.
import type { Inspection, Team } from '../../../shared/records';
import { demoInspection, demoTeam, type DemoSeed } from './build';
import { campaign2020DienBien as c } from './campaigns';
import { childId, DEMO_IDS as ID } from './ids';

export const team2020MuongAng: Team = demoTeam(childId(ID.inspectionMuongAng2020, 'team'), c.id, 1, [
  ['leader', 'Phạm Văn Hùng', 'Phó Giám đốc Sở Nội vụ', 'Sở Nội vụ tỉnh Điện Biên'],
  ['secretary', 'Lường Thị Thu', 'Chuyên viên phòng Cải cách hành chính', 'Sở Nội vụ tỉnh Điện Biên'],
]);

export const inspectionMuongAng2020: Inspection = demoInspection(c, {
  id: ID.inspectionMuongAng2020,
  teamId: team2020MuongAng.id,
  unitId: ID.unitHuyenMuongAng,
  dateFrom: '2020-11-10',
  dateTo: '2020-11-10',
  place: 'UBND huyện Mường Ảng',
  times: ['08:00', '11:00'],
  attendees: [
    { side: 'team', fullName: 'Phạm Văn Hùng', title: 'Phó Giám đốc Sở Nội vụ, Trưởng đoàn', agency: 'Sở Nội vụ tỉnh Điện Biên', isChair: true },
    { side: 'unit', fullName: 'Lò Văn Tiến', title: 'Chủ tịch UBND huyện', agency: 'UBND huyện Mường Ảng' },
    { side: 'unit', fullName: '', title: 'Lãnh đạo các phòng chuyên môn thuộc UBND huyện', agency: 'UBND huyện Mường Ảng' },
  ],
  strengths: [
    [
      null,
      'Năm 2020, công tác cải cách hành chính tại UBND huyện đạt được những kết quả toàn diện trên các nội dung: ' +
        'thủ tục hành chính; thể chế hành chính; bộ máy hành chính; tài chính công; hiện đại hóa nền hành chính.',
    ],
    [
      'chiDao',
      'Năm 2020, UBND huyện coi trọng công tác lãnh đạo, chỉ đạo, công tác tuyên truyền, vận động, phổ biến về cải cách ' +
        'hành chính; tiếp tục đổi mới công tác lãnh đạo, chỉ đạo, điều hành.',
    ],
    [
      'chiDao',
      'Bám sát Kế hoạch số 3855/KH-UBND ngày 27/12/2019 của UBND tỉnh Điện Biên, UBND huyện đã ban hành Kế hoạch công tác ' +
        'cải cách hành chính trên địa bàn huyện; chỉ đạo cơ quan chuyên môn xây dựng chương trình công tác năm, tháng ' +
        'chỉ rõ nội dung, tiến độ, người thực hiện và trách nhiệm.',
    ],
    ['chiDao', 'Năm 2020, Huyện ủy, UBND huyện ban hành nhiều văn bản chỉ đạo triển khai về đẩy mạnh cải cách hành chính.'],
    [
      'chiDao',
      'Trung tâm Văn hóa - Truyền thanh - Truyền hình huyện tăng cường thời lượng phát, đưa tin bài về công tác cải cách hành chính.',
    ],
    [
      'chiDao',
      'So với năm 2019, năm 2020 công tác cải cách hành chính tại huyện có những chuyển biến tích cực rõ rệt; sự điều hành, ' +
        'chỉ đạo sâu sát của lãnh đạo giúp công tác cải cách hành chính đi vào bài bản, khoa học hơn.',
    ],
    [
      'tthc',
      'Ngày 13/01/2020, UBND huyện ban hành Kế hoạch số 06/KH-UBND về việc rà soát, kiểm soát thủ tục hành chính.',
    ],
    [
      'tthc',
      'UBND huyện tự rà soát 10 lĩnh vực: Nội vụ; Tài nguyên - Môi trường; Y tế; Nông nghiệp và PTNT; Văn hóa; ' +
        'Lao động - Thương binh và Xã hội; Tư pháp; Giáo dục và Đào tạo; Thanh tra; Kinh tế - Hạ tầng; Tài chính - Kế hoạch.',
    ],
    [
      'tthc',
      'Bộ phận Tiếp nhận và trả kết quả của huyện được bố trí, sắp xếp khoa học, đầy đủ; tiếp tục niêm yết các văn bản ' +
        'liên quan đến thủ tục hành chính trên hệ thống bảng tin.',
    ],
    [
      'tthc',
      'UBND huyện đã bố trí phòng tiếp dân, xây dựng quy chế tiếp công dân, phân công đồng chí Chủ tịch UBND huyện và ' +
        'công chức trực tiếp hướng dẫn, tiếp dân vào thứ Hai hằng tuần; công khai số điện thoại đường dây nóng, ' +
        'địa chỉ email của UBND huyện.',
    ],
    ['tthc', 'Sau gần một năm, UBND huyện không nhận được kiến nghị của cá nhân, tổ chức về quy định hành chính.'],
    [
      'congVu',
      'Thực hiện đánh giá, xếp loại cán bộ, công chức, viên chức gắn với thi đua khen thưởng hằng tháng; xây dựng lịch công tác ' +
        'tuần của mỗi cá nhân một cách khoa học, thuận tiện cho việc đánh giá hiệu quả, tự kiểm tra công vụ.',
    ],
    [
      'congVu',
      'UBND huyện tập trung xây dựng, nâng cao chất lượng đội ngũ theo tiêu chuẩn vị trí việc làm, chức danh cán bộ, ' +
        'công chức, viên chức.',
    ],
    [
      'dienTu',
      'Bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính của UBND huyện tiếp tục ứng dụng công nghệ thông tin ' +
        'trong hoạt động quản lý nhà nước.',
    ],
  ],
  figures: [
    { indicator: 'Hồ sơ TTHC tiếp nhận', value: 2578, note: 'Trong 10 tháng năm 2020' },
    { indicator: 'Đã giải quyết', value: 2477 },
    { indicator: 'Đang giải quyết', value: 101 },
  ],
});

export const muongAng2020: DemoSeed = { teams: [team2020MuongAng], inspection: inspectionMuongAng2020 };
