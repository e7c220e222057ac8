// The fields a Word template may contain, written {{key}} in the document. One list for the
// generator, the template checker and the field reference in the UI. Keys are ASCII snake_case so
// they survive Word and can be typed with the IME off; labels and examples are what the user reads.
//
// kind 'text': replaced inside its paragraph, keeping the paragraph's formatting.
// A conclusion may list findings by area ({{ket_qua}}) or as strengths/shortcomings ({{uu_diem}},
// {{ton_tai}}); the checker requires one of them.
// kind 'block': the whole paragraph holding it is replaced by generated paragraphs or a table in
// the NĐ 30 style (lists of people, findings by area, recommendations, signatures, Nơi nhận).

export type DocType = 'minutes' | 'conclusion';
export const DOC_TYPES: readonly DocType[] = ['minutes', 'conclusion'];
export const DOC_TYPE_LABELS: Record<DocType, string> = { minutes: 'Biên bản', conclusion: 'Thông báo kết luận' };
/** Document-type code in the number (Số: 05/BB-ĐKT, 12/TB-SNV) per NĐ 30 Phụ lục III. */
export const DOC_TYPE_CODES: Record<DocType, string> = { minutes: 'BB', conclusion: 'TB' };

export interface FieldDef {
  key: string;
  kind: 'text' | 'block';
  label: string;
  example: string;
  /** Documents in which the field means something. */
  docs: readonly DocType[];
  /** A template of that type is refused when it lacks the field. */
  requiredIn: readonly DocType[];
}

const BOTH: readonly DocType[] = ['minutes', 'conclusion'];
const MIN: readonly DocType[] = ['minutes'];
const CON: readonly DocType[] = ['conclusion'];

