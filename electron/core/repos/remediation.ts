// A unit's remediation reports and the team's assessment of each item (docs/architecture.md,
// "Follow-up history"). Every change to what a recommendation went through is appended to its
// history in the same transaction as the change; invalid input is refused with a Vietnamese message
// naming the field before anything is written.
import type { AssessRequest, AttachRequest, AttachmentInfo, RemediationItem, RemediationReport, RemediationReportInput } from '../../../shared/remediation';
import type { RecommendationStatus } from '../../../shared/records';
import { cleanDeep } from '../../../shared/vi/text';
import { CoreError } from '../errors';
import type { AttachmentStore } from '../files/attachments';
import { appendHistory, type HistoryEntry } from './history';
import type { Records } from './records';

interface ReportRow {
  id: string; inspection_id: string; received_date: string; doc_number: string; doc_date: string | null;
  summary: string; created_at: string; updated_at: string; deleted_at: string | null;
}
interface ItemRow {
  report_id: string; recommendation_id: string; done_text: string; assessment: 'accepted' | 'not_accepted' | null;
  assessment_reason: string; assessed_date: string | null; deleted_at: string | null;
}

/** Live recommendations of an inspection with their "Kiến nghị số N" (rows without content are not numbered, as in the documents). */
function numberedRecommendations(r: Records, inspectionId: string): Map<string, { number: number; content: string; status: RecommendationStatus }> {
  const rows = r.db.prepare(`
    SELECT id, content, status, ROW_NUMBER() OVER (ORDER BY position, id) AS n
    FROM recommendations WHERE inspection_id = ? AND deleted_at IS NULL AND trim(content, ' ' || char(9, 10, 13)) != ''
    ORDER BY position, id`).all(inspectionId) as { id: string; content: string; status: RecommendationStatus; n: number }[];
  return new Map(rows.map((x) => [x.id, { number: x.n, content: x.content, status: x.status }]));
}

const attachmentInfo = (a: ReturnType<AttachmentStore['list']>[number]): AttachmentInfo =>
  ({ id: a.id, fileName: a.fileName, mime: a.mime, size: a.size, createdAt: a.createdAt });

export class Remediation {
  constructor(private readonly r: Records, private readonly attachments: AttachmentStore) {}

