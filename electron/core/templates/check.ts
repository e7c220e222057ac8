// The template checker: may this .docx be used as the minutes or conclusion template? Never throws
// on bad input; every line of the report is Vietnamese and names what to fix. Problems make the
// template unusable (ok: false); warnings are things the user should know but BienBan copes with.
//
//   package-check.ts  the file is a real, harmless .docx (size, zip, macros, entities, links)
//   fields-scan.ts    where the {{fields}} are, paragraph by paragraph, runs joined
//   here              the field rules: known keys, required ones, blocks alone in their paragraph
import { CAMPAIGN_FIELDS, campaignFieldByKey } from '../../../shared/campaign-report/kinds';
import { FIELDS, fieldByKey as docFieldByKey, RECOMMENDATION_FIELDS } from '../../../shared/documents/fields';
import { foldFieldKey, suggestField, undoTelex } from '../../../shared/documents/field-suggest';
import { FINDINGS_FIELDS, isCampaignTemplate, TEMPLATE_LABELS, type TemplateType } from '../../../shared/documents/template-rules';
import type { TemplateReport } from '../../../shared/documents/types';
import { fieldsIn, paragraphsOf, type FieldHit, type Paragraph, type StrayBraces } from './fields-scan';
import { openDocx } from './package-check';
import { TemplateRefusal } from './refusal';

const TRACK_CHANGES = 'hãy chấp nhận hoặc từ chối các thay đổi được theo dõi (Track Changes) rồi lưu lại';
const f = (key: string) => `{{${key}}}`;
const short = (s: string, n = 60) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};
const where = (p: Paragraph) => (p.kind === 'header' ? ' (ở đầu trang)' : p.kind === 'footer' ? ' (ở chân trang)' : '');
const typedWithIme = (key: string) => /[^\x20-\x7e]/.test(key) || undoTelex(foldFieldKey(key)) !== foldFieldKey(key);
const IME_TIP = ' Tên trường viết không dấu: hãy tắt bộ gõ tiếng Việt (Unikey, EVKey) khi gõ tên trường.';

/** A field of a template's kind: the inspection documents' list, or the campaign documents' own. */
interface AnyField { key: string; kind: 'text' | 'block'; label: string; docs: readonly TemplateType[]; requiredIn: readonly TemplateType[] }
const catalogue = (type: TemplateType): readonly AnyField[] => (isCampaignTemplate(type) ? CAMPAIGN_FIELDS : FIELDS);
const fieldIn = (type: TemplateType) => (key: string): AnyField | undefined => (isCampaignTemplate(type) ? campaignFieldByKey(key) : docFieldByKey(key));
/** The closest known field of the kind's list. */
function suggestFor(type: TemplateType, key: string): string | null {
  if (!isCampaignTemplate(type)) return suggestField(key);
  const s = suggestField(key);
  if (s && campaignFieldByKey(s)) return s;
  const k = foldFieldKey(key);
  return CAMPAIGN_FIELDS.find((f) => f.key === k || f.key.replace(/_/g, '') === k.replace(/_/g, ''))?.key ?? null;
}
const DOC_TYPE_LABELS = TEMPLATE_LABELS;

function unknownMessage(type: TemplateType, key: string, suggestion: string | null): string {
  const fieldByKey = fieldIn(type);
  if (key.trim() === '') return `Có cặp dấu “{{}}” không có tên trường ở giữa; hãy xóa hoặc gõ tên trường vào.`;
  if (suggestion) {
    const label = fieldByKey(suggestion)?.label ?? '';
    return `Trường ${f(key)} không có trong danh sách trường của BienBan; có phải ${f(suggestion)} — “${label}”? Hãy sửa lại cho đúng.${typedWithIme(key) ? IME_TIP : ''}`;
  }
  return `Trường ${f(key)} không có trong danh sách trường của BienBan và không giống trường nào; hãy xóa hoặc thay bằng một trường trong danh sách.`;
}

