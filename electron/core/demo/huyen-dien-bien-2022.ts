// Seed 001: Đoàn kiểm tra số 2 (Quyết định 1367/QĐ-UBND; Trưởng đoàn Nguyễn Ngọc Thể) at UBND huyện
// Điện Biên, 06–13/9/2022, with the meeting on the results on 14/9/2022. The article's numbers do not
// all agree (7/21 is given as 30 %; on-time + early + late exceed the files received): they are
// recorded as stated and the app flags them.
// Picked by the demo, not in the article: the meeting's hours (14:00–17:00 on 14/9), the team's
// secretary (Quàng Văn Minh), the report-back deadline (31/10/2022), and who signs the Sở Nội vụ's
// conclusion: its Phó Giám đốc Vũ Minh Hồng (named in the Mường Chà article), since the team's leader
// is of the Văn phòng UBND tỉnh.
import type { Inspection, Team } from '../../../shared/records';
import { demoInspection, demoTeam, type DemoSeed } from './build';
import { campaign2022DienBien as c } from './campaigns';
import { DEMO_IDS as ID } from './ids';

export const team2022No2: Team = demoTeam(ID.team2022No2, c.id, 2, [
  ['leader', 'Nguyễn Ngọc Thể', 'Phó Chánh Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh Điện Biên'],
  ['secretary', 'Quàng Văn Minh', 'Chuyên viên Sở Nội vụ', 'Sở Nội vụ tỉnh Điện Biên'],
]);

