// What a Word template file may be, shared by the checker (electron/core/templates) and the UI (which
// can refuse an oversized file before sending it). The limits are far above any real template: the
// built-in ones are a few dozen kilobytes, a template with a logo a few hundred.
import { CAMPAIGN_DOC_KINDS, CAMPAIGN_DOC_LABELS, CAMPAIGN_TEMPLATE_COPY_NAMES, CAMPAIGN_TEMPLATE_FILES, type CampaignDocKind } from '../campaign-report/kinds';
import { DOC_TYPE_LABELS, DOC_TYPES, type DocType } from './fields';

/** Every kind of template: the inspection's documents and the campaign's own (report, reminder letter). */
export type TemplateType = DocType | CampaignDocKind;
export const TEMPLATE_TYPES: readonly TemplateType[] = [...DOC_TYPES, ...CAMPAIGN_DOC_KINDS];
export const TEMPLATE_LABELS: Record<TemplateType, string> = { ...DOC_TYPE_LABELS, ...CAMPAIGN_DOC_LABELS };
export const isCampaignTemplate = (t: TemplateType): t is CampaignDocKind => (CAMPAIGN_DOC_KINDS as readonly string[]).includes(t);

export const TEMPLATE_LIMITS = {
  /** The .docx file itself. */
  maxFileBytes: 10 * 1024 * 1024,
  /** All parts once decompressed, read from the zip directory before anything is inflated. */
  maxUncompressedBytes: 50 * 1024 * 1024,
  /** Parts in the zip (a Word document has 10 to 30, a few hundred with many images). */
  maxEntries: 1000,
  /** Compression ratio beyond which a large part is taken for a zip bomb (Word's XML compresses 5–20:1). */
  maxRatio: 200,
  /** Parts smaller than this are never called a bomb, whatever their ratio. */
  ratioFloorBytes: 1024 * 1024,
} as const;

/**
 * A template must report the findings somewhere: by area ({{ket_qua}}) or as strengths and
 * shortcomings over all areas ({{uu_diem}}, {{ton_tai}}), whatever fields.ts requires besides.
 */
export const FINDINGS_FIELDS = ['ket_qua', 'uu_diem', 'ton_tai'] as const;

/** The built-in templates, in the templates folder shipped with the app. */
export const BUILTIN_TEMPLATE_FILES: Record<TemplateType, string> = {
  minutes: 'bien-ban.docx',
  conclusion: 'thong-bao-ket-luan.docx',
  ...CAMPAIGN_TEMPLATE_FILES,
};

/** The name offered when the user saves a copy of a template to edit it in Word. */
export const TEMPLATE_COPY_NAMES: Record<TemplateType, string> = {
  minutes: 'Mẫu biên bản - BienBan.docx',
  conclusion: 'Mẫu thông báo kết luận - BienBan.docx',
  ...CAMPAIGN_TEMPLATE_COPY_NAMES,
};

/** "1,5 MB" */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