function strayMessage(s: StrayBraces): string {
  const token = short(s.token);
  const guess = suggestField(s.token.replace(/[{}]/g, ''));
  const hint = guess ? `; có phải ${f(guess)}?` : '';
  if (s.kind === 'unclosed') return `Trường “${token}”${where(s.paragraph)} thiếu dấu đóng “}}”${hint}`;
  if (s.kind === 'unopened') return `Trường “${token}”${where(s.paragraph)} thiếu dấu mở “{{”${hint}`;
  return `Thừa dấu ngoặc ở “${token}”${where(s.paragraph)}: mỗi trường viết đúng hai dấu mở “{{” và hai dấu đóng “}}”${hint}`;
}

/** Problems of one occurrence that stop the filler whatever the field is. */
function placementProblems(hit: FieldHit): string[] {
  const out: string[] = [];
  const at = where(hit.paragraph);
  if (hit.hyperlink) {
    out.push(`Trường ${f(hit.key)}${at} nằm trong một liên kết (hyperlink), BienBan không điền được; hãy bỏ liên kết (chuột phải → Remove Hyperlink / Bỏ liên kết) rồi lưu lại.`);
  } else if (hit.fieldCode) {
    out.push(`Trường ${f(hit.key)}${at} nằm trong mã trường ${hit.fieldCode} của Word (field code), sẽ bị thay khi Word cập nhật trường; hãy chọn đoạn đó, bấm Ctrl+Shift+F9 để chuyển thành chữ thường rồi lưu lại.`);
  }
  if (hit.tracked) out.push(`Trường ${f(hit.key)}${at} bị thay đổi được theo dõi cắt ngang; ${TRACK_CHANGES}.`);
  return out;
}

function paragraphProblems(p: Paragraph): string[] {
  const out: string[] = [];
  for (const d of p.deletions) {
    if (/[{}]/.test(d.text)) out.push(`Chữ “${short(d.text)}”${where(p)} đã bị xóa nhưng còn lưu trong thay đổi được theo dõi; ${TRACK_CHANGES}.`);
  }
  for (const instr of p.instructions) {
    if (instr.includes('{{')) {
      const name = instr.trim().split(/\s+/)[0]?.toUpperCase() || 'không rõ';
      out.push(`Mã trường ${name} của Word (field code)${where(p)} có chứa “${short(instr.slice(instr.indexOf('{{')), 40)}”: BienBan chỉ điền trường viết thành chữ thường. Hãy chọn đoạn đó, bấm Ctrl+Shift+F9 để chuyển thành chữ thường rồi lưu lại.`);
    }
  }
  return out;
}

