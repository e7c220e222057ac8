// The catalogue of error codes that reach the user: for each, a short Vietnamese title (the heading of
// the error note) and what she can do about it. Dispatch uses it to word the errors it makes itself
// and to decide what goes into the log file; the renderer uses the titles. One home for the wording.

export interface ErrorInfo {
  /** Short heading, e.g. "Dữ liệu chưa hợp lệ". */
  title: string;
  /** What to do next, one sentence. */
  action: string;
  /** A fault in the program or the machine rather than in what she typed: written to the log file. */
  internal: boolean;
}

const LOG_ACTION = 'Thử lại; nếu vẫn lỗi, bấm "Sao chép chi tiết lỗi" và gửi cho người hỗ trợ (chi tiết có trong nhật ký lỗi).';

export const ERROR_CATALOGUE: Record<string, ErrorInfo> = {
  INVALID_INPUT: { title: 'Dữ liệu chưa hợp lệ', action: 'Sửa các mục được nêu rồi lưu lại.', internal: false },
  INVALID: { title: 'Dữ liệu chưa hợp lệ', action: 'Sửa các mục được nêu rồi thử lại.', internal: false },
  IMPORT_INVALID: { title: 'Tệp nhập không hợp lệ', action: 'Kiểm tra lại tệp; không có gì được nhập.', internal: false },
  NOT_FOUND: { title: 'Không tìm thấy', action: 'Mục này có thể đã bị xóa; xem trong Thùng rác.', internal: false },
  IMPORT_IN_BIN: { title: 'Hồ sơ đang trong Thùng rác', action: 'Khôi phục hồ sơ trong Thùng rác rồi nhập lại; không có gì được nhập.', internal: false },
  DELETED: { title: 'Hồ sơ đã ở trong Thùng rác', action: 'Khôi phục hồ sơ trong Thùng rác để sửa tiếp; những gì đang gõ vẫn còn trên màn hình.', internal: false },
  DELETED_ROW: { title: 'Dòng đã bị xóa', action: 'Đưa dòng lại bằng "Đã xóa … › Hoàn tác", hoặc thêm một dòng mới.', internal: false },
  CHILD_OWNED_ELSEWHERE: { title: 'Dòng thuộc hồ sơ khác', action: 'Tải lại màn hình rồi nhập lại dòng này; không có gì được lưu.', internal: false },
  DUPLICATE_ROW: { title: 'Hai dòng trùng mã', action: 'Tải lại màn hình rồi thử lại; không có gì được lưu.', internal: false },
  LEVEL_IN_USE: { title: 'Cấp đơn vị đang được dùng', action: 'Đổi cấp của các đơn vị đó trước, rồi mới xóa cấp này.', internal: false },
  AREA_IN_USE: { title: 'Lĩnh vực đang được dùng', action: 'Chuyển các kết quả, kiến nghị đó sang lĩnh vực khác trước, rồi mới xóa lĩnh vực này.', internal: false },
  INDICATOR_IN_USE: { title: 'Chỉ tiêu đang được dùng', action: 'Xóa các số liệu của chỉ tiêu này trong các cuộc kiểm tra trước, rồi mới xóa chỉ tiêu.', internal: false },
  DEMO_NOT_EMPTY: { title: 'Không nạp được dữ liệu mẫu', action: 'Chỉ nạp dữ liệu mẫu vào một máy chưa có hồ sơ nào.', internal: false },
  CONSTRAINT: { title: 'Dữ liệu không nhất quán', action: 'Mục được tham chiếu có thể đã bị xóa; tải lại màn hình rồi thử lại.', internal: false },
  SETTINGS_MISSING: { title: 'Chưa có cơ quan ban hành', action: 'Điền thẻ "Cơ quan ban hành" của đợt kiểm tra (màn hình "Kế hoạch và Đoàn kiểm tra").', internal: false },
  DOC_INCOMPLETE: { title: 'Chưa ban hành được văn bản', action: 'Bổ sung các mục còn thiếu hoặc chọn lại ngày ban hành; bản dự thảo vẫn lưu được.', internal: false },
  DOC_UNCONFIRMED: { title: 'Cần kiểm tra lại trước khi ban hành', action: 'Sửa các điểm được nêu, hoặc xác nhận đã kiểm tra rồi ban hành.', internal: false },
  NUMBER_BUSY: { title: 'Số văn bản đang được dùng', action: 'Thử lại sau giây lát.', internal: false },
  FILE_IN_USE: { title: 'Tệp đang mở', action: 'Đóng tệp trong Word rồi thử lại, hoặc chọn tên khác.', internal: false },
  SAVE_FAILED: { title: 'Không lưu được tệp', action: 'Chọn nơi lưu khác hoặc đóng chương trình đang mở tệp.', internal: true },
  OPEN_FAILED: { title: 'Không mở được tệp', action: 'Kiểm tra tệp còn ở đó và máy có chương trình mở được nó.', internal: true },
  ATTACHMENT_REFUSED: { title: 'Không đính kèm được tệp', action: 'Chọn bản quét dạng PDF, JPEG hoặc PNG (tối đa 25 MB); không có gì được lưu.', internal: false },
  ATTACHMENT_MISSING: { title: 'Tệp đính kèm bị mất hoặc hỏng', action: 'Khôi phục thư mục dữ liệu từ bản sao lưu, hoặc đính kèm lại bản quét.', internal: true },
  PRINT_FAILED: { title: 'Không in được', action: 'Kiểm tra máy in (đã bật, có giấy) và Word, rồi in lại; hoặc in từ bản xem trước.', internal: true },
  PDF_FAILED: { title: 'Không lưu được PDF', action: 'Thử lại; nếu vẫn lỗi, lưu tệp .docx rồi mở bằng Word để lưu PDF.', internal: true },
  NO_PLATFORM: { title: 'Không làm được ở chế độ này', action: 'Dùng ứng dụng BienBan, hoặc tùy chọn --out ở dòng lệnh.', internal: false },
  TEMPLATE_READ_FAILED: { title: 'Không đọc được mẫu văn bản', action: LOG_ACTION, internal: true },
  TEMPLATE_SAVE_FAILED: { title: 'Không lưu được mẫu văn bản', action: LOG_ACTION, internal: true },
  TEMPLATE_RESET_FAILED: { title: 'Không khôi phục được mẫu gốc', action: LOG_ACTION, internal: true },
  TEMPLATE_MISSING: { title: 'Thiếu mẫu văn bản', action: 'Cài lại BienBan, hoặc nhập mẫu của mình ở mục "Mẫu văn bản".', internal: true },
  TEMPLATE_INVALID: { title: 'Mẫu văn bản không dùng được', action: 'Sửa mẫu trong Word rồi nhập lại, hoặc dùng lại mẫu gốc ở mục "Mẫu văn bản".', internal: false },
  DOC_CORRUPT: { title: 'Văn bản đã ban hành bị thay đổi', action: 'Khôi phục dữ liệu từ một bản sao lưu.', internal: true },
  DB_OPEN: { title: 'Không mở được tệp dữ liệu', action: LOG_ACTION, internal: true },
  DB_CORRUPT: { title: 'Tệp dữ liệu bị hỏng', action: 'Khôi phục từ một bản sao lưu.', internal: true },
  DB_TOO_NEW: { title: 'Dữ liệu của phiên bản mới hơn', action: 'Cài phiên bản BienBan mới nhất.', internal: false },
  SQLITE_TOO_OLD: { title: 'Thành phần SQLite quá cũ', action: 'Cài lại BienBan.', internal: true },
  BACKUP_FAILED: { title: 'Không sao lưu được', action: LOG_ACTION, internal: true },
  BACKUP_REFUSED: { title: 'Không sao lưu được', action: 'Dữ liệu đang có lỗi nên không ghi đè các bản sao lưu tốt; hãy khôi phục từ một bản sao lưu.', internal: true },
  RESTORE_REFUSED: { title: 'Không khôi phục từ tệp này', action: 'Chọn một bản sao lưu khác; dữ liệu hiện tại không bị thay đổi.', internal: false },
  RESTORE_FAILED: { title: 'Không khôi phục được', action: LOG_ACTION, internal: true },
  DB_CLOSED: { title: 'Dữ liệu đang được khôi phục', action: 'Đợi giây lát rồi thử lại.', internal: false },
  UNKNOWN_OP: { title: 'Thao tác không được hỗ trợ', action: LOG_ACTION, internal: true },
  ASYNC_OP: { title: 'Lỗi chương trình', action: LOG_ACTION, internal: true },
  FORBIDDEN: { title: 'Yêu cầu bị từ chối', action: 'Khởi động lại BienBan.', internal: true },
  TRANSPORT: { title: 'Mất liên lạc với phần lưu trữ', action: 'Khởi động lại BienBan; những gì đã lưu không bị mất.', internal: true },
  INTERNAL: { title: 'Lỗi không mong đợi', action: LOG_ACTION, internal: true },
};

