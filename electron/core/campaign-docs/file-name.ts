// Readable Vietnamese file names for the campaign's documents, cut to what every folder accepts.
import { CAMPAIGN_DOC_LABELS, type CampaignDocKind } from '../../../shared/campaign-report/kinds';
import { isoToDisplay } from '../../../shared/vi/dates';
import { sanitizeFileName } from '../documents/file-name';

/** "Báo cáo kết quả kiểm tra 12-BC-SNV ngày 20-12-2022 - năm 2022.docx"; a draft says "dự thảo". */
export function campaignDocFileName(f: { kind: CampaignDocKind; numberText: string | null; issuedDate: string | null; year: number; unitName: string }): string {
  const what = f.kind === 'reminder' ? `${CAMPAIGN_DOC_LABELS.reminder} - ${f.unitName}` : `${CAMPAIGN_DOC_LABELS.report} năm ${f.year}`;
  const id = f.numberText && f.issuedDate ? `số ${f.numberText} ngày ${isoToDisplay(f.issuedDate)}` : 'dự thảo';
  return sanitizeFileName(`${what} - ${id}.docx`);
}
