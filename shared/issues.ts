// Turns a validation problem into Vietnamese that names the exact field, e.g.
// "Cuộc kiểm tra › Kiến nghị số 2 › Thời hạn khắc phục: Ngày không tồn tại".
import { z } from 'zod';
import { formatCount } from './vi/numbers';

const LABELS: Record<string, string> = {
  format: 'Định dạng tệp', version: 'Phiên bản định dạng', exportedAt: 'Thời điểm xuất',
  campaign: 'Đợt kiểm tra', team: 'Đoàn kiểm tra', units: 'Đơn vị', unitLevels: 'Cấp đơn vị', inspection: 'Cuộc kiểm tra',
  year: 'Năm', title: 'Tiêu đề / chức vụ', plan: 'Kế hoạch kiểm tra', decision: 'Quyết định thành lập Đoàn',
  number: 'Số', date: 'Ngày', issuer: 'Cơ quan ban hành', summary: 'Trích yếu',
  areas: 'Lĩnh vực', indicators: 'Chỉ tiêu', name: 'Tên', kind: 'Loại', unit: 'Đơn vị tính', parentId: 'Cấp trên',
  areaId: 'Lĩnh vực', levelId: 'Cấp đơn vị', address: 'Địa chỉ', representatives: 'Người đại diện',
  members: 'Thành viên', honorific: 'Danh xưng', fullName: 'Họ và tên', role: 'Vai trò', agency: 'Cơ quan',
  campaignId: 'Đợt kiểm tra', teamId: 'Đoàn kiểm tra', unitId: 'Đơn vị được kiểm tra',
  dateFrom: 'Từ ngày', dateTo: 'Đến ngày', meetingDate: 'Ngày họp thông qua biên bản', docOptions: 'Tùy chọn văn bản',
  conclusionIssuer: 'Cơ quan ban hành thông báo', conclusionSigner: 'Người ký thông báo', minutesUnitSigner: 'Người ký (đơn vị)', minutesTeamSigner: 'Người ký (Đoàn)',
  authority: 'Thẩm quyền ký', copies: 'Số bản', recipientsMinutes: 'Nơi nhận biên bản', recipientsConclusion: 'Nơi nhận thông báo', archiveUnit: 'Đơn vị soạn thảo (Lưu)', startTime: 'Giờ bắt đầu', endTime: 'Giờ kết thúc', place: 'Địa điểm',
  chairNote: 'Ghi chú chủ trì', attendees: 'Thành phần tham dự', side: 'Bên', isChair: 'Chủ trì',
  subUnits: 'Đơn vị trực thuộc đã kiểm tra', note: 'Ghi chú', findings: 'Kết quả kiểm tra', text: 'Nội dung',
  figures: 'Số liệu', indicatorId: 'Chỉ tiêu', value: 'Giá trị', denominator: 'Mẫu số',
  recommendations: 'Kiến nghị', content: 'Nội dung', responsibleUnit: 'Đơn vị chịu trách nhiệm',
  remedyDeadline: 'Thời hạn khắc phục', remedyDeadlineNote: 'Ghi chú thời hạn', reportDeadline: 'Thời hạn báo cáo',
  reportTo: 'Báo cáo về', status: 'Trạng thái', statusNote: 'Ghi chú trạng thái',
  unitOpinion: 'Ý kiến của đơn vị', unitProposals: 'Kiến nghị, đề xuất của đơn vị', addressedTo: 'Gửi tới', id: 'Mã (id)',
  json: 'Nội dung tệp', base64: 'Nội dung tệp',
  // A unit's remediation report and the team's assessment (shared/remediation.ts).
  receivedDate: 'Ngày nhận báo cáo', docNumber: 'Số báo cáo', docDate: 'Ngày báo cáo', items: 'Kiến nghị được báo cáo',
  doneText: 'Đơn vị đã thực hiện', assessment: 'Đánh giá', fileName: 'Tên tệp', reportId: 'Báo cáo khắc phục',
  recommendationId: 'Kiến nghị', recommendationIds: 'Kiến nghị được chọn', inspectionId: 'Cuộc kiểm tra', into: 'Chuyển vào', today: 'Ngày', reason: 'Lý do',
  dueSoonDays: 'Số ngày "sắp đến hạn"',
  // The follow-up part of a transfer file (shared/transfer-followup.ts).
  followUp: 'Theo dõi kiến nghị', extensions: 'Gia hạn', history: 'Lịch sử', reports: 'Báo cáo khắc phục', attachments: 'Bản quét',
  newDeadline: 'Hạn mới', decidedDate: 'Ngày quyết định gia hạn', createdAt: 'Thời điểm ghi', updatedAt: 'Thời điểm sửa',
  onDate: 'Ngày của sự kiện', fromValue: 'Giá trị cũ', toValue: 'Giá trị mới', refId: 'Mã bản ghi liên quan',
  assessmentReason: 'Lý do đánh giá', assessedDate: 'Ngày đánh giá', mime: 'Loại tệp', size: 'Kích thước', sha256: 'Mã SHA-256',
};

export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (!path.length) return 'Tệp';
  const parts: string[] = [];
  for (const seg of path) {
    if (typeof seg === 'number') parts[parts.length - 1] = `${parts[parts.length - 1] ?? 'Mục'} số ${seg + 1}`;
    else parts.push(LABELS[String(seg)] ?? String(seg));
  }
  return parts.join(' › ');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi văn bản', number: 'số', int: 'số nguyên', boolean: 'đúng/sai', array: 'danh sách', object: 'đối tượng',
};

/** Limits read the Vietnamese way: 50.000.000, not 50000000. */
const limit = (n: number | bigint): string => (typeof n === 'number' ? formatCount(n) : String(n));

export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      // zod keeps the offending value only when parsing with { reportInput: true }; otherwise its own
      // message still ends with what it received ("… received undefined").
      const missing = 'input' in issue ? issue.input === undefined : /\bundefined$/.test(issue.message);
      return missing ? 'Thiếu trường bắt buộc' : `Phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    }
    case 'invalid_format':
      return issue.format === 'uuid' ? 'Mã (id) không đúng dạng UUID' : issue.message;
    case 'too_small':
      return issue.origin === 'string' ? 'Không được để trống' : `Nhỏ hơn giá trị cho phép (${limit(issue.minimum)})`;
    case 'too_big':
      return issue.origin === 'string' ? `Quá dài (tối đa ${limit(issue.maximum)} ký tự)` : `Vượt quá giới hạn (${limit(issue.maximum)})`;
    case 'invalid_value':
      return `Giá trị không hợp lệ; chỉ nhận: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `Có trường không được hỗ trợ: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

export function describeIssues(error: z.ZodError, max = 10): string[] {
  const lines = error.issues.slice(0, max).map((i) => `${formatIssuePath(i.path)}: ${issueMessage(i)}`);
  if (error.issues.length > max) lines.push(`… và ${error.issues.length - max} lỗi khác`);
  return lines;
}