  private liveInspection(id: string): void {
    const row = this.r.db.prepare('SELECT deleted_at FROM inspections WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
    if (!row) throw new CoreError('NOT_FOUND', 'Không tìm thấy cuộc kiểm tra của báo cáo này.');
    if (row.deleted_at) throw new CoreError('DELETED', 'Cuộc kiểm tra này đã được chuyển vào Thùng rác; khôi phục trong Thùng rác để ghi báo cáo khắc phục.');
  }

  private report(id: string, opts: { allowDeleted?: boolean } = {}): ReportRow {
    const row = this.r.db.prepare('SELECT * FROM remediation_reports WHERE id = ?').get(id) as ReportRow | undefined;
    if (!row) throw new CoreError('NOT_FOUND', 'Không tìm thấy báo cáo khắc phục này.');
    if (row.deleted_at && !opts.allowDeleted) {
      throw new CoreError('DELETED', 'Báo cáo khắc phục này đã được chuyển vào Thùng rác; khôi phục trong Thùng rác để sửa tiếp.');
    }
    return row;
  }

  list(inspectionId: string): RemediationReport[] {
    const numbers = numberedRecommendations(this.r, inspectionId);
    const reports = this.r.db.prepare(`SELECT * FROM remediation_reports WHERE inspection_id = ? AND deleted_at IS NULL
                                       ORDER BY received_date, created_at, id`).all(inspectionId) as ReportRow[];
    const itemsOf = this.r.db.prepare('SELECT * FROM remediation_report_items WHERE report_id = ? AND deleted_at IS NULL');
    return reports.map((rep) => {
      const items: RemediationItem[] = (itemsOf.all(rep.id) as ItemRow[]).flatMap((it) => {
        const rec = numbers.get(it.recommendation_id);
        // A recommendation since removed from the inspection is no longer followed: not shown.
        if (!rec) return [];
        return [{
          recommendationId: it.recommendation_id, number: rec.number, content: rec.content, doneText: it.done_text,
          assessment: it.assessment, assessmentReason: it.assessment_reason, assessedDate: it.assessed_date,
        }];
      }).sort((a, b) => a.number - b.number);
      return {
        id: rep.id, inspectionId: rep.inspection_id, receivedDate: rep.received_date, docNumber: rep.doc_number,
        docDate: rep.doc_date, summary: rep.summary, items,
        attachments: this.attachments.list('remediation_report', rep.id).map(attachmentInfo),
        createdAt: rep.created_at, updatedAt: rep.updated_at,
      };
    });
  }

  /**
   * Saves a report with the recommendations it covers. A newly covered recommendation, or a changed
   * account of what was done, is appended to that recommendation's history ('report'). An item already
   * assessed cannot be taken out of the report (the assessment would lose what it assessed).
   */
  save(input: RemediationReportInput): { updatedAt: string } {
    const rep = cleanDeep(input);
    this.liveInspection(rep.inspectionId);
    if (!rep.receivedDate) throw new CoreError('INVALID', 'Ngày nhận báo cáo: chưa nhập. Không có gì được lưu.');
    const existing = this.r.db.prepare('SELECT * FROM remediation_reports WHERE id = ?').get(rep.id) as ReportRow | undefined;
    if (existing?.deleted_at) this.report(rep.id); // throws DELETED: a save never brings a report back from the bin
    if (existing && existing.inspection_id !== rep.inspectionId) {
      throw new CoreError('CHILD_OWNED_ELSEWHERE', 'Báo cáo khắc phục này thuộc một cuộc kiểm tra khác; không có gì được lưu.');
    }
    const numbers = numberedRecommendations(this.r, rep.inspectionId);
    const seen = new Set<string>();
    rep.items.forEach((it, k) => {
      if (!numbers.has(it.recommendationId)) {
        throw new CoreError('INVALID', `Kiến nghị thứ ${k + 1} được đánh dấu trong báo cáo không phải là kiến nghị của cuộc kiểm tra này (có thể đã bị xóa). Không có gì được lưu.`);
      }
      if (seen.has(it.recommendationId)) {
        throw new CoreError('DUPLICATE_ROW', `Kiến nghị số ${numbers.get(it.recommendationId)!.number} được đánh dấu hai lần trong báo cáo. Không có gì được lưu.`);
      }
      seen.add(it.recommendationId);
    });
    const stored = existing
      ? (this.r.db.prepare('SELECT * FROM remediation_report_items WHERE report_id = ?').all(rep.id) as ItemRow[])
      : [];
    const byRec = new Map(stored.map((s) => [s.recommendation_id, s]));
    for (const s of stored) {
      if (!s.deleted_at && !seen.has(s.recommendation_id) && s.assessment) {
        const n = numbers.get(s.recommendation_id)?.number;
        throw new CoreError('INVALID', `Kiến nghị số ${n ?? '?'} đã được Đoàn đánh giá theo báo cáo này nên không bỏ ra khỏi báo cáo được. Không có gì được lưu.`);
      }
    }
    const now = this.r.now();
    const db = this.r.db;
    db.transaction(() => {
      let changed = false;
      if (!existing) {
        db.prepare(`INSERT INTO remediation_reports (id, inspection_id, received_date, doc_number, doc_date, summary, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(rep.id, rep.inspectionId, rep.receivedDate, rep.docNumber, rep.docDate, rep.summary, now, now);
      } else if (existing.received_date !== rep.receivedDate || existing.doc_number !== rep.docNumber || existing.doc_date !== rep.docDate || existing.summary !== rep.summary) {
        db.prepare('UPDATE remediation_reports SET received_date = ?, doc_number = ?, doc_date = ?, summary = ?, updated_at = ? WHERE id = ?')
          .run(rep.receivedDate, rep.docNumber, rep.docDate, rep.summary, now, rep.id);
        changed = true;
      }
      const history: HistoryEntry[] = [];
      for (const it of rep.items) {
        const old = byRec.get(it.recommendationId);
        if (!old) {
          db.prepare(`INSERT INTO remediation_report_items (report_id, recommendation_id, done_text, created_at, updated_at)
                      VALUES (?, ?, ?, ?, ?)`).run(rep.id, it.recommendationId, it.doneText, now, now);
        } else if (old.deleted_at || old.done_text !== it.doneText) {
          // Ticking a recommendation again is her explicit act in this very report: the row comes back, unassessed.
          db.prepare(`UPDATE remediation_report_items SET done_text = ?, deleted_at = NULL, updated_at = ?
                      WHERE report_id = ? AND recommendation_id = ?`).run(it.doneText, now, rep.id, it.recommendationId);
        } else continue;
        changed = true;
        history.push({
          recommendationId: it.recommendationId, kind: 'report', onDate: rep.receivedDate,
          fromValue: old && !old.deleted_at ? old.done_text : '', toValue: it.doneText, refId: rep.id,
        });
      }
      for (const s of stored) {
        if (s.deleted_at || seen.has(s.recommendation_id)) continue;
        db.prepare('UPDATE remediation_report_items SET deleted_at = ?, updated_at = ? WHERE report_id = ? AND recommendation_id = ?')
          .run(now, now, rep.id, s.recommendation_id);
        changed = true;
        history.push({ recommendationId: s.recommendation_id, kind: 'report', onDate: rep.receivedDate, fromValue: s.done_text, toValue: '', reason: 'Bỏ khỏi báo cáo', refId: rep.id });
      }
      appendHistory(db, now, history);
      if (changed && existing) db.prepare('UPDATE remediation_reports SET updated_at = ? WHERE id = ?').run(now, rep.id);
    })();
    return { updatedAt: this.report(rep.id).updated_at };
  }

  /**
   * The team's assessment of one item. Accepted: the recommendation is done. Not accepted: a reason is
   * required; a recommendation that was done by accepting this very item goes back to in progress.
   * The item, the status and both history rows are written together or not at all.
   */
  assess(input: AssessRequest): { status: RecommendationStatus; updatedAt: string } {
    const a = cleanDeep(input);
    const rep = this.report(a.reportId);
    this.liveInspection(rep.inspection_id);
    const item = this.r.db.prepare('SELECT * FROM remediation_report_items WHERE report_id = ? AND recommendation_id = ? AND deleted_at IS NULL')
      .get(a.reportId, a.recommendationId) as ItemRow | undefined;
    if (!item) throw new CoreError('NOT_FOUND', 'Kiến nghị này không có trong báo cáo khắc phục (có thể đã được bỏ ra); tải lại rồi thử lại.');
    const rec = this.r.db.prepare('SELECT status FROM recommendations WHERE id = ? AND inspection_id = ? AND deleted_at IS NULL')
      .get(a.recommendationId, rep.inspection_id) as { status: RecommendationStatus } | undefined;
    if (!rec) throw new CoreError('NOT_FOUND', 'Không tìm thấy kiến nghị này (có thể đã bị xóa khỏi cuộc kiểm tra).');
    if (a.assessment === 'not_accepted' && !a.reason.trim()) {
      throw new CoreError('INVALID', 'Lý do không chấp nhận: chưa nhập. Hãy ghi vì sao Đoàn không chấp nhận kết quả khắc phục; không có gì được lưu.');
    }
    const reason = a.reason.trim();
    let status = rec.status;
    if (a.assessment === 'accepted') status = 'done';
    else if (rec.status === 'done' && item.assessment === 'accepted') status = 'in_progress';
    const now = this.r.now();
    const db = this.r.db;
    db.transaction(() => {
      db.prepare(`UPDATE remediation_report_items SET assessment = ?, assessment_reason = ?, assessed_date = ?, updated_at = ?
                  WHERE report_id = ? AND recommendation_id = ?`).run(a.assessment, reason, a.date, now, a.reportId, a.recommendationId);
      db.prepare('UPDATE remediation_reports SET updated_at = ? WHERE id = ?').run(now, a.reportId);
      const history: HistoryEntry[] = [{
        recommendationId: a.recommendationId, kind: 'assessment', onDate: a.date,
        fromValue: item.assessment ?? '', toValue: a.assessment, reason, refId: a.reportId,
      }];
      if (status !== rec.status) {
        db.prepare('UPDATE recommendations SET status = ?, updated_at = ? WHERE id = ?').run(status, now, a.recommendationId);
        // The inspection counts as changed (its list date moves, its documents may be stale).
        db.prepare('UPDATE inspections SET updated_at = ? WHERE id = ?').run(now, rep.inspection_id);
        history.push({ recommendationId: a.recommendationId, kind: 'status', onDate: a.date, fromValue: rec.status, toValue: status, reason, refId: a.reportId });
      }
      appendHistory(db, now, history);
    })();
    return { status, updatedAt: now };
  }

  /** Attaches a scan of the report (checked by content, copied into the data folder). */
  attach(req: AttachRequest, bytes: Uint8Array): AttachmentInfo {
    const rep = this.report(req.reportId);
    this.liveInspection(rep.inspection_id);
    return this.r.db.transaction(() => {
      const a = this.attachments.add({ ownerKind: 'remediation_report', ownerId: req.reportId, fileName: req.fileName, bytes });
      this.r.db.prepare('UPDATE remediation_reports SET updated_at = ? WHERE id = ?').run(a.createdAt, req.reportId);
      return attachmentInfo(a);
    })();
  }

  /** The stored copy of a scan of a live report, checked intact. */
  attachmentPath(id: string): string {
    const a = this.attachments.get(id);
    if (a.ownerKind !== 'remediation_report') throw new CoreError('NOT_FOUND', 'Không tìm thấy tệp đính kèm này.');
    this.report(a.ownerId);
    return this.attachments.pathOf(id);
  }

  /** Takes a scan off a report (to the bin; the stored file stays, see files/attachments.ts). */
  detach(id: string): void {
    const a = this.attachments.get(id);
    if (a.ownerKind !== 'remediation_report') throw new CoreError('NOT_FOUND', 'Không tìm thấy tệp đính kèm này.');
    this.report(a.ownerId);
    this.attachments.remove(id);
  }
}
