// The follow-up part of a transfer file (version 3; docs/inspection-transfer.md, "followUp"): read it
// for export, and on import plan every write (ids followed, duplicates left out, scans checked by
// size, SHA-256 and content) before the caller's transaction, then write the plan inside it.
//
// Importing the same file again adds nothing: an extension already here (by id) is skipped, a history
// line already here (same recommendation, time, kind, values, reason and reference) is skipped, a
// report already here is updated to the file's version (as the inspection is), and a scan the report
// already has (same SHA-256) is not attached twice.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { formatIssuePath } from '../../shared/issues';
import { reportTitle } from '../../shared/remediation';
import { MAX_IMPORT_BYTES } from '../../shared/transfer';
import type { TransferAttachment, TransferFollowUp, TransferHistoryLine, TransferReport } from '../../shared/transfer-followup';
import { derivedId } from '../../shared/uuid-v5';
import { formatCount } from '../../shared/vi/numbers';
import type { Db } from './db/database';
import { CoreError } from './errors';
import { MAX_ATTACHMENT_BYTES, sniffAttachment, type AttachmentStore } from './files/attachments';

const inList = 'IN (SELECT value FROM json_each(?))';

/** The follow-up of these recommendations of the inspection, scans listed without their bytes (see embedScans). */
export function readFollowUp(db: Db, store: AttachmentStore, inspectionId: string, recommendationIds: string[]): TransferFollowUp {
  const ids = JSON.stringify(recommendationIds);
  const extensions = db.prepare(`SELECT id, recommendation_id AS recommendationId, new_deadline AS newDeadline, reason,
                                        decided_date AS decidedDate, created_at AS createdAt
                                 FROM recommendation_extensions WHERE recommendation_id ${inList} ORDER BY created_at, rowid`).all(ids) as TransferFollowUp['extensions'];
  const history = db.prepare(`SELECT recommendation_id AS recommendationId, created_at AS createdAt, kind, on_date AS onDate,
                                     from_value AS fromValue, to_value AS toValue, reason, ref_id AS refId
                              FROM recommendation_history WHERE recommendation_id ${inList} ORDER BY id`).all(ids) as TransferHistoryLine[];
  // Live reports and live items only: what is in the bin stays on this laptop. An item of a
  // recommendation no longer in the inspection is not followed any more and would point nowhere.
  const reports = db.prepare(`SELECT id, received_date AS receivedDate, doc_number AS docNumber, doc_date AS docDate, summary,
                                     created_at AS createdAt, updated_at AS updatedAt
                              FROM remediation_reports WHERE inspection_id = ? AND deleted_at IS NULL
                              ORDER BY received_date, created_at, id`).all(inspectionId) as Omit<TransferReport, 'items' | 'attachments'>[];
  const items = db.prepare(`SELECT recommendation_id AS recommendationId, done_text AS doneText, assessment,
                                   assessment_reason AS assessmentReason, assessed_date AS assessedDate
                            FROM remediation_report_items WHERE report_id = ? AND deleted_at IS NULL AND recommendation_id ${inList}
                            ORDER BY rowid`);
  return {
    extensions,
    history,
    reports: reports.map((rep) => ({
      ...rep,
      items: items.all(rep.id, ids) as TransferReport['items'],
      attachments: store.list('remediation_report', rep.id).map((a): TransferAttachment => ({
        id: a.id, fileName: a.fileName, mime: a.mime, size: a.size, sha256: a.sha256, createdAt: a.createdAt, base64: null,
      })),
    })),
  };
}

/**
 * Puts each scan's bytes into the file while the file stays within MAX_IMPORT_BYTES (what the other
 * laptop accepts), in report order. A scan that would go over, or whose stored copy is no longer
 * intact, stays listed with base64 null; the returned sentences name each one.
 */
export function embedScans(doc: { followUp: TransferFollowUp }, store: AttachmentStore, fileBytes: () => number): string[] {
  const notes: string[] = [];
  let size = fileBytes();
  for (const rep of doc.followUp.reports) {
    for (const a of rep.attachments) {
      const where = `Bản quét "${a.fileName}" của ${reportTitle(rep)}`;
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(store.pathOf(a.id));
      } catch {
        notes.push(`${where} không còn nguyên vẹn trong thư mục dữ liệu nên không có trong tệp.`);
        continue;
      }
      // "…base64…" takes the place of null: four characters out, the quotes and the text in.
      const grows = Math.ceil(bytes.length / 3) * 4 + 2 - 4;
      if (size + grows > MAX_IMPORT_BYTES) {
        notes.push(`${where} không được đưa vào tệp vì tệp sẽ lớn hơn ${formatCount(MAX_IMPORT_BYTES)} byte; hãy chép riêng bản quét này sang máy kia.`);
        continue;
      }
      a.base64 = bytes.toString('base64');
      size += grows;
    }
  }
  return notes;
}