export const FIELDS: readonly FieldDef[] = [
  // Header
  { key: 'co_quan_chu_quan', kind: 'text', label: 'Cơ quan chủ quản (IN HOA)', example: 'UBND TỈNH ĐIỆN BIÊN', docs: BOTH, requiredIn: [] },
  { key: 'co_quan_ban_hanh', kind: 'text', label: 'Cơ quan ban hành (IN HOA)', example: 'ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH', docs: BOTH, requiredIn: BOTH },
  { key: 'so_ky_hieu', kind: 'text', label: 'Số, ký hiệu', example: 'Số: 05/BB-ĐKT', docs: BOTH, requiredIn: BOTH },
  { key: 'dia_danh_ngay', kind: 'text', label: 'Địa danh, ngày tháng năm', example: 'Điện Biên, ngày 06 tháng 10 năm 2022', docs: BOTH, requiredIn: CON },
  { key: 'trich_yeu', kind: 'text', label: 'Trích yếu', example: 'Kiểm tra công tác cải cách hành chính năm 2022 tại UBND huyện Mường Chà', docs: BOTH, requiredIn: BOTH },
  // Facts used inside sentences
  { key: 'nam', kind: 'text', label: 'Năm kiểm tra', example: '2022', docs: BOTH, requiredIn: [] },
  { key: 'ten_don_vi', kind: 'text', label: 'Đơn vị được kiểm tra', example: 'UBND huyện Mường Chà', docs: BOTH, requiredIn: [] },
  { key: 'ten_doan', kind: 'text', label: 'Tên Đoàn kiểm tra', example: 'Đoàn kiểm tra số 1', docs: BOTH, requiredIn: [] },
  { key: 'thoi_gian_kiem_tra', kind: 'text', label: 'Thời gian kiểm tra', example: 'từ ngày 03/10/2022 đến ngày 06/10/2022', docs: BOTH, requiredIn: [] },
  { key: 'dia_diem', kind: 'text', label: 'Địa điểm', example: 'Trụ sở UBND huyện Mường Chà', docs: BOTH, requiredIn: [] },
  { key: 'ke_hoach', kind: 'text', label: 'Kế hoạch kiểm tra (trích dẫn)', example: 'Kế hoạch số 1703/KH-UBND ngày 09/6/2022 của UBND tỉnh Điện Biên', docs: BOTH, requiredIn: [] },
  { key: 'quyet_dinh', kind: 'text', label: 'Quyết định thành lập Đoàn (trích dẫn)', example: 'Quyết định số 1367/QĐ-UBND ngày 09/8/2022 của UBND tỉnh Điện Biên', docs: BOTH, requiredIn: [] },
  { key: 'gio_bat_dau', kind: 'text', label: 'Giờ bắt đầu', example: '08 giờ 00 phút', docs: MIN, requiredIn: [] },
  { key: 'gio_ket_thuc', kind: 'text', label: 'Giờ kết thúc', example: '11 giờ 30 phút', docs: MIN, requiredIn: [] },
  { key: 'ngay_lap', kind: 'text', label: 'Ngày lập biên bản (bằng chữ)', example: 'ngày 06 tháng 10 năm 2022', docs: MIN, requiredIn: [] },
  { key: 'so_ban', kind: 'text', label: 'Số bản biên bản', example: '03', docs: MIN, requiredIn: [] },
  // Blocks
  { key: 'mo_dau', kind: 'block', label: 'Đoạn mở đầu (căn cứ, thời gian, địa điểm)', example: 'Thực hiện Kế hoạch số …; Hôm nay, vào lúc …', docs: BOTH, requiredIn: BOTH },
  { key: 'thanh_phan', kind: 'block', label: 'Thành phần (Đoàn kiểm tra, đơn vị, khách mời)', example: '1. Đoàn kiểm tra: - Ông Vũ Minh Hồng, Phó Giám đốc Sở Nội vụ, Trưởng đoàn; …', docs: BOTH, requiredIn: MIN },
  { key: 'don_vi_truc_thuoc', kind: 'block', label: 'Đơn vị trực thuộc đã kiểm tra', example: '- UBND xã Phúc Thịnh; - UBND xã Thúy Sơn.', docs: BOTH, requiredIn: [] },
  { key: 'ket_qua', kind: 'block', label: 'Kết quả kiểm tra theo lĩnh vực (ưu điểm, tồn tại)', example: '1. Công tác chỉ đạo, điều hành … a) Kết quả đạt được … b) Tồn tại, hạn chế …', docs: BOTH, requiredIn: MIN },
  { key: 'nhan_xet_chung', kind: 'block', label: 'Nhận xét chung (ý kiến chung, nguyên nhân)', example: 'Đoàn kiểm tra đánh giá cao những kết quả mà huyện đạt được …', docs: BOTH, requiredIn: [] },
  { key: 'so_lieu', kind: 'block', label: 'Số liệu (bảng)', example: 'Hồ sơ TTHC tiếp nhận: 25.718 hồ sơ …', docs: BOTH, requiredIn: [] },
  { key: 'uu_diem', kind: 'block', label: 'Ưu điểm (mọi lĩnh vực)', example: '- Công tác CCHC được quan tâm chỉ đạo …', docs: BOTH, requiredIn: [] },
  { key: 'ton_tai', kind: 'block', label: 'Tồn tại, hạn chế (mọi lĩnh vực)', example: '- Còn 231 hồ sơ giải quyết trễ hạn …', docs: BOTH, requiredIn: [] },
  { key: 'nguyen_nhan', kind: 'block', label: 'Nguyên nhân', example: '- Nguyên nhân chủ quan: …', docs: BOTH, requiredIn: [] },
  { key: 'kien_nghi_bang', kind: 'block', label: 'Kiến nghị của Đoàn (dạng bảng)', example: 'STT | Nội dung | Đơn vị thực hiện | Thời hạn', docs: BOTH, requiredIn: [] },
  { key: 'kien_nghi_danh_sach', kind: 'block', label: 'Kiến nghị của Đoàn (danh sách đánh số)', example: '1. Xây dựng kế hoạch khắc phục …, hoàn thành trước ngày 31/12/2022.', docs: BOTH, requiredIn: [] },
  { key: 'bao_cao_ket_qua', kind: 'block', label: 'Yêu cầu báo cáo kết quả khắc phục', example: 'Báo cáo kết quả khắc phục về Sở Nội vụ trước ngày …', docs: BOTH, requiredIn: [] },
  { key: 'y_kien_don_vi', kind: 'block', label: 'Ý kiến của đơn vị được kiểm tra', example: 'UBND huyện nhất trí với nội dung …', docs: BOTH, requiredIn: [] },
  { key: 'de_xuat_don_vi', kind: 'block', label: 'Kiến nghị, đề xuất của đơn vị', example: '- Đề nghị UBND tỉnh, Sở Tài nguyên và Môi trường hướng dẫn …', docs: BOTH, requiredIn: [] },
  { key: 'ket_thuc', kind: 'block', label: 'Đoạn kết (giờ kết thúc, số bản; hoặc đề nghị thực hiện)', example: 'Biên bản kết thúc vào lúc … Biên bản được lập thành 03 bản …/.', docs: BOTH, requiredIn: [] },
  { key: 'chu_ky', kind: 'block', label: 'Khối chữ ký (và Nơi nhận của thông báo)', example: 'ĐẠI DIỆN ĐƠN VỊ … | TRƯỞNG ĐOÀN … ; THƯ KÝ', docs: BOTH, requiredIn: BOTH },
  { key: 'noi_nhan', kind: 'block', label: 'Nơi nhận (riêng, khi không nằm trong khối chữ ký)', example: '- UBND huyện Mường Chà (để thực hiện); - Lưu: VT, CCHC.', docs: BOTH, requiredIn: [] },
];

export const FIELD_KEYS = new Set(FIELDS.map((f) => f.key));
export const fieldByKey = (key: string): FieldDef | undefined => FIELDS.find((f) => f.key === key);
/** A template must say how recommendations are laid out: as a table or as a numbered list. */
export const RECOMMENDATION_FIELDS = ['kien_nghi_bang', 'kien_nghi_danh_sach'] as const;
export const placeholder = (key: string): string => `{{${key}}}`;
