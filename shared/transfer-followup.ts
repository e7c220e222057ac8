// The follow-up of an inspection's recommendations as the transfer file carries it (version 3,
// docs/inspection-transfer.md, "followUp"): extensions and history lines as recorded (both are
// append-only), the unit's remediation reports with their items and the team's assessments, and the
// reports' scans as base64, each with its SHA-256, which import checks against the bytes.
import { z } from 'zod';
import { HISTORY_KINDS } from './follow-up/history';
import { formatIssuePath } from './issues';
import { Id, IsoDate } from './records';
import { Assessment } from './remediation';

const Text = z.string().max(50_000);
const ShortText = z.string().max(500);
/** A time as BienBan records it (ISO 8601, UTC), kept as written by the first laptop. */
const Stamp = z.string().min(1).max(40);

export const TransferExtension = z.object({
  id: Id,
  recommendationId: Id,
  newDeadline: IsoDate,
  reason: Text.refine((s) => s.trim().length > 0, { message: 'Lý do gia hạn không được để trống' }),
  decidedDate: IsoDate,
  createdAt: Stamp,
});
export type TransferExtension = z.infer<typeof TransferExtension>;

export const TransferHistoryLine = z.object({
  recommendationId: Id,
  createdAt: Stamp,
  kind: z.enum(HISTORY_KINDS, { message: `Loại sự kiện phải là một trong: ${HISTORY_KINDS.join(', ')}` }),
  onDate: IsoDate.nullable(),
  fromValue: Text,
  toValue: Text,
  reason: Text,
  /** The record the event came from (a report, an extension, a document); not checked, documents do not travel. */
  refId: z.string().max(200).nullable(),
});
export type TransferHistoryLine = z.infer<typeof TransferHistoryLine>;

export const TransferReportItem = z.object({
  recommendationId: Id,
  doneText: Text,
  assessment: Assessment.nullable(),
  assessmentReason: Text,
  assessedDate: IsoDate.nullable(),
});
export type TransferReportItem = z.infer<typeof TransferReportItem>;

export const TRANSFER_ATTACHMENT_MIMES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/**
 * A scan of a report. `base64` is null when export left the bytes out because the file would have
 * gone over the import limit (MAX_IMPORT_BYTES), or the stored copy was no longer intact: the row
 * says which scan is missing, and import names it.
 */
export const TransferAttachment = z.object({
  id: Id,
  fileName: z.string().min(1).max(300),
  mime: z.enum(TRANSFER_ATTACHMENT_MIMES, { message: 'Loại tệp phải là PDF, JPEG hoặc PNG' }),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'Mã SHA-256 phải gồm 64 chữ số hệ 16 viết thường' }),
  createdAt: Stamp,
  base64: z.base64({ message: 'Nội dung tệp không phải base64 hợp lệ' }).nullable(),
});
export type TransferAttachment = z.infer<typeof TransferAttachment>;

export const TransferReport = z.object({
  id: Id,
  receivedDate: IsoDate,
  docNumber: ShortText,
  docDate: IsoDate.nullable(),
  summary: Text,
  createdAt: Stamp,
  updatedAt: Stamp,
  items: z.array(TransferReportItem).max(500),
  attachments: z.array(TransferAttachment).max(200),
});
export type TransferReport = z.infer<typeof TransferReport>;

export const TransferFollowUp = z.object({
  extensions: z.array(TransferExtension),
  history: z.array(TransferHistoryLine),
  reports: z.array(TransferReport),
});
export type TransferFollowUp = z.infer<typeof TransferFollowUp>;

export const emptyFollowUp = (): TransferFollowUp => ({ extensions: [], history: [], reports: [] });

type Path = (string | number)[];

/**
 * What the schema alone cannot say: every follow-up row belongs to a recommendation of the file's
 * inspection, and no id is used twice (two rows with one id would silently become one).
 */
export function checkFollowUpReferences(f: TransferFollowUp, recommendationIds: Set<string>, issue: (path: Path, message: string) => void): void {
  const notHere = 'Kiến nghị không có trong cuộc kiểm tra của tệp';
  const unique = (rows: { path: Path; id: string }[]) => {
    const first = new Map<string, Path>();
    for (const { path, id } of rows) {
      const seen = first.get(id);
      if (seen) issue(path, `Trùng mã (id) ${id} với ${formatIssuePath(seen)}`);
      else first.set(id, path);
    }
  };
  const base: Path = ['followUp'];
  f.extensions.forEach((e, k) => {
    if (!recommendationIds.has(e.recommendationId)) issue([...base, 'extensions', k, 'recommendationId'], notHere);
  });
  f.history.forEach((h, k) => {
    if (!recommendationIds.has(h.recommendationId)) issue([...base, 'history', k, 'recommendationId'], notHere);
  });
  unique(f.extensions.map((e, k) => ({ path: [...base, 'extensions', k, 'id'], id: e.id })));
  unique(f.reports.map((r, k) => ({ path: [...base, 'reports', k, 'id'], id: r.id })));
  unique(f.reports.flatMap((r, k) => r.attachments.map((a, j) => ({ path: [...base, 'reports', k, 'attachments', j, 'id'], id: a.id }))));
  f.reports.forEach((r, k) => {
    const seen = new Set<string>();
    r.items.forEach((it, j) => {
      const at: Path = [...base, 'reports', k, 'items', j, 'recommendationId'];
      if (!recommendationIds.has(it.recommendationId)) issue(at, notHere);
      else if (seen.has(it.recommendationId)) issue(at, 'Kiến nghị này đã có một mục khác trong cùng báo cáo');
      seen.add(it.recommendationId);
      if (it.assessment === 'not_accepted' && !it.assessmentReason.trim()) {
        issue([...base, 'reports', k, 'items', j, 'assessmentReason'], 'Không chấp nhận thì phải có lý do');
      }
    });
    r.attachments.forEach((a, j) => {
      // Base64 carries 3 bytes in 4 characters: a length that cannot hold `size` bytes is caught here,
      // before anything is decoded; the bytes themselves are checked (size, SHA-256, content) on import.
      if (a.base64 !== null && Math.ceil(a.size / 3) * 4 !== a.base64.length) {
        issue([...base, 'reports', k, 'attachments', j, 'base64'], `Độ dài nội dung không khớp với kích thước ${a.size} byte`);
      }
    });
  });
}