interface ReportPlan {
  report: TransferReport;
  id: string;
  exists: boolean;
  scans: { a: TransferAttachment; bytes: Buffer }[];
}
export interface FollowUpPlan {
  inspectionId: string;
  rec: (id: string) => string;
  reports: ReportPlan[];
  extensions: (TransferFollowUp['extensions'][number] & { recommendationId: string })[];
  history: TransferHistoryLine[];
  notes: string[];
  /** Reports and extensions that come in under a new id (their id is another record's here). */
  renamed: number;
}

interface ReportRow { id: string; inspection_id: string; deleted_at: string | null }

/**
 * Checks the scans and works out every write, reading only. Throws IMPORT_INVALID naming the place of
 * each scan whose bytes do not match what the file says of them (nothing is written then).
 * `recommendations` maps the file's recommendation ids that import re-keyed to their new ids.
 */
export function planFollowUp(db: Db, f: TransferFollowUp, inspectionId: string, recommendations: Map<string, string>): FollowUpPlan {
  const rec = (id: string) => recommendations.get(id) ?? id;
  const notes: string[] = [];
  const problems: string[] = [];
  let renamed = 0;
  const reportRow = db.prepare('SELECT id, inspection_id, deleted_at FROM remediation_reports WHERE id = ?');
  const reportIds = new Map<string, string>();
  const reports: ReportPlan[] = [];
  f.reports.forEach((report, k) => {
    const scans = report.attachments.flatMap((a, j) => {
      if (a.base64 === null) {
        notes.push(`Bản quét "${a.fileName}" của ${reportTitle(report)} không có trong tệp (máy xuất đã để riêng); hãy chép riêng bản quét này.`);
        return [];
      }
      const at = formatIssuePath(['followUp', 'reports', k, 'attachments', j]);
      const bytes = Buffer.from(a.base64, 'base64');
      const sniffed = sniffAttachment(bytes);
      if (bytes.length !== a.size) problems.push(`${at}: nội dung có ${formatCount(bytes.length)} byte, khác kích thước ghi trong tệp (${formatCount(a.size)} byte)`);
      else if (bytes.length > MAX_ATTACHMENT_BYTES) problems.push(`${at}: tệp lớn hơn ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
      else if (createHash('sha256').update(bytes).digest('hex') !== a.sha256) problems.push(`${at}: nội dung không khớp mã SHA-256 ghi trong tệp (tệp đã bị sửa hoặc hỏng)`);
      else if (sniffed?.mime !== a.mime) problems.push(`${at}: nội dung không phải ${a.mime === 'application/pdf' ? 'PDF' : a.mime === 'image/png' ? 'PNG' : 'JPEG'} như tệp ghi`);
      else return [{ a, bytes }];
      return [];
    });
    // A report id this laptop uses for another inspection's report: the file's report comes in under
    // an id derived from the inspection and its old id (the same on every import of that file).
    let row = reportRow.get(report.id) as ReportRow | undefined;
    let id = report.id;
    if (row && row.inspection_id !== inspectionId) {
      id = derivedId(inspectionId, `import/${report.id}`);
      row = reportRow.get(id) as ReportRow | undefined;
      renamed++;
    }
    reportIds.set(report.id, id);
    if (row?.deleted_at) {
      // Never brought back from the bin behind her back; the rest of the file still comes in.
      notes.push(`${reportTitle(report)} đang nằm trong Thùng rác trên máy này nên không được nhập lại; hãy khôi phục trong Thùng rác rồi nhập lại nếu cần.`);
      return;
    }
    reports.push({ report, id, exists: !!row, scans });
  });
  if (problems.length) {
    throw new CoreError('IMPORT_INVALID', `Tệp nhập có lỗi, không có gì được nhập:\n${problems.map((l) => `• ${l}`).join('\n')}`);
  }

  const extensionRow = db.prepare('SELECT recommendation_id FROM recommendation_extensions WHERE id = ?');
  const extensionIds = new Map<string, string>();
  const extensions: FollowUpPlan['extensions'] = [];
  for (const e of f.extensions) {
    const recommendationId = rec(e.recommendationId);
    let id = e.id;
    let here = extensionRow.get(id) as { recommendation_id: string } | undefined;
    if (here && here.recommendation_id !== recommendationId) {
      id = derivedId(recommendationId, `import/${e.id}`);
      here = extensionRow.get(id) as { recommendation_id: string } | undefined;
      renamed++;
    }
    extensionIds.set(e.id, id);
    if (!here) extensions.push({ ...e, id, recommendationId });
  }

  // History lines already here are not added again, counted as a multiset: two identical lines in the
  // file against one here adds one.
  const key = (h: TransferHistoryLine) => JSON.stringify([h.recommendationId, h.createdAt, h.kind, h.onDate, h.fromValue, h.toValue, h.reason, h.refId]);
  const followed = f.history.map((h) => ({
    ...h,
    recommendationId: rec(h.recommendationId),
    refId: h.refId === null ? null : reportIds.get(h.refId) ?? extensionIds.get(h.refId) ?? h.refId,
  }));
  const have = new Map<string, number>();
  const ids = JSON.stringify([...new Set(followed.map((h) => h.recommendationId))]);
  const stored = db.prepare(`SELECT recommendation_id AS recommendationId, created_at AS createdAt, kind, on_date AS onDate,
                                    from_value AS fromValue, to_value AS toValue, reason, ref_id AS refId
                             FROM recommendation_history WHERE recommendation_id ${inList}`).all(ids) as TransferHistoryLine[];
  for (const h of stored) have.set(key(h), (have.get(key(h)) ?? 0) + 1);
  const history = followed.filter((h) => {
    const n = have.get(key(h)) ?? 0;
    if (n > 0) have.set(key(h), n - 1);
    return n === 0;
  });
  return { inspectionId, rec, reports, extensions, history, notes, renamed };
}

interface ItemRow { done_text: string; assessment: string | null; assessment_reason: string; assessed_date: string | null; deleted_at: string | null }

/** Writes a plan; call inside the import's transaction, after the inspection is saved (foreign keys). */
export function writeFollowUp(db: Db, store: AttachmentStore, plan: FollowUpPlan, now: string): string[] {
  const notes = [...plan.notes];
  const insertReport = db.prepare(`INSERT INTO remediation_reports (id, inspection_id, received_date, doc_number, doc_date, summary, created_at, updated_at)
                                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const updateReport = db.prepare(`UPDATE remediation_reports SET received_date = ?, doc_number = ?, doc_date = ?, summary = ?, updated_at = ?
                                   WHERE id = ? AND (received_date IS NOT ? OR doc_number IS NOT ? OR doc_date IS NOT ? OR summary IS NOT ?)`);
  const itemRow = db.prepare('SELECT done_text, assessment, assessment_reason, assessed_date, deleted_at FROM remediation_report_items WHERE report_id = ? AND recommendation_id = ?');
  const insertItem = db.prepare(`INSERT INTO remediation_report_items (report_id, recommendation_id, done_text, assessment, assessment_reason, assessed_date, created_at, updated_at)
                                 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const updateItem = db.prepare(`UPDATE remediation_report_items SET done_text = ?, assessment = ?, assessment_reason = ?, assessed_date = ?, updated_at = ?
                                 WHERE report_id = ? AND recommendation_id = ?`);
  // Any row, live or in the bin: a scan she took off the report here is not attached again behind her back.
  const scanHere = db.prepare(`SELECT deleted_at FROM attachments WHERE owner_kind = 'remediation_report' AND owner_id = ? AND sha256 = ?
                               ORDER BY deleted_at IS NULL DESC LIMIT 1`);
  let itemsKept = 0;
  const scansKept: string[] = [];
  for (const { report: r, id, exists, scans } of plan.reports) {
    if (!exists) insertReport.run(id, plan.inspectionId, r.receivedDate, r.docNumber, r.docDate, r.summary, r.createdAt, r.updatedAt);
    else updateReport.run(r.receivedDate, r.docNumber, r.docDate, r.summary, now, id, r.receivedDate, r.docNumber, r.docDate, r.summary);
    for (const it of r.items) {
      const recommendationId = plan.rec(it.recommendationId);
      const old = itemRow.get(id, recommendationId) as ItemRow | undefined;
      if (!old) {
        insertItem.run(id, recommendationId, it.doneText, it.assessment, it.assessmentReason, it.assessedDate, now, now);
      } else if (old.deleted_at) {
        // Taken out of the report on this laptop: not put back behind her back.
        itemsKept++;
      } else if (old.done_text !== it.doneText || old.assessment !== it.assessment || old.assessment_reason !== it.assessmentReason || old.assessed_date !== it.assessedDate) {
        updateItem.run(it.doneText, it.assessment, it.assessmentReason, it.assessedDate, now, id, recommendationId);
      }
    }
    for (const { a, bytes } of scans) {
      const here = scanHere.get(id, a.sha256) as { deleted_at: string | null } | undefined;
      if (!here) store.add({ ownerKind: 'remediation_report', ownerId: id, fileName: a.fileName, bytes });
      else if (here.deleted_at) scansKept.push(`"${a.fileName}" của ${reportTitle(r)}`);
    }
  }
  if (itemsKept) {
    notes.push(`${formatCount(itemsKept)} kiến nghị đã được bỏ ra khỏi báo cáo khắc phục trên máy này nên không được đưa lại vào báo cáo.`);
  }
  if (scansKept.length) {
    notes.push(`Bản quét ${scansKept.join(', ')} đã được gỡ khỏi báo cáo trên máy này nên không được đính kèm lại.`);
  }
  const insertExtension = db.prepare(`INSERT INTO recommendation_extensions (id, recommendation_id, new_deadline, reason, decided_date, created_at)
                                      VALUES (?, ?, ?, ?, ?, ?)`);
  for (const e of plan.extensions) insertExtension.run(e.id, e.recommendationId, e.newDeadline, e.reason, e.decidedDate, e.createdAt);
  // As recorded on the first laptop (its time included): history is what happened, not when it was copied.
  const insertHistory = db.prepare(`INSERT INTO recommendation_history (recommendation_id, created_at, kind, on_date, from_value, to_value, reason, ref_id)
                                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const h of plan.history) insertHistory.run(h.recommendationId, h.createdAt, h.kind, h.onDate, h.fromValue, h.toValue, h.reason, h.refId);
  return notes;
}