function analyse(type: TemplateType, paragraphs: Paragraph[], report: TemplateReport): void {
  const fieldByKey = fieldIn(type);
  const problems: string[] = [];
  const warnings: string[] = [];
  const found = new Set<string>();
  const blockCount = new Map<string, number>();
  const unknown = new Map<string, string | null>();

  for (const p of paragraphs) {
    const { hits, strays } = fieldsIn(p);
    problems.push(...paragraphProblems(p));
    for (const raw of hits) {
      // The filler drops spaces inside the braces: "{{ nam }}" is {{nam}}, worth a word but no refusal.
      const hit = fieldByKey(raw.key.trim()) && raw.key !== raw.key.trim() ? { ...raw, key: raw.key.trim() } : raw;
      if (hit !== raw) warnings.push(`Trường “${f(raw.key)}” có khoảng trắng trong dấu ngoặc; BienBan vẫn điền được, nhưng nên viết liền: ${f(hit.key)}.`);
      found.add(hit.key);
      const blocked = placementProblems(hit);
      problems.push(...blocked);
      const def = fieldByKey(hit.key);
      if (!def) {
        if (!unknown.has(hit.key)) {
          const suggestion = suggestFor(type, hit.key);
          unknown.set(hit.key, suggestion);
          problems.push(unknownMessage(type, hit.key, suggestion));
        }
        continue;
      }
      if (blocked.length === 0 && hit.runs > 1) {
        warnings.push(`Trường ${f(hit.key)} bị Word tách thành nhiều đoạn định dạng; BienBan vẫn điền được.`);
      }
      if (!def.docs.includes(type)) {
        const only = def.docs.map((d) => DOC_TYPE_LABELS[d]).join(', ');
        warnings.push(`Trường ${f(hit.key)} — “${def.label}” chỉ dùng cho ${only}; trong ${DOC_TYPE_LABELS[type]} trường này không có dữ liệu.`);
      }
      if (def.kind === 'block') {
        blockCount.set(hit.key, (blockCount.get(hit.key) ?? 0) + 1);
        if (hit.paragraph.kind !== 'body') {
          problems.push(`Trường khối ${f(hit.key)} không đặt được ở ${hit.paragraph.kind === 'header' ? 'đầu trang' : 'chân trang'}; hãy chuyển nó vào thân văn bản, một mình trong một đoạn.`);
        } else if (!hit.alone) {
          problems.push(`Trường khối ${f(hit.key)} phải nằm một mình trong một đoạn (đoạn hiện có: “${short(hit.paragraph.text)}”); hãy để ${f(hit.key)} trên một dòng riêng, không có chữ nào khác.`);
        }
      }
    }
    problems.push(...strays.map(strayMessage));
  }

  for (const [key, n] of blockCount) {
    if (n > 1) warnings.push(`Trường khối ${f(key)} xuất hiện ${n} lần; nội dung của nó sẽ được điền ${n} lần.`);
  }
  const missing = catalogue(type).filter((d) => d.requiredIn.includes(type) && !found.has(d.key));
  for (const d of missing) problems.push(`Thiếu trường bắt buộc ${f(d.key)} — “${d.label}”: mẫu ${DOC_TYPE_LABELS[type]} phải có trường này.`);
  if (isCampaignTemplate(type)) {
    // The campaign documents have no inspection findings or recommendation lists of their own to require.
  } else if (!FINDINGS_FIELDS.some((k) => found.has(k))) {
    problems.push(`Thiếu phần kết quả kiểm tra: mẫu ${DOC_TYPE_LABELS[type]} phải có ${f('ket_qua')} (kết quả theo lĩnh vực) hoặc ${f('uu_diem')} và ${f('ton_tai')} (ưu điểm, tồn tại chung).`);
  }
  const recs = RECOMMENDATION_FIELDS.filter((k) => found.has(k));
  if (isCampaignTemplate(type)) {
    // (see above)
  } else if (recs.length === 0) {
    problems.push(`Thiếu phần kiến nghị: mẫu ${DOC_TYPE_LABELS[type]} phải có ${f('kien_nghi_bang')} (kiến nghị dạng bảng) hoặc ${f('kien_nghi_danh_sach')} (kiến nghị dạng danh sách đánh số).`);
  } else if (recs.length === 2) {
    warnings.push(`Mẫu có cả ${f('kien_nghi_bang')} và ${f('kien_nghi_danh_sach')}: kiến nghị sẽ xuất hiện hai lần; thường chỉ giữ một trong hai.`);
  }

  report.fields = [...found];
  report.unknown = [...unknown].map(([field, suggestion]) => ({ field, suggestion }));
  report.missing = missing.map((d) => d.key);
  report.problems.push(...problems);
  report.warnings.push(...warnings);
}

/** Checks a template file for a document type; the report says whether it may be used and why not. */
export async function checkTemplate(type: TemplateType, fileName: string, bytes: Uint8Array): Promise<TemplateReport> {
  const report: TemplateReport = { ok: false, type, fields: [], unknown: [], missing: [], problems: [], warnings: [] };
  try {
    const pkg = openDocx(fileName, bytes);
    analyse(type, pkg.stories.flatMap(paragraphsOf), report);
  } catch (e) {
    report.problems.push(
      e instanceof TemplateRefusal
        ? e.message
        : 'Không đọc được nội dung tệp mẫu (cấu trúc tài liệu bất thường); hãy mở tệp trong Word, lưu lại dưới dạng “Word Document (*.docx)” rồi nhập lại.',
    );
  }
  report.problems = [...new Set(report.problems)];
  report.warnings = [...new Set(report.warnings)];
  report.ok = report.problems.length === 0;
  return report;
}
