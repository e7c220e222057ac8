// A unit's remediation report (báo cáo khắc phục) and the team's assessment of it, and carrying last
// year's unfinished recommendations into this year's inspection (docs/domain.md, "Follow-up").
// The records, the contract's inputs, and the wordings both sides show, in one place.
import { z } from 'zod';
import { Id, IsoDate, type Finding, type Recommendation, type RecommendationStatus } from './records';
import { isoToDisplay } from './vi/dates';

const Text = z.string().max(50_000);
const ShortText = z.string().max(500);

/** What the report says was done for one recommendation it covers. */
export const RemediationItemInput = z.object({ recommendationId: Id, doneText: Text }).strict();
export type RemediationItemInput = z.infer<typeof RemediationItemInput>;

/**
 * A report as the form saves it. The received date may be empty in the form while she types; the core
 * refuses to save it so, naming the field (nothing is stored without the day it arrived).
 */
export const RemediationReportInput = z.object({
  id: Id,
  inspectionId: Id,
  receivedDate: IsoDate.nullable(),
  /** "125/BC-UBND" */
  docNumber: ShortText,
  docDate: IsoDate.nullable(),
  summary: Text,
  items: z.array(RemediationItemInput).max(500),
}).strict();
export type RemediationReportInput = z.infer<typeof RemediationReportInput>;

export const Assessment = z.enum(['accepted', 'not_accepted']);
export type Assessment = z.infer<typeof Assessment>;
export const ASSESSMENT_LABELS: Record<Assessment, string> = { accepted: 'Chấp nhận', not_accepted: 'Không chấp nhận' };

export const AssessRequest = z.object({
  reportId: Id,
  recommendationId: Id,
  assessment: Assessment,
  /** Required when not accepted: the unit is told why. */
  reason: Text,
  date: IsoDate,
}).strict();
export type AssessRequest = z.infer<typeof AssessRequest>;

/** A scan of the report: its bytes as base64 (IPC and the harness carry strings), with the name she knew it by. */
export const AttachRequest = z.object({
  reportId: Id,
  fileName: z.string().min(1).max(300),
  // 25 MB of bytes is about 35 MB of base64; the core checks the exact size and the content.
  base64: z.base64().max(36_000_000),
}).strict();
export type AttachRequest = z.infer<typeof AttachRequest>;

export interface AttachmentInfo { id: string; fileName: string; mime: string; size: number; createdAt: string }

export interface RemediationItem {
  recommendationId: string;
  /** "Kiến nghị số N" within its inspection. */
  number: number;
  content: string;
  doneText: string;
  assessment: Assessment | null;
  assessmentReason: string;
  assessedDate: string | null;
}

export interface RemediationReport {
  id: string;
  inspectionId: string;
  receivedDate: string;
  docNumber: string;
  docDate: string | null;
  summary: string;
  items: RemediationItem[];
  attachments: AttachmentInfo[];
  createdAt: string;
  updatedAt: string;
}

/** "Báo cáo số 125/BC-UBND ngày 10/3/2023", or "Báo cáo nhận ngày 12/3/2023" without a number. */
export function reportTitle(r: Pick<RemediationReport, 'docNumber' | 'docDate' | 'receivedDate'>): string {
  const num = r.docNumber.trim();
  if (!num) return `Báo cáo nhận ngày ${isoToDisplay(r.receivedDate)}`;
  return `Báo cáo số ${num}${r.docDate ? ` ngày ${isoToDisplay(r.docDate)}` : ''}`;
}

// ---- next year's inspection

/** A recommendation of the unit's previous inspection, as the new inspection shows it. */
export interface PreviousRecommendation {
  id: string;
  number: number;
  content: string;
  status: RecommendationStatus;
  remedyDeadline: string | null;
  remedyDeadlineNote: string;
  statusNote: string;
  /** What its follow-up status is decided from besides the fields above (shared/follow-up/status.ts). */
  extendedTo: string | null;
  baseDate: string | null;
  lastAssessment: 'accepted' | 'not_accepted' | 'pending' | null;
  /** Already carried into this inspection (history kind 'carried' naming it). */
  carried: boolean;
}

export interface PreviousInspection {
  inspectionId: string;
  year: number;
  dateFrom: string | null;
  dateTo: string | null;
  /** "Thông báo kết luận số 12/TB-SNV ngày 20/10/2022", or the inspection's dates when none was issued. */
  source: string;
  recommendations: PreviousRecommendation[];
}

export const CarryInto = z.enum(['findings', 'recommendations']);
export type CarryInto = z.infer<typeof CarryInto>;

export const CarryRequest = z.object({
  inspectionId: Id,
  into: CarryInto,
  recommendationIds: z.array(Id).min(1).max(200),
}).strict();
export type CarryRequest = z.infer<typeof CarryRequest>;

/** The rows the carry added to the inspection, in the order asked: the editor appends the same rows to what it shows. */
export interface CarryResult { findings: Finding[]; recommendations: Recommendation[]; updatedAt: string }

/** The line that says where a carried recommendation came from: "Kiến nghị số 2 tại … chưa hoàn thành." */
export function carriedOrigin(number: number, source: string): string {
  return `Kiến nghị số ${number} tại ${source} chưa hoàn thành.`;
}

/** The text of the carried row: the original wording, then its origin on a line of its own. */
export function carriedText(content: string, number: number, source: string): string {
  return `${content.trim()}\n(${carriedOrigin(number, source)})`;
}

/** Where last year's recommendations were made: the conclusion notice when issued, else the inspection. */
export function previousSource(doc: { number: string; issuedDate: string } | null, dateFrom: string | null, year: number): string {
  if (doc) return `Thông báo kết luận số ${doc.number} ngày ${isoToDisplay(doc.issuedDate)}`;
  return dateFrom ? `cuộc kiểm tra ngày ${isoToDisplay(dateFrom)}` : `cuộc kiểm tra năm ${year}`;
}