export const inspectionHuyenDienBien2022: Inspection = demoInspection(c, {
  id: ID.inspectionHuyenDienBien2022,
  teamId: team2022No2.id,
  unitId: ID.unitHuyenDienBien,
  dateFrom: '2022-09-06',
  dateTo: '2022-09-13',
  meetingDate: '2022-09-14',
  place: 'Trụ sở làm việc của UBND huyện Điện Biên',
  times: ['14:00', '17:00'],
  docOptions: { conclusionSigner: { authority: '', title: '', name: 'Vũ Minh Hồng' } },
  attendees: [
    { side: 'team', fullName: 'Nguyễn Ngọc Thể', title: 'Phó Chánh Văn phòng UBND tỉnh, Trưởng đoàn kiểm tra', agency: 'Văn phòng UBND tỉnh Điện Biên' },
    { side: 'unit', fullName: 'Nông Quang Thắng', title: 'Phó Chủ tịch UBND huyện', agency: 'UBND huyện Điện Biên' },
    { side: 'unit', fullName: '', title: 'Đại diện đơn vị được kiểm tra và lãnh đạo các phòng, ban liên quan thuộc huyện', agency: 'UBND huyện Điện Biên' },
  ],
  subUnits: [
    {
      unitId: null,
      name: '07 UBND cấp xã thuộc huyện Điện Biên',
      note: 'Tồn tại, hạn chế của từng xã được Đoàn chỉ ra tại các Biên bản làm việc giữa Đoàn kiểm tra với UBND cấp xã.',
    },
  ],
  strengths: [
    [
      'chiDao',
      'Công tác cải cách hành chính được UBND huyện quan tâm chỉ đạo triển khai thực hiện hiệu quả; các văn bản chỉ đạo, ' +
        'điều hành công tác cải cách hành chính trên địa bàn kịp thời, hiệu quả, bám sát nội dung các văn bản chỉ đạo của UBND tỉnh.',
    ],
    [
      'chiDao',
      'Huyện đã ban hành các văn bản chỉ đạo, điều hành, triển khai thực hiện công tác cải cách hành chính trên địa bàn huyện ' +
        'đầy đủ các nhiệm vụ, lĩnh vực cải cách hành chính, phù hợp với nội dung các văn bản chỉ đạo của UBND tỉnh, ' +
        'Ban Chỉ đạo cải cách hành chính tỉnh và hướng dẫn của cơ quan chuyên môn; thực hiện báo cáo định kỳ.',
    ],
    [
      'chiDao',
      'Huyện đã ban hành Kế hoạch và kiểm tra công tác cải cách hành chính tại các cơ quan chuyên môn, UBND cấp xã; ' +
        'hiện tại đang tổ chức kiểm tra theo kế hoạch.',
    ],
    [
      'chiDao',
      'Đã ban hành Quyết định số 2324/QĐ-UBND ngày 29/9/2021 về việc phê duyệt Đề án “Xác định Chỉ số cải cách hành chính ' +
        'của các cơ quan chuyên môn, đơn vị sự nghiệp và UBND các xã trên địa bàn huyện Điện Biên”; đã triển khai chấm điểm ' +
        'Chỉ số cải cách hành chính các cơ quan chuyên môn cấp huyện và UBND cấp xã thuộc huyện năm 2021.',
    ],
    [
      'chiDao',
      'Đã ban hành Kế hoạch số 105/KH-UBND ngày 18/01/2022 về tuyên truyền cải cách hành chính huyện Điện Biên năm 2022; ' +
        'tuyên truyền trên hệ thống Đài truyền thanh 07 tin, tần suất 3 buổi/ngày; tuyên truyền trên Cổng thông tin điện tử ' +
        '04 tin bài về cải cách hành chính.',
    ],
    [
      'chiDao',
      'Tuyên truyền trực tiếp tại các thôn, bản, lồng ghép trong các cuộc họp, giao ban, lớp học tập cộng đồng, ' +
        'trên hệ thống Đài truyền thanh, Trang thông tin điện tử, pa nô, áp phích.',
    ],
    [
      'tthc',
      'Thực hiện cung cấp 100% TTHC đủ điều kiện lên dịch vụ công trực tuyến mức độ 3, 4 trên hệ thống giải quyết thủ tục ' +
        'hành chính của tỉnh và tích hợp, công khai trên Cổng Dịch vụ công quốc gia.',
    ],
    [
      'tthc',
      'Tại thời điểm kiểm tra, UBND huyện đã đưa 252 TTHC vào xây dựng và áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn ' +
        'TCVN ISO 9001:2015, gồm 04 hệ thống độc lập: Hệ thống quản lý chất lượng phòng Tài nguyên và Môi trường; ' +
        'phòng Tài chính - Kế hoạch; phòng Lao động - Thương binh và Xã hội; Văn phòng HĐND - UBND huyện và các phòng, ban còn lại.',
    ],
    [
      'dienTu',
      'UBND huyện đã ban hành Kế hoạch phát triển Chính quyền số, bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan ' +
        'nhà nước huyện Điện Biên, đảm bảo thời gian và chất lượng; đã hoàn thành cơ bản các nhiệm vụ theo Kế hoạch đề ra.',
    ],
    ['dienTu', 'Hạ tầng công nghệ thông tin được quan tâm đầu tư.'],
    [
      'dienTu',
      'Huyện đã triển khai ứng dụng nền tảng quản lý văn bản TD Office tại các phòng, ban, đơn vị và liên thông đến các đơn vị trong tỉnh.',
    ],
    [
      null,
      'Qua kiểm tra tại 07 UBND cấp xã thuộc huyện cho thấy công tác cải cách hành chính được UBND các xã quan tâm ' +
        'triển khai thực hiện và đạt được nhiều kết quả tích cực.',
    ],
  ],
  shortcomings: [
    [null, 'Tại UBND cấp xã vẫn còn một số tồn tại, hạn chế, được Đoàn chỉ ra tại các Biên bản làm việc giữa Đoàn kiểm tra với UBND cấp xã.'],
    ['tthc', 'Còn 64 hồ sơ thủ tục hành chính giải quyết trễ hạn.'],
  ],
  figures: [
    { indicator: 'Cơ quan, đơn vị được kiểm tra công tác CCHC so với kế hoạch', value: 5, denominator: 11, note: 'Theo Kế hoạch kiểm tra của huyện' },
    {
      indicator: 'Đơn vị hành chính cấp xã được kiểm tra so với kế hoạch', value: 7, denominator: 21,
      note: 'Theo Kế hoạch kiểm tra của huyện; nguồn ghi đạt 30%',
    },
    { indicator: 'Tin bài tuyên truyền CCHC trên Đài truyền thanh', value: 7, note: 'Tần suất 3 buổi/ngày' },
    { indicator: 'Tin bài tuyên truyền CCHC trên Cổng thông tin điện tử', value: 4 },
    { indicator: 'TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến mức độ 3, 4', value: 100 },
    { indicator: 'Hồ sơ TTHC tiếp nhận', value: 5369, note: 'Qua hệ thống giải quyết thủ tục hành chính của tỉnh' },
    { indicator: 'Giải quyết trước hạn', value: 5126, note: 'Nguồn ghi: sớm hạn, đạt 95,5%' },
    { indicator: 'Giải quyết đúng hạn', value: 5190 },
    { indicator: 'Giải quyết trễ hạn', value: 64 },
    { indicator: 'Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4', value: 79 },
    { indicator: 'TTHC áp dụng TCVN ISO 9001:2015', value: 252 },
    { indicator: 'Tỷ lệ máy tính trên CBCC', value: 100 },
    {
      indicator: 'Máy tính cài phần mềm phòng chống mã độc', value: 79, denominator: 170,
      note: 'Phần mềm phòng chống mã độc tập trung Bkav Endpoint; mẫu số là số máy tính được cấp; nguồn ghi đạt 46,5%',
    },
    { indicator: 'Văn bản điện tử tại Văn phòng HĐND & UBND', value: 99.6 },
    { indicator: 'Lãnh đạo ký số văn bản điện tử', value: 45 },
  ],
  recommendationDefaults: {
    responsibleUnit: 'UBND huyện Điện Biên',
    reportTo: 'Sở Nội vụ (cơ quan thường trực Ban Chỉ đạo CCHC tỉnh), Trưởng đoàn kiểm tra và các cơ quan liên quan',
    reportDeadline: '2022-10-31',
  },
  recommendations: [
    { area: 'chiDao', content: 'Tiếp tục thực hiện tốt các văn bản chỉ đạo, điều hành về công tác cải cách hành chính của UBND tỉnh.' },
    {
      area: 'chiDao',
      content: 'Quan tâm chỉ đạo các phòng, ban chuyên môn, cơ quan, đơn vị và UBND cấp xã đẩy mạnh công tác cải cách hành chính trên địa bàn.',
    },
    {
      area: 'chiDao',
      content:
        'Tiếp tục thực hiện việc gắn trách nhiệm người đứng đầu cơ quan, đơn vị với kết quả thực hiện nhiệm vụ công tác ' +
        'cải cách hành chính; sử dụng kết quả cải cách hành chính làm tiêu chí xét thi đua, khen thưởng, đánh giá cán bộ, ' +
        'công chức, viên chức hằng năm.',
    },
    {
      area: 'chiDao',
      content:
        'Tiếp tục đẩy mạnh công tác tuyên truyền nhằm tăng cường sự hiểu biết của người dân, tổ chức, doanh nghiệp về ' +
        'cải cách hành chính, trọng tâm là cải cách thủ tục hành chính.',
    },
    {
      area: 'chiDao',
      content:
        'Phát huy vai trò của các cơ quan truyền thông trong tuyên truyền cải cách hành chính nhằm góp phần đẩy mạnh công tác ' +
        'cải cách hành chính, cải thiện từng bước môi trường đầu tư kinh doanh, thu hút đầu tư và nâng cao năng lực cạnh tranh ' +
        'của huyện, tăng cường hiệu quả quản trị và hành chính công.',
    },
    { area: 'tthc', content: 'Tiếp tục chỉ đạo giải quyết các thủ tục hành chính về đất đai đảm bảo thời gian theo quy định.' },
    {
      area: null,
      content:
        'Tăng cường công tác quản lý đất đai, tài nguyên khoáng sản, đặc biệt là công tác quản lý các điểm mỏ khai thác cát ' +
        'làm vật liệu xây dựng thông thường.',
    },
    {
      area: null,
      content:
        'Đẩy nhanh tiến độ giao đất, giao rừng theo Kế hoạch số 2783/KH-UBND ngày 20/9/2019 của UBND tỉnh để tạo điều kiện ' +
        'thu hút đầu tư, các nhà đầu tư thực hiện Dự án trồng mắc ca và người dân tham gia liên kết, phát triển sản xuất ' +
        'nhằm nâng cao đời sống người dân, phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh.',
    },
    {
      area: 'chiDao',
      content: 'Khắc phục những tồn tại, hạn chế và báo cáo kết quả xử lý các vấn đề tồn tại, hạn chế mà Đoàn kiểm tra đã chỉ ra.',
    },
  ],
  unitOpinion:
    'Đồng chí Nông Quang Thắng - Phó Chủ tịch UBND huyện, thay mặt UBND huyện nhất trí với nội dung kết luận của Đoàn kiểm tra.',
  unitProposals: [
    {
      content:
        'Hướng dẫn xử lý các trường hợp giao đất, cho thuê đất, cho phép chuyển mục đích đất trồng lúa, đất rừng phòng hộ, ' +
        'đất rừng đặc dụng để thực hiện dự án đầu tư; dự án triển khai tại các khu vực nhạy cảm về an ninh, quốc phòng; ' +
        'chuyển mục đích sử dụng đất trồng lúa của hộ gia đình, cá nhân.',
      addressedTo: 'UBND tỉnh; Sở Tài nguyên và Môi trường',
    },
    {
      content: 'Có kế hoạch tổ chức cho cán bộ, công chức làm công tác cải cách hành chính đi tham quan, học tập kinh nghiệm giữa các đơn vị trong và ngoài tỉnh.',
      addressedTo: 'Sở Nội vụ',
    },
  ],
});

export const huyenDienBien2022: DemoSeed = { teams: [team2022No2], inspection: inspectionHuyenDienBien2022 };
