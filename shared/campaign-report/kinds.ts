// The campaign's own documents (docs/domain.md, step 12): the summary report (báo cáo, symbol BC)
// and the reminder letter (công văn đôn đốc) to a unit whose remedies are overdue. A công văn has
// no type code in its number (docs/documents.md §1.4): "Số: 15/SNV-CCHC".
import { z } from 'zod';

export const CampaignDocKind = z.enum(['report', 'reminder']);
export type CampaignDocKind = z.infer<typeof CampaignDocKind>;
export const CAMPAIGN_DOC_KINDS: readonly CampaignDocKind[] = ['report', 'reminder'];
export const CAMPAIGN_DOC_LABELS: Record<CampaignDocKind, string> = { report: 'Báo cáo kết quả kiểm tra', reminder: 'Công văn đôn đốc' };
/** Type code in the number; '' for a công văn, whose number reads "<number>/<issuer>-<drafting unit>". */
export const CAMPAIGN_DOC_CODES: Record<CampaignDocKind, string> = { report: 'BC', reminder: '' };
/** Built-in templates in templates/ (made by scripts/make-templates.ts). */
export const CAMPAIGN_TEMPLATE_FILES: Record<CampaignDocKind, string> = {
  report: 'bao-cao-ket-qua.docx',
  reminder: 'cong-van-don-doc.docx',
};
export const CAMPAIGN_TEMPLATE_COPY_NAMES: Record<CampaignDocKind, string> = {
  report: 'Mẫu báo cáo kết quả kiểm tra - BienBan.docx',
  reminder: 'Mẫu công văn đôn đốc - BienBan.docx',
};

export interface CampaignFieldDef {
  key: string;
  kind: 'text' | 'block';
  label: string;
  example: string;
  docs: readonly CampaignDocKind[];
  requiredIn: readonly CampaignDocKind[];
}

const BOTH: readonly CampaignDocKind[] = ['report', 'reminder'];
const REP: readonly CampaignDocKind[] = ['report'];
const REM: readonly CampaignDocKind[] = ['reminder'];

/** The fields of the campaign templates, written {{key}} like the inspection documents' (shared/documents/fields.ts). */
export const CAMPAIGN_FIELDS: readonly CampaignFieldDef[] = [
  { key: 'co_quan_chu_quan', kind: 'text', label: 'Cơ quan chủ quản (IN HOA)', example: 'UBND TỈNH ĐIỆN BIÊN', docs: BOTH, requiredIn: [] },
  { key: 'co_quan_ban_hanh', kind: 'text', label: 'Cơ quan ban hành (IN HOA)', example: 'SỞ NỘI VỤ', docs: BOTH, requiredIn: BOTH },
  { key: 'so_ky_hieu', kind: 'text', label: 'Số, ký hiệu', example: 'Số: 12/BC-SNV', docs: BOTH, requiredIn: BOTH },
  { key: 'dia_danh_ngay', kind: 'text', label: 'Địa danh, ngày tháng năm', example: 'Điện Biên, ngày 20 tháng 12 năm 2022', docs: BOTH, requiredIn: BOTH },
  { key: 'trich_yeu', kind: 'text', label: 'Trích yếu (báo cáo) hoặc dòng "V/v" (công văn)', example: 'Kết quả kiểm tra công tác cải cách hành chính năm 2022', docs: BOTH, requiredIn: BOTH },
  { key: 'nam', kind: 'text', label: 'Năm kiểm tra', example: '2022', docs: BOTH, requiredIn: [] },
  { key: 'kinh_gui', kind: 'text', label: 'Kính gửi', example: 'UBND huyện Mường Chà', docs: REM, requiredIn: REM },
  { key: 'han_bao_cao', kind: 'text', label: 'Hạn báo cáo kết quả khắc phục', example: 'ngày 15/01/2023', docs: REM, requiredIn: [] },
  { key: 'mo_dau', kind: 'block', label: 'Đoạn mở đầu (căn cứ)', example: 'Thực hiện Kế hoạch số 1703/KH-UBND …', docs: BOTH, requiredIn: BOTH },
  { key: 'don_vi_kiem_tra', kind: 'block', label: 'Đơn vị đã kiểm tra so với kế hoạch (theo cấp)', example: 'Cấp huyện: 2/2 đơn vị …', docs: REP, requiredIn: REP },
  { key: 'ket_qua_linh_vuc', kind: 'block', label: 'Ưu điểm, tồn tại theo lĩnh vực, kèm đơn vị', example: '1. Cải cách thủ tục hành chính: a) Ưu điểm …', docs: REP, requiredIn: REP },
  { key: 'so_lieu_don_vi', kind: 'block', label: 'Bảng số liệu của các đơn vị (tổng cộng, tỷ lệ)', example: 'Đơn vị | Hồ sơ tiếp nhận | …', docs: REP, requiredIn: REP },
  { key: 'bieu_do', kind: 'block', label: 'Biểu đồ (hình)', example: 'Biểu đồ 1. Tỷ lệ hồ sơ giải quyết đúng hạn …', docs: REP, requiredIn: [] },
  { key: 'kien_nghi_tinh_trang', kind: 'block', label: 'Tình hình thực hiện kiến nghị', example: 'Đã hoàn thành 10/25 kiến nghị …', docs: REP, requiredIn: REP },
  { key: 'de_xuat_don_vi', kind: 'block', label: 'Kiến nghị, đề xuất của đơn vị, theo cơ quan nhận', example: 'Đối với UBND tỉnh: …', docs: REP, requiredIn: [] },
  { key: 'kien_nghi_qua_han', kind: 'block', label: 'Kiến nghị quá hạn (nội dung, thời hạn, thông báo kết luận)', example: '1. … hoàn thành trước ngày 31/12/2022 (Thông báo số 05/TB-SNV) …', docs: REM, requiredIn: REM },
  { key: 'ket_thuc', kind: 'block', label: 'Đoạn kết', example: 'Trên đây là báo cáo …/.', docs: BOTH, requiredIn: [] },
  { key: 'chu_ky', kind: 'block', label: 'Khối chữ ký và Nơi nhận', example: 'Nơi nhận: … | KT. GIÁM ĐỐC …', docs: BOTH, requiredIn: BOTH },
];

export const campaignFieldByKey = (key: string): CampaignFieldDef | undefined => CAMPAIGN_FIELDS.find((f) => f.key === key);