/** A code not in the catalogue is treated as an internal fault: better one log line too many. */
export function errorInfo(code: string): ErrorInfo {
  return ERROR_CATALOGUE[code] ?? ERROR_CATALOGUE.INTERNAL;
}

/** The Vietnamese name of each group of operations ("lưu cuộc kiểm tra" is told apart by the message). */
export const OP_GROUP_LABELS: Record<string, string> = {
  settings: 'thiết lập cơ quan',
  unitLevels: 'cấp đơn vị',
  units: 'đơn vị được kiểm tra',
  campaigns: 'kế hoạch kiểm tra',
  teams: 'đoàn kiểm tra',
  inspections: 'cuộc kiểm tra',
  followUp: 'theo dõi kiến nghị',
  xlsx: 'xuất bảng tính Excel',
  bin: 'thùng rác',
  transfer: 'xuất, nhập cuộc kiểm tra',
  demo: 'nạp dữ liệu mẫu',
  system: 'thông tin hệ thống',
  documents: 'văn bản',
  templates: 'mẫu văn bản',
  backup: 'sao lưu và khôi phục',
  rows: 'khôi phục dòng đã xóa',
  remediation: 'báo cáo khắc phục',
  dashboard: 'tổng quan',
  search: 'tìm kiếm',
  campaignDocs: 'báo cáo, công văn của đợt kiểm tra',
};

export function opGroupLabel(op: string): string {
  return OP_GROUP_LABELS[op.split('.')[0]] ?? op.split('.')[0];
}

/** What an unexpected failure tells her: what failed, in her words, and where the details went. */
export function unexpectedMessage(op: string): string {
  return `Không thực hiện được thao tác ${opGroupLabel(op)}. Chi tiết kỹ thuật đã được ghi vào nhật ký lỗi (thư mục logs trong thư mục dữ liệu).`;
}

/** The text "Sao chép chi tiết lỗi" puts on the clipboard, for whoever supports her. */
export function errorReport(e: { code: string; message: string; op?: string; time?: string; detail?: string }): string {
  return [
    `Mã lỗi: ${e.code}`,
    `Thông báo: ${e.message}`,
    `Thao tác: ${e.op ?? '(không rõ)'}`,
    `Thời điểm: ${e.time ?? '(không rõ)'}`,
    ...(e.detail ? ['Chi tiết:', e.detail] : []),
  ].join('\n');
}
